package exportcheck

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"encoding/xml"
	"io"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kg/internal/testtools"
	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
	"gonum.org/v1/gonum/graph/formats/rdf"
)

// Run runs a checker in dir; a non-zero exit or any stderr output fails t.
func Run(t testing.TB, dir string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil || errb.Len() > 0 {
		msg := errb.String()
		if len(msg) > 2000 {
			msg = msg[:2000]
		}
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, msg)
	}
	return out.String()
}

// Node runs tools/js/check-rdf.mjs with args.
func Node(t testing.TB, args ...string) string {
	t.Helper()
	mods := testtools.NodeModules(t, "n3", "oxigraph", "jsonld")
	return Run(t, filepath.Dir(mods), "node", append([]string{"check-rdf.mjs"}, args...)...)
}

// rdflibScript parses a file with python3-rdflib; rdflib logs lexical
// problems (e.g. a bad xsd:date) as warnings on stderr, which Run treats
// as failures too.
const rdflibScript = `import sys, rdflib
fmt = {"nt": "nt", "nq": "nquads", "ttl": "turtle"}[sys.argv[1]]
g = rdflib.ConjunctiveGraph() if fmt == "nquads" else rdflib.Graph()
g.parse(sys.argv[2], format=fmt)
print(len(g))
`

// RDF validates the file at path in format (nt, nq, ttl) with N3.js and
// Oxigraph (strict; both must read the same dataset), gonum's N-Quads
// parser, rapper and rdflib (RDF 1.1 only: neither reads RDF 1.2 triple
// terms). It returns the dataset as sorted canonical N-Quads lines.
func RDF(t testing.TB, format, path string, rdf12 bool) string {
	t.Helper()
	n3 := Node(t, "check", format, path)
	if strings.TrimSpace(n3) == "" {
		t.Fatalf("%s holds no statements", path)
	}
	if rdf12 {
		return n3
	}
	if format != "ttl" {
		if len(ParseNQ(t, readFile(t, path))) == 0 {
			t.Fatal("gonum read no statements")
		}
	}
	rapperFormat := map[string]string{"nt": "ntriples", "nq": "nquads", "ttl": "turtle"}[format]
	Run(t, "", testtools.Command(t, "rapper"), "-q", "-c", "-i", rapperFormat, path)
	Run(t, "", testtools.Command(t, "/usr/bin/python3"), "-c", rdflibScript, format, path)
	return n3
}

// JSONLD returns the dataset jsonld.js (safe mode, remote documents
// refused) reads from the JSON-LD file at path, as canonical N-Quads.
func JSONLD(t testing.TB, path string) string {
	t.Helper()
	return Node(t, "jsonld", path)
}

// SPARQL loads an N-Quads file into Oxigraph and returns the query's
// solutions, one JSON object per line.
func SPARQL(t testing.TB, nqPath, query string) string {
	t.Helper()
	return Node(t, "sparql", nqPath, query)
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := readAll(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ParseNQ reads N-Quads with gonum's parser, failing t on any error.
func ParseNQ(t testing.TB, data string) []*rdf.Statement {
	t.Helper()
	dec := rdf.NewDecoder(strings.NewReader(data))
	var out []*rdf.Statement
	for {
		s, err := dec.Unmarshal()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("gonum rdf: %v", err)
		}
		out = append(out, s)
	}
}

// SameDataset reports whether two N-Quads texts hold isomorphic datasets
// (gonum canonicalisation), ignoring duplicate statements.
func SameDataset(t testing.TB, a, b string) bool {
	t.Helper()
	x, y := rdf.Deduplicate(ParseNQ(t, a)), rdf.Deduplicate(ParseNQ(t, b))
	if len(x) != len(y) {
		return false
	}
	return rdf.Isomorphic(x, y, false, sha256.New())
}

// SetDiff lists up to five lines of a that are not in b.
func SetDiff(a, b string) string {
	in := map[string]bool{}
	for _, l := range strings.Split(b, "\n") {
		in[l] = true
	}
	var d []string
	for _, l := range strings.Split(a, "\n") {
		if !in[l] && len(d) < 5 {
			if len(l) > 300 {
				l = l[:300] + "…"
			}
			d = append(d, l)
		}
	}
	return strings.Join(d, "\n")
}

// DropGraphs merges all graphs of canonical N-Quads into the default graph.
func DropGraphs(t testing.TB, nq string) string {
	t.Helper()
	var out []string
	for _, s := range ParseNQ(t, nq) {
		s.Label = rdf.Term{}
		out = append(out, s.String())
	}
	sort.Strings(out)
	return strings.Join(out, "\n") + "\n"
}

// DOT parses data with gonum's DOT parser, checks that every node and
// subgraph ID is quoted plain ASCII and, when render is set, renders it
// with Graphviz, where any output on stderr (dot exits 0 on warnings) is a
// failure; otherwise Graphviz's parser alone (nop) reads it. It returns the
// parsed file and the SVG ("" without render).
func DOT(t testing.TB, path string, render bool) (*ast.File, string) {
	t.Helper()
	f, err := dot.ParseFile(path)
	if err != nil {
		t.Fatalf("gonum DOT parser: %v", err)
	}
	if len(f.Graphs) != 1 {
		t.Fatalf("%d graphs in %s, want 1", len(f.Graphs), path)
	}
	CheckDOTIDs(t, f.Graphs[0].Stmts)
	if !render {
		Run(t, "", testtools.Command(t, "nop"), path)
		return f, ""
	}
	return f, Run(t, "", testtools.Command(t, "dot"), "-Tsvg", path)
}

// CheckDOTIDs fails t on a node or subgraph ID that is not quoted ASCII.
func CheckDOTIDs(t testing.TB, stmts []ast.Stmt) {
	t.Helper()
	check := func(id string) {
		if !strings.HasPrefix(id, `"`) || !strings.HasSuffix(id, `"`) || len(id) < 2 {
			t.Errorf("unquoted DOT ID %s", id)
		}
		for _, r := range id {
			if r >= 0x80 || r < 0x20 || r == '\\' {
				t.Errorf("DOT ID %q is not plain ASCII", id)
				break
			}
		}
	}
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.NodeStmt:
			check(s.Node.ID)
		case *ast.EdgeStmt:
			if n, ok := s.From.(*ast.Node); ok {
				check(n.ID)
			}
			for to := s.To; to != nil; to = to.To {
				if n, ok := to.Vertex.(*ast.Node); ok {
					check(n.ID)
				}
			}
		case *ast.Subgraph:
			check(s.ID)
			CheckDOTIDs(t, s.Stmts)
		}
	}
}

