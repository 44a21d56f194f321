package parser

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// The run-time table must score exactly as the model it is built from, for
// rows stored inline (1-3 weights), apart (4-15) and dense (16+), for
// negative and extreme weights, for an odd number of classes (the last
// packed pair is half used) and for keys the model does not hold.
func TestTableScoresAsModel(t *testing.T) {
	for _, nc := range []int{3, 103} {
		classes := make([]string, nc)
		for i := range classes {
			classes[i] = fmt.Sprint("c", i)
		}
		rng := rand.New(rand.NewSource(int64(nc)))
		tr := perceptron.NewTrainer(classes)
		var keys []uint64
		for f := 0; f < 3000; f++ {
			k := rng.Uint64() | 1
			keys = append(keys, k)
			n := 1 + rng.Intn(nc)
			if f%3 == 0 {
				n = 1 + rng.Intn(min(nc, 4))
			}
			for _, c := range rng.Perm(nc)[:n] {
				w := float32(rng.Intn(2001) - 1000)
				if f == 7 {
					w = 30000 // the largest weight sets the quantisation scale
				}
				tr.Add([]uint64{k}, c, w)
			}
		}
		for i := 0; i < 1000; i++ { // averaged weights are those held since the adds
			tr.Tick()
		}
		m := tr.Average(0)
		if m.Features() != len(keys) {
			t.Fatalf("model of %d features, want %d", m.Features(), len(keys))
		}
		tab := newTable(m)
		want := make([]float32, nc)
		got := make([]float32, nc)
		acc := make([]int64, tab.words)
		for trial := 0; trial < 500; trial++ {
			var feats []uint64
			for j := 0; j < 1+rng.Intn(140); j++ {
				if rng.Intn(4) == 0 {
					feats = append(feats, rng.Uint64()|1) // unseen
				} else {
					feats = append(feats, keys[rng.Intn(len(keys))])
				}
			}
			clear(want)
			m.Score(feats, want)
			tab.score(feats, acc, got)
			for c := range want {
				if want[c] != got[c] {
					t.Fatalf("%d classes, trial %d: class %d scores %v, model %v", nc, trial, c, got[c], want[c])
				}
			}
		}
	}
}
