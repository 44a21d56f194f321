// Package htmltest opens pages written by package html in headless
// Chromium (through tools/js/view-test.mjs and Playwright) for tests of the
// html package and of kg view end to end.
package htmltest

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
	// ReadyMs is when the page was drawn and usable, from the start of
	// navigation; RendererCPUMs the CPU the page's renderer spent to get
	// there (Linux only), which depends less on the machine's load.
	ReadyMs       float64 `json:"readyMs"`
	WallMs        float64 `json:"wallMs"`
	RendererCPUMs float64 `json:"rendererCpuMs"`
	Nodes         int     `json:"nodes"`
	Edges         int     `json:"edges"`
	Layout        string  `json:"layout"`
	Title         string  `json:"title"`
	Search        *struct {
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
	Path       *PathReport `json:"path"`
	PathOnLoad *PathReport `json:"pathOnLoad"`
	Filter     *struct {
		Nodes int      `json:"nodes"`
		Edges []string `json:"edges"`
	} `json:"filter"`
	Dates *struct {
		Nodes []string `json:"nodes"` // shown after the date filter, sorted
	} `json:"dates"`
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
	// Chromium is the one checker that may be missing under make test:
	// scripts/test-deps.sh installs it where Debian packages it, and says
	// so where it cannot. The npm packages, on the other hand, must be there.
	modules := testtools.NodeModules(t, "playwright-core")
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (scripts/test-deps.sh installs it where it can): browser test skipped")
	}
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

// PathReport is the path form's answer and what the graph highlights.
type PathReport struct {
	Message string `json:"message"`
	Choices int    `json:"choices"`
	Steps   []struct {
		From, To, Rel, Evidence string
	} `json:"steps"`
	Nodes []string    `json:"nodes"` // highlighted, sorted
	Edges [][3]string `json:"edges"` // highlighted: source, label, target
	Faded int         `json:"faded"`
}
