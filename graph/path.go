package graph

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// PathOptions shape a path search.
type PathOptions struct {
	K          int    // number of paths (default 1)
	Undirected bool   // follow edges against their direction too
	Via        string // only edges with this relation lemma
	Since      string // only facts from documents dated on or after YYYY-MM-DD
	MaxNodes   int    // exploration budget (default 50,000 entities)
}

// Node is an entity on a path.
type Node struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Hop is one step of a path: an edge with the fact that supports it.
type Hop struct {
	From     Node   `json:"from"`
	To       Node   `json:"to"`
	Relation string `json:"relation"`
	// Forward is true when the fact reads From → To; false when the path
	// walks the edge backwards (only with Undirected).
	Forward    bool    `json:"forward"`
	Doc        string  `json:"doc"`
	DocName    string  `json:"doc_name"`
	Date       string  `json:"date,omitempty"`
	Sentence   int     `json:"sentence"`
	Text       string  `json:"evidence"`
	Confidence float64 `json:"confidence"`
	// Support is how many stored facts state this edge, in any document.
	Support int `json:"support"`
}

// Path is a sequence of hops from one entity to another.
type Path struct {
	Hops []Hop `json:"hops"`
}

// edge is one stored edge quad.
type edge struct {
	from, to string
	rel      string // relation IRI suffix (lemma with '_' for spaces)
	doc      string
	// info is the adjacency index's value for the edge in doc (Bolt; see
	// edgeInfo), "" when unknown.
	info string
}

// relName turns a relation IRI into its lemma; ok is false for negated or
// non-relation predicates, which paths and neighbourhoods do not follow.
func relName(p quad.Value) (string, bool) {
	iri, ok := p.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), relPrefix) {
		return "", false
	}
	s, err := url.PathUnescape(string(iri[len(relPrefix):]))
	if err != nil || strings.HasPrefix(s, negPrefix) {
		return "", false
	}
	return s, true
}

// walker explores the graph from the store's indexes, caching what it read.
type walker struct {
	s       *Store
	ctx     context.Context
	opts    PathOptions
	names   map[string]string
	out, in map[string][]edge
	dates   map[string]string
	via     string
	docs    map[string]*storedDoc
	nameCur *bolt.Cursor    // Neighbors: the label index, in its transaction
	entity  map[string]bool // entitiesOnly's answers
	// entityEdges (paths) skips the edges to values that the summaries
	// can tell apart (see load).
	entityEdges bool
}

func newWalker(ctx context.Context, s *Store, opts PathOptions) *walker {
	w := &walker{s: s, ctx: ctx, opts: opts, names: map[string]string{}, out: map[string][]edge{},
		in: map[string][]edge{}, dates: map[string]string{}}
	if opts.Via != "" {
		w.via = strings.Join(strings.Fields(opts.Via), "_")
	}
	return w
}

func (w *walker) keep(e edge) (bool, error) {
	if w.via != "" && !strings.EqualFold(e.rel, w.via) {
		return false, nil
	}
	if w.opts.Since != "" {
		d, err := w.docDate(e.doc)
		if err != nil {
			return false, err
		}
		if d == "" || d < w.opts.Since {
			return false, nil
		}
	}
	return true, nil
}

// bySummary reports whether the search reads each entity's distinct
// neighbours from its summary record (Bolt stores with summaries, no date
// filter) rather than its per-document adjacency keys: a hub named in
// thousands of documents has one summary entry per distinct edge but one
// key per document. The documents behind a hop are then read from the
// adjacency index for that pair only (pairEdges).
func (w *walker) bySummary() bool {
	return w.s.summary && w.s.indexed && w.opts.Since == ""
}

