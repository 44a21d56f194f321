package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Writing an export or a page to something that is not a regular file
// (here a FIFO, as /dev/null or a terminal would be) writes through it and
// leaves it what it was: renaming a temporary file over it would replace
// the device with a plain file.
func TestOutputToNonRegularFile(t *testing.T) {
	db := seedDB(t)
	for _, args := range [][]string{
		{"export", "--db", db, "--format", "nt", "-o"},
		{"view", "--db", db, "-o"},
	} {
		fifo := filepath.Join(t.TempDir(), "out.pipe")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- "open: " + err.Error()
				return
			}
			data, _ := io.ReadAll(f)
			f.Close()
			got <- string(data)
		}()
		r := runKG(t, "", nil, append(args, fifo)...)
		if r.code != 0 {
			t.Fatalf("kg %s -o FIFO: exit %d: %s", args[0], r.code, r.stderr)
		}
		data := <-got
		if args[0] == "export" && !strings.Contains(data, "> .\n") || args[0] == "view" && !strings.HasPrefix(data, "<!DOCTYPE html>") {
			t.Errorf("kg %s -o FIFO: the reader got %.100q", args[0], data)
		}
		fi, err := os.Lstat(fifo)
		if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("kg %s -o FIFO replaced the FIFO: %v %v", args[0], fi.Mode(), err)
		}
	}
}
