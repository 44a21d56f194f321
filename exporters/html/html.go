package html

import (
	"bufio"
	"encoding/json"
	"errors"
	"html"
	"io"
	"strings"

	"github.com/kgraph/kg/fact"
)

// Options configure the page.
type Options struct {
	// Title is shown in the page's header and tab; "" means "kg".
	Title string
	// Rank, when set, sizes nodes by it (keyed by entity ID, e.g. the graph
	// package's PageRank); otherwise nodes are sized by degree.
	Rank map[string]float64
	// Community, when set, assigns entities to communities (keyed by entity
	// ID) for the large-graph layout and the "colour by community" view;
	// otherwise the page computes them with Louvain.
	Community map[string]int
	// Large is the node count above which positions are computed in Go
	// instead of by the page's force layout; 0 means DefaultLarge.
	Large int
}

// Writer is the streaming writer of exporters: it buffers the graph (the
// page needs all of it to lay it out) and writes the page on Close.
type Writer struct {
	w      io.Writer
	opts   Options
	b      *builder
	closed bool
}

// New returns a Writer that writes one self-contained HTML page to w.
func New(w io.Writer, opts Options) *Writer {
	title := opts.Title
	if title == "" {
		title = "kg"
	}
	return &Writer{w: w, opts: opts, b: newBuilder(title)}
}

var errClosed = errors.New("html: writer is closed")

// Doc records a document (its title and date label facts and filters).
func (w *Writer) Doc(d fact.Doc) error {
	if w.closed {
		return errClosed
	}
	w.b.doc(d)
	return nil
}

// Entity records an entity.
func (w *Writer) Entity(e fact.Entity) error {
	if w.closed {
		return errClosed
	}
	w.b.entity(e)
	return nil
}

// Triple records a fact.
func (w *Writer) Triple(t fact.Triple) error {
	if w.closed {
		return errClosed
	}
	w.b.triple(t)
	return nil
}

// Close lays the graph out and writes the page. It does not close the
// underlying io.Writer.
func (w *Writer) Close() error {
	if w.closed {
		return errClosed
	}
	w.closed = true
	w.b.finish(w.opts)
	return writePage(w.w, &w.b.data)
}

// csp forbids every network access: the page must work offline, and data
// that slipped past escaping still could not load or send anything.
const csp = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"

func writePage(out io.Writer, d *pageData) error {
	// encoding/json escapes <, > and & as \u003c…, and U+2028/U+2029, and
	// replaces invalid UTF-8: its output cannot end the <script> element.
	js, err := json.Marshal(d)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	title := html.EscapeString(strings.ToValidUTF8(d.Title, "\uFFFD"))
	w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	w.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + csp + "\">\n")
	w.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w.WriteString("<meta name=\"generator\" content=\"kg view\">\n")
	w.WriteString("<title>" + title + "</title>\n<style>\n" + viewCSS + "</style>\n</head>\n<body>\n")
	w.WriteString(bodyHTML)
	w.WriteString("<footer hidden><pre id=\"licences\">This page includes cytoscape " +
		html.EscapeString(strings.TrimSpace(cytoscapeVersion)) + " (https://js.cytoscape.org/):\n\n" +
		html.EscapeString(cytoscapeLicense) + "</pre></footer>\n")
	w.WriteString("<script type=\"application/json\" id=\"kg-data\">")
	w.Write(js)
	w.WriteString("</script>\n<script>\n")
	w.WriteString(cytoscapeJS)
	w.WriteString("\n</script>\n<script>\n")
	w.WriteString(viewJS)
	w.WriteString("</script>\n</body>\n</html>\n")
	return w.Flush()
}
