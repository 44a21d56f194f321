package graph

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// NeighborOptions shape a neighbourhood query.
type NeighborOptions struct {
	Depth    int    // hops from the entity (default 1)
	Via      string // only edges with this relation lemma
	Since    string // only facts from documents dated on or after YYYY-MM-DD
	Evidence bool   // fill each edge's sentence (reads the documents)
	Limit    int    // at most this many edges (0: no limit)
	// PerNode keeps, at each entity expanded, only its PerNode strongest
	// edges: those stated by the most documents (ties: outgoing first, then
	// by the other entity's ID and the relation). 0 keeps all. Hubs (a
	// country in most articles) otherwise bring tens of thousands of edges
	// into a two-hop neighbourhood; Totals says how many each one has.
	PerNode int
}

// Neighborhood is the part of the graph around one entity.
type Neighborhood struct {
	Center Node           `json:"center"`
	Edges  []Hop          `json:"edges"` // Forward is always true: From → To as stated
	Depth  map[string]int `json:"depth"`
	// Totals is, for each entity expanded (those at depth < Depth), how
	// many distinct edges it has (subject, relation, object, after Via and
	// Since), before PerNode; Truncated is true when PerNode or Limit left
	// edges out.
	Totals    map[string]int `json:"totals"`
	Truncated bool           `json:"truncated,omitempty"`
}

// nbEdge is a distinct edge at an entity, with the number of documents
// stating it and the smallest of them.
type nbEdge struct {
	from, to, rel string
	support       int
	doc           string
}

// Neighbors returns the edges within opts.Depth hops of an entity, in
// either direction, sorted by depth, then subject, relation and object.
// On Bolt (without Since) each entity's distinct edges come from its
// summary record, strongest first, so a hub costs no more than PerNode
// edges; otherwise from the adjacency index or Cayley.
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
	nh := Neighborhood{Center: Node{e.ID, e.Name}, Depth: map[string]int{e.ID: 0}, Totals: map[string]int{}}
	type key struct{ from, to, rel string }
	seen := map[key]bool{}
	var edges []nbEdge
	visit := func(id string, d int, es []nbEdge, total int) []string {
		nh.Totals[id] = total
		if len(es) < total {
			nh.Truncated = true
		}
		var next []string
		for _, ed := range es {
			k := key{ed.from, ed.to, ed.rel}
			if !seen[k] {
				seen[k] = true
				edges = append(edges, ed)
			}
			for _, n := range []string{ed.from, ed.to} {
				if _, ok := nh.Depth[n]; !ok {
					nh.Depth[n] = d
					next = append(next, n)
				}
			}
		}
		return next
	}
	var tx *bolt.Tx
	if s.summary && opts.Since == "" {
		if tx, err = s.bkv.db.Begin(false); err != nil {
			return nh, err
		}
		defer tx.Rollback()
	}
	front := []string{e.ID}
	for d := 1; d <= opts.Depth && len(front) > 0; d++ {
		// Read the ring first, so the maps can be sized once.
		ring := make([][]nbEdge, len(front))
		totals := make([]int, len(front))
		n := 0
		for i, id := range front {
			if tx != nil {
				ring[i], totals[i], err = s.summaryEdges(tx, id, w.via, opts.PerNode)
			} else {
				ring[i], totals[i], err = w.distinctEdges(id, opts.PerNode)
			}
			if err != nil {
				return nh, err
			}
			n += len(ring[i])
		}
		if n > len(edges) {
			seen2 := make(map[key]bool, len(seen)+n)
			for k := range seen {
				seen2[k] = true
			}
			seen = seen2
			depth2 := make(map[string]int, len(nh.Depth)+n)
			for k, v := range nh.Depth {
				depth2[k] = v
			}
			nh.Depth = depth2
			edges = slices.Grow(edges, n)
		}
		var next []string
		for i, id := range front {
			next = append(next, visit(id, d, ring[i], totals[i])...)
		}
		front = next
	}
	// Edges leaving the outermost ring were not loaded, so the set is
	// exactly the edges touching entities at depth < Depth (of those kept).
	// Sort small keys, then build the hops in order.
	type item struct {
		d             int
		from, rel, to string
		i             int
	}
	rels := map[string]string{}
	items := make([]item, len(edges))
	for i, ed := range edges {
		r, ok := rels[ed.rel]
		if !ok {
			r = strings.ReplaceAll(ed.rel, "_", " ")
			rels[ed.rel] = r
		}
		items[i] = item{min(nh.Depth[ed.from], nh.Depth[ed.to]), ed.from, r, ed.to, i}
	}
	slices.SortFunc(items, func(a, b item) int {
		return cmp.Or(cmp.Compare(a.d, b.d), strings.Compare(a.from, b.from),
			strings.Compare(a.rel, b.rel), strings.Compare(a.to, b.to))
	})
	nh.Edges = make([]Hop, 0, len(items))
	for _, it := range items {
		ed := edges[it.i]
		var from, to string
		if tx != nil {
			from, to = s.summaryName(tx, w, ed.from), s.summaryName(tx, w, ed.to)
		} else {
			from, to = w.name(ed.from), w.name(ed.to)
		}
		h := Hop{From: Node{ed.from, from}, To: Node{ed.to, to},
			Relation: it.rel, Forward: true, Doc: ed.doc, Support: ed.support}
		if opts.Evidence {
			if err := w.load(ed.from); err != nil {
				return nh, err
			}
			best, err := w.hop(ed.from, ed.to, ed.rel)
			if err != nil {
				return nh, err
			}
			h = best
		}
		nh.Edges = append(nh.Edges, h)
	}
	if opts.Limit > 0 && len(nh.Edges) > opts.Limit {
		nh.Edges = nh.Edges[:opts.Limit]
		nh.Truncated = true
	}
	return nh, nil
}

