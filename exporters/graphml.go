package exporters

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/kgraph/kg/fact"
)

// NewGraphML returns a writer of GraphML for Gephi, Cytoscape and yEd:
// one node per entity (and per literal object), one directed edge per
// stated fact, with its relation, evidence sentence, document and
// qualifiers as typed <data> attributes. Node IDs are the DOT ones. With
// Options.Scores, entity nodes also carry pagerank (double) and community
// (int) data.
func NewGraphML(w io.Writer, opts Options) (Writer, error) {
	g := &graphmlWriter{b: bufio.NewWriterSize(w, 64<<10), declared: map[string]bool{}, docs: map[string]fact.Doc{}, scores: opts.Scores}
	g.b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	keys := graphmlKeys
	if opts.Scores != nil {
		keys = append(keys[:5:5], graphmlScoreKeys...)
		keys = append(keys, graphmlKeys[5:]...)
	}
	for _, k := range keys {
		g.b.WriteString(`  <key id="` + k.on[:1] + "_" + k.name + `" for="` + k.on + `" attr.name="` + k.name + `" attr.type="` + k.typ + `"/>` + "\n")
	}
	g.b.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	return g, nil
}

var graphmlKeys = []struct{ on, name, typ string }{
	{"node", "label", "string"},
	{"node", "type", "string"},
	{"node", "aliases", "string"},
	{"node", "mentions", "int"},
	{"node", "entity_id", "string"},
	{"edge", "label", "string"}, // the relation lemma, shown by Gephi
	{"edge", "relation_surface", "string"},
	{"edge", "negated", "boolean"},
	{"edge", "modality", "string"},
	{"edge", "attribution", "string"},
	{"edge", "weight", "double"}, // confidence
	{"edge", "sentence", "string"},
	{"edge", "sentence_index", "int"},
	{"edge", "start", "int"},
	{"edge", "end", "int"},
	{"edge", "document", "string"},
	{"edge", "date", "string"},
	{"edge", "time", "string"},
	{"edge", "place", "string"},
}

// graphmlScoreKeys are declared, after the other node keys, with scores.
var graphmlScoreKeys = []struct{ on, name, typ string }{
	{"node", "pagerank", "double"},
	{"node", "community", "int"},
}

type graphmlWriter struct {
	b        *bufio.Writer
	declared map[string]bool
	docs     map[string]fact.Doc
	scores   map[string]NodeScore
	edges    int
}

// xmlText escapes s for XML text and attribute values.
func xmlText(s string) string {
	s = clean(s)
	if !strings.ContainsAny(s, "<>&\"'\n\r\t") {
		return s
	}
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), "'", "&#39;")
}

func (w *graphmlWriter) data(key, val string) {
	w.b.WriteString(`      <data key="` + key + `">` + xmlText(val) + "</data>\n")
}

func (w *graphmlWriter) Doc(d fact.Doc) error {
	// Kept small: the name and date each edge's document is shown by.
	w.docs[d.ID] = fact.Doc{ID: d.ID, Name: d.Name, Title: d.Title, Date: d.Date}
	return nil
}

func (w *graphmlWriter) Entity(e fact.Entity) error {
	w.node(dotID("e:", e.ID), e.ID, e.Name, e.Type, e.Aliases, e.Mentions)
	_, err := w.b.Write(nil)
	return err
}

func (w *graphmlWriter) node(id, entityID, name, typ string, aliases []string, mentions int) {
	if w.declared[id] {
		return
	}
	w.declared[id] = true
	w.b.WriteString(`    <node id="` + xmlText(id) + "\">\n")
	w.data("n_label", name)
	if typ != "" {
		w.data("n_type", typ)
	}
	if len(aliases) > 0 {
		w.data("n_aliases", strings.Join(aliases, "; "))
	}
	if mentions > 0 {
		w.data("n_mentions", strconv.Itoa(mentions))
	}
	if entityID != "" {
		w.data("n_entity_id", entityID)
	}
	if sc, ok := w.scores[entityID]; ok && entityID != "" {
		if finite(sc.PageRank) {
			w.data("n_pagerank", strconv.FormatFloat(sc.PageRank, 'g', -1, 64))
		}
		if sc.Community > 0 {
			w.data("n_community", strconv.Itoa(sc.Community))
		}
	}
	w.b.WriteString("    </node>\n")
}

func (w *graphmlWriter) Triple(t fact.Triple) error {
	from := dotID("e:", t.SubjectID)
	w.node(from, t.SubjectID, t.Subject, t.SubjectType, nil, 0)
	var to string
	if t.ObjectIsLiteral {
		to = dotID("v:", t.ObjectID+"|"+t.Object)
		w.node(to, "", t.Object, "literal", nil, 0)
	} else {
		to = dotID("e:", t.ObjectID)
		w.node(to, t.ObjectID, t.Object, t.ObjectType, nil, 0)
	}
	w.edges++
	w.b.WriteString(`    <edge id="t` + strconv.Itoa(w.edges) + `" source="` + xmlText(from) + `" target="` + xmlText(to) + "\">\n")
	w.data("e_label", t.Relation)
	if t.RelationSurface != "" {
		w.data("e_relation_surface", t.RelationSurface)
	}
	w.data("e_negated", strconv.FormatBool(t.Negated))
	if t.Modality != "" {
		w.data("e_modality", t.Modality)
	}
	if t.Attribution != "" {
		w.data("e_attribution", t.Attribution)
	}
	w.data("e_weight", strconv.FormatFloat(t.Confidence, 'g', -1, 64))
	w.data("e_sentence", t.Text)
	w.data("e_sentence_index", strconv.Itoa(t.Sentence))
	w.data("e_start", strconv.Itoa(t.Span[0]))
	w.data("e_end", strconv.Itoa(t.Span[1]))
	doc, date := t.DocName, t.DocDate
	if d, ok := w.docs[t.Doc]; ok {
		doc = d.Title
		if doc == "" {
			doc = d.Name
		}
		date = d.Date
	}
	if doc == "" {
		doc = t.Doc
	}
	if doc != "" {
		w.data("e_document", doc)
	}
	if date != "" {
		w.data("e_date", date)
	}
	if t.Time != "" {
		w.data("e_time", t.Time)
	}
	if t.Place != "" {
		w.data("e_place", t.Place)
	}
	w.b.WriteString("    </edge>\n")
	_, err := w.b.Write(nil)
	return err
}

func (w *graphmlWriter) Close() error {
	w.b.WriteString("  </graph>\n</graphml>\n")
	return w.b.Flush()
}
