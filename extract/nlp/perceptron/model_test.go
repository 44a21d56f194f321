package perceptron

import "testing"

// ScoreInt gives the integer sums of the weights Score adds as floats.
func TestScoreIntMatchesScore(t *testing.T) {
	tr := NewTrainer([]string{"a", "b", "c"})
	feats := []uint64{H1(1, "x"), H1(2, "y"), H2(3, "x", "y")}
	for i := 0; i < 50; i++ {
		tr.Update(feats[:1+i%3], i%3, (i+1)%3)
		tr.Tick()
	}
	m := tr.Average(0)
	nonzero := 0
	for _, fs := range [][]uint64{feats, feats[:1], feats[1:], {H1(9, "unseen")}} {
		f := make([]float32, 3)
		n := make([]int32, 3)
		m.Score(fs, f)
		m.ScoreInt(fs, n)
		for c := range f {
			if n[c] != 0 {
				nonzero++
			}
			if float32(n[c]) != f[c] {
				t.Errorf("class %d: ScoreInt %d, Score %g", c, n[c], f[c])
			}
		}
	}
	if nonzero == 0 {
		t.Error("all scores zero: the model learnt nothing to compare")
	}
}
