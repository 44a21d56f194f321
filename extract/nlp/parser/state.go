package parser

// state is an arc-hybrid configuration over words 0..n-1, with the root as
// word n at the end of the buffer.
type state struct {
	n                  int
	stack              []int
	b                  int // front of the buffer
	heads              []int
	labels             []int    // label index of the arc to the head, -1 none
	lc1, lc2, rc1, rc2 []int    // leftmost / rightmost children, -1 none
	nl, nr             []int    // number of left / right children
	lset, rset         []uint64 // bit sets of child labels
}

func newState(n int) *state {
	s := &state{n: n}
	mk := func() []int {
		x := make([]int, n+1)
		for i := range x {
			x[i] = -1
		}
		return x
	}
	s.heads, s.labels = mk(), mk()
	s.lc1, s.lc2, s.rc1, s.rc2 = mk(), mk(), mk(), mk()
	s.nl, s.nr = make([]int, n+1), make([]int, n+1)
	s.lset, s.rset = make([]uint64, n+1), make([]uint64, n+1)
	s.stack = make([]int, 0, n)
	return s
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b == s.n }

func (s *state) shift() {
	s.stack = append(s.stack, s.b)
	s.b++
}

// arc attaches d to h with label l.
func (s *state) arc(h, d, l int) {
	s.heads[d], s.labels[d] = h, l
	if d < h {
		s.nl[h]++
		s.lset[h] |= 1 << uint(l&63)
		switch {
		case s.lc1[h] == -1 || d < s.lc1[h]:
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		case s.lc2[h] == -1 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= 1 << uint(l&63)
		switch {
		case d > s.rc1[h]:
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		case d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// left attaches the stack top to the buffer front and pops it.
func (s *state) left(l int) {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.arc(s.b, top, l)
}

// right attaches the stack top to the word under it and pops it.
func (s *state) right(l int) {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.arc(s.stack[len(s.stack)-1], top, l)
}

// canShift, canLeft, canRight say which moves keep a single-rooted tree reachable.
func (s *state) canShift() bool { return s.b < s.n }
func (s *state) canLeft() bool {
	return len(s.stack) > 0 && (s.b < s.n || len(s.stack) == 1)
}
func (s *state) canRight() bool { return len(s.stack) >= 2 }

// costs returns the number of gold arcs each unlabelled move makes
// unreachable (exact for projective trees, an approximation otherwise).
func (s *state) costs(gold []int) (shift, left, right int) {
	ns := len(s.stack)
	if s.canShift() {
		b := s.b
		for i, k := range s.stack {
			if gold[k] == b {
				shift++
			}
			if gold[b] == k && i != ns-1 {
				shift++
			}
		}
	}
	if ns == 0 {
		return shift, 0, 0
	}
	s0 := s.stack[ns-1]
	deps := 0
	for d := s.b; d < s.n; d++ {
		if gold[d] == s0 {
			deps++
		}
	}
	g := gold[s0]
	left, right = deps, deps
	s1 := -1
	if ns >= 2 {
		s1 = s.stack[ns-2]
	}
	if g != s.b && (g == s1 || g > s.b) {
		left++
	}
	if g != s1 && g >= s.b {
		right++
	}
	return shift, left, right
}
