package exporters

import (
	"bufio"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/kgraph/kg/fact"
)

// NewJSONLD returns a writer of compact JSON-LD 1.1 whose RDF dataset is
// exactly the N-Quads export's: one top-level "@graph" holding document and
// entity nodes (the default graph) and, per document, named-graph objects
// {"@id": doc, "@graph": [...]} with the facts that document states. The
// "@context" declares only prefixes, so every key is a keyword, a compact
// IRI or an absolute IRI and no text can become a keyword. Typed values are
// written as {"@value", "@type"} with the same lexical form as in N-Quads.
// RDF 1.2 triple terms have no JSON-LD form, so Options.RDF12 is refused.
//
// The @context is small: only prefixes the document uses. It must come
// first (streaming JSON-LD readers need it before the body, and holding the
// body back would make memory grow with the graph), so it is decided up
// front from what every export of a kg store contains and from the options
// (see contextPrefixes). A namespace only some data needs (rdf: and stmt:
// for the statements of negated facts without --provenance) is not
// declared: those few IRIs are written in full, which means the same.
func NewJSONLD(w io.Writer, opts Options) (Writer, error) {
	if opts.RDF12 {
		return nil, errors.New("JSON-LD cannot carry RDF 1.2 triple terms; use --format nq, nt or ttl with --rdf12")
	}
	m, err := newMapper(opts, true)
	if err != nil {
		return nil, err
	}
	j := &jsonldWriter{b: bufio.NewWriterSize(w, 64<<10), m: m, prefixes: contextPrefixes(m.ns, opts)}
	j.b.WriteString("{\n  \"@context\": {")
	for i, p := range j.prefixes {
		if i > 0 {
			j.b.WriteByte(',')
		}
		j.b.WriteString("\n    ")
		writeJSONString(j.b, p[0])
		j.b.WriteString(": ")
		writeJSONString(j.b, p[1])
	}
	j.b.WriteString("\n  },\n  \"@graph\": [")
	return j, nil
}

// contextPrefixes lists, in a fixed order, the prefixes a JSON-LD export
// with opts uses whenever the graph has a document, an entity and a fact
// (kg export refuses an empty store): schema: (classes, schema:name,
// schema:NewsArticle), rdfs:label, xsd: and kg: (kg:mentions, an
// xsd:integer, on every entity kg build stores; schema:datePublished is an
// xsd:date), entity:, rel: and doc:. With provenance every fact also has a
// statement: rdf:subject/predicate/object under stmt:. Scores add
// kg:pagerank and kg:community, under the prefixes already declared.
func contextPrefixes(ns iris, opts Options) [][2]string {
	var out [][2]string
	if opts.Provenance {
		out = append(out, [2]string{"rdf", nsRDF})
	}
	out = append(out, [][2]string{{"rdfs", nsRDFS}, {"xsd", nsXSD}, {"schema", nsSchema}, {"kg", NSVocab},
		{"entity", ns.entity}, {"rel", ns.rel}, {"doc", ns.doc}}...)
	if opts.Provenance {
		out = append(out, [2]string{"stmt", ns.stmt})
	}
	return out
}

type jsonldWriter struct {
	b        *bufio.Writer
	m        *mapper
	prefixes [][2]string
	n        int    // top-level objects written
	block    []quad // triples of the current subject, not yet written
	subject  string
}

// jnode is a node object being assembled: properties in first-seen order.
type jnode struct {
	id    term
	props []jprop
}

type jprop struct {
	p    term
	vals []term
}

type jgraph struct {
	name  term
	nodes []*jnode
}

// flush writes quads as node objects, grouped by graph, subject and
// predicate, so each key appears once per object as JSON requires.
func (w *jsonldWriter) flush(qs []quad) error {
	var graphs []*jgraph
	gi := map[string]*jgraph{}
	ni := map[[2]string]*jnode{}
	for i := range qs {
		q := &qs[i]
		gk := q.g.ns + q.g.val
		g := gi[gk]
		if g == nil {
			g = &jgraph{name: q.g}
			gi[gk] = g
			graphs = append(graphs, g)
		}
		nk := [2]string{gk, q.s.ns + q.s.val}
		n := ni[nk]
		if n == nil {
			n = &jnode{id: q.s}
			ni[nk] = n
			g.nodes = append(g.nodes, n)
		}
		found := false
		for k := range n.props {
			if n.props[k].p.equal(q.p) {
				n.props[k].vals = append(n.props[k].vals, q.o)
				found = true
				break
			}
		}
		if !found {
			n.props = append(n.props, jprop{p: q.p, vals: []term{q.o}})
		}
	}
	for _, g := range graphs {
		if g.name.kind == noTerm {
			for _, n := range g.nodes {
				w.next()
				w.node(n)
			}
			continue
		}
		w.next()
		w.b.WriteString(`{"@id": `)
		writeJSONString(w.b, w.compact(g.name))
		w.b.WriteString(`, "@graph": [`)
		for i, n := range g.nodes {
			if i > 0 {
				w.b.WriteString(",")
			}
			w.b.WriteString("\n      ")
			w.node(n)
		}
		w.b.WriteString("\n    ]}")
	}
	_, err := w.b.Write(nil)
	return err
}

