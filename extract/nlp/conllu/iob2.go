package conllu

import (
	"fmt"
	"io"
	"strings"
)

// NERSentence is one sentence of an IOB2 file: words and their IOB2 tags.
type NERSentence struct {
	ID    string
	Words []string
	Tags  []string // "O", "B-PER", "I-LOC", ...
}

// ReadIOB2File reads a Universal NER IOB2 file (ID, FORM, TAG, ... columns).
func ReadIOB2File(path string) ([]NERSentence, error) { return readFile(path, ReadIOB2) }

// ReadIOB2 parses IOB2 columns: at least ID, FORM and TAG separated by tabs;
// blank lines end sentences; "#" lines are comments ("# sent_id = ..." is kept).
func ReadIOB2(r io.Reader) ([]NERSentence, error) {
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	err := scanLines(r, func(line int, t string) error {
		if strings.HasPrefix(t, "#") {
			if k, v, ok := strings.Cut(strings.TrimPrefix(t, "#"), "="); ok && strings.TrimSpace(k) == "sent_id" {
				cur.ID = strings.TrimSpace(v)
			}
			return nil
		}
		cols := strings.Split(t, "\t")
		if len(cols) < 3 {
			return fmt.Errorf("line %d: want ID, FORM and TAG columns separated by tabs", line)
		}
		tag := cols[2]
		if tag != "O" && !(len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-")) {
			return fmt.Errorf("line %d: bad IOB2 tag %q", line, tag)
		}
		cur.Words = append(cur.Words, cols[1])
		cur.Tags = append(cur.Tags, tag)
		return nil
	}, flush)
	if err != nil {
		return nil, err
	}
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
