package perceptron

import (
	"math"
	"sort"
)

type entry struct {
	cls int32
	w   float32
	u   float64 // sum of step*delta, for averaging: avg = w - u/step
}

// Trainer holds the weights being learnt. It is not safe for concurrent use.
type Trainer struct {
	Classes []string
	index   map[uint64]int32
	rows    [][]entry
	step    float64
}

// NewTrainer returns a trainer over the given class names.
func NewTrainer(classes []string) *Trainer {
	return &Trainer{Classes: classes, index: map[uint64]int32{}, step: 1}
}

// Score adds the current (not averaged) weights of feats to scores.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		i, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[i] {
			scores[e.cls] += e.w
		}
	}
}

// Update moves weight from guess to truth for every feature; call Tick once
// per training example whether or not it was updated.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		i := t.row(f)
		t.rows[i] = t.add(t.rows[i], int32(truth), 1)
		t.rows[i] = t.add(t.rows[i], int32(guess), -1)
	}
}

func (t *Trainer) add(row []entry, c int32, d float32) []entry {
	for k := range row {
		if row[k].cls == c {
			row[k].w += d
			row[k].u += t.step * float64(d)
			return row
		}
	}
	return append(row, entry{c, d, t.step * float64(d)})
}

// Tick advances the averaging clock by one example.
func (t *Trainer) Tick() { t.step++ }

// Features returns the number of features with weights.
func (t *Trainer) Features() int { return len(t.rows) }

// Average returns the averaged model with weights quantised to 16 bits,
// dropping weights whose magnitude is below prune (pruning keeps the
// committed models small and scoring fast).
func (t *Trainer) Average(prune float32) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	var maxAbs float64
	avg := func(e entry) float64 { return float64(e.w) - e.u/t.step }
	for _, r := range t.rows {
		for _, e := range r {
			maxAbs = math.Max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	b := newBuilder(t.Classes)
	b.scale = float32(scale)
	var cls []int32
	var qs []int16
	for _, k := range keys {
		cls, qs = cls[:0], qs[:0]
		for _, e := range t.rows[t.index[k]] {
			a := avg(e)
			q := int16(math.Round(a / scale))
			if math.Abs(a) >= float64(prune) && q != 0 {
				cls = append(cls, e.cls)
				qs = append(qs, q)
			}
		}
		if len(cls) > 0 {
			b.addQuant(k, cls, qs)
		}
	}
	return b.build()
}

// Add adds d to the weight of class cls for every feature (structured
// training, where gold and predicted sequences have different features).
func (t *Trainer) Add(feats []uint64, cls int, d float32) {
	for _, f := range feats {
		i := t.row(f)
		t.rows[i] = t.add(t.rows[i], int32(cls), d)
	}
}

// row returns the index of feature f's row, adding an empty row for a
// feature not seen before.
func (t *Trainer) row(f uint64) int32 {
	i, ok := t.index[f]
	if !ok {
		i = int32(len(t.rows))
		t.index[f] = i
		t.rows = append(t.rows, nil)
	}
	return i
}
