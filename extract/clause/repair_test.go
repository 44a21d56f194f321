package clause

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
)

// TestRepairsKeepATree runs the tree repairs on random trees and checks
// that each leaves a tree: one root, every word reaching it, no cycle.
func TestRepairsKeepATree(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	uposSet := []string{"NOUN", "PROPN", "VERB", "AUX", "ADJ", "PUNCT", "PRON", "NUM", "ADP", "DET"}
	xposSet := []string{"NN", "NNP", "VBD", "VBZ", "VBN", "VB", "JJ", ",", "PRP", "CD", "IN", "DT", "``", "''"}
	labelSet := []string{"nsubj", "obj", "acl", "amod", "conj", "appos", "parataxis", "punct", "cop", "aux", "aux:pass",
		"case", "det", "list", "flat", "compound", "nsubj:pass", "mark", "advmod", "obl", "nmod"}
	nerSet := []string{"O", "B-PER", "I-PER", "B-ORG", "B-LOC"}
	textSet := []string{"by", "to", "is", "said", "Ana", "Ruiz", "\"", ",", "the", "who", "Bob", "of"}
	repairs := []struct {
		name string
		f    func(*nlp.Sentence) *nlp.Sentence
	}{
		{"names", repairNames}, {"adjacent appositions", repairAdjacentAppositions},
		{"stranded prepositions", repairStrandedPrepositions}, {"verb copulas", repairVerbCopulas},
		{"finite modifiers", repairFiniteModifiers}, {"inverted speech", repairInvertedSpeech},
	}
	changed := 0
	for trial := 0; trial < 15000; trial++ {
		n := 2 + rng.Intn(10)
		s := &nlp.Sentence{Tokens: make([]nlp.Token, n)}
		order := rng.Perm(n)
		for i := range n {
			s.Tokens[i] = nlp.Token{Text: textSet[rng.Intn(len(textSet))], UPOS: uposSet[rng.Intn(len(uposSet))],
				XPOS: xposSet[rng.Intn(len(xposSet))], NER: nerSet[rng.Intn(len(nerSet))], Lemma: "be"}
		}
		s.Tokens[order[0]].Head, s.Tokens[order[0]].DepRel = -1, "root"
		for i := 1; i < n; i++ {
			s.Tokens[order[i]].Head = order[rng.Intn(i)]
			s.Tokens[order[i]].DepRel = labelSet[rng.Intn(len(labelSet))]
		}
		for _, r := range repairs {
			before := fmt.Sprint(s.Tokens)
			s = r.f(s)
			if fmt.Sprint(s.Tokens) != before {
				changed++
			}
			if err := treeError(s.Tokens); err != "" {
				t.Fatalf("trial %d, after %s: %s", trial, r.name, err)
			}
		}
	}
	if changed < 50 {
		t.Errorf("the repairs changed only %d random trees: the test does not exercise them", changed)
	}
}

func treeError(ts []nlp.Token) string {
	roots := 0
	for i := range ts {
		if ts[i].Head < 0 {
			roots++
		}
		for k, j := 0, i; j >= 0; k, j = k+1, ts[j].Head {
			if k > len(ts) {
				return fmt.Sprintf("cycle through %d", i)
			}
		}
	}
	if roots != 1 {
		return fmt.Sprintf("%d roots", roots)
	}
	return ""
}
