package html

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/kgraph/kg/fact"
)

// fixture is a graph in the exporter stream's order, read from testdata.
type fixture struct {
	Docs     []fact.Doc    `json:"docs"`
	Entities []fact.Entity `json:"entities"`
	Triples  []fact.Triple `json:"triples"`
}

func loadFixture(t testing.TB, path string) fixture {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f fixture
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}

// stream feeds f to w the way graph.Store.Read does.
func (f fixture) stream(t testing.TB, w *Writer) {
	t.Helper()
	for _, d := range f.Docs {
		if err := w.Doc(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range f.Entities {
		if err := w.Entity(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, tr := range f.Triples {
		if err := w.Triple(tr); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}
