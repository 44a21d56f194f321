package exporters

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/fact"
	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// checkDOT validates DOT with gonum's parser and Graphviz (any stderr
// output fails) and returns the parsed file and the SVG.
func checkDOT(t *testing.T, data []byte) (*ast.File, string) {
	t.Helper()
	return exportcheck.DOT(t, writeTemp(t, "g.dot", data), true)
}

func TestDOT(t *testing.T) {
	for _, c := range []struct {
		name string
		opts Options
		want []string
	}{
		{"sample.dot", Options{}, []string{
			`"e:fumio-kishida" -> "e:yoon-suk-yeol" [label="meet", tooltip="Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol on Sunday.\nKishida will meet Yoon in Hiroshima.\nKishida met Yoon in 2023.\n(stated 3 times in 2 documents)", penwidth="3.4"];`,
			`"e:south-korea" -> "e:the-group-of-seven" [label="not be member of"`,
			`style="dashed"`,
			`"legend:PERSON" [label="person"`,
			`"v:a-15-tariff-cap" [label="a 15% tariff cap", shape="note"`,
		}},
		{"sample-cluster.dot", Options{Cluster: "doc"}, []string{
			`subgraph "cluster_doc1" {`,
			`label="Kishida and Yoon meet in Hiroshima (2023-05-18)"`,
		}},
		{"sample-path.dot", Options{Highlight: []string{"fumio-kishida", "yoon-suk-yeol", "the-group-of-seven"}}, []string{
			`"e:yoon-suk-yeol" -> "e:the-group-of-seven" [label="attend", tooltip="Yoon attends the G-7 summit as an observer.", penwidth="1.0", color="#d62728"`,
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := write(t, "dot", c.opts, sample())
			golden(t, c.name, out)
			if again := write(t, "dot", c.opts, sample()); !bytes.Equal(out, again) {
				t.Error("two runs differ")
			}
			_, svg := checkDOT(t, out)
			if !strings.Contains(svg, "Lee Jae&#45;myung") && !strings.Contains(svg, "Lee Jae-myung") {
				t.Error("SVG lacks a node label")
			}
			for _, w := range c.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("missing %s", w)
				}
			}
		})
	}
}

func FuzzDOT(f *testing.F) {
	f.Add("Lee", "meet", `"]; evil [`, "a//b", "\\", true)
	f.Fuzz(func(t *testing.T, s, rel, o, id, text string, neg bool) {
		g := graphData{
			docs:     []fact.Doc{{ID: id, Title: text}},
			entities: []fact.Entity{{ID: id, Name: s, Type: rel, Aliases: []string{o}}},
			triples: []fact.Triple{{Subject: s, SubjectID: id, Relation: rel, Object: o, ObjectID: o, ObjectType: text, Doc: id, Text: text, Negated: neg},
				{Subject: o, SubjectID: o, Relation: rel, Object: s, ObjectID: text, ObjectIsLiteral: true, Doc: id, Text: text}},
		}
		scores := map[string]NodeScore{id: {PageRank: float64(len(text)) / 7, Community: len(rel)}, o: {PageRank: -float64(len(s)), Community: len(o) - 3}}
		for _, opts := range []Options{{}, {Cluster: "doc", Highlight: []string{id, o}}, {Scores: scores}, {Cluster: "doc", Scores: scores}} {
			out := write(t, "dot", opts, g)
			f, err := dot.ParseBytes(out)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			// Text never becomes a statement: one graph, and only the
			// nodes, edges and subgraphs kg writes.
			if len(f.Graphs) != 1 {
				t.Fatalf("%d graphs", len(f.Graphs))
			}
			exportcheck.CheckDOTIDs(t, f.Graphs[0].Stmts)
		}
	})
}

// A large graph draws a literal value once per subject, so a common value
// does not join unrelated entities, and asks Graphviz to lay out and pack
// each connected component on its own; a small one shares the value node.
// With --cluster doc, each document of a large graph is drawn with its own
// copies of the nodes it mentions, so documents are laid out apart.
func TestDOTLarge(t *testing.T) {
	g := sample()
	shared := g.triples[5] // Ishiba proposed a 15% tariff cap
	shared.Subject, shared.SubjectID, shared.SubjectType = "Yoon Suk Yeol", "yoon-suk-yeol", fact.Person
	g.triples = append(g.triples, shared)
	small := string(write(t, "dot", Options{}, g))
	if strings.Contains(small, "packmode") || strings.Count(small, "\n  \"v:a-15-tariff-cap\" [label=") != 1 {
		t.Fatalf("a small graph drawn as large:\n%s", small)
	}
	old := dotLargeGraph
	dotLargeGraph = len(g.entities) - 1
	defer func() { dotLargeGraph = old }()
	for _, c := range []struct {
		opts      Options
		want, not []string
	}{
		{Options{}, []string{
			`"e:shigeru-ishiba" -> "v:a-15-tariff-cap.shigeru-ishiba" [label="propose"`,
			`"e:yoon-suk-yeol" -> "v:a-15-tariff-cap.yoon-suk-yeol" [label="propose"`,
			`  "v:a-15-tariff-cap.yoon-suk-yeol" [label="a 15% tariff cap", shape="note"`,
		}, []string{`"v:a-15-tariff-cap"`, "subgraph \"cluster_doc"}},
		{Options{Cluster: "doc"}, []string{
			`    "e:shigeru-ishiba@1" -> "v:a-15-tariff-cap.shigeru-ishiba@1" [label="propose"`,
			`    "v:a-15-tariff-cap.yoon-suk-yeol@1" [label="a 15% tariff cap", shape="note"`,
			// A fact two documents state is drawn in both.
			`    "e:fumio-kishida@0" -> "e:yoon-suk-yeol@0" [label="meet"`,
			`    "e:fumio-kishida@1" -> "e:yoon-suk-yeol@1" [label="meet"`,
			`    "e:fumio-kishida@0" [label="Fumio Kishida"`,
			// An entity in no fact is drawn once, outside the documents.
			"\n  \"e:hiroshima\" [label=\"Hiroshima\"",
		}, []string{`"e:fumio-kishida" `, `"e:shigeru-ishiba" `}},
	} {
		opts := c.opts
		out := write(t, "dot", opts, g)
		s := string(out)
		for _, w := range append(c.want, `  graph [pack="true", packmode="array"];`) {
			if !strings.Contains(s, w) {
				t.Errorf("%+v: missing %s", opts, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(s, w) {
				t.Errorf("%+v: holds %s", opts, w)
			}
		}
		if again := write(t, "dot", opts, g); !bytes.Equal(out, again) {
			t.Error("two runs differ")
		}
		checkDOT(t, out)
	}
}
