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
// the browser's force layout (cose) takes seconds beyond a hundred or two.
const DefaultLarge = 150

// leaves finds the nodes that hang off one other node (degree 1: in news
// graphs most are literal values or one-off phrases) and returns, for each
// node, the node it hangs off, or -1 for the core nodes. In a pair of
// leaves, the literal (else the later one) hangs off the other.
func leaves(nodes []nodeJSON, adj [][]neighbour) []int {
	parent := make([]int, len(nodes))
	for i := range nodes {
		parent[i] = -1
		if len(adj[i]) != 1 {
			continue
		}
		p := adj[i][0].node
		if len(adj[p]) > 1 {
			parent[i] = p
			continue
		}
		if nodes[i].Literal != nodes[p].Literal {
			if nodes[i].Literal {
				parent[i] = p
			}
		} else if i > p {
			parent[i] = p
		}
	}
	return parent
}

// clusters groups the core nodes (not leaves) by Louvain communities of
// the core graph, largest first; core nodes alone in their community are
// gathered in one last group, whose index is returned as alone (-1 when
// there is none). Groups list node indices in ascending order.
func clusters(nodes []nodeJSON, adj [][]neighbour, parent []int) (groups [][]int, aloneGroup int) {
	core := make([][]neighbour, len(nodes))
	edges := false
	for i := range nodes {
		if parent[i] >= 0 {
			continue
		}
		for _, nb := range adj[i] {
			if parent[nb.node] < 0 {
				core[i] = append(core[i], nb)
				edges = true
			}
		}
	}
	var alone []int
	if edges {
		// A fixed seed and an ordered graph keep the page the same from
		// run to run.
		red := community.Modularize(&ugraph{adj: core}, 1, rand.NewPCG(1, 2))
		for _, c := range red.Communities() {
			var members []int
			for _, n := range c {
				if i := int(n.ID()); parent[i] < 0 {
					members = append(members, i)
				}
			}
			sort.Ints(members)
			switch {
			case len(members) == 1:
				alone = append(alone, members[0])
			case len(members) > 1:
				groups = append(groups, members)
			}
		}
	} else {
		for i := range nodes {
			if parent[i] < 0 {
				alone = append(alone, i)
			}
		}
	}
	sort.SliceStable(groups, func(a, b int) bool {
		if len(groups[a]) != len(groups[b]) {
			return len(groups[a]) > len(groups[b])
		}
		return groups[a][0] < groups[b][0]
	})
	if len(alone) == 0 {
		return groups, -1
	}
	sort.Ints(alone)
	return append(groups, alone), len(groups)
}

// Layout constants, in the page's model units (a node is 8 to 48 wide, see
// nodeSize in view.js).
const (
	leafGap = 40.0 // between a node and its ring of leaves, and between rings
	margin  = 22.0 // around a node's footprint
	fill    = 0.55 // how densely footprints fill a cluster's disc
)

