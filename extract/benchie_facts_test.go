package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
)

// goldSentence builds a parsed sentence from a hand-written gold parse:
// form lemma UPOS XPOS head(1-based) deprel, one token a line.
func goldSentence(t *testing.T, rows string) *nlp.Sentence {
	t.Helper()
	s := &nlp.Sentence{}
	var words []string
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		head, err := strconv.Atoi(f[4])
		if len(f) != 6 || err != nil {
			t.Fatalf("bad row %q", line)
		}
		start := len(strings.Join(words, " "))
		if len(words) > 0 {
			start++
		}
		words = append(words, f[0])
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: head - 1, DepRel: f[5], NER: "O", Start: start, End: start + len(f[0])})
	}
	s.Text = strings.Join(words, " ")
	s.End = len(s.Text)
	return s
}

// TestBenchIEFacts checks the BenchIE rendering on a gold parse: minimal
// objects, facts nested in prepositional modifiers, one per conjunct.
func TestBenchIEFacts(t *testing.T) {
	s := goldSentence(t, `
He he PRON PRP 2 nsubj
served serve VERB VBD 0 root
as as ADP IN 6 case
the the DET DT 6 det
first first ADJ JJ 6 amod
minister minister NOUN NN 2 obl
of of ADP IN 8 case
Peru Peru PROPN NNP 6 nmod
and and CCONJ CC 10 cc
Chile Chile PROPN NNP 8 conj
. . PUNCT . 2 punct`)
	var facts []string
	for _, x := range clause.Extract(s) {
		if len(x.OpenIE.Args) < 2 {
			continue
		}
		for _, f := range benchieFacts(s, x) {
			facts = append(facts, strings.Join(f[:], " | "))
		}
	}
	for _, w := range []string{
		"He | served as | the first minister of Peru and Chile",
		"He | served as | the first minister",
		"He | served as the first minister of | Peru",
		"He | served as the first minister of | Chile",
	} {
		found := false
		for _, f := range facts {
			if f == w {
				found = true
			}
		}
		if !found {
			t.Errorf("want %q; got:\n  %s", w, strings.Join(facts, "\n  "))
		}
	}
}
