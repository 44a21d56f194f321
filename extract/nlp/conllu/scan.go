package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// readFile opens path and parses it with read; errors name the file.
func readFile[T any](path string, read func(io.Reader) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// scanLines feeds the lines of a blank-line separated, tab-columned file to
// line (numbered from 1, any "\r" dropped) and calls blank at each blank
// line and at the end, where a sentence ends. Lines may be up to 64 MiB.
func scanLines(r io.Reader, line func(n int, text string) error, blank func()) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			blank()
			continue
		}
		if err := line(n, t); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	blank()
	return nil
}
