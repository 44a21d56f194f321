//go:build linux

package main

// Two kg processes on one store: the second says at once that the store is
// in use and by which process, or waits with --wait.
//
// The holder is `kg build --db DB -` reading a document from a pipe. The
// tests do not race it: they ask the kernel (F_GETLK on the store file,
// which takes no lock) until it names the holder's process, and only then
// start another kg. The earlier test started the holder and at once polled
// with `kg stats`: when the first poll's read lock came before the
// holder's open (process start order is arbitrary, more so on a loaded
// machine), the holder, without --wait, exited at once with "in use"
// (exit 3) into a discarded stderr, and every later poll found the store
// free. By hand the holder is started well before the second command.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// holder is a kg build holding a store open while it waits for stdin.
type holder struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout bytes.Buffer
	stderr bytes.Buffer
	done   chan struct{}
}

// holdStore starts kg build --db db - and returns once the kernel says
// that process holds the store's write lock.
func holdStore(t *testing.T, db string) *holder {
	t.Helper()
	h := &holder{cmd: exec.Command(kgBinary(t), "build", "--db", db, "-"), done: make(chan struct{})}
	h.cmd.Stdout, h.cmd.Stderr = &h.stdout, &h.stderr
	var err error
	if h.stdin, err = h.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := h.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { h.cmd.Wait(); close(h.done) }()
	t.Cleanup(func() {
		h.cmd.Process.Kill()
		<-h.done
	})
	// kg build opens (and locks) the store before it loads its models or
	// reads its input; the deadline only stops a broken build from hanging
	// the test.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if pid := lockHolder(t, db); pid == h.cmd.Process.Pid {
			return h
		}
		select {
		case <-h.done:
			t.Fatalf("the holder exited (%v) before it held the store: %s", h.cmd.ProcessState, h.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("kg build --db %s - has not locked the store after 2 minutes", db)
		}
	}
}

// finish feeds the holder one document, closes its input and checks that
// it built it.
func (h *holder) finish(t *testing.T, text string) {
	t.Helper()
	io.WriteString(h.stdin, text)
	h.stdin.Close()
	<-h.done
	if h.cmd.ProcessState.ExitCode() != 0 || !strings.Contains(h.stdout.String(), "built 1 documents (1 added or changed") {
		t.Fatalf("holder: exit %d\nstdout %s\nstderr %s", h.cmd.ProcessState.ExitCode(), h.stdout.String(), h.stderr.String())
	}
}

// lockHolder returns the process holding a lock on the store file, or 0.
func lockHolder(t *testing.T, db string) int {
	f, err := os.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		t.Fatalf("F_GETLK on %s: %v", db, err)
	}
	if lk.Type == syscall.F_UNLCK {
		return 0
	}
	return int(lk.Pid)
}

// hasOpen reports whether process pid has the file path open.
func hasOpen(pid int, path string) bool {
	if p, err := filepath.EvalSymlinks(path); err == nil {
		path = p
	}
	fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	for _, fd := range fds {
		if l, err := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name())); err == nil && l == path {
			return true
		}
	}
	return false
}

func TestStoreInUseIsReportedAtOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	mustKG(t, "build", "--db", db, seeds())
	before := mustKG(t, "export", "--db", db, "--format", "nq")
	h := holdStore(t, db)
	pid := strconv.Itoa(h.cmd.Process.Pid)
	for _, args := range [][]string{
		{"stats", "--db", db},                    // a reader
		{"build", "--db", db, seeds()},           // a writer
		{"export", "--db", db, "--format", "nq"}, // another reader
	} {
		r := runKG(t, dir, nil, args...)
		oneErrorLine(t, r, ExitLocked, "kg.db is in use by another kg process (pid "+pid+")")
	}
	h.finish(t, "Maria Silva founded Acme Corp in Lisbon on Monday.\n")
	// The refused build changed nothing; the holder's document was added.
	after := mustKG(t, "export", "--db", db, "--format", "nq")
	for _, l := range strings.Split(strings.TrimSpace(before), "\n") {
		if !strings.Contains(after, l+"\n") {
			t.Fatalf("a quad of the seeds was lost while the store was in use: %s", l)
		}
	}
	if !strings.Contains(after, "Acme") {
		t.Errorf("the holder's document is not in the store")
	}
}

func TestStoreInUseWait(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	mustKG(t, "build", "--db", db, seeds())
	h := holdStore(t, db)

	waiter := exec.Command(kgBinary(t), "build", "--wait", "5m", "--db", db, seeds())
	var out, errb bytes.Buffer
	waiter.Stdout, waiter.Stderr = &out, &errb
	if err := waiter.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { waiter.Wait(); close(done) }()
	t.Cleanup(func() { waiter.Process.Kill(); <-done })
	// Once the waiter has the store file open while the holder still holds
	// the lock, it is in its wait loop (kg opens the file, then locks it).
	deadline := time.Now().Add(2 * time.Minute)
	for !hasOpen(waiter.Process.Pid, db) {
		if time.Now().After(deadline) {
			t.Fatal("kg build --wait has not opened the store after 2 minutes")
		}
		select {
		case <-done:
			t.Fatalf("kg build --wait exited while the store was in use: exit %d, %s", waiter.ProcessState.ExitCode(), errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if pid := lockHolder(t, db); pid != h.cmd.Process.Pid {
		t.Fatalf("the store is locked by %d, not by the holder %d", pid, h.cmd.Process.Pid)
	}
	h.finish(t, "Maria Silva founded Acme Corp in Lisbon on Monday.\n")
	<-done
	if code := waiter.ProcessState.ExitCode(); code != 0 || !strings.Contains(out.String(), "built 2 documents (0 added or changed, 2 unchanged)") {
		t.Fatalf("kg build --wait: exit %d\nstdout %s\nstderr %s", code, out.String(), errb.String())
	}
	if nt := mustKG(t, "export", "--db", db, "--format", "nt"); !strings.Contains(nt, "Acme") || !strings.Contains(nt, "Kishida") {
		t.Errorf("the store lacks the holder's or the seeds' facts")
	}

	// --wait gives up with the same one-line error once its time is over.
	h2 := holdStore(t, db)
	r := runKG(t, dir, nil, "build", "--wait", "300ms", "--db", db, seeds())
	oneErrorLine(t, r, ExitLocked, "in use by another kg process (pid "+strconv.Itoa(h2.cmd.Process.Pid)+")")
}
