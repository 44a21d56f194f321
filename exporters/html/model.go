package html

import (
	"math"
	"sort"

	"github.com/kgraph/kg/fact"
)

// The page's data, embedded as JSON. Keys are short because the whole
// Wikinews corpus makes tens of thousands of facts; evidence sentences and
// relation names are stored once and referred to by index.
type pageData struct {
	Title  string     `json:"title"`
	Layout string     `json:"layout"` // "cose" (force layout in the page) or "preset" (positions below)
	Ranked bool       `json:"ranked"` // node sizes come from a rank, not from degree
	Docs   []docJSON  `json:"docs"`
	Nodes  []nodeJSON `json:"nodes"`
	Rels   []string   `json:"rels"`
	Texts  []string   `json:"texts"`
	Facts  []factJSON `json:"facts"`
	// Paths are the answer of kg path --format html, drawn on opening.
	Paths []pathJSON `json:"paths,omitempty"`
}

// pathJSON is one path: its end nodes and the fact of each step, in order.
type pathJSON struct {
	From  int   `json:"from"`
	To    int   `json:"to"`
	Facts []int `json:"facts"`
}

type docJSON struct {
	ID    string `json:"id"`
	Name  string `json:"name,omitempty"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
}

type nodeJSON struct {
	// ID is left out when it is fact.EntityID(Name), as it mostly is:
	// the page does not need it and the corpus's page is smaller.
	ID       string   `json:"id,omitempty"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions,omitempty"`
	Literal  bool     `json:"lit,omitempty"`
	Degree   int      `json:"deg,omitempty"`
	Rank     float64  `json:"rank,omitempty"`
	Size     float64  `json:"size,omitempty"` // 0..1, the node's area relative to the largest
	Comm     int      `json:"comm,omitempty"`
	Pos      []int    `json:"pos,omitempty"` // x, y for the preset layout
}

type factJSON struct {
	S        int     `json:"s"`
	O        int     `json:"o"`
	R        int     `json:"r"`
	Surface  string  `json:"surf,omitempty"`
	D        int     `json:"d"`
	Sentence int     `json:"n"`
	T        int     `json:"t"` // index into texts, -1 when there is no evidence
	Negated  bool    `json:"neg,omitempty"`
	Modality string  `json:"mod,omitempty"`
	Attrib   string  `json:"att,omitempty"`
	Conf     float64 `json:"conf,omitempty"`
	Time     string  `json:"time,omitempty"`
	Place    string  `json:"place,omitempty"`
}

// ValueType is the type shown for literal objects ("a 15% tariff").
const ValueType = "VALUE"

// builder turns the exporter stream into pageData.
type builder struct {
	data  pageData
	docs  map[string]int
	nodes map[string]int
	rels  map[string]int
	texts map[string]int
}

func newBuilder(title string) *builder {
	return &builder{
		data:  pageData{Title: title, Docs: []docJSON{}, Nodes: []nodeJSON{}, Rels: []string{}, Texts: []string{}, Facts: []factJSON{}},
		docs:  map[string]int{},
		nodes: map[string]int{},
		rels:  map[string]int{},
		texts: map[string]int{},
	}
}

func (b *builder) doc(d fact.Doc) int {
	if i, ok := b.docs[d.ID]; ok {
		return i
	}
	b.docs[d.ID] = len(b.data.Docs)
	b.data.Docs = append(b.data.Docs, docJSON{ID: d.ID, Name: d.Name, Title: d.Title, Date: d.Date})
	return len(b.data.Docs) - 1
}

func (b *builder) entity(e fact.Entity) int {
	if i, ok := b.nodes[e.ID]; ok {
		return i
	}
	typ := e.Type
	if typ == "" {
		typ = fact.Misc
	}
	b.nodes[e.ID] = len(b.data.Nodes)
	b.data.Nodes = append(b.data.Nodes, nodeJSON{ID: e.ID, Name: e.Name, Type: typ, Aliases: aliases(e), Mentions: e.Mentions})
	return len(b.data.Nodes) - 1
}

// aliases drops the aliases equal to the name: the page searches both.
func aliases(e fact.Entity) []string {
	var out []string
	for _, a := range e.Aliases {
		if a != e.Name && a != "" {
			out = append(out, a)
		}
	}
	return out
}

