package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kg/exporters/html/htmltest"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/testtools"
)

// seedText is the seed articles' text with white space folded, to check
// that evidence shown in the page is quoted from them.
func seedText(t *testing.T) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seeds(), "*.txt"))
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteByte(' ')
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// The done-when: build the seeds' graph, write the page, search
// "Lee", click the node, find "meet" with Ishiba and its evidence in the
// side panel, run the path form from Kishida to Lee and check the
// highlighted path, and keep a screenshot.
func TestViewSeedsInBrowser(t *testing.T) {
	out := htmltest.OutDir(t)
	page := filepath.Join(out, "graph.html")
	mustKG(t, "view", "--db", seedDB(t), "-o", page)
	r := htmltest.Browse(t, page, out, "--search", "Lee", "--from", "Kishida", "--to", "Lee")
	t.Logf("seeds page: %d nodes, %d edges, ready %.0f ms; screenshot %s", r.Nodes, r.Edges, r.ReadyMs, r.Screenshot)
	if r.Search == nil || len(r.Search.Found) != 1 || !strings.Contains(r.Search.Found[0], "Lee") {
		t.Fatalf("searching Lee highlighted %+v", r.Search)
	}
	if r.Panel == nil || r.Panel.Name != r.Search.Found[0] {
		t.Fatalf("clicking %q opened the panel %+v", r.Search.Found[0], r.Panel)
	}
	text := seedText(t)
	met := false
	for _, f := range r.Panel.Facts {
		other := f.Object
		if other == r.Panel.Name {
			other = f.Subject
		}
		if f.Rel != "meet" || !strings.Contains(other, "Ishiba") {
			continue
		}
		for _, ev := range f.Evidence {
			if strings.Contains(ev, "Ishiba") && strings.Contains(text, strings.Join(strings.Fields(ev), " ")) {
				met = true
			}
		}
	}
	if !met {
		t.Errorf("the panel for %s lists no \"meet\" fact with Ishiba and its evidence sentence: %+v", r.Panel.Name, r.Panel.Facts)
	}
	p := r.Path
	if p == nil || len(p.Steps) == 0 {
		t.Fatalf("path form Kishida → Lee found no path: %+v", p)
	}
	if !strings.Contains(p.Steps[0].From, "Kishida") || !strings.Contains(p.Steps[len(p.Steps)-1].To, "Lee") {
		t.Errorf("path does not run from Kishida to Lee: %+v", p.Steps)
	}
	for i, s := range p.Steps {
		if i > 0 && s.From != p.Steps[i-1].To {
			t.Errorf("step %d starts at %q, not where step %d ended", i+1, s.From, i)
		}
		if s.Evidence == "" || !strings.Contains(text, strings.Join(strings.Fields(s.Evidence), " ")) {
			t.Errorf("step %d has evidence %q, not a seed sentence", i+1, s.Evidence)
		}
	}
	if len(p.Nodes) != len(p.Steps)+1 || len(p.Edges) != len(p.Steps) {
		t.Errorf("%d steps but %d nodes and %d edges highlighted", len(p.Steps), len(p.Nodes), len(p.Edges))
	}
}

func TestViewErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"network address", []string{"view", "--db", seedDB(t), "--serve", "0.0.0.0:8080"}, ExitUsage, "non-loopback"},
		{"no port", []string{"view", "--db", seedDB(t), "--serve", "127.0.0.1"}, ExitUsage, "HOST:PORT"},
		{"bad ranking", []string{"view", "--db", seedDB(t), "--rank", "fame"}, ExitUsage, "--rank"},
		{"missing store", []string{"view", "--db", filepath.Join(dir, "none.db")}, ExitFailure, "none.db"},
		{"output is a directory", []string{"view", "--db", seedDB(t), "-o", dir}, ExitFailure, dir},
		{"output in a missing directory", []string{"view", "--db", seedDB(t), "-o", filepath.Join(dir, "no", "g.html")}, ExitFailure, "g.html"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			oneErrorLine(t, runKG(t, dir, nil, c.args...), c.code, c.want)
		})
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %q", left)
	}
}

