package clause

import (
	"strings"
	"testing"
)

// TestNewsRules covers rules found by auditing kg on real news. The parses
// are written the way the trained parser reads these sentences (errors
// included), so each rule is tested against what it must cope with.
func TestNewsRules(t *testing.T) {
	for _, c := range []struct {
		name, rows  string
		want, avoid []string
	}{
		{"according to after a comma is a source, not an object", `
Crowds crowd NOUN NNS 2 nsubj O
fled flee VERB VBD 0 root O
when when ADV WRB 5 advmod O
guards guard NOUN NNS 5 nsubj O
arrived arrive VERB VBD 2 advcl O
, , PUNCT , 10 punct O
according accord VERB VBG 10 case O
to to ADP IN 7 fixed O
state state NOUN NN 10 compound O
media media NOUN NNS 5 obl O
. . PUNCT . 2 punct O`,
			nil,
			[]string{"guards | arrive | according to state media", "guards | arrive | to state media"}},
		{"according to read as a verb gives the source", `
According accord VERB VBG 10 advcl O
to to PART TO 3 mark O
early early VERB VB 1 xcomp O
accounts account NOUN NNS 3 obj O
, , PUNCT , 1 punct O
the the DET DT 7 det O
army army NOUN NN 10 nsubj O
has have AUX VBZ 10 aux O
been be AUX VBN 10 aux O
shelling shell VERB VBG 0 root O
the the DET DT 12 det O
port port NOUN NN 10 obj O
. . PUNCT . 10 punct O`,
			[]string{"the army | shell | the port | attr=early accounts"},
			[]string{"the army | accord to early | accounts"}},
		{"as of: a two-word preposition", `
Prices price NOUN NNS 2 nsubj O
rose rise VERB VBD 0 root O
as as ADP IN 5 case O
of of ADP IN 3 fixed O
Monday Monday PROPN NNP 2 obl O
. . PUNCT . 2 punct O`,
			[]string{"Prices | rise as of | Monday"},
			[]string{"Prices | rise as | of Monday"}},
		{"a semicolon ends a phrase", `
The the DET DT 2 det O
ship ship NOUN NN 3 nsubj O
sank sink VERB VBD 0 root O
on on ADP IN 5 case O
June June PROPN NNP 3 obl O
4 4 NUM CD 5 nummod O
; ; PUNCT , 9 punct O
rescuers rescuer NOUN NNS 9 nsubj O
found find VERB VBD 5 ccomp O
two two NUM CD 11 nummod O
men man NOUN NNS 9 obj O
. . PUNCT . 3 punct O`,
			[]string{"The ship | sink on | June 4", "rescuers | find | two men"},
			[]string{"The ship | sink on | June 4 ; rescuers found two men"}},
		{"a gerund after 'before' hung on a noun is done by the clause's subject", `
She she PRON PRP 2 nsubj O
worked work VERB VBD 0 root O
as as ADP IN 5 case O
a a DET DT 5 det O
clerk clerk NOUN NN 2 obl O
before before SCONJ IN 7 mark O
joining join VERB VBG 5 acl O
the the DET DT 9 det O
army army NOUN NN 7 obj O
. . PUNCT . 2 punct O`,
			[]string{"She | work as | a clerk", "She | join | the army"},
			[]string{"a clerk | join | the army", "She | work as | a clerk before joining the army"}},
		{"who after a person's country is the person", `
The the DET DT 2 det O
cup cup NOUN NN 4 nsubj:pass O
was be AUX VBD 4 aux:pass O
won win VERB VBN 0 root O
by by ADP IN 6 case O
Lena Lena PROPN NNP 4 obl:agent B-PER
Holm Holm PROPN NNP 6 flat I-PER
from from ADP IN 9 case O
Norway Norway PROPN NNP 4 obl B-LOC
, , PUNCT , 12 punct O
who who PRON WP 12 nsubj O
finished finish VERB VBD 4 parataxis O
the the DET DT 14 det O
race race NOUN NN 12 obj O
. . PUNCT . 4 punct O`,
			[]string{"Lena Holm | finish | the race"},
			[]string{"Norway | finish | the race"}},
		{"a verb with its own object after a passive is active", `
Ruiz Ruiz PROPN NNP 3 nsubj:pass B-PER
was be AUX VBD 3 aux:pass O
arrested arrest VERB VBN 0 root O
on on ADP IN 5 case O
Monday Monday PROPN NNP 3 obl O
and and CCONJ CC 7 cc O
waived waive VERB VBN 3 conj O
extradition extradition NOUN NN 7 obj O
. . PUNCT . 3 punct O`,
			[]string{"Ruiz | waive | extradition"},
			[]string{"Ruiz | be waived | extradition"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := sentence(t, c.rows)
			var got []string
			for _, x := range Extract(s) {
				got = append(got, render(x))
				for _, e := range x.Extra {
					got = append(got, render(x)+" + "+e.WithPrep())
				}
			}
			for _, w := range c.want {
				if !contains(got, w) {
					t.Errorf("want %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, a := range c.avoid {
				if contains(got, a) {
					t.Errorf("unwanted %q; got:\n  %s", a, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
