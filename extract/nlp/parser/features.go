package parser

import (
	"math/bits"

	ws "github.com/kgraph/kg/extract/nlp/wordshape"
)

// Features are hashed from per-word value hashes computed once per
// sentence (word, tags, suffix), so that extracting a feature costs a few
// multiplications rather than hashing strings: the parser scores about a
// hundred features per transition.

// strHash is FNV-1a of s, the value hash of a word or tag.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// sent holds per-word value hashes; index n (the root) and -1 (none) map to markers.
type sent struct {
	w, t, u, x []uint64 // word, XPOS, UPOS, suffix
	punct      []int    // punct[i]: punctuation words before word i
	verbs      []int    // verbs[i]: verbs before word i
	n          int
}

var (
	hNone   = strHash("-NONE-")
	hRoot   = strHash("-ROOT-")
	hNoLab  = strHash("-")
	hNums   [9]uint64 // num buckets, the last one "-" (no word)
	hLabels []uint64  // filled per parser: see labelHashes
)

func init() {
	for i := range hNums {
		hNums[i] = strHash(string(rune('a' + i)))
	}
}

func newSent(words, xpos, upos []string) *sent {
	n := len(words)
	s := &sent{w: make([]uint64, n+2), t: make([]uint64, n+2), u: make([]uint64, n+2), x: make([]uint64, n+2),
		punct: make([]int, n+2), verbs: make([]int, n+2), n: n}
	for i := range words {
		w := ws.Norm(words[i])
		s.w[i+1] = strHash(w)
		s.t[i+1] = strHash(xpos[i])
		s.u[i+1] = strHash(upos[i])
		s.x[i+1] = strHash(ws.Suffix(w, 3))
		s.punct[i+1], s.verbs[i+1] = s.punct[i], s.verbs[i]
		switch upos[i] {
		case "PUNCT":
			s.punct[i+1]++
		case "VERB":
			s.verbs[i+1]++
		}
	}
	s.punct[n+1], s.verbs[n+1] = s.punct[n], s.verbs[n]
	s.w[0], s.t[0], s.u[0], s.x[0] = hNone, hNone, hNone, hNone
	s.w[n+1], s.t[n+1], s.u[n+1], s.x[n+1] = hRoot, hRoot, hRoot, hRoot
	return s
}

// word i is stored at i+1 so that -1 (no word) indexes slot 0.
func (s *sent) W(i int) uint64 { return s.w[i+1] }
func (s *sent) T(i int) uint64 { return s.t[i+1] }
func (s *sent) U(i int) uint64 { return s.u[i+1] }
func (s *sent) X(i int) uint64 { return s.x[i+1] }

// between counts, in a prefix-count table, the words strictly between i < j.
func between(c []int, i, j int) int {
	if i < 0 || j <= i {
		return 0
	}
	return c[j] - c[i+1] // c[k+1] counts words < k+1, i.e. ≤ k
}

// num buckets an integer: 0-5 themselves, 6-9, 10+.
func num(i int) uint64 {
	if i < 0 {
		i = -i
	}
	switch {
	case i < 6:
		return hNums[i]
	case i < 10:
		return hNums[6]
	default:
		return hNums[7]
	}
}

// few buckets a count: 0, 1, 2+.
func few(i int) uint64 { return hNums[min(i, 2)] }

const (
	m1 = 0x9E3779B97F4A7C15
	m2 = 0xBF58476D1CE4E5B9
	m3 = 0x94D049BB133111EB
)

func step(h, v uint64) uint64 { return (bits.RotateLeft64(h, 27) ^ v) * m1 }

func fin(h uint64) uint64 {
	h ^= h >> 30
	h *= m2
	h ^= h >> 27
	h *= m3
	h ^= h >> 31
	return h | 1
}

func f1(t, a uint64) uint64       { return fin(step(t*m3, a)) }
func f2(t, a, b uint64) uint64    { return fin(step(step(t*m3, a), b)) }
func f3(t, a, b, c uint64) uint64 { return fin(step(step(step(t*m3, a), b), c)) }
func f4(t, a, b, c, d uint64) uint64 {
	return fin(step(step(step(step(t*m3, a), b), c), d))
}

