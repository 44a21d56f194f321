package perceptron

import "testing"

func TestMean(t *testing.T) {
	train := func(seed int) *Trainer {
		tr := NewTrainer([]string{"a", "b", "c"})
		for i := 0; i < 20; i++ {
			f := []uint64{H1(1, "x"), H1(2, string(rune('a'+(i+seed)%3)))}
			tr.Update(f, (i+seed)%3, (i+seed+1)%3)
			tr.Tick()
		}
		return tr
	}
	t1, t2 := train(0), train(1)
	feats := []uint64{H1(1, "x"), H1(2, "a"), H1(2, "b"), H1(2, "c")}
	score := func(m *Model, f uint64) []float32 {
		s := make([]float32, 3)
		m.Score([]uint64{f}, s)
		for i := range s {
			s[i] *= m.scale
		}
		return s
	}
	// The mean of a trainer with itself is that trainer.
	m1, same := t1.Average(0), Mean([]*Trainer{t1, t1}).Average(0)
	for _, f := range feats {
		a, b := score(m1, f), score(same, f)
		for i := range a {
			if d := a[i] - b[i]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("Mean(t, t) scores %v, t scores %v", b, a)
			}
		}
	}
	// The mean of two trainers averages their weights.
	m2, mean := t2.Average(0), Mean([]*Trainer{t1, t2}).Average(0)
	for _, f := range feats {
		a, b, m := score(m1, f), score(m2, f), score(mean, f)
		for i := range a {
			if d := (a[i]+b[i])/2 - m[i]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("feature %x: mean %v of %v and %v", f, m, a, b)
			}
		}
	}
}
