package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Model is a trained, read-only perceptron, safe for concurrent use.
// Weights are kept quantised to 16 bits (as stored on disk), packed with
// their class into one uint32, and each table slot holds a feature's key
// and weight range, so scoring a feature costs one cache miss and a short
// sequential scan. Scores are in quantisation units: only their order matters.
type Model struct {
	Classes []string
	slots   []uint64 // open addressing: fingerprint<<32 | length<<24 | offset; 0 = empty
	ent     []uint32
	scale   float32
	mask    uint64
	n       int      // features
	keys    []uint64 // full keys, for writing and pruning
}

// A slot packs a 32-bit fingerprint of the feature key (never 0), the row
// length (< 256) and its offset (< 2^24) into 8 bytes, so the table of a
// large model stays half as big and cache misses are fewer. A fingerprint
// clash between an unseen feature and a stored one is a 2^-32 event.
func fingerprint(k uint64) uint64 { return (k>>32 ^ k) | 1 }

type slot struct {
	key    uint64
	lo, hi uint32
}

type builder struct {
	classes []string
	fkeys   []uint64
	off     []uint32
	ent     []uint32
	scale   float32
}

func newBuilder(classes []string) *builder {
	return &builder{classes: classes, off: []uint32{0}}
}

func pack(c int, q int16) uint32 { return uint32(c)<<16 | uint32(uint16(q)) }

// addFloat appends a feature with float weights; quantise must run after.
func (b *builder) addQuant(key uint64, cls []int32, qs []int16) {
	b.fkeys = append(b.fkeys, key)
	for i := range cls {
		b.ent = append(b.ent, pack(int(cls[i]), qs[i]))
	}
	b.off = append(b.off, uint32(len(b.ent)))
}

func (b *builder) build() *Model {
	n := 1
	for n*2 < len(b.fkeys)*3+2 { // load factor ≤ 2/3
		n <<= 1
	}
	m := &Model{Classes: b.classes, slots: make([]uint64, n), scale: b.scale, mask: uint64(n - 1), n: len(b.fkeys)}
	m.ent = b.ent
	if len(b.ent) >= 1<<24 || len(b.classes) > 255 {
		panic("perceptron: model too large for packed slots") // a training bug, not input
	}
	for f, k := range b.fkeys {
		i := (k * 0x9E3779B97F4A7C15 >> 20) & m.mask
		for m.slots[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = (fingerprint(k)&0xffffffff)<<32 | uint64(b.off[f+1]-b.off[f])<<24 | uint64(b.off[f])
	}
	m.keys = b.fkeys
	return m
}

// Score adds the weights of feats to scores (len(scores) ≥ len(Classes)).
func (m *Model) Score(feats []uint64, scores []float32) { score(m, feats, scores) }

// ScoreInt is Score with integer sums: the same argmax without a
// conversion per weight (a feature adds at most 32,767 to a class, so the
// sums are exact either way); about 4% less parsing time.
func (m *Model) ScoreInt(feats []uint64, scores []int32) { score(m, feats, scores) }

// score serves Score and ScoreInt. Big models are memory-bound, so a
// first pass touches every feature's slot and row start with independent
// loads the CPU can overlap; the second pass then finds them in cache.
func score[T int32 | float32](m *Model, feats []uint64, scores []T) {
	var touched uint64
	for _, k := range feats {
		s := m.slots[(k*0x9E3779B97F4A7C15>>20)&m.mask]
		touched += s
		if lo := s & 0xffffff; int(lo) < len(m.ent) {
			touched += uint64(m.ent[lo])
		}
	}
	if touched == 1 { // never in practice; keeps the first pass from being optimised away
		scores[0] += 0
	}
	for _, k := range feats {
		i := (k * 0x9E3779B97F4A7C15 >> 20) & m.mask
		fp := fingerprint(k) & 0xffffffff
		for {
			s := m.slots[i]
			if s>>32 == fp {
				lo := s & 0xffffff
				for _, e := range m.ent[lo : lo+s>>24&0xff] {
					scores[e>>16] += T(int16(e))
				}
				break
			}
			if s == 0 {
				break
			}
			i = (i + 1) & m.mask
		}
	}
}

// Features returns the number of features in the model.
func (m *Model) Features() int { return m.n }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.ent) }