// kg view --serve serves the same page kg view writes, on loopback only,
// and stops cleanly on SIGINT.
func TestViewServe(t *testing.T) {
	db := seedDB(t)
	want := mustKG(t, "view", "--db", db, "-o", "-")
	cmd := exec.Command(kgBinary(t), "view", "--db", db, "--serve", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("kg view --serve printed %q: %v (stderr %q)", line, err, stderr.String())
	}
	f := strings.Fields(line)
	if len(f) < 2 || f[0] != "serving" || !strings.HasPrefix(f[1], "http://127.0.0.1:") {
		t.Fatalf("kg view --serve printed %q", line)
	}
	client := http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(f[1])
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(got) != want {
		t.Errorf("served page (%d, %d bytes) differs from kg view -o - (%d bytes)", resp.StatusCode, len(got), len(want))
	}
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("kg view --serve after SIGINT: %v (stderr %q)", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Error("kg view --serve did not stop on SIGINT")
	}
}

// BenchmarkViewWikinews measures how fast the page for the whole Wikinews
// corpus (../shared/corpus/wikinews, 297 articles) opens in headless
// Chromium: the issue wants under 3 s. The store is built with kg build, or
// taken from $KG_BENCH_WIKINEWS_DB when set (building takes minutes).
func BenchmarkViewWikinews(b *testing.B) {
	dir := b.TempDir()
	db := os.Getenv("KG_BENCH_WIKINEWS_DB")
	if db == "" {
		db = filepath.Join(dir, "wikinews.db")
		mustKG(b, "build", "--db", db, testtools.Shared(b, "corpus/wikinews/articles.jsonl"))
	}
	page := filepath.Join(dir, "wikinews.html")
	start := time.Now()
	mustKG(b, "view", "--db", db, "-o", page)
	write := time.Since(start)
	fi, err := os.Stat(page)
	if err != nil {
		b.Fatal(err)
	}
	var ready, cpu float64
	var drawn int
	for b.Loop() {
		r := htmltest.Browse(b, page, dir)
		ready += r.ReadyMs
		cpu += r.RendererCPUMs
		drawn = r.Nodes
	}
	n := float64(b.N)
	b.ReportMetric(ready/n, "ready-ms")
	b.ReportMetric(cpu/n, "renderer-cpu-ms")
	b.ReportMetric(float64(write.Milliseconds()), "kg-view-ms")
	b.ReportMetric(float64(fi.Size()), "page-bytes")
	b.ReportMetric(float64(drawn), "drawn-nodes")
}

// kg path --format html writes a page that shows the store's own path
// from Kishida to Lee, drawn on opening.
func TestPathPageInBrowser(t *testing.T) {
	db := seedDB(t)
	st, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := st.Paths(context.Background(), "Fumio Kishida", "Lee Jae-myung", graph.PathOptions{K: 2, Undirected: true})
	st.Close()
	if err != nil || len(paths) == 0 {
		t.Fatalf("no path in the seeds' store: %v", err)
	}
	out := htmltest.OutDir(t)
	page := filepath.Join(out, "path.html")
	doc := mustKG(t, "path", "--db", db, "-k", "2", "--undirected", "--format", "html", "Fumio Kishida", "Lee Jae-myung")
	if !strings.HasPrefix(doc, "<!DOCTYPE html>") {
		t.Fatalf("kg path --format html wrote %.80q", doc)
	}
	if err := os.WriteFile(page, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	r := htmltest.Browse(t, page, out)
	p := r.PathOnLoad
	choices := 0 // a button per path, when there is more than one
	if len(paths) > 1 {
		choices = len(paths)
	}
	if p == nil || len(p.Steps) != len(paths[0].Hops) || p.Choices != choices {
		t.Fatalf("path page shows %+v for %d paths", p, len(paths))
	}
	for i, h := range paths[0].Hops {
		if p.Steps[i].From != h.From.Name || p.Steps[i].To != h.To.Name || p.Steps[i].Evidence != h.Text {
			t.Errorf("step %d shows %+v, the store says %s → %s (%q)", i+1, p.Steps[i], h.From.Name, h.To.Name, h.Text)
		}
	}
	if len(p.Nodes) != len(p.Steps)+1 {
		t.Errorf("%d nodes highlighted for %d steps", len(p.Nodes), len(p.Steps))
	}
}
