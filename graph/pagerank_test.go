package graph

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// kg's PageRank agrees with gonum's and gives the same bits on every run.
func TestPageRankMatchesGonumAndRepeats(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 9))
	g := simple.NewDirectedGraph()
	const n = 400
	for i := 0; i < n; i++ {
		g.AddNode(simple.Node(i))
	}
	for e := 0; e < 1500; e++ {
		a, b := rnd.IntN(n), rnd.IntN(n/(1+rnd.IntN(8))) // a few hubs
		if a != b {
			g.SetEdge(simple.Edge{F: simple.Node(a), T: simple.Node(b)})
		}
	}
	want := network.PageRankSparse(g, 0.85, 1e-10)
	first := pageRank(g, n, 0.85, 1e-10)
	for run := 0; run < 5; run++ {
		got := pageRank(g, n, 0.85, 1e-10)
		for i := int64(0); i < n; i++ {
			if got[i] != first[i] {
				t.Fatalf("run %d: node %d scored %v, first run %v", run+2, i, got[i], first[i])
			}
		}
	}
	sum := 0.0
	for i := int64(0); i < n; i++ {
		sum += first[i]
		if math.Abs(first[i]-want[i]) > 1e-6*math.Max(1, want[i]*n) {
			t.Errorf("node %d: kg %v, gonum %v", i, first[i], want[i])
		}
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("scores sum to %v", sum)
	}
}
