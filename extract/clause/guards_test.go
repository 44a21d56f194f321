package clause

import (
	"strings"
	"testing"
)

// TestClauseGuards covers the parser errors that used to put a whole
// clause inside an argument. The parses are written the way the trained
// parser gets these sentences wrong, so the rules are tested against the
// misparse, not a model.
func TestClauseGuards(t *testing.T) {
	for _, c := range []struct {
		name, rows  string
		want, avoid []string
	}{
		{"main verb hung under an apposition becomes the predicate", `
Doctor Doctor PROPN NNP 2 nmod:desc O
Maria Maria PROPN NNP 0 root B-PER
Lind Lind PROPN NNP 2 flat I-PER
, , PUNCT , 5 punct O
author author NOUN NN 2 appos O
of of ADP IN 8 case O
a a DET DT 8 det O
report report NOUN NN 5 nmod O
, , PUNCT , 10 punct O
called call VERB VBN 12 amod O
river river NOUN NN 12 compound O
pollution pollution NOUN NN 5 nmod O
a a DET DT 15 det O
national national ADJ JJ 15 amod O
emergency emergency NOUN NN 5 nmod O
. . PUNCT . 2 punct O`,
			[]string{"Doctor Maria Lind | call | river pollution", "Maria Lind | be | author of a report"},
			[]string{"Maria Lind | be | author of a report, called river pollution a national emergency"}},
		{"two clauses joined by a semicolon", `
The the DET DT 3 det O
two two NUM CD 3 nummod O
towns town NOUN NNS 0 root O
in in ADP IN 5 case O
north north NOUN NN 3 nmod O
had have VERB VBD 5 acl O
floods flood NOUN NNS 6 obj O
; ; PUNCT , 10 punct O
the the DET DT 10 det O
others other NOUN NNS 7 appos O
had have VERB VBD 10 acl O
droughts drought NOUN NNS 11 obj O
. . PUNCT . 3 punct O`,
			[]string{"The two towns in north | have | floods", "the others | have | droughts"},
			[]string{"floods | be | the others had droughts"}},
		{"a reduced relative does not make its noun a self-referential object", `
The the DET DT 3 det O
oldest old ADJ JJS 3 amod O
tree tree NOUN NN 8 nsubj O
found find VERB VBN 3 acl O
by by ADP IN 7 case O
the the DET DT 7 det O
survey survey NOUN NN 4 obl:agent O
stood stand VERB VBD 0 root O
in in ADP IN 10 case O
Oregon Oregon PROPN NNP 8 obl B-LOC
. . PUNCT . 8 punct O`,
			[]string{"the survey | find | The oldest tree", "The oldest tree found by the survey | stand in | Oregon"},
			[]string{"the survey | find | The oldest tree found by the survey"}},
		{"a misparsed finite verb leaves its subject noun", `
The the DET DT 3 det O
average average ADJ JJ 3 amod O
price price NOUN NN 0 root O
rose rise VERB VBN 3 acl O
by by ADP IN 7 case O
four four NUM CD 7 nummod O
percent percent NOUN NN 4 obj O
. . PUNCT . 3 punct O`,
			[]string{"The average price | rise | four percent"},
			[]string{"The average price rose by four percent | rise | four percent"}},
		{"a participle's own subject is not the whole phrase", `
Farmers farmer NOUN NNS 5 nsubj O
living live VERB VBG 1 acl O
near near ADP IN 4 case O
rivers river NOUN NNS 2 obl O
lost lose VERB VBD 0 root O
crops crop NOUN NNS 5 obj O
. . PUNCT . 5 punct O`,
			[]string{"Farmers | live near | rivers", "Farmers living near rivers | lose | crops"},
			[]string{"Farmers living near rivers | live near | rivers"}},
		{"a finite clause the parser hung inside an object is cut out", `
The the DET DT 2 det O
firm firm NOUN NN 3 nsubj O
opened open VERB VBD 0 root O
two two NUM CD 5 nummod O
shops shop NOUN NNS 3 obj O
in in ADP IN 7 case O
Oslo Oslo PROPN NNP 5 nmod B-LOC
and and CCONJ CC 11 cc O
its its PRON PRP$ 10 nmod:poss O
rival rival NOUN NN 11 nsubj O
closed close VERB VBD 7 conj O
one one NUM CD 11 obj O
. . PUNCT . 3 punct O`,
			[]string{"The firm | open | two shops in Oslo", "its rival | close | one"},
			[]string{"The firm | open | two shops in Oslo and its rival closed one"}},
		{"a participle modifying a noun is passive in the graph", `
Candidates candidate NOUN NNS 5 nsubj O
elected elect VERB VBN 1 acl O
in in ADP IN 4 case O
June June PROPN NNP 2 obl O
took take VERB VBD 0 root O
office office NOUN NN 5 obj O
. . PUNCT . 5 punct O`,
			[]string{"Candidates | be elected in | June"},
			[]string{"Candidates | elect in | June"}},
		{"a copula the parser hung on a finite verb", `
The the DET DT 2 det O
trouble trouble NOUN NN 6 nsubj:outer O
is be AUX VBZ 6 cop O
that that SCONJ IN 6 mark O
prices price NOUN NNS 6 nsubj O
differ differ VERB VBP 0 root O
from from ADP IN 9 case O
town town NOUN NN 9 compound O
prices price NOUN NNS 6 obl O
. . PUNCT . 6 punct O`,
			[]string{"prices | differ from | town prices"},
			[]string{"prices | be | differ from town prices"}},
		{"no apposition across a semicolon or onto a clause", `
For for ADP IN 4 case O
every every DET DT 4 det O
extra extra ADJ JJ 4 amod O
day day NOUN NN 10 obl O
, , PUNCT , 7 punct O
the the DET DT 7 det O
cost cost NOUN NN 4 appos O
grew grow VERB VBN 7 acl O
tenfold tenfold NOUN NN 8 obj O
, , PUNCT , 10 punct O
said say VERB VBD 0 root O
Ann Ann PROPN NNP 10 nsubj B-PER
. . PUNCT . 10 punct O`,
			nil,
			[]string{"every extra day | be | the cost grew tenfold", "every extra day | be | the cost"}},
		{"a clause after a colon is no object of an existential", `
There there PRON EX 2 expl O
were be VERB VBD 0 root O
towns town NOUN NNS 2 nsubj O
without without ADP IN 5 case O
water water NOUN NN 3 nmod O
: : PUNCT : 8 punct O
Lund Lund PROPN NNP 8 nsubj B-LOC
had have VERB VBD 2 ccomp O
none none NOUN NN 8 obj O
. . PUNCT . 2 punct O`,
			[]string{"Lund | have | none"},
			[]string{"towns without water | be | Lund had none"}},
		{"a description after a name inside a longer phrase is about the person", `
The the DET DT 2 det O
arrest arrest NOUN NN 9 nsubj O
of of ADP IN 4 case O
Olga Olga PROPN NNP 2 nmod B-PER
Berg Berg PROPN NNP 4 flat I-PER
, , PUNCT , 8 punct O
a a DET DT 8 det O
journalist journalist NOUN NN 2 appos O
angered anger VERB VBD 0 root O
readers reader NOUN NNS 9 obj O
. . PUNCT . 9 punct O`,
			[]string{"Olga Berg | be | a journalist"},
			[]string{"The arrest of Olga Berg | be | a journalist"}},
		{"a passive with a chained infinitive keeps its participle", `
Prices price NOUN NNS 3 nsubj:pass O
are be AUX VBP 3 aux:pass O
expected expect VERB VBN 0 root O
to to PART TO 5 mark O
reach reach VERB VB 3 xcomp O
records record NOUN NNS 5 obj O
. . PUNCT . 3 punct O`,
			[]string{"Prices | be expected to reach | records"},
			[]string{"Prices | be reach | records"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, x := range Extract(sentence(t, c.rows)) {
				got = append(got, render(x))
			}
			has := func(w string) bool {
				for _, g := range got {
					if g == w {
						return true
					}
				}
				return false
			}
			for _, w := range c.want {
				if !has(w) {
					t.Errorf("want %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, w := range c.avoid {
				if has(w) {
					t.Errorf("do not want %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestAppositionConfidence checks that appositions rank by their shape: a
// short description after a comma above a place after a person's name and
// a noun run into a name without a comma.
func TestAppositionConfidence(t *testing.T) {
	conf := func(rows, obj string) float64 {
		t.Helper()
		for _, x := range Extract(sentence(t, rows)) {
			if x.Kind == "apposition" && x.Object.Text == obj {
				return x.Confidence
			}
		}
		t.Fatalf("no apposition with object %q", obj)
		return 0
	}
	good := conf(`
Lena Lena PROPN NNP 6 nsubj B-PER
Roth Roth PROPN NNP 1 flat I-PER
, , PUNCT , 5 punct O
a a DET DT 5 det O
nurse nurse NOUN NN 1 appos O
left leave VERB VBD 0 root O
. . PUNCT . 6 punct O`, "a nurse")
	place := conf(`
Lena Lena PROPN NNP 5 nsubj B-PER
Roth Roth PROPN NNP 1 flat I-PER
, , PUNCT , 4 punct O
Ohio Ohio PROPN NNP 1 appos B-LOC
left leave VERB VBD 0 root O
. . PUNCT . 5 punct O`, "Ohio")
	runOn := conf(`
Lena Lena PROPN NNP 4 nsubj B-PER
Roth Roth PROPN NNP 1 flat I-PER
photo photo NOUN NN 1 appos O
left leave VERB VBD 0 root O
. . PUNCT . 4 punct O`, "photo")
	if !(good > place && good > runOn) {
		t.Errorf("confidence: description %.2f, place %.2f, run-on %.2f", good, place, runOn)
	}
}
