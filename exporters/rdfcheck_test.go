package exporters

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/internal/testtools"
)

// rdflibScript parses a file with python3-rdflib; rdflib logs lexical
// problems (e.g. a bad xsd:date) as warnings on stderr, which run treats as
// failures too.
const rdflibScript = `import sys, rdflib
fmt = {"nt": "nt", "nq": "nquads", "ttl": "turtle"}[sys.argv[1]]
g = rdflib.ConjunctiveGraph() if fmt == "nquads" else rdflib.Graph()
g.parse(sys.argv[2], format=fmt)
print(len(g))
`

// checkRDF validates data in format (nt, nq, ttl) with every checker kg
// knows: N3.js and Oxigraph (strict; both must read the same dataset),
// gonum's N-Quads parser, rapper and rdflib (RDF 1.1 only: neither reads
// RDF 1.2 triple terms). It returns the dataset as canonical N-Quads.
func checkRDF(t *testing.T, format string, data []byte, rdf12 bool) string {
	t.Helper()
	path := writeTemp(t, "export."+format, data)
	n3 := node(t, "parse", "n3", format, path)
	ox := node(t, "parse", "oxigraph", format, path)
	if n3 != ox {
		t.Fatalf("N3.js and Oxigraph read different datasets from %s:\nN3.js only:\n%s\nOxigraph only:\n%s", format, setDiff(n3, ox), setDiff(ox, n3))
	}
	if strings.TrimSpace(n3) == "" {
		t.Fatalf("%s export holds no statements", format)
	}
	if rdf12 {
		return n3
	}
	if format != "ttl" {
		if len(parseNQ(t, string(data))) == 0 {
			t.Fatal("gonum read no statements")
		}
	}
	rapperFormat := map[string]string{"nt": "ntriples", "nq": "nquads", "ttl": "turtle"}[format]
	run(t, "", testtools.Command(t, "rapper"), "-q", "-c", "-i", rapperFormat, path)
	py := "/usr/bin/python3"
	if testtools.Command(t, py) != "" {
		run(t, "", py, "-c", rdflibScript, format, path)
	}
	return n3
}
