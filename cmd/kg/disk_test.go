//go:build linux

package main

// A full disk and a read-only file system under the store, for real: the
// tests mount a small tmpfs (they need root, as CI on this machine has;
// elsewhere they skip, or fail under make test's KG_REQUIRE_TOOLS=1).

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/internal/testtools"
)

// mountTmpfs mounts a tmpfs of the given size on a new directory and
// unmounts it when the test ends.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	cannot := func(why string) {
		t.Helper()
		if testtools.Required() {
			t.Fatalf("cannot mount a tmpfs to fill: %s", why)
		}
		t.Skipf("cannot mount a tmpfs to fill (%s); make test requires it", why)
	}
	if os.Geteuid() != 0 {
		cannot("not root")
	}
	mount, err := exec.LookPath("mount")
	if err != nil {
		cannot("no mount command")
	}
	dir := filepath.Join(t.TempDir(), "disk")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(mount, "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		cannot(fmt.Sprintf("mount: %v: %s", err, strings.TrimSpace(string(out))))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}

// fillerCorpus writes n documents of distinct facts into a new directory.
func fillerCorpus(t *testing.T, n, sentences int) string {
	dir := filepath.Join(t.TempDir(), "corpus")
	os.Mkdir(dir, 0o755)
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := 0; j < sentences; j++ {
			fmt.Fprintf(&b, "Minister%dx%d Okafor founded Company%dx%d Holdings in Town%d on Monday. ", i, j, i, j, j)
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc%03d.txt", i)), []byte(b.String()), 0o644)
	}
	return dir
}

// storeErrorLine checks that a failed write said so in one line naming the
// store, with a non-zero exit and no claim of success.
func storeErrorLine(t *testing.T, r result, store, cause string) {
	t.Helper()
	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "kg: ") || !strings.Contains(lines[0], store) || !strings.Contains(lines[0], cause) {
		t.Errorf("stderr %q: want one line naming %s and saying %q", r.stderr, store, cause)
	}
	if strings.Contains(r.stdout, "built ") {
		t.Errorf("a failed build claims success: %s", r.stdout)
	}
}

func TestFullDiskLeavesTheStoreAsItWas(t *testing.T) {
	disk := mountTmpfs(t, "1m")
	db := filepath.Join(disk, "kg.db")
	mustKG(t, "build", "--db", db, seeds())
	before := mustKG(t, "export", "--db", db, "--format", "nq")
	corpus := fillerCorpus(t, 30, 40)

	// The new documents do not fit: the build fails at its commit.
	r := runKG(t, "", nil, "build", "--db", db, corpus)
	storeErrorLine(t, r, db, "no space left on device")
	if out, _ := exec.Command("df", "-k", disk).CombinedOutput(); !strings.Contains(string(out), "100%") {
		t.Logf("the disk was not full after the build (the error came earlier):\n%s", out)
	}
	// The store opens and holds exactly what it held: the new documents
	// were to be committed in one transaction, which never happened.
	if after := mustKG(t, "export", "--db", db, "--format", "nq"); after != before {
		t.Errorf("the store changed after a failed build on a full disk (%d vs %d bytes of N-Quads)", len(after), len(before))
	}
	mustKG(t, "stats", "--db", db)

	// A new store on the full disk (filled to the last block with a
	// ballast file): a clear error and no file left behind.
	if f, err := os.Create(filepath.Join(disk, "ballast")); err == nil {
		for _, err := f.Write(make([]byte, 4096)); err == nil; _, err = f.Write(make([]byte, 4096)) {
		}
		f.Close()
	}
	fresh := filepath.Join(disk, "new.db")
	r = runKG(t, "", nil, "build", "--db", fresh, seeds())
	if r.code == 0 {
		t.Fatalf("a build on a full disk succeeded: %s", r.stdout)
	}
	storeErrorLine(t, r, fresh, "no space left on device")
	if strings.Contains(r.stderr, "damaged") {
		t.Errorf("a store that could not be created is called damaged: %s", r.stderr)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a failed build on a full disk left %s behind (%v)", fresh, err)
	}

	// Given room, the same store takes the rest: the result equals a build
	// that never ran out of space.
	roomy := filepath.Join(t.TempDir(), "kg.db")
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(roomy, b, 0o644)
	mustKG(t, "build", "--db", roomy, corpus)
	clean := filepath.Join(t.TempDir(), "clean.db")
	mustKG(t, "build", "--db", clean, seeds())
	mustKG(t, "build", "--db", clean, corpus)
	if got, want := mustKG(t, "export", "--db", roomy, "--format", "nq"), mustKG(t, "export", "--db", clean, "--format", "nq"); got != want {
		t.Errorf("the store completed after a full disk differs from a clean build (%d vs %d bytes of N-Quads)", len(got), len(want))
	}
}

func TestReadOnlyFileSystemLeavesTheStoreAsItWas(t *testing.T) {
	disk := mountTmpfs(t, "8m")
	db := filepath.Join(disk, "kg.db")
	mustKG(t, "build", "--db", db, seeds())
	before := mustKG(t, "export", "--db", db, "--format", "nq")
	if out, err := exec.Command("mount", "-o", "remount,ro", disk).CombinedOutput(); err != nil {
		t.Fatalf("remount read-only: %v: %s", err, out)
	}
	doc := filepath.Join(t.TempDir(), "news.txt")
	os.WriteFile(doc, []byte("Maria Silva founded Acme Corp in Lisbon on Monday.\n"), 0o644)
	r := runKG(t, "", nil, "build", "--db", db, doc)
	storeErrorLine(t, r, db, "read-only file system")
	// Reading still works, and nothing changed.
	if after := mustKG(t, "export", "--db", db, "--format", "nq"); after != before {
		t.Errorf("the store changed (%d vs %d bytes of N-Quads)", len(after), len(before))
	}
	mustKG(t, "path", "--db", db, "Kishida", "Lee")
}
