package html

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

var update = flag.Bool("update", false, "rewrite golden files")

const dataOpen = `<script type="application/json" id="kg-data">`

// pageJSON returns the data embedded in a page, checking that it sits in
// its own <script> element.
func pageJSON(t testing.TB, page string) pageData {
	t.Helper()
	i := strings.Index(page, dataOpen)
	if i < 0 {
		t.Fatal("page has no data element")
	}
	rest := page[i+len(dataOpen):]
	j := strings.Index(rest, "</script>")
	var d pageData
	if err := json.Unmarshal([]byte(rest[:j]), &d); err != nil {
		t.Fatalf("embedded data is not JSON: %v", err)
	}
	return d
}

func render(t testing.TB, f fixture, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	f.stream(t, New(&buf, opts))
	return buf.String()
}

// Names that try to break out of the data element, the title, or the
// reading direction must come back intact as data and nowhere as markup.
func TestEscaping(t *testing.T) {
	cases := []struct{ name, hostile, want string }{
		{"script end", `</script><script>alert(1)</script>`, `</script><script>alert(1)</script>`},
		{"upper-case script end", `</SCRIPT >x`, `</SCRIPT >x`},
		{"comment open", `<!--<script>`, `<!--<script>`},
		{"quotes and ampersand", `"O'Brien" & <Sons>`, `"O'Brien" & <Sons>`},
		{"right-to-left override", "\u202eevil\u202c name", "\u202eevil\u202c name"},
		{"line separators", "a\u2028b\u2029c", "a\u2028b\u2029c"},
		{"invalid UTF-8", "Caf\xe9 \xff", "Caf\ufffd \ufffd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := fixture{
				Docs:     []fact.Doc{{ID: "d1", Name: c.hostile, Title: c.hostile, Date: "2024-01-02"}},
				Entities: []fact.Entity{{ID: "a", Name: c.hostile, Type: c.hostile, Aliases: []string{c.hostile}}, {ID: "b", Name: "B", Type: fact.Org}},
				Triples: []fact.Triple{{Subject: c.hostile, SubjectID: "a", Relation: c.hostile, Object: "B", ObjectID: "b",
					Doc: "d1", Text: c.hostile + " said B.", Time: c.hostile}},
			}
			page := render(t, f, Options{Title: c.hostile})
			// Exactly our three scripts: the data, cytoscape and the view.
			if n := strings.Count(strings.ToLower(page), "<script"); n != 3 {
				t.Errorf("page has %d <script tags, want 3", n)
			}
			if n := strings.Count(strings.ToLower(page), "</script"); n != 3 {
				t.Errorf("page has %d </script, want 3", n)
			}
			if strings.Contains(page, "<!--") {
				t.Error("page contains <!--, which changes how a script element ends")
			}
			if strings.Count(page, "</title>") != 1 || strings.Count(page, "<title>") != 1 {
				t.Error("title not escaped")
			}
			d := pageJSON(t, page)
			if d.Title != c.want || d.Nodes[0].Name != c.want || d.Rels[0] != c.want || d.Docs[0].Title != c.want ||
				d.Texts[0] != c.want+" said B." || d.Facts[0].Time != c.want {
				t.Errorf("data does not round-trip: %+v", d)
			}
		})
	}
}

// The page's data for the seeds fixture is reviewed as a golden file.
func TestGolden(t *testing.T) {
	d := pageJSON(t, render(t, loadFixture(t, "testdata/seeds.json"), Options{Title: "seeds"}))
	got, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "seeds.page.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != string(got)+"\n" {
		t.Errorf("page data differs from %s (go test -update rewrites it; review the diff)", golden)
	}
	if d.Layout != "cose" {
		t.Errorf("layout %q for a small graph, want cose", d.Layout)
	}
}

func TestDegreeRankAndLiterals(t *testing.T) {
	f := loadFixture(t, "testdata/seeds.json")
	byName := func(d pageData) map[string]nodeJSON {
		m := map[string]nodeJSON{}
		for _, n := range d.Nodes {
			m[n.Name] = n
		}
		return m
	}
	d := byName(pageJSON(t, render(t, f, Options{})))
	if n := d["Lee Jae-myung"]; n.Degree != 5 || n.Size != 1 {
		t.Errorf("Lee: degree %d size %v, want 5 and 1 (the largest)", n.Degree, n.Size)
	}
	if n := d["a 15% tariff"]; !n.Literal || n.Type != ValueType || n.Degree != 2 {
		t.Errorf("literal object: %+v", n)
	}
	ranked := byName(pageJSON(t, render(t, f, Options{Rank: map[string]float64{"japan": 0.5, "hiroshima": 0.25}})))
	if ranked["Japan"].Size != 1 || ranked["Hiroshima"].Size != 0.5 || ranked["Lee Jae-myung"].Size != 0 {
		t.Errorf("ranked sizes: Japan %v Hiroshima %v Lee %v", ranked["Japan"].Size, ranked["Hiroshima"].Size, ranked["Lee Jae-myung"].Size)
	}
}

