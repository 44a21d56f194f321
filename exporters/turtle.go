package exporters

import (
	"bufio"
	"io"

	"github.com/kgraph/kg/fact"
)

// NewTurtle returns a writer of Turtle: the N-Triples statements with
// prefixes, grouped by subject (";") and by predicate (","). Consecutive
// statements about one subject share a block; since triples arrive sorted
// by subject within each document, an entity's facts form one block per
// document that states them.
func NewTurtle(w io.Writer, opts Options) (Writer, error) {
	m, err := newMapper(opts, false)
	if err != nil {
		return nil, err
	}
	t := &turtleWriter{b: bufio.NewWriterSize(w, 64<<10), m: m}
	t.prefixes = [][2]string{
		{"rdf", nsRDF}, {"rdfs", nsRDFS}, {"xsd", nsXSD}, {"schema", nsSchema}, {"kg", NSVocab},
		{"entity", m.ns.entity}, {"rel", m.ns.rel}, {"doc", m.ns.doc}, {"stmt", m.ns.stmt},
	}
	for _, p := range t.prefixes {
		t.b.WriteString("@prefix " + p[0] + ": <" + p[1] + "> .\n")
	}
	return t, nil
}

type turtleWriter struct {
	b        *bufio.Writer
	m        *mapper
	prefixes [][2]string
	open     bool // a statement is open and needs " .\n"
	s, p     term
}

func (w *turtleWriter) write(qs []quad) error {
	for i := range qs {
		q := &qs[i]
		switch {
		case w.open && q.s.equal(w.s) && q.p.equal(w.p):
			w.b.WriteString(" ,\n        ")
		case w.open && q.s.equal(w.s):
			w.b.WriteString(" ;\n    ")
			w.term(q.p, true)
			w.b.WriteByte(' ')
		default:
			if w.open {
				w.b.WriteString(" .\n")
			}
			w.b.WriteByte('\n')
			w.term(q.s, false)
			w.b.WriteString("\n    ")
			w.term(q.p, true)
			w.b.WriteByte(' ')
		}
		w.term(q.o, false)
		w.open, w.s, w.p = true, q.s, q.p
	}
	_, err := w.b.Write(nil)
	return err
}

// term writes t, as a prefixed name where the local part is a valid
// Turtle PN_LOCAL and as <IRI> otherwise.
func (w *turtleWriter) term(t term, predicate bool) {
	switch t.kind {
	case iriTerm:
		if predicate && t.equal(rdfType) {
			w.b.WriteByte('a')
			return
		}
		if p := w.prefix(t.ns); p != "" && pnLocal(t.val) {
			w.b.WriteString(p)
			w.b.WriteByte(':')
			w.b.WriteString(t.val)
			return
		}
	case litTerm:
		if p := w.prefix(nsXSD); t.ns != "" && len(t.ns) > len(nsXSD) && t.ns[:len(nsXSD)] == nsXSD && pnLocal(t.ns[len(nsXSD):]) {
			writeNTString(w.b, t.val)
			w.b.WriteString("^^" + p + ":" + t.ns[len(nsXSD):])
			return
		}
	case tripleTerm:
		w.b.WriteString("<<( ")
		w.term(t.tt[0], false)
		w.b.WriteByte(' ')
		w.term(t.tt[1], false)
		w.b.WriteByte(' ')
		w.term(t.tt[2], false)
		w.b.WriteString(" )>>")
		return
	}
	writeNT(w.b, t)
}

func (w *turtleWriter) prefix(ns string) string {
	for _, p := range w.prefixes {
		if p[1] == ns {
			return p[0]
		}
	}
	return ""
}

// pnLocal reports whether s can be written as the local part of a prefixed
// name. It accepts the subset kg mints (see pct) plus plain vocabulary
// names: ASCII letters, digits, '_', '-' (not first) and %XX escapes.
func pnLocal(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
			continue
		}
		if !plainByte(c) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func (w *turtleWriter) Doc(d fact.Doc) error       { return w.write(w.m.doc(d)) }
func (w *turtleWriter) Entity(e fact.Entity) error { return w.write(w.m.entity(e)) }
func (w *turtleWriter) Triple(t fact.Triple) error { return w.write(w.m.triple(t)) }

func (w *turtleWriter) Close() error {
	if w.open {
		w.b.WriteString(" .\n")
		w.open = false
	}
	return w.b.Flush()
}
