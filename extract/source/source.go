package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kgraph/kg/fact"
)

// Options control how inputs become documents.
type Options struct {
	// Date is used for documents that carry no date of their own.
	Date string
	// Stdin is read for the argument "-" (os.Stdin when nil).
	Stdin io.Reader
	// MaxFileBytes refuses larger text files and JSON lines (0 means
	// DefaultMaxBytes) so that one huge input cannot exhaust memory; a
	// news article is a few kilobytes, a book a few megabytes.
	MaxFileBytes int64
}

// DefaultMaxBytes is the largest text file (or JSON line) read by default.
const DefaultMaxBytes = 32 << 20

// Error is a problem with one input; reading goes on with the next one.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Extensions read when walking a directory.
var Extensions = []string{".txt", ".md", ".jsonl"}

// Read sends every document named by args (files, directories walked
// recursively, "-" for standard input) to emit, in a deterministic order.
// Problems with single inputs go to onErr and reading continues; an error
// from emit or ctx stops reading and is returned.
func Read(ctx context.Context, args []string, opts Options, emit func(fact.Doc) error, onErr func(*Error)) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		if arg == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := readStream("-", in, opts, emit, onErr); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			onErr(&Error{arg, cleanErr(err)})
			continue
		}
		if !info.IsDir() {
			if err := readFile(arg, opts, emit, onErr); err != nil {
				return err
			}
			continue
		}
		files, err := listDir(arg, onErr)
		if err != nil {
			return err
		}
		if len(files) == 0 {
			onErr(&Error{arg, errors.New("no .txt, .md or .jsonl files found")})
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readFile(f, opts, emit, onErr); err != nil {
				return err
			}
		}
	}
	return nil
}

// listDir walks dir without following symbolic links (so a symlink loop
// cannot trap it) and returns the readable files with known extensions.
func listDir(dir string, onErr func(*Error)) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			onErr(&Error{p, cleanErr(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(p))
		for _, e := range Extensions {
			if ext == e {
				files = append(files, p)
			}
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func readFile(path string, opts Options, emit func(fact.Doc) error, onErr func(*Error)) error {
	f, err := os.Open(path)
	if err != nil {
		onErr(&Error{path, cleanErr(err)})
		return nil
	}
	defer f.Close()
	return readStream(path, f, opts, emit, onErr)
}

// readStream reads one input: JSON Lines when the name says so or the
// content starts with '{', plain text otherwise.
func readStream(name string, r io.Reader, opts Options, emit func(fact.Doc) error, onErr func(*Error)) error {
	limit := opts.MaxFileBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(8 << 10)
	if isBinary(head) {
		onErr(&Error{name, errors.New("binary file, not text: skipped")})
		return nil
	}
	if strings.HasSuffix(strings.ToLower(name), ".jsonl") || name == "-" && bytes.HasPrefix(bytes.TrimLeft(stripBOM(head), " \t\r\n"), []byte("{")) {
		return readJSONL(name, br, limit, opts, emit, onErr)
	}
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		onErr(&Error{name, cleanErr(err)})
		return nil
	}
	if int64(len(data)) > limit {
		onErr(&Error{name, fmt.Errorf("larger than %d MiB: skipped", limit>>20)})
		return nil
	}
	doc, ok := NewDoc(name, "", "", string(data), opts.Date)
	if !ok {
		onErr(&Error{name, errors.New("no text")})
		return nil
	}
	return emit(doc)
}

// jsonRecord is one line of a JSON Lines input; only text is required.
type jsonRecord struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	Text  *string         `json:"text"`
}

func readJSONL(name string, br *bufio.Reader, limit int64, opts Options, emit func(fact.Doc) error, onErr func(*Error)) error {
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64<<10), int(min(limit, 1<<30)))
	line, docs := 0, 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(stripBOM(sc.Bytes()))
		if len(b) == 0 {
			continue
		}
		var rec jsonRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			onErr(&Error{fmt.Sprintf("%s:%d", name, line), fmt.Errorf("not a JSON object: %v", err)})
			continue
		}
		if rec.Text == nil {
			onErr(&Error{fmt.Sprintf("%s:%d", name, line), errors.New(`no "text" field`)})
			continue
		}
		docName := fmt.Sprintf("%s:%d", name, line)
		if id := strings.Trim(string(rec.ID), `"`); id != "" && id != "null" {
			docName = name + "#" + id
		}
		date := normDate(rec.Date)
		if date == "" {
			date = opts.Date
		}
		doc, ok := NewDoc(docName, rec.Title, date, *rec.Text, opts.Date)
		if !ok {
			continue
		}
		docs++
		if err := emit(doc); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		onErr(&Error{name, cleanErr(err)})
	} else if docs == 0 {
		onErr(&Error{name, errors.New("no documents with text")})
	}
	return nil
}

var dateLine = regexp.MustCompile(`^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?`)

// NewDoc makes a document from raw text: it repairs the encoding, takes a
// leading "date YYYY-MM-DD" line as the date, and takes a first line
// followed by a blank line as the title. ok is false when no text is left.
func NewDoc(name, title, date, text, defaultDate string) (doc fact.Doc, ok bool) {
	text = Clean(text)
	if m := dateLine.FindStringSubmatchIndex(text); m != nil && ValidDate(text[m[2]:m[3]]) {
		if date == "" {
			date = text[m[2]:m[3]]
		}
		text = text[m[1]:]
	}
	if date == "" {
		date = defaultDate
	}
	if title == "" {
		if i := strings.Index(text, "\n\n"); i > 0 && i < 300 && !strings.Contains(text[:i], "\n") {
			title = strings.TrimSpace(text[:i])
		}
	}
	if strings.TrimSpace(text) == "" {
		return fact.Doc{}, false
	}
	return fact.Doc{ID: fact.DocID(text), Name: name, Title: title, Date: date, Text: text}, true
}

// Clean makes arbitrary bytes safe text: it drops a byte-order mark,
// replaces invalid UTF-8 with U+FFFD and NUL bytes with spaces, and turns
// CRLF line ends into LF.
func Clean(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsRune(s, 0) {
		s = strings.ReplaceAll(s, "\x00", " ")
	}
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// normDate accepts the usual spellings of a date and returns YYYY-MM-DD,
// or "" when it cannot tell.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04:05", "January 2, 2006", "2 January 2006", "Jan 2, 2006", "2006/01/02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// ValidDate reports whether s is a YYYY-MM-DD date (for --date flags).
func ValidDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// isBinary guesses from the first bytes whether an input is not text: NUL
// bytes or many control characters, as file(1) and git do.
func isBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			ctrl += 4
		} else if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

func stripBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

// cleanErr drops the path from *fs.PathError, since Error adds it once.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