// synthetic makes a graph of n entities in clusters of about 20, with
// n*2 facts, most inside a cluster, and some isolated entities.
func synthetic(n int) fixture {
	var f fixture
	f.Docs = []fact.Doc{{ID: "d0", Name: "d0.txt", Date: "2020-01-01"}, {ID: "d1", Name: "d1.txt", Date: "2020-02-01"}}
	for i := 0; i < n; i++ {
		f.Entities = append(f.Entities, fact.Entity{ID: fmt.Sprintf("e%05d", i), Name: fmt.Sprintf("Entity %d", i), Type: []string{fact.Person, fact.Org, fact.GPE}[i%3]})
	}
	seed := uint32(7)
	next := func(k int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % k }
	for i := 0; i < 2*n; i++ {
		s := next(n - n/20)
		o := s/20*20 + next(20)
		if next(10) == 0 {
			o = next(n - n/20)
		}
		if o == s {
			continue
		}
		f.Triples = append(f.Triples, fact.Triple{Subject: f.Entities[s].Name, SubjectID: f.Entities[s].ID, Object: f.Entities[o].Name,
			ObjectID: f.Entities[o].ID, Relation: []string{"meet", "say", "visit", "lead"}[next(4)], Doc: f.Docs[i%2].ID,
			Sentence: i, Text: fmt.Sprintf("Sentence %d about %s and %s.", i, f.Entities[s].Name, f.Entities[o].Name)})
	}
	return f
}

func TestLargeLayout(t *testing.T) {
	f := synthetic(2000)
	page := render(t, f, Options{})
	d := pageJSON(t, page)
	if d.Layout != "preset" {
		t.Fatalf("layout %q, want preset", d.Layout)
	}
	seen := map[[2]int]bool{}
	comms := map[int]int{}
	for _, n := range d.Nodes {
		if len(n.Pos) != 2 {
			t.Fatalf("%s has no position", n.Name)
		}
		p := [2]int{n.Pos[0], n.Pos[1]}
		if seen[p] {
			t.Fatalf("two nodes at %v", p)
		}
		seen[p] = true
		comms[n.Comm]++
	}
	// Louvain finds clusters of roughly the planted size, not one blob.
	if len(comms) < 40 {
		t.Errorf("%d communities for 95 planted clusters", len(comms))
	}
	if again := render(t, f, Options{}); again != page {
		t.Error("the page differs between two runs on the same graph")
	}
	// Given communities are used as they are.
	given := map[string]int{}
	for i, e := range f.Entities {
		given[e.ID] = i % 3
	}
	d = pageJSON(t, render(t, f, Options{Community: given}))
	comms = map[int]int{}
	for _, n := range d.Nodes {
		comms[n.Comm]++
	}
	if len(comms) > 4 { // three given, plus the isolated entities
		t.Errorf("%d communities from 3 given", len(comms))
	}
}

func TestClosedWriter(t *testing.T) {
	w := New(&bytes.Buffer{}, Options{})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if w.Triple(fact.Triple{}) == nil || w.Close() == nil {
		t.Error("writing after Close succeeded")
	}
}

// The inlined scripts must not contain what would end or alter their
// <script> element.
func TestAssetsAreInlineSafe(t *testing.T) {
	bad := regexp.MustCompile(`(?i)</script|<!--|</style`)
	for name, s := range map[string]string{"cytoscape.min.js": cytoscapeJS, "view.js": viewJS, "view.css": viewCSS} {
		if loc := bad.FindStringIndex(s); loc != nil {
			t.Errorf("%s contains %q at %d", name, s[loc[0]:loc[1]], loc[0])
		}
	}
	if !strings.Contains(cytoscapeLicense, "Permission is hereby granted") || strings.TrimSpace(cytoscapeVersion) == "" {
		t.Error("cytoscape licence or version missing from assets")
	}
}

func BenchmarkWriteLarge(b *testing.B) {
	f := synthetic(10000)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		f.stream(b, New(&buf, Options{}))
		size = buf.Len()
	}
	b.ReportMetric(float64(len(f.Entities)+len(f.Triples))*float64(b.N)/b.Elapsed().Seconds(), "items/s")
	b.ReportMetric(float64(size), "page-bytes")
}
