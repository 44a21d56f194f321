package perceptron

import "sort"

// Mean returns a trainer whose averaged weights are the mean of the
// averaged weights of ts: an ensemble of perceptrons trained with different
// example orders, folded into one model that costs no more to run. The
// trainers must share classes and have seen the same number of examples
// (Tick calls).
func Mean(ts []*Trainer) *Trainer {
	out := NewTrainer(ts[0].Classes)
	out.step = ts[0].step
	n := float64(len(ts))
	for _, t := range ts {
		keys := make([]uint64, 0, len(t.index))
		for k := range t.index {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		for _, k := range keys {
			i := out.row(k)
			for _, e := range t.rows[t.index[k]] {
				out.rows[i] = addEntry(out.rows[i], e.cls, float32(float64(e.w)/n), e.u/n)
			}
		}
	}
	return out
}

func addEntry(row []entry, c int32, w float32, u float64) []entry {
	for k := range row {
		if row[k].cls == c {
			row[k].w += w
			row[k].u += u
			return row
		}
	}
	return append(row, entry{c, w, u})
}
