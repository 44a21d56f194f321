package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// NERSentence is one sentence of an IOB2 file: words and their IOB2 tags.
type NERSentence struct {
	ID    string
	Words []string
	Tags  []string // "O", "B-PER", "I-LOC", ...
}

// ReadIOB2File reads a Universal NER IOB2 file (ID, FORM, TAG, ... columns).
func ReadIOB2File(path string) ([]NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadIOB2(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// ReadIOB2 parses IOB2 columns: at least ID, FORM and TAG separated by tabs;
// blank lines end sentences; "#" lines are comments ("# sent_id = ..." is kept).
func ReadIOB2(r io.Reader) ([]NERSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "#") {
			if k, v, ok := strings.Cut(strings.TrimPrefix(t, "#"), "="); ok && strings.TrimSpace(k) == "sent_id" {
				cur.ID = strings.TrimSpace(v)
			}
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: want ID, FORM and TAG columns separated by tabs", line)
		}
		tag := cols[2]
		if tag != "O" && !(len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-")) {
			return nil, fmt.Errorf("line %d: bad IOB2 tag %q", line, tag)
		}
		cur.Words = append(cur.Words, cols[1])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// Span is one entity: tokens [Start, End) of type Type.
type Span struct {
	Start, End int
	Type       string
}

// Spans decodes IOB2 tags into entity spans. An I- tag that does not continue
// an entity of the same type starts a new one (the lenient CoNLL reading).
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == "O" || len(t) < 3 {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j - 1
	}
	return out
}
