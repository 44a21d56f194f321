package html

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/internal/testtools"
)

// ViewReport is what tools/js/view-test.mjs saw in the browser.
type ViewReport struct {
	Errors   []string `json:"errors"`
	Requests []string `json:"requests"`
	ReadyMs  float64  `json:"readyMs"`
	WallMs   float64  `json:"wallMs"`
	Nodes    int      `json:"nodes"`
	Edges    int      `json:"edges"`
	Layout   string   `json:"layout"`
	Title    string   `json:"title"`
	Search   *struct {
		Results []string `json:"results"`
		Found   []string `json:"found"`
	} `json:"search"`
	Panel *struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
		Facts   []struct {
			Rel      string   `json:"rel"`
			Subject  string   `json:"subject"`
			Object   string   `json:"object"`
			Negated  bool     `json:"negated"`
			Evidence []string `json:"evidence"`
			Sources  []string `json:"sources"`
		} `json:"facts"`
	} `json:"panel"`
	Path *struct {
		Message string `json:"message"`
		Steps   []struct {
			From, To, Rel, Evidence string
		} `json:"steps"`
		Nodes []string    `json:"nodes"`
		Edges [][3]string `json:"edges"`
		Faded int         `json:"faded"`
	} `json:"path"`
	Filter *struct {
		Nodes int      `json:"nodes"`
		Edges []string `json:"edges"`
	} `json:"filter"`
	Screenshot string `json:"screenshot"`
}

// OutDir returns where a test keeps its screenshots: $KG_TEST_OUT/name
// when set (to look at them afterwards), else a temporary directory.
func OutDir(t testing.TB) string {
	t.Helper()
	root := os.Getenv("KG_TEST_OUT")
	if root == "" {
		return t.TempDir()
	}
	dir := filepath.Join(root, strings.ReplaceAll(t.Name(), "/", "_"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Browse opens page in headless Chromium through tools/js/view-test.mjs
// with the given arguments (--search, --from, --to, --filter-rel).
func Browse(t testing.TB, page, out string, args ...string) ViewReport {
	t.Helper()
	chromium := testtools.Command(t, "chromium")
	modules := testtools.NodeModules(t, "playwright-core")
	script := filepath.Join(filepath.Dir(modules), "view-test.mjs")
	cmd := exec.Command("node", append([]string{script, "--page", page, "--out", out}, args...)...)
	cmd.Dir = filepath.Dir(modules)
	cmd.Env = append(os.Environ(), "KG_CHROMIUM="+chromium)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("view-test.mjs: %v\n%s", err, stderr.String())
	}
	var r ViewReport
	if err := json.Unmarshal(stdout, &r); err != nil {
		t.Fatalf("view-test.mjs printed %q: %v", stdout, err)
	}
	if len(r.Errors) > 0 {
		t.Errorf("browser errors: %q", r.Errors)
	}
	if len(r.Requests) > 0 {
		t.Errorf("the page made network requests: %q", r.Requests)
	}
	if _, err := os.Stat(r.Screenshot); err != nil {
		t.Errorf("no screenshot: %v", err)
	}
	return r
}

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
	out := OutDir(t)
	page := writePageFile(t, out, loadFixture(t, "testdata/seeds.json"), Options{Title: "seeds </script> fixture"})
	r := Browse(t, page, out, "--search", "Lee", "--from", "Kishida", "--to", "Lee", "--filter-rel", "meet")
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
}

// The page for a graph the size of the Wikinews corpus's opens quickly.
// The time is logged, not asserted: it depends on the machine.
func TestBrowserLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large page in a browser")
	}
	out := OutDir(t)
	f := synthetic(8000)
	page := writePageFile(t, out, f, Options{})
	fi, _ := os.Stat(page)
	r := Browse(t, page, out, "--search", "Entity 42", "--from", "Entity 1", "--to", "Entity 7000")
	if r.Layout != "preset" || r.Nodes != len(f.Entities) {
		t.Errorf("layout %s, %d nodes", r.Layout, r.Nodes)
	}
	if r.Search == nil || len(r.Search.Results) == 0 || r.Search.Results[0] != "Entity 42" {
		t.Errorf("search: %+v", r.Search)
	}
	if r.Path == nil || len(r.Path.Steps) == 0 || r.Path.Steps[0].From != "Entity 1" || r.Path.Steps[len(r.Path.Steps)-1].To != "Entity 7000" {
		t.Errorf("path: %+v", r.Path)
	}
	t.Logf("page of %d nodes, %d edges, %d bytes: ready %.0f ms after navigation (%.0f ms wall)", r.Nodes, r.Edges, fi.Size(), r.ReadyMs, r.WallMs)
}
