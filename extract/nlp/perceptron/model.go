package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is a trained, read-only perceptron, safe for concurrent use.
type Model struct {
	Classes []string
	keys    []uint64 // open addressing, 0 = empty
	slot    []uint32 // feature number for each key
	off     []uint32 // feature f has entries off[f]:off[f+1]
	cls     []uint16
	wt      []float32
	mask    uint64
}

type builder struct {
	classes []string
	fkeys   []uint64
	off     []uint32
	cls     []uint16
	wt      []float32
}

func newBuilder(classes []string) *builder {
	return &builder{classes: classes, off: []uint32{0}}
}

func (b *builder) add(key uint64, cls []int32, ws []float32) {
	b.fkeys = append(b.fkeys, key)
	for i := range cls {
		b.cls = append(b.cls, uint16(cls[i]))
		b.wt = append(b.wt, ws[i])
	}
	b.off = append(b.off, uint32(len(b.cls)))
}

func (b *builder) build() *Model {
	n := 1
	for n < 2*len(b.fkeys)+2 {
		n <<= 1
	}
	m := &Model{Classes: b.classes, keys: make([]uint64, n), slot: make([]uint32, n),
		off: b.off, cls: b.cls, wt: b.wt, mask: uint64(n - 1)}
	for f, k := range b.fkeys {
		i := (k * 0x9E3779B97F4A7C15 >> 20) & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = k
		m.slot[i] = uint32(f)
	}
	return m
}

func (m *Model) find(k uint64) (uint32, bool) {
	i := (k * 0x9E3779B97F4A7C15 >> 20) & m.mask
	for {
		switch m.keys[i] {
		case k:
			return m.slot[i], true
		case 0:
			return 0, false
		}
		i = (i + 1) & m.mask
	}
}

// Score adds the weights of feats to scores (len(scores) ≥ len(Classes)).
func (m *Model) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		s, ok := m.find(f)
		if !ok {
			continue
		}
		for j := m.off[s]; j < m.off[s+1]; j++ {
			scores[m.cls[j]] += m.wt[j]
		}
	}
}

// Features returns the number of features in the model.
func (m *Model) Features() int { return len(m.off) - 1 }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.wt) }

const magic = "kgpc1"

// WriteTo serialises the model with weights quantised to 16 bits. Keys are
// written in the order they were added (sorted), so output is deterministic.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var maxAbs float32
	for _, x := range m.wt {
		if x < 0 {
			x = -x
		}
		if x > maxAbs {
			maxAbs = x
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(len(m.Classes)))
	for _, c := range m.Classes {
		uv(uint64(len(c)))
		bw.WriteString(c)
	}
	binary.Write(bw, binary.LittleEndian, math.Float32bits(scale))
	nf := m.Features()
	uv(uint64(nf))
	keys := make([]uint64, nf)
	for i, k := range m.keys {
		if k != 0 {
			keys[m.slot[i]] = k
		}
	}
	var prev uint64
	for f := 0; f < nf; f++ {
		uv(keys[f] - prev) // keys are sorted: deltas compress well
		prev = keys[f]
		uv(uint64(m.off[f+1] - m.off[f]))
		for j := m.off[f]; j < m.off[f+1]; j++ {
			uv(uint64(m.cls[j]))
			q := int64(math.Round(float64(m.wt[j] / scale)))
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
			b.cls = append(b.cls, uint16(c))
			b.wt = append(b.wt, float32(q)*scale)
		}
		b.off = append(b.off, uint32(len(b.cls)))
	}
	if err != nil {
		return nil, fmt.Errorf("corrupt model: %w", err)
	}
	return b.build(), nil
}