func (m *Model) row(s slot) []uint32 { return m.ent[s.lo:s.hi] }

// sorted returns the features in key order with their entry ranges.
func (m *Model) sorted() []slot {
	out := make([]slot, 0, m.n)
	for _, k := range m.keys {
		i := (k * 0x9E3779B97F4A7C15 >> 20) & m.mask
		fp := fingerprint(k) & 0xffffffff
		for m.slots[i]>>32 != fp {
			i = (i + 1) & m.mask
		}
		s := m.slots[i]
		lo := uint32(s & 0xffffff)
		out = append(out, slot{k, lo, lo + uint32(s>>24&0xff)})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].key < out[b].key })
	return out
}

// Prune returns a copy without weights of magnitude below t (in the
// model's own float units), for measuring size against accuracy.
func (m *Model) Prune(t float32) *Model {
	b := newBuilder(m.Classes)
	b.scale = m.scale
	q := int16(min(32767, t/m.scale))
	for _, s := range m.sorted() {
		var cls []int32
		var qs []int16
		for _, e := range m.row(s) {
			if w := int16(e); w >= q || w <= -q {
				cls = append(cls, int32(e>>16))
				qs = append(qs, w)
			}
		}
		if len(cls) > 0 {
			b.addQuant(s.key, cls, qs)
		}
	}
	return b.build()
}

const magic = "kgpc1"

// WriteTo serialises the model. Keys are written sorted, so the output is
// deterministic.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(len(m.Classes)))
	for _, c := range m.Classes {
		uv(uint64(len(c)))
		bw.WriteString(c)
	}
	binary.Write(bw, binary.LittleEndian, math.Float32bits(m.scale))
	uv(uint64(m.n))
	var prev uint64
	for _, s := range m.sorted() {
		uv(s.key - prev) // sorted keys: deltas compress well
		prev = s.key
		row := m.row(s)
		uv(uint64(len(row)))
		for _, e := range row {
			uv(uint64(e >> 16))
			q := int64(int16(e))
			uv(uint64((q << 1) ^ (q >> 63))) // zigzag
		}
	}
	return 0, bw.Flush()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br, ok := r.(*bufio.Reader) // callers chaining sections pass their reader
	if !ok {
		br = bufio.NewReader(r)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a kg perceptron model")
	}
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		x, err = binary.ReadUvarint(br)
		return x
	}
	nc := uv()
	if nc > 1<<16 {
		return nil, errors.New("corrupt model: class count")
	}
	classes := make([]string, nc)
	for i := range classes {
		n := uv()
		if err != nil || n > 1<<12 {
			return nil, errors.New("corrupt model: class name")
		}
		b := make([]byte, n)
		if _, e := io.ReadFull(br, b); e != nil {
			return nil, fmt.Errorf("corrupt model: %w", e)
		}
		classes[i] = string(b)
	}
	var sb uint32
	if e := binary.Read(br, binary.LittleEndian, &sb); e != nil {
		return nil, fmt.Errorf("corrupt model: %w", e)
	}
	scale := math.Float32frombits(sb)
	nf := uv()
	if err != nil || nf > 1<<28 {
		return nil, errors.New("corrupt model: feature count")
	}
	b := newBuilder(classes)
	b.scale = scale
	b.fkeys = make([]uint64, 0, nf)
	var key uint64
	for f := uint64(0); f < nf && err == nil; f++ {
		key += uv()
		n := uv()
		if n > nc {
			return nil, errors.New("corrupt model: row length")
		}
		b.fkeys = append(b.fkeys, key)
		for j := uint64(0); j < n; j++ {
			c := uv()
			z := uv()
			q := int64(z>>1) ^ -int64(z&1)
			if c >= nc {
				return nil, errors.New("corrupt model: class index")
			}
			if q < -32768 || q > 32767 {
				return nil, errors.New("corrupt model: weight")
			}
			b.ent = append(b.ent, pack(int(c), int16(q)))
		}
		b.off = append(b.off, uint32(len(b.ent)))
	}
	if err != nil {
		return nil, fmt.Errorf("corrupt model: %w", err)
	}
	return b.build(), nil
}
