package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/kgraph/kg/extract/source"
	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/internal/testtools"
)

// FuzzExtract: any text gives triples without a panic, and every triple is
// well formed: valid UTF-8, a span inside the document that holds its
// sentence, a confidence in 0..1, non-empty IDs.
func FuzzExtract(f *testing.F) {
	f.Add("Lee Jae-myung met Shigeru Ishiba in Tokyo on Saturday. He said the two countries would cooperate.")
	f.Add("\u202e“Quoted”, said O'Brien — who, (nested [brackets {and}]) wasn't there.")
	f.Add("defence lawyer john smith said it.\n\nANKARA, Turkey (AP) — A magnitude 6.8 earthquake struck, killing 40 and injuring 1,000, officials said.")
	seeds, _ := filepath.Glob(filepath.Join(testtools.Root(), "seeds", "*.txt"))
	for _, p := range seeds {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	if b, err := os.ReadFile(filepath.Join(testtools.Root(), "..", "shared", "corpus", "wikinews", "txt", "wn2019-000.txt")); err == nil {
		f.Add(string(b))
	}
	ex, err := New(Options{Workers: 1})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, ok := source.NewDoc("fuzz.txt", "", "", text, "2024-01-02")
		if !ok {
			return
		}
		res, err := ex.Extract(context.Background(), []fact.Doc{doc})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Docs {
			if len(d.Warnings) > 0 {
				t.Fatalf("a bug, recovered: %q", d.Warnings) // the extractor's recover must not hide panics from the fuzzer
			}
		}
		for _, tr := range res.Triples {
			if tr.Span[0] < 0 || tr.Span[1] > len(doc.Text) || tr.Span[0] > tr.Span[1] {
				t.Fatalf("span %v outside a %d-byte document", tr.Span, len(doc.Text))
			}
			if tr.Confidence < 0 || tr.Confidence > 1 || tr.SubjectID == "" || tr.ObjectID == "" || tr.Relation == "" {
				t.Fatalf("malformed triple %+v", tr)
			}
			for _, s := range []string{tr.Subject, tr.Relation, tr.Object, tr.Text} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in %+v", tr)
				}
			}
		}
	})
}
