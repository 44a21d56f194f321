package html

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

// Whatever the names, relations and sentences, the page keeps exactly its
// three script elements and its data reads back.
func FuzzPageEscaping(f *testing.F) {
	for _, s := range []string{"</script>", "<!--<script>", "\u202e", "\xff\xfe", "a\u2028b", `"'&<>`, "</ScRiPt\t>", "]]>"} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, name, rel, text string) {
		var buf bytes.Buffer
		w := New(&buf, Options{Title: name})
		w.Doc(fact.Doc{ID: "d", Name: name, Title: text})
		w.Entity(fact.Entity{ID: "x", Name: name, Type: rel, Aliases: []string{text}})
		w.Triple(fact.Triple{SubjectID: "x", Subject: name, Relation: rel, Object: text, ObjectID: "y", Doc: "d", Text: text, ObjectIsLiteral: true})
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		page := strings.ToLower(buf.String())
		if n, m := strings.Count(page, "<script"), strings.Count(page, "</script"); n != 3 || m != 3 {
			t.Fatalf("%d <script and %d </script", n, m)
		}
		if strings.Contains(page, "<!--") {
			t.Fatal("page contains <!--")
		}
		d := pageJSON(t, buf.String())
		if d.Nodes[0].Name != string([]rune(name)) || d.Rels[0] != string([]rune(rel)) {
			t.Fatalf("data does not read back: %q %q", d.Nodes[0].Name, d.Rels[0])
		}
	})
}
