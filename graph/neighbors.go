package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// NeighborOptions shape a neighbourhood query.
type NeighborOptions struct {
	Depth    int    // hops from the entity (default 1)
	Via      string // only edges with this relation lemma
	Since    string // only facts from documents dated on or after YYYY-MM-DD
	Evidence bool   // fill each edge's sentence (reads the documents)
	Limit    int    // at most this many edges (0: no limit)
}

// Neighborhood is the part of the graph around one entity.
type Neighborhood struct {
	Center Node           `json:"center"`
	Edges  []Hop          `json:"edges"` // Forward is always true: From → To as stated
	Depth  map[string]int `json:"depth"`
}

// Neighbors returns the edges within opts.Depth hops of an entity, in
// either direction, sorted by depth, then subject, relation and object.
func (s *Store) Neighbors(ctx context.Context, name string, opts NeighborOptions) (Neighborhood, error) {
	if opts.Depth <= 0 {
		opts.Depth = 1
	}
	e, err := s.Lookup(ctx, name)
	if err != nil {
		return Neighborhood{}, err
	}
	w := newWalker(ctx, s, PathOptions{Undirected: true, Via: opts.Via, Since: opts.Since})
	w.names[e.ID] = e.Name
	nh := Neighborhood{Center: Node{e.ID, e.Name}, Depth: map[string]int{e.ID: 0}}
	front := []string{e.ID}
	type key struct{ from, to, rel string }
	edges := map[key][]edge{}
	var order []key
	for d := 1; d <= opts.Depth && len(front) > 0; d++ {
		var next []string
		for _, id := range front {
			if err := w.load(id); err != nil {
				return nh, err
			}
			for _, ed := range append(w.out[id], w.in[id]...) {
				k := key{ed.from, ed.to, ed.rel}
				if _, ok := edges[k]; !ok {
					order = append(order, k)
				}
				edges[k] = append(edges[k], ed)
				for _, n := range []string{ed.from, ed.to} {
					if _, ok := nh.Depth[n]; !ok {
						nh.Depth[n] = d
						next = append(next, n)
					}
				}
			}
		}
		front = next
	}
	// Edges leaving the outermost ring were not loaded, so the set is
	// exactly the edges touching entities at depth < Depth.
	for _, k := range order {
		es := edges[k]
		h := Hop{From: Node{k.from, w.name(k.from)}, To: Node{k.to, w.name(k.to)},
			Relation: strings.ReplaceAll(k.rel, "_", " "), Forward: true, Doc: es[0].doc, Support: len(es)}
		if opts.Evidence {
			best, err := w.hop(k.from, k.to, k.rel)
			if err != nil {
				return nh, err
			}
			h = best
		}
		nh.Edges = append(nh.Edges, h)
	}
	slices.SortFunc(nh.Edges, func(a, b Hop) int {
		da := min(nh.Depth[a.From.ID], nh.Depth[a.To.ID])
		db := min(nh.Depth[b.From.ID], nh.Depth[b.To.ID])
		return cmp.Or(cmp.Compare(da, db), strings.Compare(a.From.ID, b.From.ID),
			strings.Compare(a.Relation, b.Relation), strings.Compare(a.To.ID, b.To.ID))
	})
	if opts.Limit > 0 && len(nh.Edges) > opts.Limit {
		nh.Edges = nh.Edges[:opts.Limit]
	}
	return nh, nil
}
