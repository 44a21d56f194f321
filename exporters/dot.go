package exporters

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kgraph/kg/fact"
)

// NewDOT returns a writer of Graphviz DOT. Node IDs are ASCII and always
// quoted ("e:{EntityID}", percent-encoded), names go in UTF-8 labels; shape
// and colour show the entity type (a legend lists the types used); each
// distinct fact is one edge labelled with its relation lemma, as wide as the
// number of sentences stating it, with the evidence sentences as tooltip;
// negated facts are dashed and labelled "not …". Output order follows input
// order, so two runs diff clean. With Options.Cluster "doc" the writer
// holds the graph until Close and boxes each entity mentioned by only one
// document inside that document's cluster. Options.Highlight draws a path
// in red. With Options.Scores, the fill colour shows the entity's community
// instead of its type (the shape still shows the type; the legend lists
// both, each community with its best-ranked member) and nodes grow with
// their PageRank.
//
// A large graph (more than DOTLargeGraph entities before the first triple,
// as graph.Store.Read streams them) is drawn so that dot lays it out in
// well under a minute rather than many minutes: a literal object is drawn
// once per subject instead of once per graph, so that a common value
// ("president", "old") does not join unrelated entities into one giant
// component, and the graph asks Graphviz to lay out each connected
// component on its own and pack the drawings in an array, largest first
// (pack, packmode). With Options.Cluster "doc" each document is drawn
// with its own copies of the nodes it mentions (see writeClusters).
func NewDOT(w io.Writer, opts Options) (Writer, error) {
	d := &dotWriter{b: bufio.NewWriterSize(w, 64<<10), opts: opts, declared: map[string]bool{}, types: map[string]bool{}}
	if opts.Scores != nil {
		d.commSize = map[int]int{}
		d.commTop = map[int]dotMember{}
		for _, sc := range opts.Scores {
			if pr := sc.PageRank; pr > d.maxRank && finite(pr) {
				d.maxRank = pr
			}
			if sc.Community > 0 {
				d.commSize[sc.Community]++
			}
		}
	}
	if len(opts.Highlight) > 0 {
		d.hiNode = map[string]bool{}
		d.hiEdge = map[[2]string]bool{}
		for i, id := range opts.Highlight {
			d.hiNode[id] = true
			if i > 0 {
				a, b := opts.Highlight[i-1], id
				d.hiEdge[[2]string{a, b}] = true
				d.hiEdge[[2]string{b, a}] = true
			}
		}
	}
	if opts.Cluster == "doc" {
		d.entDocs = map[string][]string{}
		d.nodeText = map[string]string{}
	}
	d.b.WriteString(`digraph "kg" {
  graph [rankdir="LR", fontname="Helvetica", fontsize="11", labelloc="t", tooltip="kg knowledge graph"];
  node [fontname="Helvetica", fontsize="10", style="filled", color="#444444"];
  edge [fontname="Helvetica", fontsize="9", color="#555555", arrowsize="0.7"];
`)
	return d, nil
}

type dotWriter struct {
	b        *bufio.Writer
	opts     Options
	declared map[string]bool // node IDs written
	types    map[string]bool // entity types seen, for the legend
	hiNode   map[string]bool
	hiEdge   map[[2]string]bool
	pending  []*dotEdge
	decided  bool // whether large is known (at the first triple)
	large    bool // more than DOTLargeGraph entities

	// cluster mode only
	docs     []fact.Doc
	nodes    []string            // node IDs in first-seen order
	nodeText map[string]string   // node ID → its statement
	entDocs  map[string][]string // node ID → documents mentioning it
	edges    []dotHeld

	// analytics only
	maxRank  float64
	commSize map[int]int       // community → members
	commTop  map[int]dotMember // community → its best-ranked member drawn
}

// dotMember is a community's best-ranked member, named in the legend.
type dotMember struct {
	id, name string
	rank     float64
}