// CountDOTNodes counts node statements, in subgraphs too.
func CountDOTNodes(stmts []ast.Stmt) int {
	n := 0
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.NodeStmt:
			n++
		case *ast.Subgraph:
			n += CountDOTNodes(s.Stmts)
		}
	}
	return n
}

// Data is one GraphML <data> element.
type Data struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// GraphMLDoc is the part of GraphML kg writes.
type GraphMLDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []Data `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []Data `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// graphmlScript runs python3's XML parser (expat): well-formedness,
// declared keys, and edges between declared nodes.
const graphmlScript = `import sys, xml.etree.ElementTree as ET
G = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id") for k in root.iter(G + "key")}
nodes = {n.get("id") for n in root.iter(G + "node")}
for d in root.iter(G + "data"):
    assert d.get("key") in keys, d.get("key")
for e in root.iter(G + "edge"):
    assert e.get("source") in nodes and e.get("target") in nodes, (e.get("source"), e.get("target"))
print(len(nodes))
`

// GraphML parses the file at path with Go's and Python's XML parsers and
// checks that keys and nodes are declared once, every data key is declared
// and every edge joins declared nodes.
func GraphML(t testing.TB, path string) GraphMLDoc {
	t.Helper()
	var g GraphMLDoc
	dec := xml.NewDecoder(strings.NewReader(readFile(t, path)))
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("encoding/xml: %v", err)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if cd, ok := tok.(xml.CharData); err != nil || !ok || len(bytes.TrimSpace(cd)) > 0 {
			t.Fatalf("content after </graphml>: %v %v", tok, err)
		}
	}
	keys, nodes := map[string]bool{}, map[string]bool{}
	for _, k := range g.Keys {
		if keys[k.ID] {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = true
	}
	for _, n := range g.Graph.Nodes {
		if nodes[n.ID] {
			t.Errorf("node %s declared twice", n.ID)
		}
		nodes[n.ID] = true
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("undeclared key %s", d.Key)
			}
		}
	}
	for _, e := range g.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s -> %s joins undeclared nodes", e.Source, e.Target)
		}
	}
	Run(t, "", testtools.Command(t, "/usr/bin/python3"), "-c", graphmlScript, path)
	return g
}

// JSONLDContextUsed fails t unless every prefix the JSON-LD file's
// @context declares is used in its body (kg lists only the terms used).
func JSONLDContextUsed(t testing.TB, path string) {
	t.Helper()
	data := readFile(t, path)
	var v struct {
		Context map[string]string `json:"@context"`
	}
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	i := strings.Index(data, `"@graph"`)
	if i < 0 || len(v.Context) == 0 {
		t.Fatalf("%s has no @context or @graph", path)
	}
	for p := range v.Context {
		if !strings.Contains(data[i:], `"`+p+`:`) {
			t.Errorf("%s: @context declares %s:, which the document does not use", path, p)
		}
	}
}
