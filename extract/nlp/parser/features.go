package parser

import (
	"strconv"

	"github.com/kgraph/kg/extract/nlp/perceptron"
	ws "github.com/kgraph/kg/extract/nlp/wordshape"
)

// sent holds per-word strings; index n (the root) and -1 (none) map to markers.
type sent struct {
	w, t, u []string
	n       int
}

func newSent(words, xpos, upos []string) *sent {
	n := len(words)
	s := &sent{w: make([]string, n+2), t: make([]string, n+2), u: make([]string, n+2), n: n}
	for i := range words {
		s.w[i+1] = ws.Norm(words[i])
		s.t[i+1] = xpos[i]
		s.u[i+1] = upos[i]
	}
	s.w[0], s.t[0], s.u[0] = "-NONE-", "-NONE-", "-NONE-"
	s.w[n+1], s.t[n+1], s.u[n+1] = "-ROOT-", "-ROOT-", "-ROOT-"
	return s
}

// word i is stored at i+1 so that -1 (no word) indexes slot 0.
func (s *sent) W(i int) string { return s.w[i+1] }
func (s *sent) T(i int) string { return s.t[i+1] }
func (s *sent) U(i int) string { return s.u[i+1] }

var small [12]string

func init() {
	for i := range small {
		small[i] = strconv.Itoa(i)
	}
}

func num(i int) string {
	if i < 0 {
		i = -i
	}
	switch {
	case i < 6:
		return small[i]
	case i < 10:
		return small[6]
	default:
		return small[7]
	}
}

