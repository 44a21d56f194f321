package main

// End-to-end tests: they build the kg binary once and drive it as a user
// would, on the seed articles and on hostile inputs, with a real Bolt store.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgraph/kg/internal/testtools"
)

var (
	kgBinOnce sync.Once
	kgBinPath string
	kgBinErr  error
)

// kgBinary builds the kg binary once per test process.
func kgBinary(t testing.TB) string {
	t.Helper()
	kgBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kg-e2e-")
		if err != nil {
			kgBinErr = err
			return
		}
		kgBinPath = filepath.Join(dir, "kg")
		cmd := exec.Command("go", "build", "-o", kgBinPath, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			kgBinErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if kgBinErr != nil {
		t.Fatal(kgBinErr)
	}
	return kgBinPath
}

// result is what one run of kg printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// runKG runs the built binary with args in dir (the repository's cmd/kg
// directory when dir is ""), feeding stdin when not nil.
func runKG(t testing.TB, dir string, stdin []byte, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, kgBinary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "KG_DB=")
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("kg %v: %v", args, err)
	}
	r := result{out.String(), errb.String(), code}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic:") {
		t.Fatalf("kg %v printed a Go stack trace:\n%s", args, r.stderr)
	}
	return r
}

// mustKG runs kg and fails the test unless it exits 0.
func mustKG(t testing.TB, args ...string) string {
	t.Helper()
	r := runKG(t, "", nil, args...)
	if r.code != 0 {
		t.Fatalf("kg %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

// seeds is the path of the repository's seed articles.
func seeds() string { return filepath.Join(testtools.Root(), "seeds") }

var (
	seedDBOnce sync.Once
	seedDBPath string
)

// seedDB returns a Bolt store built from the seeds (built once, shared by
// read-only tests).
func seedDB(t testing.TB) string {
	t.Helper()
	seedDBOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kg-seeds-")
		if err != nil {
			t.Fatal(err)
		}
		seedDBPath = filepath.Join(dir, "seeds.db")
		mustKG(t, "build", "--db", seedDBPath, seeds())
	})
	if _, err := os.Stat(seedDBPath); err != nil {
		t.Fatalf("seed store was not built: %v", err)
	}
	return seedDBPath
}

// oneErrorLine checks the error contract: exit code, exactly one line on
// stderr, starting with "kg:" and containing want.
func oneErrorLine(t *testing.T, r result, code int, want string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d (stderr %q)", r.code, code, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "kg: ") || !strings.Contains(lines[0], want) {
		t.Errorf("stderr %q, want one line starting kg: and containing %q", r.stderr, want)
	}
}

func TestExtractSeedsJSONL(t *testing.T) {
	out := mustKG(t, "extract", "--format", "jsonl", seeds())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 20 {
		t.Fatalf("only %d triples from the seeds", len(lines))
	}
	required := []string{"subject", "relation", "object", "subject_id", "object_id", "subject_type", "object_type",
		"relation_surface", "negated", "modality", "attribution", "confidence", "doc", "doc_date", "sentence", "text", "span"}
	docs := map[string]bool{}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		for _, k := range required {
			if _, ok := m[k]; !ok {
				t.Fatalf("line %d lacks %q: %s", i+1, k, l)
			}
		}
		if c := m["confidence"].(float64); c < 0 || c > 1 {
			t.Errorf("confidence %v out of 0..1", c)
		}
		docs[m["doc_date"].(string)] = true
		// The span must point at the sentence in its document.
		span := m["span"].([]any)
		if s, e := span[0].(float64), span[1].(float64); s < 0 || e <= s {
			t.Errorf("bad span %v", span)
		}
	}
	if !docs["2023-05-18"] {
		t.Errorf("the leading date line of the 2023 seed was not taken as its date: %v", docs)
	}
}

func TestExtractSpansPointIntoTheDocument(t *testing.T) {
	dir := t.TempDir()
	text := "Headline without a full stop\n\nMaria Silva founded Acme Corp in Lisbon. She later sold the company to Globex.\n"
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte(text), 0o644)
	out := mustKG(t, "extract", p)
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var tr struct {
			Text string `json:"text"`
			Span [2]int `json:"span"`
		}
		if err := json.Unmarshal([]byte(l), &tr); err != nil {
			t.Fatal(err)
		}
		if got := text[tr.Span[0]:tr.Span[1]]; strings.TrimSpace(got) != strings.TrimSpace(tr.Text) {
			t.Errorf("span %v gives %q, sentence is %q", tr.Span, got, tr.Text)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no triples")
	}
}

func TestBuildIsIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	first := mustKG(t, "build", "--db", db, seeds())
	if !strings.Contains(first, "built 2 documents (2 added or changed, 0 unchanged)") {
		t.Errorf("first build said %q", first)
	}
	nq1 := mustKG(t, "export", "--db", db, "--format", "nq")
	second := mustKG(t, "build", "--db", db, seeds())
	if !strings.Contains(second, "(0 added or changed, 2 unchanged)") {
		t.Errorf("second build said %q", second)
	}
	nq2 := mustKG(t, "export", "--db", db, "--format", "nq")
	if nq1 != nq2 || len(nq1) == 0 {
		t.Errorf("building the same documents twice changed the store (%d vs %d bytes of N-Quads)", len(nq1), len(nq2))
	}
}

func TestBuildReplacesAChangedDocument(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	doc := filepath.Join(dir, "news.txt")
	os.WriteFile(doc, []byte("Maria Silva founded Acme Corp in Lisbon.\n"), 0o644)
	mustKG(t, "build", "--db", db, doc)
	os.WriteFile(doc, []byte("Tom Baker acquired Globex Industries in 2020.\n"), 0o644)
	mustKG(t, "build", "--db", db, doc)
	nt := mustKG(t, "export", "--db", db, "--format", "nt")
	if strings.Contains(nt, "Acme") || !strings.Contains(nt, "Globex") {
		t.Errorf("the changed document's old facts were not replaced:\n%s", nt)
	}
}

func TestPathBetweenSeedLeadersCitesEvidence(t *testing.T) {
	out := mustKG(t, "path", "--db", seedDB(t), "Kishida", "Lee")
	if !strings.Contains(out, "Kishida") || !strings.Contains(out, "Lee Jae-myung") {
		t.Fatalf("path output does not name both ends:\n%s", out)
	}
	var js []map[string]any
	if err := json.Unmarshal([]byte(mustKG(t, "path", "--db", seedDB(t), "--format", "json", "Kishida", "Lee")), &js); err != nil {
		t.Fatalf("path --format json: %v", err)
	}
	if len(js) == 0 {
		t.Fatal("no path")
	}
	hops, _ := js[0]["hops"].([]any)
	if len(hops) == 0 {
		t.Fatalf("path without hops: %v", js[0])
	}
	for _, h := range hops {
		hop := h.(map[string]any)
		if ev, _ := hop["evidence"].(string); len(ev) < 10 {
			t.Errorf("hop without an evidence sentence: %v", hop)
		}
	}
}

func TestErrorsAreOneLine(t *testing.T) {
	dir := t.TempDir()
	t.Run("missing file", func(t *testing.T) {
		r := runKG(t, dir, nil, "extract", filepath.Join(dir, "nope.txt"))
		oneErrorLine(t, r, ExitFailure, "nope.txt")
	})
	t.Run("binary file", func(t *testing.T) {
		p := filepath.Join(dir, "x.txt")
		os.WriteFile(p, []byte{0, 1, 2, 3, 0, 0, 0, 9, 0, 1}, 0o644)
		r := runKG(t, dir, nil, "build", "--db", filepath.Join(dir, "b.db"), p)
		if r.code == 0 || !strings.Contains(r.stderr, "x.txt") {
			t.Errorf("binary input: exit %d, stderr %q", r.code, r.stderr)
		}
	})
	t.Run("unknown format", func(t *testing.T) {
		r := runKG(t, dir, []byte("A met B."), "extract", "--format", "xml")
		oneErrorLine(t, r, ExitUsage, "xml")
	})
	t.Run("unknown flag", func(t *testing.T) {
		r := runKG(t, dir, nil, "build", "--frobnicate")
		oneErrorLine(t, r, ExitUsage, "frobnicate")
	})
	t.Run("bad date", func(t *testing.T) {
		r := runKG(t, dir, []byte("A met B."), "extract", "--date", "yesterday")
		oneErrorLine(t, r, ExitUsage, "yesterday")
	})
	t.Run("not a store", func(t *testing.T) {
		p := filepath.Join(dir, "garbage.db")
		os.WriteFile(p, bytes.Repeat([]byte("not a bolt file "), 512), 0o644)
		r := runKG(t, dir, nil, "stats", "--db", p)
		oneErrorLine(t, r, ExitFailure, "garbage.db")
		if b, _ := os.ReadFile(p); !bytes.Equal(b, bytes.Repeat([]byte("not a bolt file "), 512)) {
			t.Error("a failed open changed the file")
		}
	})
	t.Run("unknown entity suggests names", func(t *testing.T) {
		r := runKG(t, dir, nil, "path", "--db", seedDB(t), "Kishidda", "Lee")
		oneErrorLine(t, r, ExitFailure, "Kishida")
	})
}