// load reads the edges at one entity, both ways.
func (w *walker) load(id string) error {
	if _, ok := w.out[id]; ok {
		return nil
	}
	if w.bySummary() {
		w.out[id], w.in[id] = nil, nil
		return w.s.bkv.db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(nbBucket)
			if b == nil {
				return nil
			}
			entries, err := decodeNb(b.Get([]byte(id)), 0, true)
			if err != nil {
				return err
			}
			for _, e := range entries {
				if w.via != "" && !strings.EqualFold(e.rel, w.via) {
					continue
				}
				// Paths: an edge whose object most documents state as a
				// value ("be president") is no link between entities,
				// even where one document made an entity of the value.
				if w.entityEdges && 2*e.e <= e.n {
					continue
				}
				if e.dir == '>' {
					w.out[id] = append(w.out[id], edge{from: id, to: e.other, rel: e.rel})
				} else {
					w.in[id] = append(w.in[id], edge{from: e.other, to: id, rel: e.rel})
				}
			}
			return nil
		})
	}
	if w.s.indexed {
		out, in, err := w.s.indexEdges(w.ctx, id)
		if err != nil {
			return err
		}
		w.out[id], w.in[id] = nil, nil
		for _, e := range out {
			if k, err := w.keep(e); err != nil {
				return err
			} else if k {
				w.out[id] = append(w.out[id], e)
			}
		}
		for _, e := range in {
			if k, err := w.keep(e); err != nil {
				return err
			} else if k {
				w.in[id] = append(w.in[id], e)
			}
		}
		return nil
	}
	var out, in []edge
	err := w.s.eachQuad(w.ctx, quad.Subject, EntityIRI(id), func(q quad.Quad) error {
		if q.Predicate == predLabel {
			if _, ok := w.names[id]; !ok {
				w.names[id], _ = litString(q.Object)
			}
			return nil
		}
		rel, ok := relName(q.Predicate)
		to := entityIDOf(q.Object)
		if !ok || to == "" {
			return nil
		}
		e := edge{from: id, to: to, rel: rel, doc: docIDOf(q.Label)}
		if k, err := w.keep(e); err != nil || !k {
			return err
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return err
	}
	err = w.s.eachQuad(w.ctx, quad.Object, EntityIRI(id), func(q quad.Quad) error {
		rel, ok := relName(q.Predicate)
		from := entityIDOf(q.Subject)
		if !ok || from == "" {
			return nil
		}
		e := edge{from: from, to: id, rel: rel, doc: docIDOf(q.Label)}
		if k, err := w.keep(e); err != nil || !k {
			return err
		}
		in = append(in, e)
		return nil
	})
	w.out[id], w.in[id] = out, in
	return err
}

// next lists the neighbours reachable from id in one step.
func (w *walker) next(id string, forward bool) ([]string, error) {
	if err := w.load(id); err != nil {
		return nil, err
	}
	var ns []string
	if forward || w.opts.Undirected {
		for _, e := range w.out[id] {
			ns = append(ns, e.to)
		}
	}
	if !forward || w.opts.Undirected {
		for _, e := range w.in[id] {
			ns = append(ns, e.from)
		}
	}
	return ns, nil
}

func (w *walker) docDate(doc string) (string, error) {
	if d, ok := w.dates[doc]; ok {
		return d, nil
	}
	var date string
	err := w.s.eachQuad(w.ctx, quad.Subject, DocIRI(doc), func(q quad.Quad) error {
		if q.Predicate == predMeta {
			if r, err := decodeDocRec(q.Object); err == nil {
				date = r.Date
			}
		}
		return nil
	})
	w.dates[doc] = date
	return date, err
}

func (w *walker) name(id string) string {
	if n, ok := w.names[id]; ok && n != "" {
		return n
	}
	if w.s.indexed {
		if n := w.s.indexName(w.ctx, id); n != "" {
			w.names[id] = n
			return n
		}
	}
	if e, err := w.s.entityInfo(w.ctx, id); err == nil {
		w.names[id] = e.Name
		return e.Name
	}
	return id
}

// Paths finds up to opts.K shortest paths from entity a to entity b (named
// by ID or any alias), each hop citing the sentence that states it.
//
// It searches from both ends at once, reading edges from the store's
// indexes, until the two searches meet; with K > 1 it explores one level
// further and runs Yen's algorithm (gonum) on the part of the graph seen.
// Paths are shortest first; ties are broken by the evidence's confidence.
func (s *Store) Paths(ctx context.Context, a, b string, opts PathOptions) ([]Path, error) {
	if opts.K <= 0 {
		opts.K = 1
	}
	if opts.MaxNodes <= 0 {
		opts.MaxNodes = 50000
	}
	ca, err := s.candidates(ctx, a)
	if err != nil {
		return nil, err
	}
	cb, err := s.candidates(ctx, b)
	if err != nil {
		return nil, err
	}
	// A name shared by several entities means the one so named first; if
	// that gives no path, the others are tried (at most 3 each).
	for _, ea := range ca[:min(3, len(ca))] {
		for _, eb := range cb[:min(3, len(cb))] {
			if ea.ID == eb.ID {
				continue
			}
			w := newWalker(ctx, s, opts)
			w.entityEdges = true
			w.names[ea.ID], w.names[eb.ID] = ea.Name, eb.Name
			seen, met, err := w.meet(ea.ID, eb.ID)
			if err != nil {
				return nil, err
			}
			if !met {
				continue
			}
			ps, err := w.yen(seen, ea.ID, eb.ID)
			if err != nil || len(ps) > 0 {
				return ps, err
			}
		}
	}
	if len(ca) == 1 && len(cb) == 1 && ca[0].ID == cb[0].ID {
		return nil, fmt.Errorf("%q and %q are the same entity (%s)", a, b, ca[0].ID)
	}
	return nil, nil
}

// meet runs the two-sided breadth-first search and returns the entities
// explored (their edges are loaded).
func (w *walker) meet(a, b string) (map[string]bool, bool, error) {
	da, db := map[string]int{a: 0}, map[string]int{b: 0}
	fa, fb := []string{a}, []string{b}
	met, extra := false, 0
	for len(fa) > 0 && len(fb) > 0 && len(da)+len(db) < w.opts.MaxNodes {
		if err := w.ctx.Err(); err != nil {
			return nil, false, err
		}
		fromA := len(fa) <= len(fb)
		front, mine, other := fa, da, db
		if !fromA {
			front, mine, other = fb, db, da
		}
		var nextFront []string
		for _, id := range front {
			ns, err := w.next(id, fromA)
			if err != nil {
				return nil, false, err
			}
			if ns, err = w.entitiesOnly(ns); err != nil {
				return nil, false, err
			}
			for _, n := range ns {
				if _, ok := mine[n]; ok {
					continue
				}
				mine[n] = mine[id] + 1
				nextFront = append(nextFront, n)
				if _, ok := other[n]; ok {
					met = true
				}
			}
		}
		if fromA {
			fa = nextFront
		} else {
			fb = nextFront
		}
		if met {
			// One more level on each side gives Yen detours to choose from.
			if w.opts.K == 1 || extra == 2 {
				break
			}
			extra++
		}
	}
	seen := map[string]bool{}
	for id := range da {
		seen[id] = true
	}
	for id := range db {
		seen[id] = true
	}
	return seen, met, nil
}

// entitiesOnly drops the values among ids: a fact's object may be a value
// ("Donald Trump –be→ president"), stored as a node with a label but no
// entity record, and a path through one ("Donald Trump –be→ president
// ←be– Andrzej Duda") says nothing about how two entities are connected.
// An entity is a node with an entity record (kg_ent on Bolt stores with
// summaries) or, elsewhere, a lookup key quad.
func (w *walker) entitiesOnly(ids []string) ([]string, error) {
	if w.entity == nil {
		w.entity = map[string]bool{}
	}
	var unknown []string
	for _, id := range ids {
		if _, ok := w.entity[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		if w.s.summary {
			err := w.s.bkv.db.View(func(tx *bolt.Tx) error {
				b := tx.Bucket(entBucket)
				for _, id := range unknown {
					w.entity[id] = b != nil && b.Get([]byte(id)) != nil
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		} else {
			for _, id := range unknown {
				found := false
				err := w.s.eachQuad(w.ctx, quad.Subject, EntityIRI(id), func(q quad.Quad) error {
					if q.Predicate == predKey {
						found = true
						return errStop
					}
					return nil
				})
				if err != nil && err != errStop {
					return nil, err
				}
				w.entity[id] = found
			}
		}
	}
	out := ids[:0:0]
	for _, id := range ids {
		if w.entity[id] {
			out = append(out, id)
		}
	}
	return out, nil
}

// yen builds a gonum graph of the explored entities and runs Yen's k
// shortest paths on it.
func (w *walker) yen(seen map[string]bool, a, b string) ([]Path, error) {
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	num := make(map[string]int64, len(ids))
	for i, id := range ids {
		num[id] = int64(i)
	}
	var g interface {
		gg.Graph
		SetEdge(gg.Edge)
	}
	if w.opts.Undirected {
		g = simple.NewUndirectedGraph()
	} else {
		g = simple.NewDirectedGraph()
	}
	// Unexpanded frontier entities have no edges loaded; their edges to
	// expanded ones are in the latter's in/out lists.
	for _, id := range ids {
		for _, e := range append(w.out[id], w.in[id]...) {
			if seen[e.from] && seen[e.to] && e.from != e.to {
				g.SetEdge(simple.Edge{F: simple.Node(num[e.from]), T: simple.Node(num[e.to])})
			}
		}
	}
	if g.Node(num[a]) == nil || g.Node(num[b]) == nil {
		return nil, nil
	}
	var og gg.Graph = orderedGraph{g}
	if d, ok := g.(gg.Directed); ok {
		og = orderedDirected{d} // Yen treats a graph that is not gg.Directed as undirected
	}
	raw := path.YenKShortestPaths(og, w.opts.K, math.Inf(1), simple.Node(num[a]), simple.Node(num[b]))
	var paths []Path
	for _, nodes := range raw {
		var p Path
		for i := 1; i < len(nodes); i++ {
			h, err := w.hop(ids[nodes[i-1].ID()], ids[nodes[i].ID()], "")
			if err != nil {
				return nil, err
			}
			p.Hops = append(p.Hops, h)
		}
		paths = append(paths, p)
	}
	slices.SortStableFunc(paths, func(x, y Path) int {
		return cmp.Or(cmp.Compare(len(x.Hops), len(y.Hops)), cmp.Compare(minConf(y), minConf(x)),
			slices.CompareFunc(x.Hops, y.Hops, func(a, b Hop) int { return strings.Compare(a.To.ID, b.To.ID) }))
	})
	return paths, nil
}

// orderedGraph lists a node's neighbours by ID: gonum's simple graphs list
// them in map order, which would let equally short paths come out in a
// different order, or a different k of them, from run to run.
type orderedGraph struct{ gg.Graph }

func (g orderedGraph) From(id int64) gg.Nodes { return byID(g.Graph.From(id)) }

type orderedDirected struct{ gg.Directed }

func (g orderedDirected) From(id int64) gg.Nodes { return byID(g.Directed.From(id)) }

func byID(it gg.Nodes) gg.Nodes {
	ns := gg.NodesOf(it)
	slices.SortFunc(ns, func(a, b gg.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(ns)
}

func minConf(p Path) float64 {
	m := 1.0
	for _, h := range p.Hops {
		m = min(m, h.Confidence)
	}
	return m
}

// hop picks the best-supported fact for the step u → v: the most
// confident, then the most recent, then the first by document and sentence.
func (w *walker) hop(u, v, rel string) (Hop, error) {
	var cands []edge
	seen := map[edge]bool{}
	all := append(append(w.out[u], w.in[u]...), append(w.out[v], w.in[v]...)...)
	if w.bySummary() {
		var err error
		if all, err = w.pairEdges(u, v); err != nil {
			return Hop{}, err
		}
	}
	for _, e := range all {
		if seen[e] {
			continue
		}
		seen[e] = true
		if rel != "" && e.rel != rel {
			continue
		}
		if (e.from == u && e.to == v) || (w.opts.Undirected && e.from == v && e.to == u) {
			cands = append(cands, e)
		}
	}
	if h, ok, err := w.hopFromIndex(u, v, cands); ok || err != nil {
		return h, err
	}
	var best *Hop
	support := 0
	for _, e := range cands {
		facts, doc, err := w.facts(e.doc)
		if err != nil {
			return Hop{}, err
		}
		for _, f := range facts {
			if f.SID != e.from || f.OID != e.to || f.Neg || strings.Join(strings.Fields(f.R), "_") != e.rel {
				continue
			}
			support++
			h := Hop{From: Node{u, w.name(u)}, To: Node{v, w.name(v)}, Relation: f.R, Forward: e.from == u,
				Doc: doc.ID, DocName: doc.Name, Date: doc.Date, Sentence: f.Sent, Text: f.Text, Confidence: f.Conf}
			if f.DocDate != nil {
				h.Date = *f.DocDate
			}
			if best == nil || betterHop(h, *best) {
				best = &h
			}
		}
	}
	if best == nil {
		return Hop{}, fmt.Errorf("store %s is damaged: edge %s → %s has no supporting fact", w.s.name, u, v)
	}
	best.Support = support
	return *best, nil
}

// pairEdges reads from the adjacency index every (relation, document)
// edge between u and v, both ways, that the search may follow.
func (w *walker) pairEdges(u, v string) ([]edge, error) {
	out, _, err := w.s.indexEdgesFrom(w.ctx, u, ">"+v+sep)
	if err != nil {
		return nil, err
	}
	_, in, err := w.s.indexEdgesFrom(w.ctx, u, "<"+v+sep)
	if err != nil {
		return nil, err
	}
	var kept []edge
	for _, e := range append(out, in...) {
		if keep, err := w.keep(e); err != nil {
			return nil, err
		} else if keep {
			kept = append(kept, e)
		}
	}
	return kept, nil
}

// hopFromIndex picks the hop's evidence by the index values of the
// candidate edges and reads only the document that holds it; ok is false
// when some candidate has no index value (a store written before them).
func (w *walker) hopFromIndex(u, v string, cands []edge) (Hop, bool, error) {
	var best *edge
	var bestInfo edgeInfo
	support := 0
	for i, e := range cands {
		in, ok := decodeEdgeInfo(e.info)
		if !ok {
			return Hop{}, false, nil
		}
		support += in.n
		if best == nil || compareEvidence(in.conf, in.date, e.doc, in.sent, bestInfo.conf, bestInfo.date, best.doc, bestInfo.sent) < 0 {
			best, bestInfo = &cands[i], in
		}
	}
	if best == nil {
		return Hop{}, false, nil
	}
	facts, doc, err := w.facts(best.doc)
	if err != nil {
		return Hop{}, true, err
	}
	for _, f := range facts {
		if f.SID != best.from || f.OID != best.to || f.Neg || f.Sent != bestInfo.sent || f.Conf != bestInfo.conf ||
			strings.Join(strings.Fields(f.R), "_") != best.rel {
			continue
		}
		h := Hop{From: Node{u, w.name(u)}, To: Node{v, w.name(v)}, Relation: f.R, Forward: best.from == u,
			Doc: doc.ID, DocName: doc.Name, Date: doc.Date, Sentence: f.Sent, Text: f.Text, Confidence: f.Conf, Support: support}
		if f.DocDate != nil {
			h.Date = *f.DocDate
		}
		return h, true, nil
	}
	return Hop{}, false, nil // the index and the records disagree: read them all
}

func betterHop(a, b Hop) bool {
	return compareEvidence(a.Confidence, a.Date, a.Doc, a.Sentence, b.Confidence, b.Date, b.Doc, b.Sentence) < 0
}

// facts reads (and caches) one document's fact records.
func (w *walker) facts(doc string) ([]factRec, fact.Doc, error) {
	if w.docs == nil {
		w.docs = map[string]*storedDoc{}
	}
	sd, ok := w.docs[doc]
	if !ok {
		var err error
		if sd, err = w.s.readDocPart(w.ctx, doc, false, true); err != nil {
			return nil, fact.Doc{}, err
		}
		w.docs[doc] = sd
	}
	return sd.facts, sd.doc, nil
}