// summaryEdges reads an entity's distinct edges from its summary record,
// the strongest perNode (all when 0), and how many there are in all.
func (s *Store) summaryEdges(tx *bolt.Tx, id, via string, perNode int) ([]nbEdge, int, error) {
	b := tx.Bucket(nbBucket)
	if b == nil {
		return nil, 0, nil
	}
	v := b.Get([]byte(id))
	limit := perNode
	if via != "" {
		limit = 0 // filter first, then cut
	}
	entries, err := decodeNb(v, limit, true)
	if err != nil {
		return nil, 0, err
	}
	_, total, _ := nbHeader(v)
	if via != "" {
		entries = slices.DeleteFunc(entries, func(e nbEntry) bool { return !strings.EqualFold(e.rel, via) })
		total = len(entries)
		if perNode > 0 && len(entries) > perNode {
			entries = entries[:perNode]
		}
	}
	out := make([]nbEdge, len(entries))
	for i, e := range entries {
		ed := nbEdge{from: id, to: e.other, rel: e.rel, support: e.n, doc: e.doc}
		if e.dir == '<' {
			ed.from, ed.to = e.other, id
		}
		out[i] = ed
	}
	return out, total, nil
}

// summaryName is an entity's name read in the summary's transaction.
func (s *Store) summaryName(tx *bolt.Tx, w *walker, id string) string {
	if n, ok := w.names[id]; ok && n != "" {
		return n
	}
	if w.nameCur == nil {
		if b := tx.Bucket(nameBucket); b != nil {
			w.nameCur = b.Cursor()
		}
	}
	n := ""
	if w.nameCur != nil {
		pref := []byte(id + sep)
		if k, v := w.nameCur.Seek(pref); k != nil && bytes.HasPrefix(k, pref) {
			n = string(v)
		}
	}
	if n == "" {
		n = id
	}
	w.names[id] = n
	return n
}

// distinctEdges groups an entity's edges (one per document) into distinct
// edges, strongest first as summaryEdges orders them, keeping perNode.
func (w *walker) distinctEdges(id string, perNode int) ([]nbEdge, int, error) {
	if err := w.load(id); err != nil {
		return nil, 0, err
	}
	idx := map[[3]string]int{}
	var es []nbEntry
	var eds []nbEdge
	add := func(dir byte, other string, e edge) {
		k := [3]string{string(dir), other, e.rel}
		i, ok := idx[k]
		if !ok {
			i = len(es)
			idx[k] = i
			es = append(es, nbEntry{nbKey: nbKey{dir, other, e.rel}})
			eds = append(eds, nbEdge{from: e.from, to: e.to, rel: e.rel, doc: e.doc})
		}
		es[i].n++
		eds[i].support++
		if e.doc < eds[i].doc {
			eds[i].doc = e.doc
		}
	}
	for _, e := range w.out[id] {
		add('>', e.to, e)
	}
	for _, e := range w.in[id] {
		add('<', e.from, e)
	}
	order := make([]int, len(es))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return compareNb(es[a], es[b]) })
	out := make([]nbEdge, 0, len(order))
	for _, i := range order {
		if perNode > 0 && len(out) == perNode {
			break
		}
		out = append(out, eds[i])
	}
	return out, len(es), nil
}
