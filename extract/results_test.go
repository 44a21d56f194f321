package extract

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

func TestResultsRoundTrip(t *testing.T) {
	in := []DocResult{
		{Doc: fact.Doc{ID: "0123456789abcdef", Name: "a.txt", Title: "A \"title\" <b>", Date: "2025-08-23"}, Sentences: 2,
			Triples: []fact.Triple{{Subject: "Lee", Relation: "meet", Object: "Ishiba", SubjectID: "lee", ObjectID: "ishiba",
				Doc: "0123456789abcdef", Text: "Lee met Ishiba.\n\u202e", Span: [2]int{0, 15}, Confidence: 0.9}},
			Entities: []fact.Entity{{ID: "lee", Name: "Lee", Type: fact.Person, Mentions: 3}}},
		{Doc: fact.Doc{ID: "fedcba9876543210", Name: "-"}},
	}
	var buf bytes.Buffer
	for _, r := range in {
		r.Warnings = []string{"not saved"}
		if err := WriteResult(&buf, r); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("%d lines for 2 documents:\n%s", n, buf.String())
	}
	var out []DocResult
	err := ReadResults("x", &buf, func(r DocResult) error { out = append(out, r); return nil },
		func(e *RecordError) { t.Errorf("unexpected bad record: %v", e) })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out, in) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, in)
	}
}

func TestReadResultsRejects(t *testing.T) {
	good := `{"doc":{"id":"0123456789abcdef","name":"a"},"sentences":1,"triples":[],"entities":[]}`
	for _, c := range []struct{ line, want string }{
		{`{"doc":{"id":"0123456789ABCDEF"}}`, "content hash"},
		{`{"doc":{"id":"0123456789abcdef","date":"23/08/2025"}}`, "YYYY-MM-DD"},
		{`{"doc":{"id":"0123456789abcdef"},"triples":[{"subject":"a","relation":"b","object":"c","subject_id":"a","object_id":"c","doc":"ffffffffffffffff"}]}`, "belongs to document"},
		{`{"doc":{"id":"0123456789abcdef"},"triples":[{"subject":"a","relation":" ","object":"c","subject_id":"a","object_id":"c"}]}`, "empty subject, relation or object"},
		{`{"doc":{"id":"0123456789abcdef"},"triples":[{"subject":"a","relation":"b","object":"c","subject_id":"a"}]}`, "no subject_id or object_id"},
		{`{"doc":{"id":"0123456789abcdef"},"triples":[{"subject":"a","relation":"b","object":"c","subject_id":"a","object_id":"c","span":[5,2]}]}`, "bad span"},
		{`{"doc":{"id":"0123456789abcdef"},"entities":[{"id":"","name":"x"}]}`, "no id or name"},
		{`{"doc":{"id":"0123456789abcdef"},"extra":1}`, "unknown field"},
		{good + good, "more than one JSON value"},
		{"Lee met Ishiba.", "not a kg extract"},
		{"{\"doc\":{\"id\":\"\xff\"}}", "not UTF-8"},
	} {
		var errs []*RecordError
		n := 0
		err := ReadResults("in.jsonl", strings.NewReader(good+"\n"+c.line+"\n"+good+"\n"), func(DocResult) error { n++; return nil },
			func(e *RecordError) { errs = append(errs, e) })
		if err != nil {
			t.Fatal(err)
		}
		if n != 2 || len(errs) != 1 || errs[0].Line != 2 || errs[0].File != "in.jsonl" || !strings.Contains(errs[0].Error(), c.want) {
			t.Errorf("%s: %d good, errors %v; want 2 good and one error at line 2 containing %q", c.line, n, errs, c.want)
		}
	}
}

func TestReadResultsLongLineAndEmitError(t *testing.T) {
	good := `{"doc":{"id":"0123456789abcdef","name":"a"}}` + "\n"
	long := strings.Repeat("x", MaxRecordBytes+10) + "\n"
	var errs []*RecordError
	n := 0
	err := ReadResults("big", strings.NewReader(long+good), func(DocResult) error { n++; return nil }, func(e *RecordError) { errs = append(errs, e) })
	if err != nil || n != 1 || len(errs) != 1 || errs[0].Line != 1 || !strings.Contains(errs[0].Error(), "longer than") {
		t.Errorf("over-long line: err %v, %d good, errors %v", err, n, errs)
	}
	stop := errors.New("stop")
	if err := ReadResults("x", strings.NewReader(good+good), func(DocResult) error { return stop }, nil); err != stop {
		t.Errorf("emit's error: got %v", err)
	}
}

// TestReadResultsWithWorkers: decoding on several goroutines gives the
// same documents, work results and damaged-record reports, in input order,
// as one; and a stop from emit stops it.
func TestReadResultsWithWorkers(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 200; i++ {
		switch i % 17 {
		case 3:
			in.WriteString("not json\n")
		case 5:
			in.WriteString("\n")
		default:
			fmt.Fprintf(&in, `{"doc":{"id":"%016x","name":"d%d"},"sentences":%d}`+"\n", i, i, i)
		}
	}
	in.WriteString(`{"doc":{"id":"00000000000000ff","name":"last"}}`) // no final newline
	run := func(workers int) (events []string) {
		err := ReadResultsWith("in.jsonl", strings.NewReader(in.String()), workers,
			func(d DocResult) string { return strings.ToUpper(d.Doc.Name) },
			func(d DocResult, v string) error { events = append(events, d.Doc.ID+" "+v); return nil },
			func(e *RecordError) { events = append(events, e.Error()) })
		if err != nil {
			t.Fatal(err)
		}
		return events
	}
	one, four := run(1), run(4)
	if len(one) != 200-12+1 || !strings.HasSuffix(one[len(one)-1], "LAST") || !strings.HasPrefix(one[3], "in.jsonl:4:") {
		t.Fatalf("one worker: %d events, %q … %q", len(one), one[:5], one[len(one)-1])
	}
	if !reflect.DeepEqual(one, four) {
		t.Errorf("four workers differ from one:\n%q\n%q", four[:8], one[:8])
	}
	stop, n := errors.New("stop"), 0
	err := ReadResultsWith("x", strings.NewReader(in.String()), 4, func(DocResult) int { return 0 },
		func(DocResult, int) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("emit's error: %v after %d documents", err, n)
	}
}
