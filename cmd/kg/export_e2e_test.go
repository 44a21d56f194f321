package main

// End-to-end tests of kg export and kg render: the built binary exports a
// real Bolt store (the seeds, part of the Wikinews corpus, hostile text) and
// every output is checked by the third-party tools users load it with.

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/internal/testtools"
)

// exportAll writes every format of the store at db into dir and checks
// each with its tools, and that all formats hold the same dataset.
func exportAll(t *testing.T, db, dir string, render bool) {
	t.Helper()
	path := func(name string) string { return filepath.Join(dir, name) }
	mustKG(t, "export", "--db", db, "-o", path("g.graphml"))
	for _, prov := range []bool{false, true} {
		suffix, extra := "", []string{}
		if prov {
			suffix, extra = "-prov", []string{"--provenance"}
		}
		data := map[string]string{}
		for _, f := range []string{"nt", "nq", "ttl", "jsonld"} {
			out := path("g" + suffix + "." + f)
			mustKG(t, append([]string{"export", "--db", db, "-o", out}, extra...)...)
			if f == "jsonld" {
				data[f] = exportcheck.JSONLD(t, out)
			} else {
				data[f] = exportcheck.RDF(t, f, out, false)
			}
		}
		if !exportcheck.SameDataset(t, data["jsonld"], data["nq"]) {
			t.Errorf("JSON-LD%s and N-Quads differ:\n%s", suffix, exportcheck.SetDiff(data["jsonld"], data["nq"]))
		}
		if !exportcheck.SameDataset(t, data["ttl"], data["nt"]) {
			t.Errorf("Turtle%s and N-Triples differ:\n%s", suffix, exportcheck.SetDiff(data["ttl"], data["nt"]))
		}
		if merged := exportcheck.DropGraphs(t, data["nq"]); !exportcheck.SameDataset(t, merged, data["nt"]) {
			t.Errorf("N-Quads%s without graphs is not N-Triples:\n%s", suffix, exportcheck.SetDiff(merged, data["nt"]))
		}
	}
	for _, f := range []string{"nt", "nq", "ttl"} {
		out := path("g12." + f)
		mustKG(t, "export", "--db", db, "--provenance", "--rdf12", "-o", out)
		if got := exportcheck.RDF(t, f, out, true); !strings.Contains(got, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( ") {
			t.Errorf("%s --rdf12 holds no triple terms", f)
		}
	}
	for _, args := range [][]string{{}, {"--cluster", "doc"}} {
		out := path("g" + strings.Join(args, "") + ".dot")
		mustKG(t, append([]string{"export", "--db", db, "-o", out}, args...)...)
		exportcheck.DOT(t, out, render)
	}
	g := exportcheck.GraphML(t, path("g.graphml"))
	if len(g.Graph.Nodes) == 0 || len(g.Graph.Edges) == 0 {
		t.Errorf("GraphML has %d nodes and %d edges", len(g.Graph.Nodes), len(g.Graph.Edges))
	}
}

func TestExportSeedsEveryFormat(t *testing.T) {
	exportAll(t, seedDB(t), t.TempDir(), true)
}

// TestExportSeedsSPARQL loads the seeds' N-Quads into Oxigraph and asks
// what a reader of the two articles can answer.
func TestExportSeedsSPARQL(t *testing.T) {
	nq := filepath.Join(t.TempDir(), "g.nq")
	mustKG(t, "export", "--db", seedDB(t), "--provenance", "-o", nq)
	pre := `PREFIX rel: <https://kg.example.org/rel/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/> `
	for _, c := range []struct{ name, query, want string }{
		{"whom did Lee Jae-myung meet", `SELECT DISTINCT ?name WHERE { ?lee rdfs:label "Lee Jae-myung" ; rel:meet ?x . ?x rdfs:label ?name }`,
			`{"name":"Shigeru Ishiba"}`},
		{"Yoon met the leader of which country (two hops)",
			`SELECT DISTINCT ?name WHERE { ?yoon rdfs:label "Yoon Suk Yeol" ; rel:meet/(rel:prime%20minister%20of|rel:president%20of) ?c . ?c rdfs:label ?name }`,
			`{"name":"Japan"}`},
		{"in which article", `SELECT DISTINCT ?name WHERE { GRAPH ?g { ?lee rel:meet ?x } ?lee rdfs:label "Lee Jae-myung" . ?x rdfs:label "Shigeru Ishiba" . ?g a schema:NewsArticle ; schema:name ?name }`,
			`001_cbe68db5e1665070.txt"}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := exportcheck.SPARQL(t, nq, pre+c.query)
			if !strings.Contains(got, c.want+"\n") { // a whole row, or the end of one
				t.Errorf("got\n%swant a row %s", got, c.want)
			}
		})
	}
}

// TestExportWikinews checks every format on a real news corpus: the first
// 50 articles of ../shared/corpus/wikinews (the whole corpus takes minutes
// to build on a small machine; the exporters do not care about its size).
func TestExportWikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 50 articles")
	}
	src := testtools.Shared(t, "corpus/wikinews/articles.jsonl")
	dir := t.TempDir()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var sub strings.Builder
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 0; n < 50 && sc.Scan(); n++ {
		sub.WriteString(sc.Text() + "\n")
	}
	jsonl := filepath.Join(dir, "wikinews50.jsonl")
	if err := os.WriteFile(jsonl, []byte(sub.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "wn.db")
	mustKG(t, "build", "--db", db, jsonl)
	exportAll(t, db, dir, false)
}

// TestExportHostileText builds a store from text full of syntax of the
// output formats and checks that every export still parses.
func TestExportHostileText(t *testing.T) {
	dir := t.TempDir()
	text := `date 2024-03-01
Ahmed "The Lion" O'Neil met Zoë Ångström-Ruiz in Reykjavík on Monday.
Dr. <script>alert(1)</script> Smith said that Acme & Sons "]; evil [label=x]; signed a deal with @context Corp.
The mayor of Zürich\Bern, Hans Müller, did not meet ` + "\u202eMaria Lopez\u200f" + ` at the // summit.
Lee Jae-myung met Shigeru Ishiba in Tokyo.
`
	in := filepath.Join(dir, "hostile.txt")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "h.db")
	mustKG(t, "build", "--db", db, in)
	exportAll(t, db, dir, true)
}

func TestExportFormatFromExtension(t *testing.T) {
	out := filepath.Join(t.TempDir(), "g.ttl")
	mustKG(t, "export", "--db", seedDB(t), "-o", out)
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "@prefix ") {
		t.Fatalf("-o g.ttl did not write Turtle: %v %.80q", err, b)
	}
	if s := mustKG(t, "export", "--db", seedDB(t), "--format", "nt", "--base", "urn:news:"); !strings.HasPrefix(s, "<urn:news:doc/") {
		t.Errorf("--base ignored: %.80q", s)
	}
}

func TestRenderSeeds(t *testing.T) {
	testtools.Command(t, "dot")
	out := filepath.Join(t.TempDir(), "g.svg")
	r := runKG(t, "", nil, "render", "--db", seedDB(t), "--cluster", "doc", "-o", out)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("kg render: exit %d\n%s", r.code, r.stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "<svg") || !strings.Contains(string(b), "Lee Jae") {
		t.Fatalf("no SVG of the seeds: %v", err)
	}
}

func TestExportErrors(t *testing.T) {
	db := seedDB(t)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export", "--db", db, "--format", "xml"}, ExitUsage, `unknown format "xml"`},
		{[]string{"export", "--db", db, "--format", "jsonld", "--rdf12"}, ExitUsage, "--rdf12 applies to"},
		{[]string{"export", "--db", db, "--format", "nt", "--cluster", "doc"}, ExitUsage, "--cluster applies to"},
		{[]string{"export", "--db", db, "--format", "dot", "--provenance"}, ExitUsage, "--provenance applies to"},
		{[]string{"export", "--db", db, "--format", "nt", "--base", "not an iri"}, ExitUsage, `base IRI "not an iri"`},
		{[]string{"export", "--db", db, "--format", "nt", "--base", "ftp://x/"}, ExitUsage, "must start with"},
		{[]string{"export", "--db", filepath.Join(t.TempDir(), "none.db")}, ExitFailure, "does not exist"},
		{[]string{"export", "--db", db, "-o", filepath.Join(t.TempDir(), "no", "such", "dir.nt")}, ExitFailure, "dir.nt"},
		{[]string{"render", "--db", db, "--format", "gif"}, ExitUsage, `unknown format "gif"`},
	} {
		t.Run(strings.Join(c.args[3:], " "), func(t *testing.T) {
			oneErrorLine(t, runKG(t, "", nil, c.args...), c.code, c.want)
		})
	}
}

// TestRenderWithoutGraphviz runs kg render with a PATH that has no dot.
func TestRenderWithoutGraphviz(t *testing.T) {
	db := seedDB(t) // builds kg while go is still on PATH
	t.Setenv("PATH", t.TempDir())
	r := runKG(t, "", nil, "render", "--db", db, "-o", filepath.Join(t.TempDir(), "g.svg"))
	oneErrorLine(t, r, ExitFailure, "apt-get install graphviz")
}