// dotCommunityColors fill the largest communities (ColorBrewer Set3, its
// grey replaced); smaller ones share dotOtherCommunity.
var dotCommunityColors = []string{
	"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
	"#b3de69", "#fccde5", "#e5c494", "#bc80bd", "#ccebc5", "#ffed6f",
}

const dotOtherCommunity = "#f0f0f0"

// communityColor is the fill of community c (1 = the largest).
func communityColor(c int) string {
	if c >= 1 && c <= len(dotCommunityColors) {
		return dotCommunityColors[c-1]
	}
	return dotOtherCommunity
}

// dotHeld is an edge held until Close in cluster mode: its end node IDs,
// the documents stating it and its attribute list.
type dotHeld struct {
	from, to string
	docs     []string
	attrs    string
}

// dotEdge aggregates the sentences stating one fact.
type dotEdge struct {
	from, to, rel string
	fromID, toID  string // entity IDs, for highlighting
	negated       bool
	count         int
	docs          []string
	evidence      []string
	conf          float64
}

type dotStyle struct{ shape, fill, style string }

var dotStyles = map[string]dotStyle{
	fact.Person: {"ellipse", "#a6cee3", "filled"},
	fact.Org:    {"box", "#b2df8a", "filled,rounded"},
	fact.GPE:    {"hexagon", "#fdbf6f", "filled"},
	fact.Loc:    {"octagon", "#fb9a99", "filled"},
	fact.Date:   {"cds", "#cab2d6", "filled"},
	"":          {"ellipse", "#e0e0e0", "filled"},
	"literal":   {"note", "#f7f7f7", "filled"},
}

func styleOf(typ string) (dotStyle, string) {
	if s, ok := dotStyles[typ]; ok && typ != "" {
		return s, typ
	}
	return dotStyles[""], "other"
}

// dotID returns a node ID for an entity: ASCII only, no quote or backslash.
func dotID(prefix, id string) string { return prefix + pct(id) }

