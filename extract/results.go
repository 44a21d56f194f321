package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kg/extract/source"
	"github.com/kgraph/kg/fact"
)

// Extracted results can be saved and loaded again: `kg extract --format
// docs` writes one JSON object per document (a DocResult: the document's
// metadata, its triples and the entities they mention) and `kg build
// --extracted` stores them without running the NLP pipeline again. That
// splits the slow part (parsing, on every core or on other machines) from
// loading, so a graph can be rebuilt into another backend, or after a
// lost store, at the speed of the store.

// record is the saved form of a DocResult.
type record struct {
	Doc       fact.Doc      `json:"doc"`
	Sentences int           `json:"sentences"`
	Triples   []fact.Triple `json:"triples"`
	Entities  []fact.Entity `json:"entities"`
}

// MaxRecordBytes bounds one saved document's line, so a damaged file
// cannot make the reader hold an unbounded line in memory.
const MaxRecordBytes = 64 << 20

// RecordError is a saved record that could not be read: the file, its
// line and why.
type RecordError struct {
	File string
	Line int
	Err  error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// ReadResults reads saved DocResults (JSON Lines, as written by WriteResult)
// from r and calls emit for each valid one, in order. A record that is
// not valid JSON or breaks the format's rules is reported through bad and
// skipped, so one damaged line costs one document; a read error is
// reported the same way and ends the input. Only an error from emit is
// returned.
func ReadResults(name string, r io.Reader, emit func(DocResult) error, bad func(*RecordError)) error {
	return ReadResultsWith(name, r, 1, func(DocResult) struct{} { return struct{}{} },
		func(d DocResult, _ struct{}) error { return emit(d) }, bad)
}

// ReadResultsWith is ReadResults with the decoding, and work on each
// decoded document, done on workers goroutines: emit still sees the
// documents, with what work returned for each, and bad the damaged
// records, in input order. A few records ahead of emit are in flight.
func ReadResultsWith[T any](name string, r io.Reader, workers int, work func(DocResult) T, emit func(DocResult, T) error, bad func(*RecordError)) error {
	type result struct {
		d    DocResult
		v    T
		line int
		ok   bool  // a document to emit (not a blank line)
		err  error // a damaged record
	}
	if workers < 1 {
		workers = 1
	}
	jobs := make(chan func(), workers)
	queue := make(chan chan result, 4*workers)
	stop := make(chan struct{})
	defer close(stop)
	for i := 0; i < workers; i++ {
		go func() {
			for job := range jobs {
				job()
			}
		}()
	}
	go func() {
		defer close(jobs)
		defer close(queue)
		br := bufio.NewReaderSize(r, 1<<20)
		for line := 1; ; line++ {
			rec, err := readLine(br)
			out := make(chan result, 1)
			select {
			case queue <- out:
			case <-stop:
				return
			}
			switch {
			case errors.Is(err, errTooLong):
				out <- result{line: line, err: err}
				continue
			case len(bytes.TrimSpace(rec)) > 0:
				ln := line
				job := func() {
					var d DocResult
					if derr := decodeResult(rec, &d); derr != nil {
						out <- result{line: ln, err: derr}
						return
					}
					out <- result{d: d, v: work(d), line: ln, ok: true}
				}
				select {
				case jobs <- job:
				case <-stop:
					return
				}
			default:
				out <- result{line: line}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				// The rest of this input is lost; say so after this line.
				lost := make(chan result, 1)
				lost <- result{line: line, err: err}
				select {
				case queue <- lost:
				case <-stop:
				}
				return
			}
		}
	}()
	for out := range queue {
		res := <-out
		if res.err != nil {
			if bad != nil {
				bad(&RecordError{name, res.line, res.err})
			}
		} else if res.ok {
			if err := emit(res.d, res.v); err != nil {
				return err
			}
		}
	}
	return nil
}

var errTooLong = fmt.Errorf("record longer than %d MB", MaxRecordBytes>>20)

// readLine returns the next line without its newline; an over-long line is
// consumed and dropped.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxRecordBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || err == io.EOF {
				return nil, errTooLong
			}
			return nil, err
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), err
	}
}

// decodeResult parses and checks one record. Everything a store keys on
// must be present and sane, since a saved file may have been edited or
// written by another program.
func decodeResult(rec []byte, d *DocResult) error {
	if !utf8.Valid(rec) {
		return errors.New("not UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(rec))
	dec.DisallowUnknownFields()
	var r record
	if err := dec.Decode(&r); err != nil {
		return fmt.Errorf("not a kg extract --format docs record: %v", oneLineErr(err))
	}
	if dec.More() {
		return errors.New("not a kg extract --format docs record: more than one JSON value on the line")
	}
	*d = DocResult{Doc: r.Doc, Sentences: r.Sentences, Triples: r.Triples, Entities: r.Entities}
	if !validDocID(d.Doc.ID) {
		return fmt.Errorf("doc.id %q is not a content hash (16 hex digits)", clip(d.Doc.ID))
	}
	if d.Sentences < 0 {
		return errors.New("negative sentence count")
	}
	if d.Doc.Date != "" && !source.ValidDate(d.Doc.Date) {
		return fmt.Errorf("doc.date %q is not a YYYY-MM-DD date", clip(d.Doc.Date))
	}
	for i := range d.Triples {
		t := &d.Triples[i]
		switch {
		case t.Doc != "" && t.Doc != d.Doc.ID:
			return fmt.Errorf("triple %d belongs to document %q, not %q", i+1, clip(t.Doc), d.Doc.ID)
		case strings.TrimSpace(t.Subject) == "" || strings.TrimSpace(t.Relation) == "" || strings.TrimSpace(t.Object) == "":
			return fmt.Errorf("triple %d has an empty subject, relation or object", i+1)
		case t.SubjectID == "" || t.ObjectID == "":
			return fmt.Errorf("triple %d has no subject_id or object_id", i+1)
		case t.Sentence < 0 || t.Span[0] < 0 || t.Span[1] < t.Span[0]:
			return fmt.Errorf("triple %d has a negative sentence number or a bad span", i+1)
		}
		t.Doc = d.Doc.ID
	}
	for i, e := range d.Entities {
		if e.ID == "" || strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("entity %d has no id or name", i+1)
		}
	}
	return nil
}

func validDocID(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// clip shortens a value quoted in an error message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strings.ToValidUTF8(s, "?")
}

func oneLineErr(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// WriteResult writes one DocResult as a line of JSON (the format
// ReadResults reads). HTML characters are not escaped: the text is data.
func WriteResult(w io.Writer, r DocResult) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// Warnings are reported when made; they are not part of the data.
	if err := enc.Encode(record{Doc: r.Doc, Sentences: r.Sentences, Triples: r.Triples, Entities: r.Entities}); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
