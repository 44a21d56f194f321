package exporters

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/internal/testtools"
)

// graphmlDoc is the part of GraphML kg writes.
type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// graphmlCheck is run by python3's XML parser (expat): well-formedness,
// declared keys, and edges between declared nodes.
const graphmlCheck = `import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id") for k in root.findall("g:key", ns)}
nodes = {n.get("id") for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node")}
for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data"):
    assert d.get("key") in keys, d.get("key")
for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge"):
    assert e.get("source") in nodes and e.get("target") in nodes, (e.get("source"), e.get("target"))
print(len(nodes))
`

// checkGraphML parses data with Go's and Python's XML parsers and checks
// that every edge joins declared nodes and every data key is declared.
func checkGraphML(t *testing.T, data []byte) graphmlDoc {
	t.Helper()
	var g graphmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
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
	run(t, "", testtools.Command(t, "/usr/bin/python3"), "-c", graphmlCheck, writeTemp(t, "g.graphml", data))
	return g
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
		var v graphmlDoc
		if err := xml.Unmarshal(write(t, "graphml", Options{}, g), &v); err != nil {
			t.Fatal(err)
		}
		if len(v.Graph.Edges) != 1 {
			t.Fatalf("%d edges", len(v.Graph.Edges))
		}
	})
}
