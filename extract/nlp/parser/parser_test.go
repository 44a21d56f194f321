package parser

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// tiny is a hand-made treebank: enough for the parser to learn it.
var tiny = []Example{
	{Words: []string{"Kishida", "met", "Yoon", "in", "Tokyo", "."},
		UPOS: []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"}, XPOS: []string{"NNP", "VBD", "NNP", "IN", "NNP", "."},
		Heads: []int{1, -1, 1, 4, 1, 1}, Labels: []string{"nsubj", "root", "obj", "case", "obl", "punct"}},
	{Words: []string{"The", "leaders", "agreed", ",", "officials", "said", "."},
		UPOS: []string{"DET", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"}, XPOS: []string{"DT", "NNS", "VBD", ",", "NNS", "VBD", "."},
		Heads: []int{1, 2, -1, 2, 5, 2, 2}, Labels: []string{"det", "nsubj", "root", "punct", "nsubj", "parataxis", "punct"}},
	{Words: []string{"Yoon", "visited", "Japan", "on", "Monday"},
		UPOS: []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN"}, XPOS: []string{"NNP", "VBD", "NNP", "IN", "NNP"},
		Heads: []int{1, -1, 1, 4, 1}, Labels: []string{"nsubj", "root", "obj", "case", "obl"}},
}

func TestTrainReadBack(t *testing.T) {
	p := Train(tiny, TrainOptions{Epochs: 15, Seed: 1})
	if uas, las := p.Score(tiny); uas < 100 || las < 100 {
		t.Errorf("parser on its training data: UAS %.1f LAS %.1f, want 100", uas, las)
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Read(bufio.NewReader(bytes.NewReader(buf.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tiny {
		h1, l1 := p.Parse(e.Words, e.UPOS, e.XPOS)
		h2, l2 := q.Parse(e.Words, e.UPOS, e.XPOS)
		for i := range h1 {
			if h1[i] != h2[i] || l1[i] != l2[i] {
				t.Errorf("%q: read-back parser differs at word %d", e.Words, i)
			}
		}
	}
}

// A model trained with other feature templates must be refused, not used
// to produce nonsense trees.
func TestReadRejectsOtherFeatureSet(t *testing.T) {
	for _, head := range [][]string{{magic, featureVersion + "x"}, {"kgparser1", featureVersion}, {"nmod", "obj"}} {
		var buf bytes.Buffer
		if err := perceptron.WriteStrings(&buf, head); err != nil {
			t.Fatal(err)
		}
		_, err := Read(bufio.NewReader(&buf))
		if err == nil || !strings.Contains(err.Error(), "parser:") {
			t.Errorf("header %q: err %v, want a parser error", head, err)
		}
	}
}

func TestBetween(t *testing.T) {
	s := newSent([]string{"a", ",", "b", "said", ",", "c"}, []string{"DT", ",", "NN", "VBD", ",", "NN"},
		[]string{"DET", "PUNCT", "NOUN", "VERB", "PUNCT", "NOUN"})
	for _, c := range []struct{ i, j, punct, verbs int }{
		{0, 5, 2, 1}, {0, 2, 1, 0}, {1, 4, 0, 1}, {2, 3, 0, 0}, {-1, 3, 0, 0}, {3, 6, 1, 0}, {4, 2, 0, 0},
	} {
		if p, v := between(s.punct, c.i, c.j), between(s.verbs, c.i, c.j); p != c.punct || v != c.verbs {
			t.Errorf("between %d and %d: %d punct %d verbs, want %d %d", c.i, c.j, p, v, c.punct, c.verbs)
		}
	}
}

// Averaging perceptrons trained with successive seeds gives one model that
// still learns the treebank, and training stays deterministic.
func TestTrainMean(t *testing.T) {
	opt := TrainOptions{Epochs: 15, Seed: 1, Models: 3}
	p := Train(tiny, opt)
	if uas, las := p.Score(tiny); uas < 100 || las < 100 {
		t.Errorf("mean of 3 parsers on its training data: UAS %.1f LAS %.1f, want 100", uas, las)
	}
	var a, b bytes.Buffer
	p.WriteTo(&a)
	Train(tiny, opt).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
}
