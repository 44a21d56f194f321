package exporters

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/fact"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// graphData is what a caller passes a Writer: docs, entities sorted by ID,
// then triples (these fixtures sort them by subject ID, relation, object,
// doc, sentence; graph.Store.Read groups them by document first).
type graphData struct {
	docs     []fact.Doc
	entities []fact.Entity
	triples  []fact.Triple
}

// sample is a small graph with the cases every format must handle: a fact
// stated by two documents, a negated fact, a literal object, aliases, a
// Hangul name, a subject never passed as an entity, qualifiers.
func sample() graphData {
	d1 := fact.Doc{ID: "4fc55ff9900b021f", Name: "seeds/000.txt", Title: "Kishida and Yoon meet in Hiroshima", Date: "2023-05-18"}
	d2 := fact.Doc{ID: "cbe68db5e1665070", Name: "seeds/001.txt", Date: "2025-08-23"}
	ents := []fact.Entity{
		{ID: "fumio-kishida", Name: "Fumio Kishida", Type: fact.Person, Aliases: []string{"Kishida", "Japanese Prime Minister Fumio Kishida"}, Mentions: 5},
		{ID: "hiroshima", Name: "Hiroshima", Type: fact.GPE, Mentions: 2},
		{ID: "lee-jae-myung", Name: "Lee Jae-myung", Type: fact.Person, Aliases: []string{"Lee", "이재명"}, Mentions: 4},
		{ID: "shigeru-ishiba", Name: "Shigeru Ishiba", Type: fact.Person, Aliases: []string{"Ishiba"}, Mentions: 3},
		{ID: "the-group-of-seven", Name: "the Group of Seven", Type: fact.Org, Aliases: []string{"G-7"}, Mentions: 2},
		{ID: "yoon-suk-yeol", Name: "Yoon Suk Yeol", Type: fact.Person, Aliases: []string{"Yoon"}, Mentions: 3},
	}
	tr := func(s, sid, st, rel, o, oid, ot string, d fact.Doc, sent int, text string) fact.Triple {
		return fact.Triple{Subject: s, SubjectID: sid, SubjectType: st, Relation: rel, RelationSurface: rel, Object: o, ObjectID: oid, ObjectType: ot,
			Doc: d.ID, DocName: d.Name, DocDate: d.Date, Sentence: sent, Text: text, Span: [2]int{sent * 100, sent*100 + len(text)}, Confidence: 0.8, Modality: "asserted"}
	}
	t1 := tr("Fumio Kishida", "fumio-kishida", fact.Person, "meet", "Yoon Suk Yeol", "yoon-suk-yeol", fact.Person, d1, 1,
		"Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol on Sunday.")
	t1.Modality, t1.Time, t1.Place, t1.RelationSurface = "future", "2023-05-21", "Hiroshima", "will meet"
	t1b := t1
	t1b.Sentence, t1b.Text, t1b.Span, t1b.Confidence = 4, "Kishida will meet Yoon in Hiroshima.", [2]int{400, 436}, 0.65
	t2 := tr("Fumio Kishida", "fumio-kishida", fact.Person, "meet", "Yoon Suk Yeol", "yoon-suk-yeol", fact.Person, d2, 2,
		"Kishida met Yoon in 2023.")
	t3 := tr("Lee Jae-myung", "lee-jae-myung", fact.Person, "meet", "Shigeru Ishiba", "shigeru-ishiba", fact.Person, d2, 0,
		"South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.")
	t3.Confidence, t3.Time = 0.92, "Saturday"
	t4 := tr("Lee Jae-myung", "lee-jae-myung", fact.Person, "visit", "Tokyo", "tokyo", fact.GPE, d2, 0,
		"South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.")
	t5 := tr("Shigeru Ishiba", "shigeru-ishiba", fact.Person, "propose", "a 15% tariff cap", "a-15-tariff-cap", "", d2, 3,
		"Ishiba proposed a 15% tariff cap, Lee said.")
	t5.ObjectIsLiteral, t5.Attribution = true, "Lee Jae-myung"
	t6 := tr("South Korea", "south-korea", fact.GPE, "be member of", "the Group of Seven", "the-group-of-seven", fact.Org, d1, 2,
		"South Korea is not a member of the G-7 group of advanced democracies.")
	t6.Negated = true
	t7 := tr("Yoon Suk Yeol", "yoon-suk-yeol", fact.Person, "attend", "the Group of Seven", "the-group-of-seven", fact.Org, d1, 2,
		"Yoon attends the G-7 summit as an observer.")
	return graphData{docs: []fact.Doc{d1, d2}, entities: ents, triples: []fact.Triple{t1, t1b, t2, t3, t4, t5, t6, t7}}
}

// write streams g into a new writer of format.
func write(t testing.TB, format string, opts Options, g graphData) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range g.docs {
		if err := w.Doc(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range g.entities {
		if err := w.Entity(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, tr := range g.triples {
		if err := w.Triple(tr); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./exporters -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file (run go test ./exporters -update and review the diff)\n%s", name, firstDiff(got, want))
	}
}

func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + a + "\nwant: " + b
		}
	}
	return ""
}

// writeTemp stores data in a file of the test's temp dir.
func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Thin names for the checkers, so tests read short.
var (
	parseNQ     = exportcheck.ParseNQ
	sameDataset = exportcheck.SameDataset
	setDiff     = exportcheck.SetDiff
)

func node(t testing.TB, args ...string) string { t.Helper(); return exportcheck.Node(t, args...) }

// checkRDF writes data to a file and validates it with every RDF checker.
func checkRDF(t *testing.T, format string, data []byte, rdf12 bool) string {
	t.Helper()
	return exportcheck.RDF(t, format, writeTemp(t, "export."+format, data), rdf12)
}
