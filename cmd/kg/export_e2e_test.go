package main

// End-to-end tests of kg export and kg render: the built binary exports a
// real Bolt store (the seeds, part of the Wikinews corpus, hostile text) and
// every output is checked by the third-party tools users load it with.

import (
	"cmp"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/internal/testtools"
)

// exportChecks says what exportAll checks beyond every format plain and
// with --analytics.
type exportChecks struct {
	render     bool     // DOT through dot -Tsvg (else Graphviz's parser only)
	provenance []string // RDF formats also exported with --provenance
	rdf12      bool     // nt, nq and ttl with --provenance --rdf12
}

// exportAll writes every format of the store at db into dir and checks
// each with its tools, and that all formats hold the same dataset.
func exportAll(t *testing.T, db, dir string, c exportChecks) {
	t.Helper()
	path := func(name string) string { return filepath.Join(dir, name) }
	for _, v := range []struct {
		suffix  string
		flags   []string
		formats []string
	}{
		{"", nil, []string{"nt", "nq", "ttl", "jsonld"}},
		{"-an", []string{"--analytics"}, []string{"nt", "nq", "ttl", "jsonld"}},
		{"-prov", []string{"--provenance"}, c.provenance},
	} {
		data := map[string]string{}
		for _, f := range v.formats {
			out := path("g" + v.suffix + "." + f)
			mustKG(t, append([]string{"export", "--db", db, "-o", out}, v.flags...)...)
			if f == "jsonld" {
				data[f] = exportcheck.JSONLD(t, out)
				exportcheck.JSONLDContextUsed(t, out)
			} else {
				data[f] = exportcheck.RDF(t, f, out, false)
			}
		}
		if v.suffix == "-an" {
			checkAnalytics(t, db, path("g-an.nq"), data["nq"])
			// Each export is a separate run, and gonum's PageRank
			// starts from a random vector: values differ between runs
			// in the 8th digit (checkAnalytics compares them with kg
			// rank). The formats must agree on everything else.
			for f, d := range data {
				data[f] = pageRankValue.ReplaceAllString(d, `$1"0"$2`)
			}
		}
		if data["jsonld"] != "" && !exportcheck.SameDataset(t, data["jsonld"], data["nq"]) {
			t.Errorf("JSON-LD%s and N-Quads differ:\n%s", v.suffix, exportcheck.SetDiff(data["jsonld"], data["nq"]))
		}
		if data["ttl"] != "" && !exportcheck.SameDataset(t, data["ttl"], data["nt"]) {
			t.Errorf("Turtle%s and N-Triples differ:\n%s", v.suffix, exportcheck.SetDiff(data["ttl"], data["nt"]))
		}
		if data["nt"] != "" {
			if merged := exportcheck.DropGraphs(t, data["nq"]); !exportcheck.SameDataset(t, merged, data["nt"]) {
				t.Errorf("N-Quads%s without graphs is not N-Triples:\n%s", v.suffix, exportcheck.SetDiff(merged, data["nt"]))
			}
		}
	}
	if c.rdf12 {
		for _, f := range []string{"nt", "nq", "ttl"} {
			out := path("g12." + f)
			mustKG(t, "export", "--db", db, "--provenance", "--rdf12", "-o", out)
			if got := exportcheck.RDF(t, f, out, true); !strings.Contains(got, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( ") {
				t.Errorf("%s --rdf12 holds no triple terms", f)
			}
		}
	}
	for _, args := range [][]string{{}, {"--cluster", "doc"}, {"--analytics"}, {"--cluster", "doc", "--analytics"}} {
		out := path("g" + strings.Join(args, "") + ".dot")
		mustKG(t, append([]string{"export", "--db", db, "-o", out}, args...)...)
		f, _ := exportcheck.DOT(t, out, c.render)
		if slices.Contains(args, "--analytics") {
			dot, _ := os.ReadFile(out)
			if !strings.Contains(string(dot), `"legend:community1" [label="community 1: `) {
				t.Errorf("%s has no community legend", out)
			}
		}
		if n := exportcheck.CountDOTNodes(f.Graphs[0].Stmts); n < 2 {
			t.Errorf("%s: %d nodes", out, n)
		}
	}
	for _, args := range [][]string{{}, {"--analytics"}} {
		out := path("g" + strings.Join(args, "") + ".graphml")
		mustKG(t, append([]string{"export", "--db", db, "-o", out}, args...)...)
		g := exportcheck.GraphML(t, out)
		if len(g.Graph.Nodes) == 0 || len(g.Graph.Edges) == 0 {
			t.Errorf("%s has %d nodes and %d edges", out, len(g.Graph.Nodes), len(g.Graph.Edges))
		}
	}
}

// pageRankValue matches a kg:pagerank value in canonical N-Quads.
var pageRankValue = regexp.MustCompile(`(<https://kg\.example\.org/ns#pagerank> )"[^"]*"(\^\^<http://www\.w3\.org/2001/XMLSchema#double>)`)

// checkAnalytics compares the --analytics N-Quads with kg rank and kg
// communities: one kg:pagerank and one kg:community per ranked entity, the
// same PageRank values as kg rank (to 1e-6: see exportAll), and Oxigraph's
// best-ranked entity scored as kg rank's first.
func checkAnalytics(t *testing.T, db, nqPath, nq string) {
	t.Helper()
	var ranks []struct {
		Name  string
		Score float64
	}
	if err := json.Unmarshal([]byte(mustKG(t, "rank", "--db", db, "--top", "0", "--format", "json")), &ranks); err != nil {
		t.Fatal(err)
	}
	if len(ranks) == 0 {
		t.Fatal("kg rank ranked no entity")
	}
	if n := strings.Count(nq, "<https://kg.example.org/ns#community> "); n != len(ranks) {
		t.Errorf("%d kg:community statements, want one per ranked entity (%d)", n, len(ranks))
	}
	var got []float64
	for _, m := range pageRankValue.FindAllString(nq, -1) {
		lex := strings.Split(m, `"`)[1]
		f, err := strconv.ParseFloat(lex, 64)
		if err != nil {
			t.Fatalf("kg:pagerank %q: %v", lex, err)
		}
		got = append(got, f)
	}
	slices.SortFunc(got, func(a, b float64) int { return cmp.Compare(b, a) })
	if len(got) != len(ranks) {
		t.Fatalf("%d kg:pagerank statements, want one per ranked entity (%d)", len(got), len(ranks))
	}
	for i := range got {
		if !closeTo(got[i], ranks[i].Score) {
			t.Fatalf("PageRank #%d is %g in the export, %g in kg rank", i+1, got[i], ranks[i].Score)
		}
	}
	top := exportcheck.SPARQL(t, nqPath, `PREFIX kg: <https://kg.example.org/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
		SELECT ?name ?r WHERE { ?e kg:pagerank ?r ; rdfs:label ?name } ORDER BY DESC(?r) ?name LIMIT 1`)
	var row struct{ Name, R string }
	if err := json.Unmarshal([]byte(top), &row); err != nil {
		t.Fatalf("SPARQL answer %q: %v", top, err)
	}
	if r, _ := strconv.ParseFloat(row.R, 64); !closeTo(r, ranks[0].Score) || row.Name == "" {
		t.Errorf("Oxigraph's best-ranked entity is %s (%s), kg rank's %s (%g)", row.Name, row.R, ranks[0].Name, ranks[0].Score)
	}
}

// closeTo reports whether two PageRank values agree to 1e-6 (relative).
func closeTo(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b)) }

