package main

// Bad input and faults, through the real binary (issue: hard to break).

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
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
