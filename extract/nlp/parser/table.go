package parser

import (
	"math/bits"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// table is the parser's run-time copy of its weights, laid out for the
// two costs of scoring a transition. Most features are rare words whose
// rows hold one to three weights: a 16-byte slot holds the key's
// fingerprint and those weights, so such a feature costs one cache miss
// (perceptron.Model keeps rows apart, a second, dependent miss). The
// frequent tag and label features have a weight for most of the ~100
// classes and stay in cache; their cost is adding them up, so their rows
// are dense, two classes' weights packed in one int64 (lo + hi<<32) and
// added with one addition for both.
type table struct {
	slots []tslot
	long  []uint32 // medium rows: class<<16 | uint16(weight)
	dense []int64  // long rows, words per row each
	words int      // (classes+1)/2
	n     uint64   // len(slots)
}

// A slot's a is fingerprint<<32 | count<<30 | entry 0 (24 bits: class<<16 |
// weight); b holds entries 1 and 2 (24 bits each) for count 2 and 3. For
// count 0, b is the row length<<32 | its offset into long, or, with the top
// bit set, the offset of its dense row. a == 0 is empty.
type tslot struct{ a, b uint64 }

const (
	inline   = 3
	denseMin = 16 // rows this long are dense
	denseBit = 1 << 63
)

func tfp(k uint64) uint64 { return (k>>32^k)&0xffffffff | 1 }

func (t *table) home(k uint64) uint64 {
	hi, _ := bits.Mul64(k*0x9E3779B97F4A7C15, t.n)
	return hi
}

func newTable(m *perceptron.Model) *table {
	nf := m.Features()
	t := &table{n: uint64(max(2*nf, 16)), words: (len(m.Classes) + 1) / 2} // load factor ½
	t.slots = make([]tslot, t.n)
	m.Rows(func(k uint64, row []uint32) {
		e := func(i int) uint64 { return uint64(row[i]>>16&0xff)<<16 | uint64(row[i]&0xffff) }
		var s tslot
		fp := tfp(k)
		switch {
		case len(row) <= inline:
			s.a = fp<<32 | uint64(len(row))<<30 | e(0)
			for i := 1; i < len(row); i++ {
				s.b |= e(i) << (24 * uint(i-1))
			}
		case len(row) < denseMin:
			s.a = fp << 32
			s.b = uint64(len(row))<<32 | uint64(len(t.long))
			t.long = append(t.long, row...)
		default:
			s.a = fp << 32
			s.b = denseBit | uint64(len(t.dense))
			d := make([]int64, t.words)
			for i := range row {
				addEntry(d, e(i))
			}
			t.dense = append(t.dense, d...)
		}
		i := t.home(k)
		for t.slots[i].a != 0 {
			if i++; i == t.n {
				i = 0
			}
		}
		t.slots[i] = s
	})
	return t
}

// addEntry adds a 24-bit entry (class<<16 | weight) to the packed scores.
func addEntry(acc []int64, e uint64) {
	c := e >> 16 & 0xff
	acc[c>>1] += int64(int16(e)) << (32 * (c & 1))
}

// score sets scores (len ≥ classes) to the sums of the weights of feats;
// acc (len ≥ words) is scratch. A first pass touches every feature's home
// slot with independent loads the CPU overlaps; the second finds them in
// cache.
func (t *table) score(feats []uint64, acc []int64, scores []float32) {
	var touched uint64
	for _, k := range feats {
		touched += t.slots[t.home(k)].a
	}
	if touched == 1 { // never in practice; keeps the first pass
		scores[0] += 0
	}
	acc = acc[:t.words]
	clear(acc)
	for _, k := range feats {
		fp := tfp(k)
		i := t.home(k)
	probe:
		for {
			s := &t.slots[i]
			if s.a>>32 == fp {
				switch s.a >> 30 & 3 {
				case 0:
					if s.b&denseBit != 0 {
						lo := int(uint32(s.b))
						d := t.dense[lo : lo+len(acc)]
						for j, v := range d {
							acc[j] += v
						}
						break probe
					}
					lo := uint32(s.b)
					for _, e := range t.long[lo : lo+uint32(s.b>>32)] {
						addEntry(acc, uint64(e))
					}
				case 1:
					addEntry(acc, s.a)
				case 2:
					addEntry(acc, s.a)
					addEntry(acc, s.b)
				default:
					addEntry(acc, s.a)
					addEntry(acc, s.b)
					addEntry(acc, s.b>>24)
				}
				break probe
			}
			if s.a == 0 {
				break
			}
			if i++; i == t.n {
				i = 0
			}
		}
	}
	n := len(scores)
	for j, x := range acc {
		lo := int32(x)
		scores[2*j] = float32(lo)
		if 2*j+1 < n {
			scores[2*j+1] = float32(int32((x - int64(lo)) >> 32))
		}
	}
}
