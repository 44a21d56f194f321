package graph

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestHelperHoldStore is not a test: run as a subprocess by TestLocked, it
// holds the store named by $KG_HOLD until its stdin closes.
func TestHelperHoldStore(t *testing.T) {
	path := os.Getenv("KG_HOLD")
	if path == "" {
		t.Skip("helper process only")
	}
	st, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("ready\n")
	bufio.NewReader(os.Stdin).ReadString('\n')
	st.Close()
}

func TestLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kg.db")
	st, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	add(t, st, fixtureA())
	st.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldStore$")
	cmd.Env = append(os.Environ(), "KG_HOLD="+path)
	stdin, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "ready\n" {
		t.Fatalf("helper said %q", line)
	}
	for _, ro := range []bool{false, true} {
		t0 := time.Now()
		_, err = Open(path, Options{ReadOnly: ro})
		var le *LockedError
		if !errors.Is(err, ErrLocked) || !errors.As(err, &le) || le.PID != cmd.Process.Pid ||
			!strings.Contains(err.Error(), "kg.db is in use by another kg process (pid ") {
			t.Fatalf("read-only %v: err = %v, want locked by pid %d", ro, err, cmd.Process.Pid)
		}
		if d := time.Since(t0); d > 2*time.Second {
			t.Errorf("refusing took %s; it must be at once", d)
		}
	}
	// With Wait, Open succeeds once the holder lets go.
	go func() { time.Sleep(300 * time.Millisecond); stdin.Close() }()
	st, err = Open(path, Options{Wait: 20 * time.Second})
	if err != nil {
		t.Fatalf("waiting open: %v", err)
	}
	defer st.Close()
	if r := read(t, st); len(r.docs) != 1 {
		t.Fatalf("store lost its document: %+v", r.docs)
	}
	cmd.Wait()
}

func TestOpenBadStores(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	content := bytes.Repeat([]byte("not a bolt file "), 512)
	os.WriteFile(garbage, content, 0o644)
	foreign := filepath.Join(dir, "foreign.db")
	db, err := bolt.Open(foreign, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	db.Close()
	os.Mkdir(filepath.Join(dir, "adir"), 0o755)

	cases := []struct {
		path string
		opts Options
		want string
	}{
		{garbage, Options{}, "garbage.db is not a kg store or is damaged"},
		{garbage, Options{ReadOnly: true}, "garbage.db is not a kg store or is damaged"},
		{foreign, Options{}, "foreign.db is a Bolt file but not a kg store"},
		{filepath.Join(dir, "adir"), Options{}, "adir is a directory"},
		{filepath.Join(dir, "missing.db"), Options{ReadOnly: true}, "missing.db does not exist"},
		{filepath.Join(dir, "nodir", "kg.db"), Options{}, "nodir/kg.db"},
	}
	for _, c := range cases {
		_, err := Open(c.path, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Open(%s, %+v) = %v, want one line containing %q", c.path, c.opts, err, c.want)
		}
	}
	if b, _ := os.ReadFile(garbage); !bytes.Equal(b, content) {
		t.Error("a failed open changed the file")
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("a failed read-only open created the store")
	}
}
