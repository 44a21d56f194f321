package html

import (
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// DefaultLarge is the node count above which positions are computed in Go:
// the browser's force layout (cose) takes seconds beyond a few hundred.
const DefaultLarge = 400

// communities groups the connected nodes into communities, the given ones
// (from the graph package's analytics) or else Louvain's, largest first;
// nodes with no facts form one last group. Each group lists node indices in
// ascending order.
func communities(nodes []nodeJSON, adj [][]neighbour, given map[string]int) [][]int {
	var groups [][]int
	var isolated []int
	if len(given) > 0 {
		byID := map[int]int{}
		for i, n := range nodes {
			c, ok := given[n.ID]
			if !ok || len(adj[i]) == 0 {
				isolated = append(isolated, i)
				continue
			}
			g, ok := byID[c]
			if !ok {
				g = len(groups)
				byID[c] = g
				groups = append(groups, nil)
			}
			groups[g] = append(groups[g], i)
		}
	} else {
		g := &ugraph{adj: adj}
		for i := range nodes {
			if len(adj[i]) == 0 {
				isolated = append(isolated, i)
			}
		}
		if len(isolated) < len(nodes) {
			// A fixed seed and an ordered graph keep the page the same
			// from run to run.
			red := community.Modularize(g, 1, rand.NewPCG(1, 2))
			for _, c := range red.Communities() {
				var members []int
				for _, n := range c {
					if len(adj[n.ID()]) > 0 {
						members = append(members, int(n.ID()))
					}
				}
				if len(members) > 0 {
					sort.Ints(members)
					groups = append(groups, members)
				}
			}
		}
	}
	sort.SliceStable(groups, func(a, b int) bool {
		if len(groups[a]) != len(groups[b]) {
			return len(groups[a]) > len(groups[b])
		}
		return groups[a][0] < groups[b][0]
	})
	if len(isolated) > 0 {
		groups = append(groups, isolated)
	}
	return groups
}

// place gives every node a position: each community is a disc with its
// biggest nodes in the middle (a sunflower spiral), and the discs are
// packed in rows, largest first. It is O(n) and needs no iteration, so the
// page opens quickly however large the corpus.
func place(nodes []nodeJSON, comms [][]int) {
	const spacing = 60.0
	golden := math.Pi * (3 - math.Sqrt(5))
	radius := make([]float64, len(comms))
	var area float64
	for c, members := range comms {
		radius[c] = spacing * (math.Sqrt(float64(len(members))) + 1)
		area += 4 * radius[c] * radius[c]
	}
	width := math.Sqrt(area) * 1.2
	if len(comms) > 0 {
		width = math.Max(width, 2*radius[0])
	}
	var x, y, rowHeight float64
	for c, members := range comms {
		d := 2 * radius[c]
		if x > 0 && x+d > width {
			x, y, rowHeight = 0, y+rowHeight, 0
		}
		cx, cy := x+radius[c], y+radius[c]
		order := append([]int(nil), members...)
		sort.SliceStable(order, func(a, b int) bool { return nodes[order[a]].Size > nodes[order[b]].Size })
		for i, n := range order {
			r := spacing * math.Sqrt(float64(i)+0.5)
			t := float64(i) * golden
			nodes[n].Pos = []int{int(math.Round(cx + r*math.Cos(t))), int(math.Round(cy + r*math.Sin(t)))}
		}
		x += d
		rowHeight = math.Max(rowHeight, d)
	}
}

// ugraph is a weighted undirected view of the page's adjacency for gonum.
// Its nodes and neighbours come in ascending order, unlike gonum's map-based
// graphs, so community detection is deterministic.
type ugraph struct{ adj [][]neighbour }

func (g *ugraph) Node(id int64) graph.Node {
	if id < 0 || id >= int64(len(g.adj)) {
		return nil
	}
	return simple.Node(id)
}

func (g *ugraph) Nodes() graph.Nodes {
	ns := make([]graph.Node, len(g.adj))
	for i := range ns {
		ns[i] = simple.Node(i)
	}
	return iterator.NewOrderedNodes(ns)
}

func (g *ugraph) From(id int64) graph.Nodes {
	if g.Node(id) == nil {
		return graph.Empty
	}
	ns := make([]graph.Node, len(g.adj[id]))
	for i, nb := range g.adj[id] {
		ns[i] = simple.Node(nb.node)
	}
	return iterator.NewOrderedNodes(ns)
}

func (g *ugraph) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, true
	}
	if g.Node(x) == nil {
		return 0, false
	}
	a := g.adj[x]
	i := sort.Search(len(a), func(i int) bool { return int64(a[i].node) >= y })
	if i < len(a) && int64(a[i].node) == y {
		return float64(a[i].weight), true
	}
	return 0, false
}

func (g *ugraph) HasEdgeBetween(x, y int64) bool {
	_, ok := g.Weight(x, y)
	return ok && x != y
}

func (g *ugraph) WeightedEdgeBetween(x, y int64) graph.WeightedEdge {
	w, ok := g.Weight(x, y)
	if !ok || x == y {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(x), T: simple.Node(y), W: w}
}

func (g *ugraph) WeightedEdge(u, v int64) graph.WeightedEdge { return g.WeightedEdgeBetween(u, v) }
func (g *ugraph) EdgeBetween(x, y int64) graph.Edge {
	if e := g.WeightedEdgeBetween(x, y); e != nil {
		return e
	}
	return nil
}
func (g *ugraph) Edge(u, v int64) graph.Edge { return g.EdgeBetween(u, v) }
