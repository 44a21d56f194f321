package clause

import (
	"strings"
	"testing"
)

// TestInvertedSpeech: "..., said X" and the headline "..., say X" attribute
// the clause before the comma to X, whatever the parser made of the say
// verb; a time or place after the speaker is not part of the speaker.
func TestInvertedSpeech(t *testing.T) {
	for _, c := range []struct {
		name, rows  string
		want, avoid []string
	}{
		{"said with title and time after the speaker", `
Spain Spain PROPN NNP 3 nsubj B-LOC
will will AUX MD 3 aux O
raise raise VERB VB 7 ccomp O
fuel fuel NOUN NN 5 compound O
taxes tax NOUN NNS 3 obj O
, , PUNCT , 3 punct O
said say VERB VBD 0 root O
Finance Finance PROPN NNP 9 compound O
Minister Minister PROPN NNP 10 nmod:desc O
Ana Ana PROPN NNP 7 nsubj B-PER
Ruiz Ruiz PROPN NNP 10 flat I-PER
on on ADP IN 13 case O
Tuesday Tuesday PROPN NNP 10 nmod O
. . PUNCT . 7 punct O`,
			[]string{"Spain | raise | fuel taxes | will | attr=Ana Ruiz"},
			[]string{"Spain | raise | fuel taxes | will | attr=Finance Minister Ana Ruiz on Tuesday"}},
		{"headline say read as a conjunct with an object", `
Bees bee NOUN NNS 2 nsubj O
face face VERB VBP 0 root O
extinction extinction NOUN NN 2 obj O
, , PUNCT , 5 punct O
warn warn VERB VB 2 conj O
researchers researcher NOUN NNS 5 obj O
. . PUNCT . 2 punct O`,
			[]string{"Bees | face | extinction | attr=researchers"},
			[]string{"Bees | warn | researchers", "Bees | face | extinction"}},
		{"a quotation before said", `
" " PUNCT ` + "``" + ` 4 punct O
Prices price NOUN NNS 4 nsubj O
will will AUX MD 4 aux O
hit hit VERB VB 8 ccomp O
records record NOUN NNS 4 obj O
, , PUNCT , 4 punct O
" " PUNCT '' 4 punct O
said say VERB VBD 0 root O
Okafor Okafor PROPN NNP 8 nsubj O
in in ADP IN 11 case O
Lagos Lagos PROPN NNP 9 nmod B-LOC
. . PUNCT . 8 punct O`,
			[]string{"Prices | hit | records | will | attr=Okafor"},
			[]string{"Prices | hit | records | will | attr=Okafor in Lagos"}},
		{"a speaker's affiliation stays", `
Rates rate NOUN NNS 2 nsubj O
hit hit VERB VBD 5 ccomp O
records record NOUN NNS 2 obj O
, , PUNCT , 2 punct O
said say VERB VBD 0 root O
Ana Ana PROPN NNP 5 nsubj B-PER
Ruiz Ruiz PROPN NNP 6 flat I-PER
of of ADP IN 9 case O
Reuters Reuters PROPN NNP 6 nmod B-ORG
. . PUNCT . 5 punct O`,
			[]string{"Rates | hit | records | attr=Ana Ruiz of Reuters"}, nil},
		{"a second verb after say is no inversion", `
He he PRON PRP 2 nsubj O
visited visit VERB VBD 0 root O
Paris Paris PROPN NNP 2 obj B-LOC
, , PUNCT , 5 punct O
said say VERB VBD 2 conj O
a a DET DT 7 det O
prayer prayer NOUN NN 5 obj O
and and CCONJ CC 9 cc O
left leave VERB VBD 2 conj O
. . PUNCT . 2 punct O`,
			[]string{"He | visit | Paris"},
			[]string{"He | visit | Paris | attr=a prayer"}},
		{"a description then a person before said: the person speaks", `
The the DET DT 3 det O
Vice Vice PROPN NNP 3 compound O
President President PROPN NNP 8 nsubj O
, , PUNCT , 5 punct O
Mike Mike PROPN NNP 8 nsubj B-PER
Pence Pence PROPN NNP 5 flat I-PER
, , PUNCT , 5 punct O
said say VERB VBD 0 root O
the the DET DT 10 det O
border border NOUN NN 11 nsubj O
needs need VERB VBZ 8 ccomp O
money money NOUN NN 11 obj O
. . PUNCT . 8 punct O`,
			[]string{"the border | need | money | attr=Mike Pence"}, nil},
		{"a named first subject stays the speaker", `
Ana Ana PROPN NNP 6 nsubj B-PER
Ruiz Ruiz PROPN NNP 1 flat I-PER
, , PUNCT , 5 punct O
a a DET DT 5 det O
lawyer lawyer NOUN NN 6 nsubj O
said say VERB VBD 0 root O
the the DET DT 8 det O
court court NOUN NN 9 nsubj O
broke break VERB VBD 6 ccomp O
rules rule NOUN NNS 9 obj O
. . PUNCT . 6 punct O`,
			[]string{"the court | break | rules | attr=Ana Ruiz"}, []string{"the court | break | rules | attr=a lawyer"}},
		{"a description's name in apposition speaks", `
It it PRON PRP 2 nsubj O
broke break VERB VBD 5 ccomp O
rules rule NOUN NNS 2 obj O
, , PUNCT , 2 punct O
argued argue VERB VBD 0 root O
the the DET DT 7 det O
lawyer lawyer NOUN NN 5 nsubj O
, , PUNCT , 9 punct O
Richard Richard PROPN NNP 7 appos B-PER
Keen Keen PROPN NNP 9 flat I-PER
. . PUNCT . 5 punct O`,
			[]string{"It | break | rules | attr=Richard Keen"}, nil},
		{"one named among those who said is not all of them", `
Many many ADJ JJ 2 amod O
generals general NOUN NNS 8 nsubj O
, , PUNCT , 6 punct O
including include VERB VBG 5 case O
President President PROPN NNP 6 nmod:desc O
Grant Grant PROPN NNP 2 appos B-PER
, , PUNCT , 6 punct O
believed believe VERB VBD 0 root O
hunting hunting NOUN NN 10 nsubj O
hurt hurt VERB VBD 8 ccomp O
tribes tribe NOUN NNS 10 obj O
. . PUNCT . 8 punct O`,
			[]string{"hunting | hurt | tribes | attr=Many generals"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, x := range Extract(sentence(t, c.rows)) {
				got = append(got, render(x))
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
