package nlp

import (
	"strings"
	"time"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

// UDScores are accuracies (percent) against a gold treebank.
type UDScores struct {
	Sentences, Words  int
	UPOS, XPOS, Lemma float64
	UAS, LAS          float64 // LAS compares universal labels (no subtypes), as CoNLL 2018
	LabelFull         float64 // LAS with subtypes compared too
	TokensPerSec      float64 // full pipeline throughput on this input, one goroutine
}

// EvalUD annotates the gold tokenisation of each sentence and scores it.
// Punctuation counts like every other word.
func (p *Pipeline) EvalUD(gold []conllu.Sentence) UDScores {
	var sc UDScores
	var upos, xpos, lem, uas, las, full int
	start := time.Now()
	preds := make([]Sentence, len(gold))
	for i, g := range gold {
		preds[i] = p.AnnotateTokens(g.Forms())
	}
	elapsed := time.Since(start)
	for i, g := range gold {
		for j, w := range g.Words {
			t := preds[i].Tokens[j]
			if t.UPOS == w.UPOS {
				upos++
			}
			if t.XPOS == w.XPOS {
				xpos++
			}
			if t.Lemma == w.Lemma {
				lem++
			}
			if t.Head+1 == w.Head {
				uas++
				if base(t.DepRel) == base(w.DepRel) {
					las++
				}
				if t.DepRel == w.DepRel {
					full++
				}
			}
			sc.Words++
		}
		sc.Sentences++
	}
	if sc.Words > 0 {
		pc := func(n int) float64 { return 100 * float64(n) / float64(sc.Words) }
		sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.LabelFull = pc(upos), pc(xpos), pc(lem), pc(uas), pc(las), pc(full)
		sc.TokensPerSec = float64(sc.Words) / elapsed.Seconds()
	}
	return sc
}

func base(l string) string {
	b, _, _ := strings.Cut(l, ":")
	return b
}

// NERScores are entity-level scores (percent): an entity counts when its
// span and type both match.
type NERScores struct {
	Sentences, Gold, Predicted, Correct int
	Precision, Recall, F1               float64
	PerType                             map[string][3]float64 // type → P, R, F1
	TokensPerSec                        float64
}

// EvalNER tags the gold tokenisation (with the pipeline's own POS tags).
func (p *Pipeline) EvalNER(gold []conllu.NERSentence) NERScores {
	sc := NERScores{PerType: map[string][3]float64{}}
	type cnt struct{ tp, np, ng int }
	per := map[string]*cnt{}
	get := func(t string) *cnt {
		if per[t] == nil {
			per[t] = &cnt{}
		}
		return per[t]
	}
	words := 0
	start := time.Now()
	preds := make([][]string, len(gold))
	for i, g := range gold {
		_, xpos := p.tagger.TagSentence(g.Words)
		preds[i] = p.ner.Tag(g.Words, xpos)
		words += len(g.Words)
	}
	elapsed := time.Since(start)
	for i, g := range gold {
		gs := conllu.Spans(g.Tags)
		ps := conllu.Spans(preds[i])
		set := map[conllu.Span]bool{}
		for _, s := range gs {
			set[s] = true
			get(s.Type).ng++
		}
		for _, s := range ps {
			get(s.Type).np++
			if set[s] {
				sc.Correct++
				get(s.Type).tp++
			}
		}
		sc.Gold += len(gs)
		sc.Predicted += len(ps)
		sc.Sentences++
	}
	sc.Precision, sc.Recall, sc.F1 = prf(sc.Correct, sc.Predicted, sc.Gold)
	for t, c := range per {
		p, r, f := prf(c.tp, c.np, c.ng)
		sc.PerType[t] = [3]float64{p, r, f}
	}
	if elapsed > 0 {
		sc.TokensPerSec = float64(words) / elapsed.Seconds()
	}
	return sc
}

func prf(tp, np, ng int) (p, r, f float64) {
	if np > 0 {
		p = 100 * float64(tp) / float64(np)
	}
	if ng > 0 {
		r = 100 * float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
