package main

// Bad input and faults, through the real binary (issue: hard to break).

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kg/internal/testtools"
)

// hostileInputs are files a scraper or a user may hand kg. Each must give a
// sensible result or a one-line error naming the file, never a panic.
func hostileInputs() map[string][]byte {
	words := strings.Repeat("word ", 100000)
	nested := strings.Repeat("(“[{", 5000) + "Alice met Bob." + strings.Repeat("}]”)", 5000)
	return map[string][]byte{
		"empty.txt":      {},
		"blank.txt":      []byte(" \n\t\n"),
		"bom-crlf.txt":   []byte("\xef\xbb\xbfAlice Smith met Bob Jones in Paris.\r\nBob Jones thanked her.\r\n"),
		"invalid.txt":    []byte("Alice \xff\xfe Smith met Bob\x80 Jones in Paris."),
		"nul.txt":        []byte("Alice Smith\x00 met Bob Jones.\x00"),
		"long-sent.txt":  []byte(words),
		"nested.txt":     []byte(nested),
		"html.txt":       []byte("<html><body><p>Alice Smith met <b>Bob Jones</b> &amp; friends.</p><script>alert(1)</script></body></html>"),
		"rtl.txt":        []byte("\u202eAlice Smith met Bob Jones.\u202c The \"quoted\" \\ name met O'Brien."),
		"only-punct.txt": []byte("!!! ??? ... ,,, ;;;"),
		"bad.jsonl":      []byte("{\"text\": \"Alice met Bob.\"}\n{broken\n{\"no_text\": 1}\n"),
	}
}

func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	for name, content := range hostileInputs() {
		os.WriteFile(filepath.Join(dir, name), content, 0o644)
	}
	for name := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			db := filepath.Join(t.TempDir(), "kg.db")
			for _, args := range [][]string{{"extract", p}, {"build", "--db", db, p}} {
				r := runKG(t, dir, nil, args...)
				if r.code != 0 {
					// An error must be one line per problem, each naming the file.
					for _, l := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
						if !strings.HasPrefix(l, "kg: ") || !strings.Contains(l, name) && !strings.Contains(l, "no documents") {
							t.Errorf("%s: stderr line %q does not name the file", args[0], l)
						}
					}
				}
			}
		})
	}
}

func TestHugeFileIsRefusedWithOneLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	os.WriteFile(p, bytes.Repeat([]byte("word "), 10<<20), 0o644) // 50 MB, no newline, no punctuation
	r := runKG(t, dir, nil, "extract", p)
	oneErrorLine(t, r, ExitFailure, "huge.txt: larger than 32 MiB")
}

func TestBinaryAndSymlinkLoopInADirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Alice Smith met Bob Jones in Paris on Monday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "blob.txt"), bytes.Repeat([]byte{0, 0xff, 3, 0}, 1000), 0o644)
	os.Symlink(dir, filepath.Join(dir, "loop"))
	r := runKG(t, dir, nil, "build", "--db", filepath.Join(t.TempDir(), "kg.db"), dir)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "blob.txt") || !strings.Contains(r.stdout, "built 1 documents") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
}

