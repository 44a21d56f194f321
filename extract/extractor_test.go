package extract

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/fact"
)

func docs(texts ...string) []fact.Doc {
	var out []fact.Doc
	for i, t := range texts {
		out = append(out, fact.Doc{ID: fact.DocID(t), Name: string(rune('a'+i)) + ".txt", Date: "2025-08-25", Text: t})
	}
	return out
}

var corpus = []string{
	"Prime Minister Alan Carter met Chancellor Maria Lindqvist in Oslo on Sunday. Carter praised the agreement.",
	"The company hired 200 engineers. Carter visited the factory.",
	"Norway signed a treaty with Sweden. The treaty covers fishing rights.",
}

// TestStreamOrderIndependentOfWorkers checks the contract the store relies
// on: the same documents give the same triples and entities, in the same
// order, whatever the number of workers.
func TestStreamOrderIndependentOfWorkers(t *testing.T) {
	run := func(workers int) ([]DocResult, []fact.Entity) {
		ex, err := New(Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		res, err := ex.Extract(context.Background(), docs(corpus...))
		if err != nil {
			t.Fatal(err)
		}
		return res.Docs, res.Entities
	}
	d1, e1 := run(1)
	d4, e4 := run(4)
	if !reflect.DeepEqual(d1, d4) || !reflect.DeepEqual(e1, e4) {
		t.Fatalf("output depends on workers:\n%+v\n%+v", d1, d4)
	}
	if len(d1) != len(corpus) {
		t.Fatalf("got %d results for %d docs", len(d1), len(corpus))
	}
	for i, d := range d1 {
		if d.Doc.Name != docs(corpus...)[i].Name {
			t.Errorf("result %d is %s: not in input order", i, d.Doc.Name)
		}
	}
}

// TestTripleFieldsFilled checks that every triple carries its provenance.
func TestTripleFieldsFilled(t *testing.T) {
	ex, err := New(Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), docs(corpus...))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Triples) == 0 {
		t.Fatal("no triples")
	}
	for _, tr := range res.Triples {
		d := res.Docs[0].Doc
		for _, r := range res.Docs {
			if r.Doc.ID == tr.Doc {
				d = r.Doc
			}
		}
		if tr.Subject == "" || tr.Object == "" || tr.Relation == "" || tr.SubjectID == "" || tr.ObjectID == "" ||
			tr.RelationSurface == "" || tr.Doc == "" || tr.DocName == "" || tr.Text == "" ||
			tr.Confidence <= 0 || tr.Confidence > 1 || d.Text[tr.Span[0]:tr.Span[1]] != tr.Text {
			t.Errorf("incomplete triple %+v", tr)
		}
	}
}

func TestStreamStopsOnEmitError(t *testing.T) {
	ex, err := New(Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan fact.Doc)
	go func() {
		defer close(in)
		for _, d := range docs(corpus...) {
			in <- d
		}
	}()
	stop := context.Canceled
	n := 0
	err = ex.Stream(context.Background(), in, func(DocResult) error { n++; return stop })
	if err != stop || n != 1 {
		t.Fatalf("Stream = %v after %d emits, want the emit error after 1", err, n)
	}
}

// A bug on one sentence costs that sentence's facts and a warning, not the
// run: the worker that parses documents cannot let a panic through.
func TestSafeExtractRecovers(t *testing.T) {
	var warnings []string
	exs := safeExtract(nil, 3, &warnings) // no sentence at all: extractSentence fails on it
	if len(exs) != 0 || len(warnings) != 1 || !strings.HasPrefix(warnings[0], "sentence 3: internal error") {
		t.Errorf("got %v, warnings %q", exs, warnings)
	}
	s := &nlp.Sentence{Text: "x", Tokens: []nlp.Token{{Text: "x", UPOS: "NOUN", XPOS: "NN", Head: -1, DepRel: "root"}}}
	if safeExtract(s, 0, &warnings); len(warnings) != 1 {
		t.Errorf("a good sentence warned: %q", warnings)
	}
}
