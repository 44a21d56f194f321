package extract

import (
	"bytes"
	"errors"
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