var (
	wikinewsOnce sync.Once
	wikinewsPath string
)

// wikinewsDB returns a Bolt store built from the whole Wikinews corpus
// (../shared/corpus/wikinews, 297 articles), built once per test run.
func wikinewsDB(t *testing.T) string {
	t.Helper()
	src := testtools.Shared(t, "corpus/wikinews/articles.jsonl")
	wikinewsOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kg-wikinews-")
		if err != nil {
			t.Fatal(err)
		}
		wikinewsPath = filepath.Join(dir, "wikinews.db")
		mustKG(t, "build", "--db", wikinewsPath, src)
	})
	if _, err := os.Stat(wikinewsPath); err != nil {
		t.Fatalf("Wikinews store was not built: %v", err)
	}
	return wikinewsPath
}

// TestExportWikinews checks every format on the whole Wikinews corpus with
// the third-party checkers, plain and with --analytics; N-Quads and JSON-LD
// also with --provenance (about 200,000 quads; jsonld.js reads that JSON-LD
// in about 6 CPU-seconds, the N3.js/Oxigraph check of one 38 MB RDF file
// costs about 35, so N-Triples and Turtle with --provenance are left to the
// seeds and the hostile text, which use the same writers); and it renders
// every DOT variant with dot -Tsvg, warnings failing: the DOT writer draws a
// graph this large so that dot lays it out in well under a minute (see
// exporters.NewDOT).
func TestExportWikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole Wikinews corpus")
	}
	db, dir := wikinewsDB(t), t.TempDir()
	exportAll(t, db, dir, exportChecks{render: true, provenance: []string{"nq", "jsonld"}})
	if b, err := os.ReadFile(filepath.Join(dir, "g.dot")); err != nil || !strings.Contains(string(b), `packmode="array"`) {
		t.Errorf("the Wikinews DOT is not drawn as a large graph (%v)", err)
	}
	// The corpus is big enough to say something: hundreds of documents.
	if docs := strings.Count(mustKG(t, "export", "--db", db, "--format", "nt"), "<https://schema.org/NewsArticle>"); docs != 297 {
		t.Errorf("%d documents exported, want 297", docs)
	}
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
	exportAll(t, db, dir, exportChecks{render: true, provenance: []string{"nt", "nq", "ttl", "jsonld"}, rdf12: true})
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

// kg render draws the whole Wikinews store (sfdp, as for any graph of more
// than exporters.DOTLargeGraph entities) and Graphviz has nothing to warn
// about: render's only words on stderr are which layout it chose.
func TestRenderWikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole Wikinews corpus")
	}
	testtools.Command(t, "dot")
	out := filepath.Join(t.TempDir(), "g.svg")
	r := runKG(t, "", nil, "render", "--db", wikinewsDB(t), "-o", out)
	if r.code != 0 || !regexp.MustCompile(`^kg: \d+ entities: using the sfdp layout [^\n]*\n$`).MatchString(r.stderr) {
		t.Fatalf("kg render: exit %d\n%s", r.code, r.stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "<svg") || !strings.Contains(string(b), "Joe Biden") {
		t.Fatalf("no SVG of the Wikinews store: %v", err)
	}
}

// kg render --analytics draws the community-coloured DOT through Graphviz,
// with the community legend, and Graphviz has nothing to warn about.
func TestRenderAnalytics(t *testing.T) {
	testtools.Command(t, "dot")
	out := filepath.Join(t.TempDir(), "g.svg")
	r := runKG(t, "", nil, "render", "--db", seedDB(t), "--analytics", "-o", out)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("kg render --analytics: exit %d\n%s", r.code, r.stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "<svg") || !strings.Contains(string(b), "community 1") {
		t.Fatalf("no community-coloured SVG of the seeds: %v", err)
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
