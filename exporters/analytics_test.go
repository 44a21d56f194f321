package exporters

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
)

// sampleScores are analytics for sample(): two communities, and south-korea
// (never passed as an entity, only a triple's subject) scored too.
func sampleScores() map[string]NodeScore {
	return map[string]NodeScore{
		"fumio-kishida":      {PageRank: 0.2, Community: 1},
		"yoon-suk-yeol":      {PageRank: 0.25, Community: 1},
		"the-group-of-seven": {PageRank: 0.15, Community: 1},
		"south-korea":        {PageRank: 0.05, Community: 1},
		"lee-jae-myung":      {PageRank: 0.15, Community: 2},
		"shigeru-ishiba":     {PageRank: 0.12, Community: 2},
		"tokyo":              {PageRank: 0.08, Community: 2},
	}
}

// TestAnalyticsRDF checks that every RDF format carries the same scores:
// kg:pagerank and kg:community on each scored entity, in the default graph,
// with the formats still isomorphic to each other.
func TestAnalyticsRDF(t *testing.T) {
	opts := Options{Scores: sampleScores()}
	data := map[string]string{}
	for _, f := range []string{"nt", "nq", "ttl", "jsonld"} {
		out := write(t, f, opts, sample())
		golden(t, "sample-analytics."+f, out)
		if f == "jsonld" {
			data[f] = node(t, "jsonld", writeTemp(t, "g.jsonld", out))
			checkContextUsed(t, out)
		} else {
			data[f] = checkRDF(t, f, out, false)
		}
	}
	if !sameDataset(t, data["jsonld"], data["nq"]) {
		t.Errorf("JSON-LD differs from N-Quads:\n%s\n--\n%s", setDiff(data["jsonld"], data["nq"]), setDiff(data["nq"], data["jsonld"]))
	}
	if !sameDataset(t, data["ttl"], data["nt"]) {
		t.Errorf("Turtle differs from N-Triples:\n%s", setDiff(data["ttl"], data["nt"]))
	}
	if merged := exportcheck.DropGraphs(t, data["nq"]); !sameDataset(t, merged, data["nt"]) {
		t.Errorf("N-Quads without graphs is not N-Triples:\n%s", setDiff(merged, data["nt"]))
	}
	for _, want := range []string{
		`<https://kg.example.org/entity/yoon-suk-yeol> <https://kg.example.org/ns#pagerank> "2.5E-1"^^<http://www.w3.org/2001/XMLSchema#double> .`,
		`<https://kg.example.org/entity/tokyo> <https://kg.example.org/ns#community> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
		`<https://kg.example.org/entity/south-korea> <https://kg.example.org/ns#community> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
	} {
		if !strings.Contains(data["nq"], want+"\n") {
			t.Errorf("N-Quads lacks %s", want)
		}
	}
	if n := strings.Count(data["nq"], "ns#pagerank>"); n != len(sampleScores()) {
		t.Errorf("%d kg:pagerank statements, want %d (one per scored entity)", n, len(sampleScores()))
	}
	// Oxigraph answers "who matters most" from the export.
	path := writeTemp(t, "g.nq", []byte(write(t, "nq", opts, sample())))
	got := node(t, "sparql", path, `PREFIX kg: <`+NSVocab+`> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
		SELECT ?name WHERE { ?e kg:pagerank ?r ; kg:community 1 ; rdfs:label ?name } ORDER BY DESC(?r) LIMIT 1`)
	if strings.TrimSpace(got) != `{"name":"Yoon Suk Yeol"}` {
		t.Errorf("top of community 1: %s", got)
	}
}

// TestAnalyticsDOT checks community colours, rank sizes and the legend.
func TestAnalyticsDOT(t *testing.T) {
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"sample-analytics.dot", Options{Scores: sampleScores()}},
		{"sample-analytics-cluster.dot", Options{Scores: sampleScores(), Cluster: "doc"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := write(t, "dot", c.opts, sample())
			golden(t, c.name, out)
			checkDOT(t, out)
			s := string(out)
			for _, want := range []string{
				// Yoon has the top PageRank: the widest node, filled with
				// community 1's colour, shaped as a person.
				`"e:yoon-suk-yeol" [label="Yoon Suk Yeol", shape="ellipse", style="filled", fillcolor="#8dd3c7"`,
				`width="2.50", fontsize="20.0"];`,
				`"e:tokyo" [label="Tokyo", shape="hexagon", style="filled", fillcolor="#ffffb3"`,
				`"legend:community1" [label="community 1: Yoon Suk Yeol +3", shape="box", style="filled", fillcolor="#8dd3c7"];`,
				`"legend:community2" [label="community 2: Lee Jae-myung +2"`,
				`"legend:PERSON" [label="person", shape="ellipse", style="filled", fillcolor="#ffffff"];`,
				// Literal values keep their own style.
				`"v:a-15-tariff-cap" [label="a 15% tariff cap", shape="note", style="filled", fillcolor="#f7f7f7"`,
			} {
				if !strings.Contains(s, want) {
					t.Errorf("missing %s", want)
				}
			}
		})
	}
}

func TestAnalyticsGraphML(t *testing.T) {
	out := write(t, "graphml", Options{Scores: sampleScores()}, sample())
	golden(t, "sample-analytics.graphml", out)
	g := checkGraphML(t, out)
	got := map[string]string{}
	for _, n := range g.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "n_pagerank" || d.Key == "n_community" {
				got[n.ID+" "+d.Key] = d.Value
			}
		}
	}
	if len(got) != 2*len(sampleScores()) || got["e:yoon-suk-yeol n_pagerank"] != "0.25" || got["e:tokyo n_community"] != "2" {
		t.Errorf("scores read back: %v", got)
	}
}