func (p *Parser) features(f []uint64, st *state, se *sent) []uint64 {
	get := func(i int) int {
		if i < len(st.stack) {
			return st.stack[len(st.stack)-1-i]
		}
		return -1
	}
	s0, s1, s2 := get(0), get(1), get(2)
	b0 := st.b
	b1, b2 := -1, -1
	if b0+1 <= st.n {
		b1 = b0 + 1
	}
	if b0+2 <= st.n {
		b2 = b0 + 2
	}
	at := func(x []int, i int) int {
		if i < 0 {
			return -1
		}
		return x[i]
	}
	lab := func(i int) uint64 {
		if i < 0 || st.labels[i] < 0 {
			return hNoLab
		}
		return p.lhash[st.labels[i]]
	}
	s0l, s0l2, s0r, s0r2 := at(st.lc1, s0), at(st.lc2, s0), at(st.rc1, s0), at(st.rc2, s0)
	s1l, s1r, s1r2 := at(st.lc1, s1), at(st.rc1, s1), at(st.rc2, s1)
	b0l, b0l2 := at(st.lc1, b0), at(st.lc2, b0)
	W, T, U := se.W, se.T, se.U
	depth := num(len(st.stack))
	first := hNums[0]
	if s0 == 0 {
		first = hNums[1]
	}
	ds0b0, ds1s0 := hNums[8], hNums[8]
	if s0 >= 0 {
		ds0b0 = num(b0 - s0)
		if s1 >= 0 {
			ds1s0 = num(s0 - s1)
		}
	}
	vl := func(i int) uint64 {
		if i < 0 {
			return hNums[8]
		}
		return num(st.nl[i])
	}
	vr := func(i int) uint64 {
		if i < 0 {
			return hNums[8]
		}
		return num(st.nr[i])
	}
	ls := func(x []uint64, i int) uint64 {
		if i < 0 {
			return hNoLab
		}
		return x[i] * m2
	}
	ws0, ts0, ws1, ts1, wb0, tb0 := W(s0), T(s0), W(s1), T(s1), W(b0), T(b0)
	tb1 := T(b1)
	f = append(f,
		f1(0, 0),
		// single words
		f1(1, ws0), f1(2, ts0), f2(3, ws0, ts0),
		f1(4, ws1), f1(5, ts1), f2(6, ws1, ts1),
		f1(7, wb0), f1(8, tb0), f2(9, wb0, tb0),
		f1(10, W(b1)), f1(11, tb1), f2(12, W(b1), tb1),
		f1(13, W(b2)), f1(14, T(b2)),
		f1(15, W(s2)), f1(16, T(s2)),
		f1(17, U(s0)), f1(18, U(b0)), f1(19, U(s1)),
		// pairs
		f4(20, ws0, ts0, wb0, tb0),
		f3(21, ws0, ts0, wb0),
		f3(22, ws0, wb0, tb0),
		f3(23, ws0, ts0, tb0),
		f3(24, ts0, wb0, tb0),
		f2(25, ws0, wb0),
		f2(26, ts0, tb0),
		f2(27, tb0, tb1),
		f4(28, ws1, ts1, ws0, ts0),
		f3(29, ws1, ts1, ts0),
		f3(30, ts1, ws0, ts0),
		f2(31, ws1, ws0),
		f2(32, ts1, ts0),
		f2(33, U(s1), U(s0)),
		f2(34, U(s0), U(b0)),
		// three tags
		f3(35, tb0, tb1, T(b2)),
		f3(36, ts0, tb0, tb1),
		f3(37, ts1, ts0, tb0),
		f3(38, T(s2), ts1, ts0),
		f3(39, ts0, T(s0l), tb0),
		f3(40, ts0, T(s0r), tb0),
		f3(41, ts1, T(s1l), ts0),
		f3(42, ts1, T(s1r), ts0),
		f3(43, ts0, tb0, T(b0l)),
		f3(44, ts1, ts0, T(s0l)),
		f3(45, ts1, ts0, T(s0r)),
		// distance
		f2(46, ws0, ds0b0), f2(47, ts0, ds0b0), f2(48, wb0, ds0b0), f2(49, tb0, ds0b0),
		f3(50, ws0, wb0, ds0b0), f3(51, ts0, tb0, ds0b0),
		f3(52, ts1, ts0, ds1s0), f3(53, ws1, ws0, ds1s0),
		// valency
		f2(54, ws0, vr(s0)), f2(55, ts0, vr(s0)), f2(56, ws0, vl(s0)), f2(57, ts0, vl(s0)),
		f2(58, ws1, vr(s1)), f2(59, ts1, vr(s1)), f2(60, wb0, vl(b0)), f2(61, tb0, vl(b0)),
		f2(62, ws1, vl(s1)), f2(63, ts1, vl(s1)),
		// children
		f1(64, W(s0l)), f1(65, T(s0l)), f1(66, lab(s0l)),
		f1(67, W(s0r)), f1(68, T(s0r)), f1(69, lab(s0r)),
		f1(70, W(s1l)), f1(71, T(s1l)), f1(72, lab(s1l)),
		f1(73, W(s1r)), f1(74, T(s1r)), f1(75, lab(s1r)),
		f1(76, W(b0l)), f1(77, T(b0l)), f1(78, lab(b0l)),
		f1(79, T(s0l2)), f1(80, lab(s0l2)), f1(81, T(s0r2)), f1(82, lab(s0r2)),
		f1(83, T(b0l2)), f1(84, lab(b0l2)), f1(85, lab(s1r2)),
		// label sets
		f2(86, ws0, ls(st.lset, s0)), f2(87, ts0, ls(st.lset, s0)),
		f2(88, ws0, ls(st.rset, s0)), f2(89, ts0, ls(st.rset, s0)),
		f2(90, wb0, ls(st.lset, b0)), f2(91, tb0, ls(st.lset, b0)),
		f2(92, ws1, ls(st.rset, s1)), f2(93, ts1, ls(st.rset, s1)),
		// third order
		f3(94, ts0, T(s0l), T(s0l2)), f3(95, ts0, T(s0r), T(s0r2)),
		f3(96, ts1, T(s1r), T(s1r2)), f3(97, tb0, T(b0l), T(b0l2)),
		f3(98, ts0, lab(s0l), lab(s0l2)), f3(99, ts0, lab(s0r), lab(s0r2)),
		f3(100, tb0, lab(b0l), lab(b0l2)),
		// words with children
		f3(101, ws0, ts0, lab(s0l)), f3(102, ws0, ts0, lab(s0r)),
		f3(103, ws1, ts1, lab(s1r)), f3(104, wb0, tb0, lab(b0l)),
		f3(105, ts1, ts0, tb1),
		f3(106, ws0, ts1, tb0),
		f3(107, wb0, ts0, ts1),
		// Stack depth: shifting over the bottom word leaves it to become the
		// root, so the classifier must know when s0 is that word.
		f2(108, ts0, depth), f3(109, ts0, tb0, depth), f3(110, ws0, tb0, depth),
		f3(111, ts0, U(b0), first),
	)
	pb := few(between(se.punct, s0, b0))
	vb := few(between(se.verbs, s0, b0))
	va := hNums[8]
	if b0 < st.n {
		va = few(se.verbs[st.n+1] - se.verbs[b0+1])
	}
	f = append(f,
		// suffixes, for words unseen in training
		f1(112, se.X(s0)), f1(113, se.X(b0)), f2(114, se.X(s0), tb0), f2(115, ts0, se.X(b0)),
		// what lies between s0 and b0, and whether a verb is still ahead
		f3(116, ts0, tb0, pb), f3(117, ts0, tb0, vb), f3(118, ts1, ts0, few(between(se.punct, s1, s0))),
		f3(119, ts0, depth, va), f3(120, U(s0), U(b0), va), f4(121, ts0, tb0, pb, vb),
		// universal tag context
		f3(122, U(s1), U(s0), U(b0)), f3(123, U(s0), U(b0), U(b1)),
	)
	left := num(st.n - b0)
	f = append(f,
		// how much of the sentence is left, for the root decision
		f3(124, ts0, depth, left), f3(125, ts0, tb0, left),
		// head candidates' words with the dependent's tag and distance
		f3(126, ws1, ts0, ds1s0), f3(127, wb0, ts0, ds0b0),
		f4(128, ts1, ts0, tb0, tb1),
		f3(129, W(b1), ts0, tb0),
		f3(130, ts0, lab(s0l), lab(s0r)), f3(131, tb0, lab(b0l), ts0),
	)
	return f
}