// end returns the node of a triple's subject or object, making one for
// ends the entity list did not name (literal values, or a partial stream).
func (b *builder) end(id, name, typ string, literal bool) int {
	if id == "" {
		id = fact.EntityID(name)
	}
	if i, ok := b.nodes[id]; ok {
		return i
	}
	if literal {
		typ = ValueType
	}
	i := b.entity(fact.Entity{ID: id, Name: name, Type: typ})
	b.data.Nodes[i].Literal = literal
	return i
}

func (b *builder) index(m map[string]int, list *[]string, s string) int {
	if i, ok := m[s]; ok {
		return i
	}
	m[s] = len(*list)
	*list = append(*list, s)
	return len(*list) - 1
}

func (b *builder) triple(t fact.Triple) {
	d, ok := b.docs[t.Doc]
	if !ok {
		d = b.doc(fact.Doc{ID: t.Doc, Name: t.DocName, Date: t.DocDate})
	}
	f := factJSON{
		S:        b.end(t.SubjectID, t.Subject, t.SubjectType, false),
		O:        b.end(t.ObjectID, t.Object, t.ObjectType, t.ObjectIsLiteral),
		R:        b.index(b.rels, &b.data.Rels, t.Relation),
		D:        d,
		Sentence: t.Sentence,
		T:        -1,
		Negated:  t.Negated,
		Modality: t.Modality,
		Attrib:   t.Attribution,
		Conf:     math.Round(t.Confidence*1000) / 1000,
		Time:     t.Time,
		Place:    t.Place,
	}
	if t.RelationSurface != t.Relation {
		f.Surface = t.RelationSurface
	}
	if t.Text != "" {
		f.T = b.index(b.texts, &b.data.Texts, t.Text)
	}
	b.data.Facts = append(b.data.Facts, f)
}

// finish computes degrees, sizes, communities and, for large graphs,
// positions.
func (b *builder) finish(opts Options) {
	nodes := b.data.Nodes
	adj := adjacency(len(nodes), b.data.Facts)
	for i := range nodes {
		nodes[i].Degree = len(adj[i])
	}
	b.data.Ranked = len(opts.Rank) > 0
	var max float64
	for i := range nodes {
		v := float64(nodes[i].Degree)
		if b.data.Ranked {
			// Four significant digits: enough to size and show, and the
			// last digits of an iterative rank vary from run to run.
			v = roundSig(opts.Rank[nodes[i].ID], 4)
			nodes[i].Rank = v
		}
		nodes[i].Size = v
		max = math.Max(max, v)
	}
	for i := range nodes {
		if max > 0 {
			nodes[i].Size = math.Round(nodes[i].Size/max*1000) / 1000
		}
	}
	parent := leaves(nodes, adj)
	groups, alone := clusters(nodes, adj, parent)
	// Communities colour the nodes: the given ones, else the clusters
	// (numbered from 1; 0 is none). A leaf takes its parent's.
	for g, members := range groups {
		for _, n := range members {
			if g != alone {
				nodes[n].Comm = g + 1
			}
		}
	}
	if len(opts.Community) > 0 {
		for i := range nodes {
			nodes[i].Comm = opts.Community[nodes[i].ID]
		}
	}
	for i, p := range parent {
		if p >= 0 && (nodes[i].Comm == 0 || len(opts.Community) == 0) {
			nodes[i].Comm = nodes[p].Comm
		}
	}
	large := opts.Large
	if large == 0 {
		large = DefaultLarge
	}
	b.data.Layout = "cose"
	if len(nodes) > large {
		b.data.Layout = "preset"
		place(nodes, adj, parent, groups)
	}
	for i := range nodes {
		if nodes[i].ID == fact.EntityID(nodes[i].Name) {
			nodes[i].ID = ""
		}
	}
}

// adjacency returns, for each node, its distinct neighbours (either
// direction) with the number of facts joining them, in ascending order.
func adjacency(n int, facts []factJSON) [][]neighbour {
	seen := make([]map[int]int, n)
	for _, f := range facts {
		if f.S == f.O {
			continue
		}
		for _, e := range [2][2]int{{f.S, f.O}, {f.O, f.S}} {
			if seen[e[0]] == nil {
				seen[e[0]] = map[int]int{}
			}
			seen[e[0]][e[1]]++
		}
	}
	adj := make([][]neighbour, n)
	for i, m := range seen {
		for j, w := range m {
			adj[i] = append(adj[i], neighbour{j, w})
		}
		sort.Slice(adj[i], func(a, b int) bool { return adj[i][a].node < adj[i][b].node })
	}
	return adj
}

type neighbour struct{ node, weight int }

// roundSig rounds v to n significant digits.
func roundSig(v float64, n int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	p := math.Pow(10, float64(n)-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}
