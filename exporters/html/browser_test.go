package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/html/htmltest"
)

func writePageFile(t testing.TB, dir string, f fixture, opts Options) string {
	t.Helper()
	p := filepath.Join(dir, "graph.html")
	if err := os.WriteFile(p, []byte(render(t, f, opts)), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A user searches, clicks, reads evidence, asks for a path and filters,
// on a page for the seeds fixture.
func TestBrowserSeeds(t *testing.T) {
	out := htmltest.OutDir(t)
	page := writePageFile(t, out, loadFixture(t, "testdata/seeds.json"), Options{Title: "seeds </script> fixture"})
	r := htmltest.Browse(t, page, out, "--search", "Lee", "--from", "Kishida", "--to", "Lee", "--filter-rel", "meet",
		"--date-from", "2023-01-01", "--date-to", "2023-12-31")
	if r.Title != "seeds </script> fixture" || r.Nodes != 11 || r.Edges != 11 || r.Layout != "cose" {
		t.Errorf("page %q has %d nodes, %d edges, layout %s", r.Title, r.Nodes, r.Edges, r.Layout)
	}
	if r.Search == nil || len(r.Search.Results) == 0 || r.Search.Results[0] != "Lee Jae-myung" || len(r.Search.Found) != 1 {
		t.Fatalf("search Lee: %+v", r.Search)
	}
	if r.Panel == nil || r.Panel.Name != "Lee Jae-myung" || r.Panel.Type != "PERSON" {
		t.Fatalf("panel after clicking Lee: %+v", r.Panel)
	}
	met := false
	for _, f := range r.Panel.Facts {
		if f.Rel == "meet" && f.Object == "Shigeru Ishiba" && len(f.Evidence) == 1 &&
			f.Evidence[0] == "The summit is the second face-to-face meeting between Ishiba and Lee, who became president in June." &&
			strings.Contains(f.Sources[0], "Lee Jae-myung visits Japan") && strings.Contains(f.Sources[0], "2025-08-23") {
			met = true
		}
	}
	if !met || len(r.Panel.Facts) != 5 {
		t.Errorf("panel facts (want 5, one meet Ishiba with its evidence): %+v", r.Panel.Facts)
	}
	if r.Path == nil || len(r.Path.Steps) != 2 || r.Path.Steps[0].From != "Fumio Kishida" || r.Path.Steps[1].To != "Lee Jae-myung" ||
		r.Path.Steps[0].Rel != "meet" || r.Path.Steps[1].Rel != "succeed" || r.Path.Steps[0].Evidence == "" {
		t.Fatalf("path Kishida → Lee: %+v", r.Path)
	}
	if strings.Join(r.Path.Nodes, "|") != "Fumio Kishida|Lee Jae-myung|Yoon Suk Yeol" || len(r.Path.Edges) != 2 || r.Path.Faded != 22-5 {
		t.Errorf("highlighted path: nodes %q, edges %q, %d faded", r.Path.Nodes, r.Path.Edges, r.Path.Faded)
	}
	if r.Filter == nil || r.Filter.Nodes != 5 || strings.Join(r.Filter.Edges, ",") != "meet,meet,meet" {
		t.Errorf("relation filter meet: %+v", r.Filter)
	}
	// 2023 holds the first article only.
	if r.Dates == nil || strings.Join(r.Dates.Nodes, "|") != "Fumio Kishida|G7|Hiroshima|South Korea|Yoon Suk Yeol" {
		t.Errorf("date filter 2023: %+v", r.Dates)
	}
}

// The page for a graph the size of the Wikinews corpus's opens quickly.
// The time is logged, not asserted: it depends on the machine.
func TestBrowserLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large page in a browser")
	}
	out := htmltest.OutDir(t)
	f := synthetic(8000)
	page := writePageFile(t, out, f, Options{})
	fi, _ := os.Stat(page)
	r := htmltest.Browse(t, page, out, "--search", "Entity 42", "--from", "Entity 1", "--to", "Entity 7000")
	// The biggest few hundred are drawn first; search and paths reach the rest.
	if r.Layout != "preset" || r.Nodes < 100 || r.Nodes >= len(f.Entities) {
		t.Errorf("layout %s, %d nodes drawn", r.Layout, r.Nodes)
	}
	if r.Search == nil || len(r.Search.Results) == 0 || r.Search.Results[0] != "Entity 42" {
		t.Errorf("search: %+v", r.Search)
	}
	if r.Path == nil || len(r.Path.Steps) == 0 || r.Path.Steps[0].From != "Entity 1" || r.Path.Steps[len(r.Path.Steps)-1].To != "Entity 7000" {
		t.Errorf("path: %+v", r.Path)
	}
	t.Logf("page of %d entities, %d facts, %d bytes (%d nodes, %d edges drawn): ready %.0f ms after navigation (%.0f ms wall)",
		len(f.Entities), len(f.Triples), fi.Size(), r.Nodes, r.Edges, r.ReadyMs, r.WallMs)
}
