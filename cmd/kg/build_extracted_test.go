package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildFromExtracted saves the seeds' extraction with kg extract
// --format docs, stores it with kg build --extracted, and checks that the
// store says exactly what a build from the text says; then that building
// it again changes nothing.
func TestBuildFromExtracted(t *testing.T) {
	dir := t.TempDir()
	saved := filepath.Join(dir, "seeds.docs.jsonl")
	docs := mustKG(t, "extract", "--format", "docs", seeds())
	if n := strings.Count(docs, "\n"); n != 2 {
		t.Fatalf("kg extract --format docs wrote %d lines for the 2 seed articles", n)
	}
	if err := os.WriteFile(saved, []byte(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	out := mustKG(t, "build", "--db", db, "--extracted", saved)
	if !strings.Contains(out, "built 2 documents (2 added or changed, 0 unchanged)") {
		t.Errorf("kg build --extracted said %q", out)
	}
	want := mustKG(t, "export", "--db", seedDB(t), "--format", "nq")
	got := mustKG(t, "export", "--db", db, "--format", "nq")
	if got != want || got == "" {
		t.Errorf("the store built from saved results differs from the one built from text (%d vs %d bytes of N-Quads)", len(got), len(want))
	}
	// From standard input, into the same store: nothing changes.
	r := runKG(t, "", []byte(docs), "build", "--db", db, "--extracted")
	if r.code != 0 || !strings.Contains(r.stdout, "(0 added or changed, 2 unchanged)") {
		t.Errorf("second build from stdin: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if again := mustKG(t, "export", "--db", db, "--format", "nq"); again != want {
		t.Error("building the saved results twice changed the store")
	}
	// A path question works on it as on the store built from text.
	if p := mustKG(t, "path", "--db", db, "Kishida", "Lee"); !strings.Contains(p, "Lee Jae-myung") {
		t.Errorf("kg path on the store built from saved results: %q", p)
	}
}

// TestBuildFromExtractedBadRecords: a damaged line is one error line naming
// the file and line; the good documents are still stored and the exit code
// says something went wrong. Text given to --extracted is refused the same way.
func TestBuildFromExtractedBadRecords(t *testing.T) {
	dir := t.TempDir()
	docs := strings.SplitAfter(mustKG(t, "extract", "--format", "docs", seeds()), "\n")
	bad := filepath.Join(dir, "bad.jsonl")
	content := docs[0] + `{"doc":{"id":"../../etc","name":"x"},"sentences":1,"triples":[],"entities":[]}` + "\n" + "Lee met Ishiba.\n" + docs[1]
	os.WriteFile(bad, []byte(content), 0o644)
	db := filepath.Join(dir, "x.db")
	r := runKG(t, "", nil, "build", "--db", db, "--extracted", bad)
	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "kg: "+bad+":2: ") || !strings.Contains(lines[0], "content hash") ||
		!strings.HasPrefix(lines[1], "kg: "+bad+":3: ") || !strings.Contains(lines[1], "not a kg extract --format docs record") {
		t.Errorf("stderr %q: want one line each for lines 2 and 3 of %s", r.stderr, bad)
	}
	if !strings.Contains(r.stdout, "built 2 documents") {
		t.Errorf("the two good documents were not stored: %q", r.stdout)
	}
	r = runKG(t, "", nil, "build", "--db", filepath.Join(dir, "y.db"), "--extracted", dir)
	oneErrorLine(t, r, ExitFailure, dir+": is a directory")
	if _, err := os.Stat(filepath.Join(dir, "y.db")); err == nil {
		if r := runKG(t, "", nil, "stats", "--db", filepath.Join(dir, "y.db")); r.code == 0 && !strings.Contains(r.stdout+r.stderr, "no documents") {
			t.Errorf("a build with nothing to store left a store with content: %q", r.stdout)
		}
	}
}
