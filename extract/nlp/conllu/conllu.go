package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word (one CoNLL-U line with an integer ID).
type Word struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int // 0 for the root, else 1-based ID
	DepRel                         string
	Misc                           string
}

// Sentence is one CoNLL-U sentence: its comment lines and its words.
type Sentence struct {
	Comments []string // without the leading "# "
	Words    []Word
}

// ID returns the value of the "sent_id" comment, or "".
func (s Sentence) ID() string { return s.comment("sent_id") }

// Text returns the value of the "text" comment, or "".
func (s Sentence) Text() string { return s.comment("text") }

func (s Sentence) comment(key string) string {
	for _, c := range s.Comments {
		if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Forms returns the word forms of s.
func (s Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// ReadFile reads a CoNLL-U file; errors name the file and line.
func ReadFile(path string) ([]Sentence, error) { return readFile(path, Read) }

// Read parses CoNLL-U from r. Lines with 10 tab-separated columns are
// required; a file with any other non-comment line is rejected, so a wrong
// file type fails loudly instead of yielding empty sentences.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	err := scanLines(r, func(line int, t string) error {
		if strings.HasPrefix(t, "#") {
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(t, "#")))
			return nil
		}
		cols := strings.Split(t, "\t")
		if len(cols) != 10 {
			return fmt.Errorf("line %d: want 10 tab-separated columns, got %d", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			return nil // multiword token range or empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil {
			return fmt.Errorf("line %d: bad ID %q", line, cols[0])
		}
		if id != len(cur.Words)+1 {
			return fmt.Errorf("line %d: ID %d out of sequence", line, id)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return fmt.Errorf("line %d: bad HEAD %q", line, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{
			Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
			Head: head, DepRel: cols[7], Misc: cols[9],
		})
		return nil
	}, flush)
	if err != nil {
		return nil, err
	}
	for i, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return nil, fmt.Errorf("sentence %d (%s): HEAD %d beyond sentence length", i+1, s.ID(), w.Head)
			}
		}
	}
	return out, nil
}

// Write writes sentences as CoNLL-U. Empty fields become "_"; tabs and
// newlines inside a field would break the format, so they become spaces.
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		if err := writeSentence(bw, s); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func writeSentence(bw *bufio.Writer, s Sentence) error {
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(clean(c))
		bw.WriteByte('\n')
	}
	for i, w := range s.Words {
		head := "_"
		if w.Head >= 0 {
			head = strconv.Itoa(w.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", i+1,
			field(w.Form), field(w.Lemma), field(w.UPOS), field(w.XPOS), field(w.Feats),
			head, field(w.DepRel), field(w.Misc))
	}
	_, err := bw.WriteString("\n")
	return err
}

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func field(s string) string {
	s = clean(s)
	if s == "" {
		return "_"
	}
	return s
}
