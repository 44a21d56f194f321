package tagger

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

var tiny = []Example{
	{Words: []string{"Kishida", "met", "Yoon", "in", "Tokyo", "."},
		UPOS: []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"}, XPOS: []string{"NNP", "VBD", "NNP", "IN", "NNP", "."}},
	{Words: []string{"The", "well-known", "leaders", "agreed", ",", "officials", "said", "."},
		UPOS: []string{"DET", "ADJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"}, XPOS: []string{"DT", "JJ", "NNS", "VBD", ",", "NNS", "VBD", "."}},
	{Words: []string{"Yoon", "visited", "Japan", "on", "Monday"},
		UPOS: []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN"}, XPOS: []string{"NNP", "VBD", "NNP", "IN", "NNP"}},
}

// A mean of perceptrons learns its training data, is deterministic and
// reads back to the same tags, with either feature set.
func TestTrainMeanReadBack(t *testing.T) {
	for _, set := range []int{1, 2} {
		testTrainMeanReadBack(t, TrainOptions{Epochs: 10, Seed: 1, Models: 3, Features: set})
	}
}

func testTrainMeanReadBack(t *testing.T, opt TrainOptions) {
	tg := Train(tiny, opt)
	if u, x := tg.Score(tiny); u < 100 || x < 100 {
		t.Errorf("set %d: mean of 3 taggers on its training data: UPOS %.1f XPOS %.1f, want 100", opt.Features, u, x)
	}
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	Train(tiny, opt).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("set %d: two trainings with the same seed differ", opt.Features)
	}
	if got := bytes.HasPrefix(a.Bytes(), []byte(headerStart)); got != (opt.Features == 2) {
		t.Errorf("set %d: header written %v", opt.Features, got)
	}
	back, err := Read(bufio.NewReader(bytes.NewReader(a.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	if back.set != opt.Features {
		t.Errorf("set %d read back as set %d", opt.Features, back.set)
	}
	for _, e := range tiny {
		_, x1 := tg.Tag(e.Words)
		_, x2 := back.Tag(e.Words)
		if strings.Join(x1, " ") != strings.Join(x2, " ") {
			t.Errorf("set %d, %q: read-back tagger gives %q, want %q", opt.Features, e.Words, x2, x1)
		}
	}
}

// A model of another feature set (or of the format before the header)
// must be refused, not used to produce nonsense tags.
func TestReadRejectsOtherFeatureSet(t *testing.T) {
	for _, head := range [][]string{{magic, "3"}, {magic, "2x"}, {"kgparser2", "2"}, {"the", "DT_PDT"}} {
		var buf bytes.Buffer
		if err := perceptron.WriteStrings(&buf, head); err != nil {
			t.Fatal(err)
		}
		_, err := Read(bufio.NewReader(&buf))
		if err == nil || !strings.Contains(err.Error(), "tagger:") {
			t.Errorf("header %q: err %v, want a tagger error", head, err)
		}
	}
}