// place gives every node a position without iterating: each cluster is a
// disc with its biggest nodes in the middle (a sunflower spiral whose steps
// grow with each node's footprint), leaves sit in rings around the node
// they hang off, and the discs are packed in rows, largest first. It is
// O(n), so the page opens quickly however large the corpus.
func place(nodes []nodeJSON, adj [][]neighbour, parent []int, groups [][]int) {
	golden := math.Pi * (3 - math.Sqrt(5))
	kids := make([][]int, len(nodes))
	for i, p := range parent {
		if p >= 0 {
			kids[p] = append(kids[p], i)
		}
	}
	radius := func(i int) float64 { return (8 + 40*math.Sqrt(nodes[i].Size)) / 2 }
	// rings returns the radius of each leaf ring around i.
	rings := func(i int) (r []float64, capacity []int) {
		left := len(kids[i])
		for ring := 0; left > 0; ring++ {
			ri := radius(i) + leafGap*float64(ring+1)
			c := max(6, int(2*math.Pi*ri/leafGap))
			r, capacity = append(r, ri), append(capacity, c)
			left -= c
		}
		return r, capacity
	}
	footprint := make([]float64, len(nodes))
	for i := range nodes {
		if parent[i] < 0 {
			r, _ := rings(i)
			footprint[i] = radius(i) + margin
			if len(r) > 0 {
				footprint[i] = r[len(r)-1] + margin
			}
		}
	}
	type disc struct {
		order []int
		at    [][2]float64
		r     float64
	}
	discs := make([]disc, len(groups))
	for g, members := range groups {
		order := append([]int(nil), members...)
		sort.SliceStable(order, func(a, b int) bool {
			x, y := nodes[order[a]], nodes[order[b]]
			if x.Size != y.Size {
				return x.Size > y.Size
			}
			return x.Degree > y.Degree
		})
		d := disc{order: order}
		var acc, outer float64
		for k, i := range order {
			f := footprint[i]
			r := 0.0
			if k > 0 {
				r = math.Sqrt((acc + math.Pi*f*f/2) / (math.Pi * fill))
			}
			acc += math.Pi * f * f
			t := float64(k) * golden
			d.at = append(d.at, [2]float64{r * math.Cos(t), r * math.Sin(t)})
			outer = math.Max(outer, r+f)
		}
		d.r = outer
		if len(order) <= maxRefine {
			refine(d.at, order, footprint, parent, adj, outer)
		}
		discs[g] = d
	}
	// The discs themselves form a sunflower, in group order (largest
	// community in the middle, the nodes alone in theirs outermost).
	var acc float64
	for g := range discs {
		f := discs[g].r + 2*margin
		r := 0.0
		if g > 0 {
			r = math.Sqrt((acc + math.Pi*f*f/2) / (math.Pi * fill))
			r = math.Max(r, discs[0].r+f) // keep clear of the middle disc
		}
		acc += math.Pi * f * f
		t := float64(g) * golden
		cx, cy := r*math.Cos(t), r*math.Sin(t)
		for k, i := range discs[g].order {
			px, py := cx+discs[g].at[k][0], cy+discs[g].at[k][1]
			nodes[i].Pos = []int{int(math.Round(px)), int(math.Round(py))}
			r, capacity := rings(i)
			ring, slot := 0, 0
			for _, leaf := range kids[i] {
				if slot == capacity[ring] {
					ring, slot = ring+1, 0
				}
				n := min(capacity[ring], len(kids[i])-sumInts(capacity[:ring]))
				t := 2*math.Pi*float64(slot)/float64(n) + float64(ring)*0.5
				nodes[leaf].Pos = []int{int(math.Round(px + r[ring]*math.Cos(t))), int(math.Round(py + r[ring]*math.Sin(t)))}
				slot++
			}
		}
	}
}

// maxRefine is the largest cluster whose layout is refined by forces: the
// refinement costs O(n²) per round.
const maxRefine = 400

// refine moves the nodes of one cluster (positions at, relative to the
// disc's centre) by a few rounds of Fruchterman–Reingold forces: linked
// nodes pull together, all push apart as far as their footprints need. The
// nodes stay inside the disc (radius r), so the packing of discs holds. It
// starts from the sunflower and is deterministic.
func refine(at [][2]float64, order []int, footprint []float64, parent []int, adj [][]neighbour, r float64) {
	n := len(order)
	if n < 3 {
		return
	}
	index := make(map[int]int, n)
	for k, i := range order {
		index[i] = k
	}
	var links [][2]int
	for k, i := range order {
		for _, nb := range adj[i] {
			if j, ok := index[nb.node]; ok && parent[nb.node] < 0 && k < j {
				links = append(links, [2]int{k, j})
			}
		}
	}
	const rounds = 60
	disp := make([][2]float64, n)
	for round := 0; round < rounds; round++ {
		temp := r / 8 * (1 - float64(round)/rounds)
		for k := range disp {
			disp[k] = [2]float64{}
		}
		for a := 0; a < n; a++ {
			for b := a + 1; b < n; b++ {
				dx, dy := at[a][0]-at[b][0], at[a][1]-at[b][1]
				d := math.Max(math.Hypot(dx, dy), 1)
				want := footprint[order[a]] + footprint[order[b]]
				f := want * want / d / d // k²/d, as a fraction of the distance
				disp[a][0] += dx * f
				disp[a][1] += dy * f
				disp[b][0] -= dx * f
				disp[b][1] -= dy * f
			}
		}
		for _, l := range links {
			a, b := l[0], l[1]
			dx, dy := at[a][0]-at[b][0], at[a][1]-at[b][1]
			d := math.Hypot(dx, dy)
			want := footprint[order[a]] + footprint[order[b]]
			f := d / want // d²/k, as a fraction of the distance
			disp[a][0] -= dx * f
			disp[a][1] -= dy * f
			disp[b][0] += dx * f
			disp[b][1] += dy * f
		}
		for k := range at {
			dl := math.Hypot(disp[k][0], disp[k][1])
			if dl == 0 {
				continue
			}
			step := math.Min(dl, temp) / dl
			x, y := at[k][0]+disp[k][0]*step, at[k][1]+disp[k][1]*step
			limit := r - footprint[order[k]]
			if d := math.Hypot(x, y); d > limit && d > 0 {
				x, y = x*limit/d, y*limit/d
			}
			at[k] = [2]float64{x, y}
		}
	}
}

func sumInts(v []int) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
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