func labelSet(x uint64) string { return strconv.FormatUint(x, 36) }

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
	lab := func(i int) string {
		if i < 0 || st.labels[i] < 0 {
			return "-"
		}
		return p.labels[st.labels[i]]
	}
	s0l, s0l2, s0r, s0r2 := at(st.lc1, s0), at(st.lc2, s0), at(st.rc1, s0), at(st.rc2, s0)
	s1l, s1r, s1r2 := at(st.lc1, s1), at(st.rc1, s1), at(st.rc2, s1)
	b0l, b0l2 := at(st.lc1, b0), at(st.lc2, b0)
	W, T, U := se.W, se.T, se.U
	depth := num(len(st.stack))
	first := "0"
	if s0 == 0 {
		first = "1"
	}
	H1, H2, H3, H4 := perceptron.H1, perceptron.H2, perceptron.H3, perceptron.H4
	ds0b0, ds1s0 := "-", "-"
	if s0 >= 0 {
		ds0b0 = num(b0 - s0)
		if s1 >= 0 {
			ds1s0 = num(s0 - s1)
		}
	}
	vl := func(i int) string {
		if i < 0 {
			return "-"
		}
		return num(st.nl[i])
	}
	vr := func(i int) string {
		if i < 0 {
			return "-"
		}
		return num(st.nr[i])
	}
	ls := func(x []uint64, i int) string {
		if i < 0 {
			return "-"
		}
		return labelSet(x[i])
	}
	f = append(f,
		perceptron.H0(0),
		// single words
		H1(1, W(s0)), H1(2, T(s0)), H2(3, W(s0), T(s0)),
		H1(4, W(s1)), H1(5, T(s1)), H2(6, W(s1), T(s1)),
		H1(7, W(b0)), H1(8, T(b0)), H2(9, W(b0), T(b0)),
		H1(10, W(b1)), H1(11, T(b1)), H2(12, W(b1), T(b1)),
		H1(13, W(b2)), H1(14, T(b2)),
		H1(15, W(s2)), H1(16, T(s2)),
		H1(17, U(s0)), H1(18, U(b0)), H1(19, U(s1)),
		// pairs
		H4(20, W(s0), T(s0), W(b0), T(b0)),
		H3(21, W(s0), T(s0), W(b0)),
		H3(22, W(s0), W(b0), T(b0)),
		H3(23, W(s0), T(s0), T(b0)),
		H3(24, T(s0), W(b0), T(b0)),
		H2(25, W(s0), W(b0)),
		H2(26, T(s0), T(b0)),
		H2(27, T(b0), T(b1)),
		H4(28, W(s1), T(s1), W(s0), T(s0)),
		H3(29, W(s1), T(s1), T(s0)),
		H3(30, T(s1), W(s0), T(s0)),
		H2(31, W(s1), W(s0)),
		H2(32, T(s1), T(s0)),
		H2(33, U(s1), U(s0)),
		H2(34, U(s0), U(b0)),
		// three tags
		H3(35, T(b0), T(b1), T(b2)),
		H3(36, T(s0), T(b0), T(b1)),
		H3(37, T(s1), T(s0), T(b0)),
		H3(38, T(s2), T(s1), T(s0)),
		H3(39, T(s0), T(s0l), T(b0)),
		H3(40, T(s0), T(s0r), T(b0)),
		H3(41, T(s1), T(s1l), T(s0)),
		H3(42, T(s1), T(s1r), T(s0)),
		H3(43, T(s0), T(b0), T(b0l)),
		H3(44, T(s1), T(s0), T(s0l)),
		H3(45, T(s1), T(s0), T(s0r)),
		// distance
		H2(46, W(s0), ds0b0), H2(47, T(s0), ds0b0), H2(48, W(b0), ds0b0), H2(49, T(b0), ds0b0),
		H3(50, W(s0), W(b0), ds0b0), H3(51, T(s0), T(b0), ds0b0),
		H3(52, T(s1), T(s0), ds1s0), H3(53, W(s1), W(s0), ds1s0),
		// valency
		H2(54, W(s0), vr(s0)), H2(55, T(s0), vr(s0)), H2(56, W(s0), vl(s0)), H2(57, T(s0), vl(s0)),
		H2(58, W(s1), vr(s1)), H2(59, T(s1), vr(s1)), H2(60, W(b0), vl(b0)), H2(61, T(b0), vl(b0)),
		H2(62, W(s1), vl(s1)), H2(63, T(s1), vl(s1)),
		// children
		H1(64, W(s0l)), H1(65, T(s0l)), H1(66, lab(s0l)),
		H1(67, W(s0r)), H1(68, T(s0r)), H1(69, lab(s0r)),
		H1(70, W(s1l)), H1(71, T(s1l)), H1(72, lab(s1l)),
		H1(73, W(s1r)), H1(74, T(s1r)), H1(75, lab(s1r)),
		H1(76, W(b0l)), H1(77, T(b0l)), H1(78, lab(b0l)),
		H1(79, T(s0l2)), H1(80, lab(s0l2)), H1(81, T(s0r2)), H1(82, lab(s0r2)),
		H1(83, T(b0l2)), H1(84, lab(b0l2)), H1(85, lab(s1r2)),
		// label sets
		H2(86, W(s0), ls(st.lset, s0)), H2(87, T(s0), ls(st.lset, s0)),
		H2(88, W(s0), ls(st.rset, s0)), H2(89, T(s0), ls(st.rset, s0)),
		H2(90, W(b0), ls(st.lset, b0)), H2(91, T(b0), ls(st.lset, b0)),
		H2(92, W(s1), ls(st.rset, s1)), H2(93, T(s1), ls(st.rset, s1)),
		// third order
		H3(94, T(s0), T(s0l), T(s0l2)), H3(95, T(s0), T(s0r), T(s0r2)),
		H3(96, T(s1), T(s1r), T(s1r2)), H3(97, T(b0), T(b0l), T(b0l2)),
		H3(98, T(s0), lab(s0l), lab(s0l2)), H3(99, T(s0), lab(s0r), lab(s0r2)),
		H3(100, T(b0), lab(b0l), lab(b0l2)),
		// words with children
		H3(101, W(s0), T(s0), lab(s0l)), H3(102, W(s0), T(s0), lab(s0r)),
		H3(103, W(s1), T(s1), lab(s1r)), H3(104, W(b0), T(b0), lab(b0l)),
		H3(105, T(s1), T(s0), T(b1)),
		H3(106, W(s0), T(s1), T(b0)),
		H3(107, W(b0), T(s0), T(s1)),
		// Stack depth: shifting over the bottom word leaves it to become the
		// root, so the classifier must know when s0 is that word.
		H2(108, T(s0), depth), H3(109, T(s0), T(b0), depth), H3(110, W(s0), T(b0), depth),
		H3(111, T(s0), U(b0), first),
	)
	return f
}
