package exporters

import (
	"bufio"
	"io"

	"github.com/kgraph/kg/fact"
)

// NewNTriples returns a writer of N-Triples (RDF 1.1, or 1.2 with
// Options.RDF12): every fact in the default graph, one statement a line.
func NewNTriples(w io.Writer, opts Options) (Writer, error) {
	return newLineWriter(w, opts, false)
}

// lineWriter writes N-Triples or N-Quads: statements one per line, so it
// streams with constant memory beyond the set of described entity IDs.
type lineWriter struct {
	b *bufio.Writer
	m *mapper
}

func newLineWriter(w io.Writer, opts Options, quads bool) (*lineWriter, error) {
	m, err := newMapper(opts, quads)
	if err != nil {
		return nil, err
	}
	return &lineWriter{b: bufio.NewWriterSize(w, 64<<10), m: m}, nil
}

func (w *lineWriter) write(qs []quad) error {
	for i := range qs {
		q := &qs[i]
		writeNT(w.b, q.s)
		w.b.WriteByte(' ')
		writeNT(w.b, q.p)
		w.b.WriteByte(' ')
		writeNT(w.b, q.o)
		if q.g.kind != noTerm {
			w.b.WriteByte(' ')
			writeNT(w.b, q.g)
		}
		w.b.WriteString(" .\n")
	}
	// bufio keeps the first write error and returns it from every later call.
	_, err := w.b.Write(nil)
	return err
}

func (w *lineWriter) Doc(d fact.Doc) error       { return w.write(w.m.doc(d)) }
func (w *lineWriter) Entity(e fact.Entity) error { return w.write(w.m.entity(e)) }
func (w *lineWriter) Triple(t fact.Triple) error { return w.write(w.m.triple(t)) }
func (w *lineWriter) Close() error               { return w.b.Flush() }
