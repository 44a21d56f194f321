package exporters

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/fact"
)

func checkGraphML(t *testing.T, data []byte) exportcheck.GraphMLDoc {
	t.Helper()
	return exportcheck.GraphML(t, writeTemp(t, "g.graphml", data))
}

func TestGraphML(t *testing.T) {
	out := write(t, "graphml", Options{}, sample())
	golden(t, "sample.graphml", out)
	g := checkGraphML(t, out)
	if len(g.Graph.Edges) != len(sample().triples) {
		t.Errorf("%d edges, want one per triple (%d)", len(g.Graph.Edges), len(sample().triples))
	}
	found := false
	for _, n := range g.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "n_aliases" && strings.Contains(d.Value, "이재명") {
				found = true
			}
		}
	}
	if !found {
		t.Error("aliases lost")
	}
}

func FuzzGraphML(f *testing.F) {
	f.Add("a<b>&\"'", "\x00", "\xff]]>", "id")
	f.Fuzz(func(t *testing.T, s, rel, o, id string) {
		g := graphData{
			entities: []fact.Entity{{ID: id, Name: s, Type: rel, Aliases: []string{o}}},
			triples:  []fact.Triple{{Subject: s, SubjectID: id, Relation: rel, Object: o, ObjectID: o, Doc: id, Text: o}},
		}
		var v exportcheck.GraphMLDoc
		if err := xml.Unmarshal(write(t, "graphml", Options{}, g), &v); err != nil {
			t.Fatal(err)
		}
		if len(v.Graph.Edges) != 1 {
			t.Fatalf("%d edges", len(v.Graph.Edges))
		}
	})
}
