package graph

import (
	"math"
	"slices"

	gg "gonum.org/v1/gonum/graph"
)

// pageRank is PageRank by power iteration from the uniform vector, over
// neighbours in ID order, so the same graph gives the same scores to the
// last bit on every run (gonum's PageRankSparse starts from a random
// vector, which made exports differ in their last digits). Scores sum to
// 1; a node without out-links spreads its score over all nodes. It stops
// when an iteration moves the vector by less than tol (L1) or after 1,000
// iterations.
func pageRank(g gg.Directed, n int, damp, tol float64) map[int64]float64 {
	if n == 0 {
		return map[int64]float64{}
	}
	// Compressed rows of in-links: for node j, the nodes i with i → j.
	out := make([]int, n)
	in := make([][]int32, n)
	for i := 0; i < n; i++ {
		it := g.From(int64(i))
		for it.Next() {
			j := it.Node().ID()
			in[j] = append(in[j], int32(i))
			out[i]++
		}
	}
	for j := range in {
		slices.Sort(in[j])
	}
	r := make([]float64, n)
	next := make([]float64, n)
	for i := range r {
		r[i] = 1 / float64(n)
	}
	for iter := 0; iter < 1000; iter++ {
		dangling := 0.0
		for i, o := range out {
			if o == 0 {
				dangling += r[i]
			}
		}
		base := (1-damp)/float64(n) + damp*dangling/float64(n)
		diff := 0.0
		for j := range next {
			s := 0.0
			for _, i := range in[j] {
				s += r[i] / float64(out[i])
			}
			next[j] = base + damp*s
			diff += math.Abs(next[j] - r[j])
		}
		r, next = next, r
		if diff < tol {
			break
		}
	}
	sc := make(map[int64]float64, n)
	for i, v := range r {
		sc[int64(i)] = v
	}
	return sc
}