func (w *jsonldWriter) next() {
	if w.n > 0 {
		w.b.WriteByte(',')
	}
	w.b.WriteString("\n    ")
	w.n++
}

func (w *jsonldWriter) node(n *jnode) {
	w.b.WriteString(`{"@id": `)
	writeJSONString(w.b, w.compact(n.id))
	for _, p := range n.props {
		w.b.WriteString(", ")
		if p.p.equal(rdfType) {
			w.b.WriteString(`"@type": `)
		} else {
			writeJSONString(w.b, w.compact(p.p))
			w.b.WriteString(": ")
		}
		if len(p.vals) > 1 {
			w.b.WriteByte('[')
		}
		for i, v := range p.vals {
			if i > 0 {
				w.b.WriteString(", ")
			}
			if p.p.equal(rdfType) && v.kind == iriTerm {
				writeJSONString(w.b, w.compact(v))
			} else {
				w.value(v)
			}
		}
		if len(p.vals) > 1 {
			w.b.WriteByte(']')
		}
	}
	w.b.WriteByte('}')
}

func (w *jsonldWriter) value(v term) {
	switch {
	case v.kind == iriTerm:
		w.b.WriteString(`{"@id": `)
		writeJSONString(w.b, w.compact(v))
		w.b.WriteByte('}')
	case v.ns == "":
		writeJSONString(w.b, v.val)
	default:
		w.b.WriteString(`{"@value": `)
		writeJSONString(w.b, v.val)
		w.b.WriteString(`, "@type": `)
		writeJSONString(w.b, w.compact(iri(v.ns, "")))
		w.b.WriteByte('}')
	}
}

// compact returns t as prefix:local when its namespace is declared. Local
// parts minted by kg never start with "//" or contain ':', so a compact IRI
// always expands back to t.
func (w *jsonldWriter) compact(t term) string {
	if t.kind == iriTerm {
		// Fast path: minted terms carry their namespace.
		for _, p := range w.prefixes {
			if t.ns == p[1] && pnLocal(t.val) {
				return p[0] + ":" + t.val
			}
		}
	}
	full := t.ns + t.val
	if t.kind == iriTerm {
		for _, p := range w.prefixes {
			if len(full) > len(p[1]) && full[:len(p[1])] == p[1] && pnLocal(full[len(p[1]):]) {
				return p[0] + ":" + full[len(p[1]):]
			}
		}
	}
	return full
}

func (w *jsonldWriter) Doc(d fact.Doc) error       { return w.flush(w.m.doc(d)) }
func (w *jsonldWriter) Entity(e fact.Entity) error { return w.flush(w.m.entity(e)) }

// Triple buffers one subject's facts so that they share node objects.
func (w *jsonldWriter) Triple(t fact.Triple) error {
	if len(w.block) > 0 && t.SubjectID != w.subject {
		if err := w.flush(w.block); err != nil {
			return err
		}
		w.block = w.block[:0]
	}
	w.subject = t.SubjectID
	w.block = append(w.block, w.m.triple(t)...)
	return nil
}

func (w *jsonldWriter) Close() error {
	if len(w.block) > 0 {
		if err := w.flush(w.block); err != nil {
			return err
		}
		w.block = w.block[:0]
	}
	w.b.WriteString("\n  ]\n}\n")
	return w.b.Flush()
}

// writeJSONString writes s as a JSON string. It escapes quotes,
// backslashes, control characters and U+2028/U+2029 (which break
// JavaScript embedding); invalid UTF-8 becomes U+FFFD.
func writeJSONString(b *bufio.Writer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&15])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			b.WriteString(s[start:i])
			if r == utf8.RuneError {
				b.WriteString(`\ufffd`)
			} else {
				b.WriteString(`\u202`)
				b.WriteByte(hex[r&15])
			}
			i += n
			start = i
			continue
		}
		i += n
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