// TestKillDuringBuild kills kg build with SIGKILL in the middle of a corpus,
// then builds again: every document is there exactly once.
func TestKillDuringBuild(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	const n = 40
	for i := 0; i < n; i++ {
		text := strings.Repeat("Person"+strconv.Itoa(i)+" Smith met Officer"+strconv.Itoa(i)+" Jones in Paris on Monday. ", 30)
		os.WriteFile(filepath.Join(corpus, "doc"+strconv.Itoa(i)+".txt"), []byte(text), 0o644)
	}
	db := filepath.Join(dir, "kg.db")
	cmd := exec.Command(kgBinary(t), "build", "--workers", "1", "--db", db, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once the store file exists and has grown a little.
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(db); err == nil && fi.Size() > 64<<10 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	out := mustKG(t, "build", "--db", db, corpus)
	if !strings.Contains(out, "built 40 documents") {
		t.Fatalf("rebuild after kill: %s", out)
	}
	killed := mustKG(t, "export", "--db", db, "--format", "nq")
	fresh := filepath.Join(dir, "fresh.db")
	mustKG(t, "build", "--db", fresh, corpus)
	clean := mustKG(t, "export", "--db", fresh, "--format", "nq")
	if killed != clean {
		t.Errorf("the store rebuilt after a kill differs from a clean build (%d vs %d bytes of N-Quads)", len(killed), len(clean))
	}
}

func TestReadOnlyStoreDirectory(t *testing.T) {
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	os.Chmod(dir, 0o755)
	args := []string{"build", "--db", filepath.Join(ro, "kg.db"), seeds()}
	var r result
	if os.Geteuid() == 0 {
		// root ignores permissions: run kg as an unprivileged user instead.
		runuser, err := exec.LookPath("runuser")
		if err != nil {
			t.Skip("running as root without runuser")
		}
		bin := kgBinary(t)
		os.Chmod(filepath.Dir(bin), 0o755)
		cmd := exec.Command(runuser, append([]string{"-u", "nobody", "--", bin}, args...)...)
		cmd.Dir = dir
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err = cmd.Run()
		r = result{stderr: errb.String(), code: cmd.ProcessState.ExitCode()}
		if err != nil && r.code < 0 {
			t.Fatal(err)
		}
	} else {
		r = runKG(t, dir, nil, args...)
	}
	oneErrorLine(t, r, ExitFailure, "kg.db")
	if entries, _ := os.ReadDir(ro); len(entries) != 0 {
		t.Errorf("a failed build left files in the store directory: %v", entries)
	}
}

func TestOutputDoesNotDependOnWorkers(t *testing.T) {
	one := mustKG(t, "extract", "--workers", "1", seeds())
	four := mustKG(t, "extract", "--workers", "4", seeds())
	if one != four {
		t.Error("kg extract output differs between 1 and 4 workers")
	}
}

// TestBuildDoesNotDependOnWorkers builds the same documents with one
// worker, with four, and with the default (one per core) on one OS thread:
// the stores must be identical, entity resolution included (documents are
// resolved and written in input order whatever the number of workers).
func TestBuildDoesNotDependOnWorkers(t *testing.T) {
	news := testtools.Shared(t, "corpus/wikinews/txt")
	files, _ := filepath.Glob(filepath.Join(news, "*.txt"))
	if len(files) > 12 {
		files = files[:12]
	}
	inputs := append([]string{seeds()}, files...)
	var first string
	for i, run := range []struct {
		env  []string
		args []string
	}{
		{nil, []string{"--workers", "1"}},
		{nil, []string{"--workers", "4"}},
		{[]string{"GOMAXPROCS=1"}, nil},
	} {
		db := filepath.Join(t.TempDir(), "kg.db")
		cmd := exec.Command(kgBinary(t), append(append([]string{"build", "--db", db}, run.args...), inputs...)...)
		cmd.Env = append(append(os.Environ(), "KG_DB="), run.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kg build %v %v: %v\n%s", run.env, run.args, err, out)
		}
		nq := mustKG(t, "export", "--db", db, "--format", "nq")
		if i == 0 {
			first = nq
		} else if nq != first {
			t.Errorf("kg build %v %v gives a different store than --workers 1 (%d vs %d bytes of N-Quads)", run.env, run.args, len(nq), len(first))
		}
	}
}

// TestQuerySandbox: a Gizmo query sees the graph API and JavaScript's
// built-ins and nothing else (no require, files, network, timers or
// process), and stops at its result and time limits.
func TestQuerySandbox(t *testing.T) {
	db := seedDB(t)
	query := func(args ...string) result {
		return runKG(t, "", nil, append([]string{"query", "--db", db}, args...)...)
	}
	t.Run("globals", func(t *testing.T) {
		// ECMAScript's standard globals and Cayley's Gizmo API.
		allowed := map[string]bool{}
		for _, n := range strings.Fields(`AggregateError Array ArrayBuffer Boolean DataView Date Error EvalError
			Float32Array Float64Array Function Infinity Int16Array Int32Array Int8Array JSON Map Math NaN Number
			Object Promise Proxy RangeError ReferenceError Reflect RegExp Set String Symbol SyntaxError TypeError
			URIError Uint16Array Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakSet BigInt BigInt64Array
			BigUint64Array WeakRef FinalizationRegistry Iterator SharedArrayBuffer Atomics
			decodeURI decodeURIComponent encodeURI encodeURIComponent escape unescape eval globalThis isFinite
			isNaN parseFloat parseInt undefined
			GoError g graph bnode iri lang like lt lte gt gte raw regex str typed`) {
			allowed[n] = true
		}
		r := query(`g.Emit(Object.getOwnPropertyNames(globalThis).join(" "))`)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		var names string
		if err := json.Unmarshal([]byte(strings.TrimSpace(r.stdout)), &names); err != nil {
			t.Fatalf("%v: %s", err, r.stdout)
		}
		for _, n := range strings.Fields(names) {
			if !allowed[n] {
				t.Errorf("a query sees the global %q: check it cannot reach files, the network or the process, then allow it here", n)
			}
		}
		if !strings.Contains(" "+names+" ", " g ") {
			t.Errorf("the Gizmo API is missing from the globals: %s", names)
		}
	})
	t.Run("no host access", func(t *testing.T) {
		r := query(`g.Emit([typeof require, typeof process, typeof fetch, typeof XMLHttpRequest, typeof WebSocket,
			typeof load, typeof readFile, typeof os, typeof setTimeout, typeof console, typeof Deno].join())`)
		if want := `"` + strings.TrimSuffix(strings.Repeat("undefined,", 11), ",") + `"`; strings.TrimSpace(r.stdout) != want {
			t.Errorf("got %s, want %s (stderr %q)", r.stdout, want, r.stderr)
		}
		for _, src := range []string{`require("fs").readFileSync("/etc/passwd")`, `fetch("http://127.0.0.1/")`, `import("fs")`} {
			r := query(src)
			if r.code != ExitFailure || strings.Contains(r.stdout, "root:") {
				t.Errorf("%s: exit %d, stdout %q", src, r.code, r.stdout)
			}
			oneErrorLine(t, r, ExitFailure, "query")
		}
	})
	t.Run("result limit", func(t *testing.T) {
		for _, src := range []string{`g.V().All()`, `for (;;) g.Emit(1)`} {
			r := query("--limit", "5", src)
			if n := strings.Count(r.stdout, "\n"); r.code != 0 || n != 5 {
				t.Errorf("%s with --limit 5: exit %d, %d results (stderr %q)", src, r.code, n, r.stderr)
			}
		}
	})
	t.Run("time limit", func(t *testing.T) {
		for _, src := range []string{`while (true) {}`, `g.V().ForEach(function(v) { for (;;) {} })`} {
			oneErrorLine(t, query("--timeout", "500ms", src), ExitFailure, "time limit")
		}
	})
}
