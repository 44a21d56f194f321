package wordnet

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Synset is one line of a data file (data.noun, data.verb, ...).
type Synset struct {
	// LexFile is the lexicographer file number (18 noun.person, 15
	// noun.location, ...).
	LexFile int
	// Words are the synset's lemmas as written (case kept, "_" between the
	// words of a multi-word lemma), without adjective markers such as "(a)".
	Words []string
	// Instance is true for a synset with an instance hypernym ("@i"):
	// Einstein, Paris.
	Instance bool
}

// ReadSynsets calls fn for every synset line of a data file, skipping the
// licence header (lines that start with a space). A malformed line is an
// error, as is a file without synsets.
func ReadSynsets(r io.Reader, fn func(Synset)) error {
	n := 0
	err := eachLine(r, func(line string) error {
		// offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt
		// [pointer_symbol offset pos source/target]... | gloss
		f := strings.Fields(line)
		if len(f) < 4 {
			return fmt.Errorf("wordnet: bad synset line %q", line)
		}
		lex, err1 := strconv.Atoi(f[1])
		wc, err2 := strconv.ParseInt(f[3], 16, 32)
		if err1 != nil || err2 != nil || len(f) < 5+2*int(wc) {
			return fmt.Errorf("wordnet: bad synset line %q", line)
		}
		pc, err := strconv.Atoi(f[4+2*wc])
		if err != nil || len(f) < 5+2*int(wc)+4*pc {
			return fmt.Errorf("wordnet: bad pointer count in %q", line)
		}
		s := Synset{LexFile: lex, Words: make([]string, wc)}
		for k := range s.Words {
			w := f[4+2*k]
			if p := strings.IndexByte(w, '('); p > 0 {
				w = w[:p]
			}
			s.Words[k] = w
		}
		for k := 0; k < pc; k++ {
			if f[5+2*int(wc)+4*k] == "@i" {
				s.Instance = true
			}
		}
		fn(s)
		n++
		return nil
	})
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("wordnet: no synsets")
	}
	return nil
}

// ReadExceptions calls fn for every line of an exception list (noun.exc,
// verb.exc, ...): an inflected form and its lemmas (fled flee).
func ReadExceptions(r io.Reader, fn func(form string, lemmas []string)) error {
	return eachLine(r, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("wordnet: bad exception line %q", line)
		}
		fn(f[0], f[1:])
		return nil
	})
}

func eachLine(r io.Reader, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	return nil
}
