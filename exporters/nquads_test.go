package exporters

import (
	"strings"

	"github.com/kgraph/kg/exporters/exportcheck"
	"testing"
)

func TestNQuads(t *testing.T) {
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"sample.nq", Options{}},
		{"sample-provenance.nq", Options{Provenance: true}},
		{"sample-rdf12.nq", Options{Provenance: true, RDF12: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // checkers are mostly waiting on node and python start-up
			out := write(t, "nq", c.opts, sample())
			golden(t, c.name, out)
			got := checkRDF(t, "nq", out, c.opts.RDF12)
			// Facts live in the named graph of the document stating them.
			for _, want := range []string{
				"<https://kg.example.org/entity/fumio-kishida> <https://kg.example.org/rel/meet> <https://kg.example.org/entity/yoon-suk-yeol> <https://kg.example.org/doc/4fc55ff9900b021f> .",
				"<https://kg.example.org/entity/fumio-kishida> <https://kg.example.org/rel/meet> <https://kg.example.org/entity/yoon-suk-yeol> <https://kg.example.org/doc/cbe68db5e1665070> .",
				`<https://kg.example.org/entity/lee-jae-myung> <http://www.w3.org/2000/01/rdf-schema#label> "Lee Jae-myung" .`,
			} {
				if !strings.Contains(got, want+"\n") {
					t.Errorf("missing %s", want)
				}
			}
			if c.opts.RDF12 {
				return
			}
			// Dropping graph names gives exactly the N-Triples export.
			nt := write(t, "nt", c.opts, sample())
			if !sameDataset(t, exportcheck.DropGraphs(t, got), string(nt)) {
				t.Errorf("N-Quads without graphs is not the N-Triples export:\n%s", setDiff(exportcheck.DropGraphs(t, got), checkRDF(t, "nt", nt, false)))
			}
		})
	}
}

// TestNQuadsSPARQL loads the N-Quads export into Oxigraph and asks it
// questions a user would.
func TestNQuadsSPARQL(t *testing.T) {
	path := writeTemp(t, "g.nq", write(t, "nq", Options{Provenance: true}, sample()))
	prefixes := "PREFIX rel: <https://kg.example.org/rel/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <" + NSVocab + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
	for _, c := range []struct{ name, query, want string }{
		{"whom did Lee Jae-myung meet", `SELECT DISTINCT ?name WHERE { ?lee rdfs:label "Lee Jae-myung" . ?lee rel:meet ?x . ?x rdfs:label ?name }`,
			`{"name":"Shigeru Ishiba"}`},
		{"who met someone Kishida met (two hops)", `SELECT DISTINCT ?name WHERE { ?k rdfs:label "Fumio Kishida" . ?k rel:meet/rel:attend ?x . ?x rdfs:label ?name }`,
			`{"name":"the Group of Seven"}`},
		{"in which document", `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?lee rel:meet ?x } ?lee rdfs:label "Lee Jae-myung" }`,
			`{"g":"https://kg.example.org/doc/cbe68db5e1665070"}`},
		{"negated facts are not asserted", `SELECT ?x WHERE { ?x rel:be%20member%20of ?y }`, ``},
		{"but are stated as negated", `SELECT ?s WHERE { ?st kg:negated true ; rdf:subject ?x ; kg:sentence ?s }`,
			`{"s":"South Korea is not a member of the G-7 group of advanced democracies."}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.TrimSpace(node(t, "sparql", path, prefixes+c.query))
			if got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}