// dotStr quotes s as a DOT string shown as text: backslashes are doubled
// (so "\N" or "\G" are not label escapes), quotes escaped, newlines become
// the centred line break "\n" and '&' is written as an entity because
// Graphviz decodes HTML entities in labels. U+FFFD (what clean puts in
// place of bytes no format can carry) is written as an entity too, since
// gonum's DOT lexer reads a raw U+FFFD as invalid input.
func dotStr(s string) string {
	s = clean(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		case '\t':
			b.WriteByte(' ')
		case '&':
			b.WriteString("&amp;")
		case 0xEF:
			if strings.HasPrefix(s[i:], "\uFFFD") {
				b.WriteString("&#65533;")
				i += 2
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (w *dotWriter) Doc(d fact.Doc) error {
	if w.opts.Cluster == "doc" {
		w.docs = append(w.docs, d)
	}
	return nil
}

func (w *dotWriter) Entity(e fact.Entity) error {
	tip := e.Name
	if e.Type != "" {
		tip += " (" + e.Type + ")"
	}
	if len(e.Aliases) > 0 {
		tip += "\naka " + strings.Join(e.Aliases, "; ")
	}
	if e.Mentions > 0 {
		tip += "\n" + strconv.Itoa(e.Mentions) + " mentions"
	}
	w.node(dotID("e:", e.ID), e.ID, e.Name, e.Type, tip)
	_, err := w.b.Write(nil)
	return err
}

// node declares a node once.
func (w *dotWriter) node(id, entityID, name, typ, tip string) {
	if w.declared[id] {
		return
	}
	w.declared[id] = true
	st, legend := styleOf(typ)
	w.types[legend] = true
	var size string
	if sc, ok := w.opts.Scores[entityID]; ok && entityID != "" {
		st.fill = communityColor(sc.Community)
		tip = truncate(tip, 500)
		if finite(sc.PageRank) {
			tip += "\nPageRank " + strconv.FormatFloat(sc.PageRank, 'g', 4, 64)
		}
		if sc.Community > 0 {
			tip += "\ncommunity " + strconv.Itoa(sc.Community)
			top, seen := w.commTop[sc.Community]
			if !seen || sc.PageRank > top.rank || sc.PageRank == top.rank && entityID < top.id {
				w.commTop[sc.Community] = dotMember{entityID, name, sc.PageRank}
			}
		}
		// Area grows with PageRank: the square root of the share of the
		// top score scales the minimum width and the font.
		r := 0.0
		if w.maxRank > 0 && sc.PageRank > 0 && finite(sc.PageRank) {
			r = math.Sqrt(math.Min(sc.PageRank/w.maxRank, 1))
		}
		size = fmt.Sprintf(", width=\"%.2f\", fontsize=\"%.1f\"", 0.75+1.75*r, 10+10*r)
	} else if w.opts.Scores != nil && typ != "literal" {
		st.fill = dotOtherCommunity
	}
	line := fmt.Sprintf("  %q [label=%s, shape=%q, style=%q, fillcolor=%q, tooltip=%s%s",
		id, dotStr(truncate(name, 60)), st.shape, st.style, st.fill, dotStr(truncate(tip, 600)), size)
	if w.hiNode[entityID] && entityID != "" {
		line += `, color="#d62728", penwidth="3"`
	}
	line += "];\n"
	if w.nodeText != nil {
		w.nodes = append(w.nodes, id)
		w.nodeText[id] = line
		return
	}
	w.b.WriteString(line)
}

// DOTLargeGraph is the number of entities beyond which the DOT writer
// draws a graph as large (see NewDOT). kg render uses it too.
const DOTLargeGraph = 1500

// dotLargeGraph is DOTLargeGraph; tests lower it.
var dotLargeGraph = DOTLargeGraph

// dotLargeAttrs are the graph attributes of a large graph: each connected
// component laid out on its own (network simplex and crossing minimisation
// cost far more than linear in the graph's size) and the drawings packed in
// rows, largest first. Root graph attributes apply wherever they appear.
const dotLargeAttrs = "  graph [pack=\"true\", packmode=\"array\"];\n"

// decide settles, once, whether the graph is large: entities come before
// the triples, so the nodes declared when the first triple arrives are
// the entities.
func (w *dotWriter) decide() {
	if w.decided {
		return
	}
	w.decided = true
	w.large = len(w.declared) > dotLargeGraph
	if w.large {
		w.b.WriteString(dotLargeAttrs)
	}
}

func (w *dotWriter) Triple(t fact.Triple) error {
	w.decide()
	from := dotID("e:", t.SubjectID)
	w.node(from, t.SubjectID, t.Subject, t.SubjectType, t.Subject)
	var to string
	if t.ObjectIsLiteral {
		id := t.ObjectID
		if id == "" {
			h := sha256.Sum256([]byte(t.Object))
			id = hex.EncodeToString(h[:8])
		}
		to = dotID("v:", id)
		if w.large {
			// One node per subject and value; pct never writes '.'.
			to += "." + pct(t.SubjectID)
		}
		w.node(to, "", t.Object, "literal", t.Object)
		w.types["literal"] = true
	} else {
		to = dotID("e:", t.ObjectID)
		w.node(to, t.ObjectID, t.Object, t.ObjectType, t.Object)
	}
	if w.entDocs != nil && t.Doc != "" {
		for _, id := range []string{from, to} {
			if ds := w.entDocs[id]; !contains(ds, t.Doc) {
				w.entDocs[id] = append(ds, t.Doc)
			}
		}
	}
	if len(w.pending) > 0 {
		p := w.pending[0]
		if p.from != from || p.to != to || p.rel != t.Relation {
			w.flushEdges()
		}
	}
	var e *dotEdge
	for _, p := range w.pending {
		if p.negated == t.Negated {
			e = p
		}
	}
	if e == nil {
		e = &dotEdge{from: from, to: to, rel: t.Relation, fromID: t.SubjectID, toID: t.ObjectID, negated: t.Negated}
		w.pending = append(w.pending, e)
	}
	e.count++
	if t.Doc != "" && !contains(e.docs, t.Doc) {
		e.docs = append(e.docs, t.Doc)
	}
	if len(e.evidence) < 3 && t.Text != "" && !contains(e.evidence, t.Text) {
		e.evidence = append(e.evidence, truncate(t.Text, 300))
	}
	e.conf = math.Max(e.conf, t.Confidence)
	_, err := w.b.Write(nil)
	return err
}

// flushEdges writes the edges of the fact just finished.
func (w *dotWriter) flushEdges() {
	for _, e := range w.pending {
		label := e.rel
		if e.negated {
			label = "not " + label
		}
		tip := strings.Join(e.evidence, "\n")
		if e.count > 1 {
			tip += fmt.Sprintf("\n(stated %d times in %d documents)", e.count, len(e.docs))
		}
		width := 1 + 1.5*math.Log2(float64(e.count))
		attrs := fmt.Sprintf("[label=%s, tooltip=%s, penwidth=%q",
			dotStr(truncate(label, 60)), dotStr(truncate(tip, 1000)), strconv.FormatFloat(math.Min(width, 8), 'f', 1, 64))
		if e.negated {
			attrs += `, style="dashed"`
		}
		if w.hiEdge[[2]string{e.fromID, e.toID}] {
			attrs += `, color="#d62728", fontcolor="#d62728", penwidth="3"`
		}
		attrs += "];\n"
		if w.nodeText != nil {
			w.edges = append(w.edges, dotHeld{e.from, e.to, e.docs, attrs})
		} else {
			fmt.Fprintf(w.b, "  %q -> %q %s", e.from, e.to, attrs)
		}
	}
	w.pending = w.pending[:0]
}

func (w *dotWriter) Close() error {
	w.decide()
	w.flushEdges()
	if w.nodeText != nil {
		w.writeClusters()
	}
	// The legend: one sample node per type used, in a fixed order.
	var types []string
	for t := range w.types {
		types = append(types, t)
	}
	sort.Strings(types)
	if len(types) > 0 {
		w.b.WriteString("  subgraph \"cluster_legend\" {\n    label=\"legend\"; style=\"dashed\"; color=\"#999999\";\n")
		for _, t := range types {
			st := dotStyles[t]
			if t == "other" {
				st = dotStyles[""]
			}
			if w.opts.Scores != nil && t != "literal" {
				st.fill = "#ffffff" // colour shows the community
			}
			fmt.Fprintf(w.b, "    %q [label=%q, shape=%q, style=%q, fillcolor=%q];\n", "legend:"+t, strings.ToLower(t), st.shape, st.style, st.fill)
		}
		w.communityLegend()
		w.b.WriteString("  }\n")
	}
	w.b.WriteString("}\n")
	return w.b.Flush()
}

// communityLegend lists the coloured communities, each named by its
// best-ranked member, and the colour the others share.
func (w *dotWriter) communityLegend() {
	if w.opts.Scores == nil {
		return
	}
	others := 0
	var comms []int
	for c := range w.commSize {
		if _, drawn := w.commTop[c]; drawn && c <= len(dotCommunityColors) {
			comms = append(comms, c)
		} else if drawn {
			others++
		}
	}
	sort.Ints(comms)
	for _, c := range comms {
		top := w.commTop[c]
		label := "community " + strconv.Itoa(c) + ": " + truncate(top.name, 40)
		if n := w.commSize[c]; n > 1 {
			label += " +" + strconv.Itoa(n-1)
		}
		fmt.Fprintf(w.b, "    %q [label=%s, shape=\"box\", style=\"filled\", fillcolor=%q];\n", "legend:community"+strconv.Itoa(c), dotStr(label), communityColor(c))
	}
	if others > 0 {
		fmt.Fprintf(w.b, "    \"legend:community-other\" [label=\"%d smaller communities\", shape=\"box\", style=\"filled\", fillcolor=%q];\n", others, dotOtherCommunity)
	}
}

// writeClusters writes the held graph: one cluster per document with the
// nodes only it mentions, then shared nodes, then edges. A large graph
// draws every document in its own cluster with its own copy of each node
// it mentions ("{id}@{n}" for document n), so that each document is a
// connected component of its own that Graphviz lays out and packs apart:
// documents linked through shared entities made one clustered component
// that dot took many minutes to lay out.
func (w *dotWriter) writeClusters() {
	if w.large {
		w.writeDocCopies()
		return
	}
	inDoc := map[string][]string{}
	for _, id := range w.nodes {
		if ds := w.entDocs[id]; len(ds) == 1 {
			inDoc[ds[0]] = append(inDoc[ds[0]], id)
		}
	}
	placed := map[string]bool{}
	for i, d := range w.docs {
		ids := inDoc[d.ID]
		if len(ids) == 0 || placed["doc:"+d.ID] {
			continue
		}
		placed["doc:"+d.ID] = true
		w.clusterHead(i, d)
		for _, id := range ids {
			w.b.WriteString("  " + w.nodeText[id])
			placed[id] = true
		}
		w.b.WriteString("  }\n")
	}
	for _, id := range w.nodes {
		if !placed[id] {
			w.b.WriteString(w.nodeText[id])
		}
	}
	for _, e := range w.edges {
		fmt.Fprintf(w.b, "  %q -> %q %s", e.from, e.to, e.attrs)
	}
}

// clusterHead opens the cluster of document i.
func (w *dotWriter) clusterHead(i int, d fact.Doc) {
	label := d.Title
	if label == "" {
		label = d.Name
	}
	if d.Date != "" {
		label += " (" + d.Date + ")"
	}
	fmt.Fprintf(w.b, "  subgraph %q {\n    label=%s; style=\"rounded\"; color=\"#7f7f7f\";\n", "cluster_doc"+strconv.Itoa(i), dotStr(truncate(label, 80)))
}

// writeDocCopies writes a large graph in cluster mode (see writeClusters).
// Nodes and edges no document states stay outside the clusters.
func (w *dotWriter) writeDocCopies() {
	docIndex := map[string]int{}
	for i, d := range w.docs {
		if _, dup := docIndex[d.ID]; !dup {
			docIndex[d.ID] = i
		}
	}
	// The edges of each document, in input order; an edge of no known
	// document keeps the original nodes.
	byDoc := map[int][]dotHeld{}
	var loose []dotHeld
	outside := map[string]bool{}
	for _, e := range w.edges {
		n := 0
		for _, d := range e.docs {
			if i, ok := docIndex[d]; ok {
				byDoc[i] = append(byDoc[i], e)
				n++
			}
		}
		if n == 0 {
			loose = append(loose, e)
			outside[e.from], outside[e.to] = true, true
		}
	}
	copyLine := func(id, suffix string) string {
		// nodeText[id] starts with `  "{id}"`; IDs are plain ASCII.
		line := w.nodeText[id]
		return "    \"" + id + suffix + line[len(id)+3:]
	}
	for i, d := range w.docs {
		edges := byDoc[i]
		if len(edges) == 0 || docIndex[d.ID] != i {
			continue
		}
		suffix := "@" + strconv.Itoa(i)
		w.clusterHead(i, d)
		drawn := map[string]bool{}
		for _, e := range edges {
			for _, id := range [2]string{e.from, e.to} {
				if !drawn[id] {
					drawn[id] = true
					w.b.WriteString(copyLine(id, suffix))
				}
			}
		}
		for _, e := range edges {
			fmt.Fprintf(w.b, "    %q -> %q %s", e.from+suffix, e.to+suffix, e.attrs)
		}
		w.b.WriteString("  }\n")
	}
	for _, id := range w.nodes {
		if len(w.entDocs[id]) == 0 || outside[id] {
			w.b.WriteString(w.nodeText[id])
		}
	}
	for _, e := range loose {
		fmt.Fprintf(w.b, "  %q -> %q %s", e.from, e.to, e.attrs)
	}
}
