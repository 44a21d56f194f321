package html

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/exporters/html/htmltest"
	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/graph"
)

// seedPaths are two answers to "Kishida to Lee" over the seeds fixture,
// the way graph.Store.Paths gives them (the second walks edges backwards).
func seedPaths(f fixture) []graph.Path {
	hop := func(from, to, rel string) graph.Hop {
		for _, t := range f.Triples {
			fwd := t.SubjectID == from && t.ObjectID == to
			if t.Relation == rel && (fwd || t.SubjectID == to && t.ObjectID == from) {
				return graph.Hop{From: graph.Node{ID: from, Name: name(f, from, t)}, To: graph.Node{ID: to, Name: name(f, to, t)},
					Relation: rel, Forward: fwd, Doc: t.Doc, DocName: t.DocName, Date: t.DocDate, Sentence: t.Sentence,
					Text: t.Text, Confidence: t.Confidence, Support: 1}
			}
		}
		panic("no fact " + from + " " + rel + " " + to)
	}
	return []graph.Path{
		{Hops: []graph.Hop{hop("fumio-kishida", "yoon-suk-yeol", "meet"), hop("yoon-suk-yeol", "lee-jae-myung", "succeed")}},
		{Hops: []graph.Hop{hop("fumio-kishida", "south-korea", "invite"), hop("south-korea", "a-15-tariff", "agree to"),
			hop("a-15-tariff", "japan", "agree to"), hop("japan", "lee-jae-myung", "arrive in")}},
	}
}

func name(f fixture, id string, t fact.Triple) string {
	for _, e := range f.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	if t.ObjectID == id {
		return t.Object
	}
	return t.Subject
}

func TestWritePath(t *testing.T) {
	f := loadFixture(t, "testdata/seeds.json")
	var buf bytes.Buffer
	if err := WritePath(&buf, seedPaths(f), PathOptions{Entities: f.Entities}); err != nil {
		t.Fatal(err)
	}
	d := pageJSON(t, buf.String())
	if d.Title != "Path from Fumio Kishida to Lee Jae-myung" || len(d.Paths) != 2 || len(d.Nodes) != 6 || len(d.Facts) != 6 {
		t.Fatalf("title %q, %d paths, %d nodes, %d facts", d.Title, len(d.Paths), len(d.Nodes), len(d.Facts))
	}
	p := d.Paths[0]
	if d.Nodes[p.From].Name != "Fumio Kishida" || d.Nodes[p.To].Name != "Lee Jae-myung" || len(p.Facts) != 2 {
		t.Errorf("first path: %+v", p)
	}
	// The backward hop is stored the way the fact reads: Lee succeeds Yoon.
	succ := d.Facts[p.Facts[1]]
	if d.Nodes[succ.S].Name != "Lee Jae-myung" || d.Rels[succ.R] != "succeed" || d.Nodes[succ.S].Type != fact.Person {
		t.Errorf("second hop: %+v", succ)
	}
}

func TestBrowserPathAnswer(t *testing.T) {
	out := htmltest.OutDir(t)
	f := loadFixture(t, "testdata/seeds.json")
	page := filepath.Join(out, "path.html")
	var buf bytes.Buffer
	if err := WritePath(&buf, seedPaths(f), PathOptions{Entities: f.Entities}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := htmltest.Browse(t, page, out)
	p := r.PathOnLoad
	if p == nil || p.Choices != 2 || len(p.Steps) != 2 || p.Steps[0].From != "Fumio Kishida" || p.Steps[1].To != "Lee Jae-myung" ||
		len(p.Nodes) != 3 || len(p.Edges) != 2 {
		t.Errorf("path page on opening: %+v", p)
	}
}
