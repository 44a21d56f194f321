package nlp

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/ner"
	"github.com/kgraph/kg/extract/nlp/parser"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

// TestTrainTiny trains every model on a 60-sentence treebank and checks
// that each one learns its training data; a broken feature, update or
// decoder keeps a model far below these marks.
func TestTrainTiny(t *testing.T) {
	gold, err := conllu.ReadFile("testdata/tiny-ewt.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var tex []tagger.Example
	var pex []parser.Example
	var lex []lemma.Example
	for _, s := range gold {
		te := tagger.Example{Words: s.Forms()}
		pe := parser.Example{Words: s.Forms()}
		for _, w := range s.Words {
			te.UPOS = append(te.UPOS, w.UPOS)
			te.XPOS = append(te.XPOS, w.XPOS)
			pe.Heads = append(pe.Heads, w.Head-1)
			pe.Labels = append(pe.Labels, w.DepRel)
			lex = append(lex, lemma.Example{Form: w.Form, XPOS: w.XPOS, Lemma: w.Lemma})
		}
		pe.UPOS, pe.XPOS = te.UPOS, te.XPOS
		tex = append(tex, te)
		pex = append(pex, pe)
	}

	tg := tagger.Train(tex, tagger.TrainOptions{Epochs: 8, Seed: 1})
	if u, x := tg.Score(tex); u < 97 || x < 97 {
		t.Errorf("tagger on its training data: UPOS %.1f%% XPOS %.1f%%, want ≥ 97%%", u, x)
	}

	ju, jx := tagger.Jackknife(tex, 3, tagger.TrainOptions{Epochs: 5, Seed: 1})
	tg.TrainSecond(tex, ju, jx, tagger.TrainOptions{Epochs: 5, Seed: 1})
	if u, x := tg.Score(tex); u < 97 || x < 97 {
		t.Errorf("two-pass tagger on its training data: UPOS %.1f%% XPOS %.1f%%, want ≥ 97%%", u, x)
	}
	var buf bytesBuf
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := tagger.Read(bufio.NewReader(bytes.NewReader(buf)))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tex[:10] {
		_, x1 := tg.Tag(e.Words)
		_, x2 := back.Tag(e.Words)
		if strings.Join(x1, " ") != strings.Join(x2, " ") {
			t.Errorf("tagger read back tags %q differently: %q vs %q", e.Words, x1, x2)
		}
	}

	ps := parser.Train(pex, parser.TrainOptions{Epochs: 10, Seed: 1})
	if uas, las := ps.Score(pex); uas < 95 || las < 93 {
		t.Errorf("parser on its training data: UAS %.1f%% LAS %.1f%%, want ≥ 95/93", uas, las)
	}
	for _, e := range pex[:5] {
		heads, _ := ps.Parse(e.Words, e.UPOS, e.XPOS)
		roots := 0
		for _, h := range heads {
			if h == -1 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("parse of %q has %d roots, want 1", e.Words, roots)
		}
	}

	lm := lemma.Train(lex, nil)
	right := 0
	for _, e := range lex {
		if lm.Lemma(e.Form, e.XPOS) == e.Lemma {
			right++
		}
	}
	if acc := 100 * float64(right) / float64(len(lex)); acc < 99 {
		t.Errorf("lemmatizer on its training data: %.1f%%, want ≥ 99%%", acc)
	}
	// Unseen names and numbers are their own lemmas (numbers without
	// thousands separators, as EWT writes them: 12,000 → 12000).
	for _, c := range []struct{ form, xpos, want string }{
		{"Zorbania", "NNP", "Zorbania"}, {"1,234", "CD", "1234"}, {"3.5", "CD", "3.5"},
	} {
		if got := lm.Lemma(c.form, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}

	ns, err := conllu.ReadIOB2File("testdata/tiny-uner.iob2")
	if err != nil {
		t.Fatal(err)
	}
	var nex []ner.Example
	for _, s := range ns {
		_, x := tg.Tag(s.Words)
		nex = append(nex, ner.Example{Words: s.Words, XPOS: x, Tags: s.Tags})
	}
	rc := ner.Train(nex, ner.TrainOptions{Epochs: 10, Seed: 1})
	if _, _, f := rc.Score(nex); f < 90 {
		t.Errorf("recogniser on its training data: F1 %.1f, want ≥ 90", f)
	}
	// Decoding only yields valid IOB2, even on text unlike the training data.
	for _, words := range [][]string{
		strings.Fields("I - PER I - ORG New York New York Times"),
		strings.Fields("of the the the , , ."),
		{"Mr.", "Bush", "'s", "Texas", "ranch"},
	} {
		_, x := tg.Tag(words)
		tags := rc.Tag(words, x)
		for i, tag := range tags {
			if strings.HasPrefix(tag, "I-") && (i == 0 || tags[i-1] == "O" || tags[i-1][2:] != tag[2:]) {
				t.Errorf("invalid IOB2 %q for %q", tags, words)
			}
		}
	}
}

// TestTrainDeterministic checks that training twice gives the same model bytes.
func TestTrainDeterministic(t *testing.T) {
	gold, err := conllu.ReadFile("testdata/tiny-ewt.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var pex []parser.Example
	for _, s := range gold[:20] {
		pe := parser.Example{Words: s.Forms()}
		for _, w := range s.Words {
			pe.UPOS = append(pe.UPOS, w.UPOS)
			pe.XPOS = append(pe.XPOS, w.XPOS)
			pe.Heads = append(pe.Heads, w.Head-1)
			pe.Labels = append(pe.Labels, w.DepRel)
		}
		pex = append(pex, pe)
	}
	var a, b bytesBuf
	parser.Train(pex, parser.TrainOptions{Epochs: 3, Seed: 7}).WriteTo(&a)
	parser.Train(pex, parser.TrainOptions{Epochs: 3, Seed: 7}).WriteTo(&b)
	if string(a) != string(b) || len(a) == 0 {
		t.Errorf("two trainings with one seed differ (%d vs %d bytes)", len(a), len(b))
	}
}

type bytesBuf []byte

func (b *bytesBuf) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
