package extract

import (
	"context"
	"fmt"
	"testing"

	"github.com/kgraph/kg/fact"
)

// TestRepeatedDocumentBoundedResult streams one news text many times (as
// the 20 MB bench corpus repeats Wikinews): from the second copy on, every
// copy must give the same triples and entity records, however many copies
// came before. The entity records go into the store with every document,
// so a list in them that grows with the corpus (as Merges did, one reason
// per mention) makes both the build's memory and the store grow with the
// square of the corpus.
func TestRepeatedDocumentBoundedResult(t *testing.T) {
	const text = "President Donald Trump met Prime Minister Shinzo Abe in Tokyo on Monday. " +
		"Trump said the US and Japan would sign a trade deal. He praised Abe. " +
		"The U.S. president later flew to Seoul, where Trump met South Korean President Moon Jae-in. " +
		"Moon said both countries want peace. The International Atomic Energy Agency (IAEA) welcomed the talks."
	const copies = 12
	in := make(chan fact.Doc)
	go func() {
		defer close(in)
		for i := 0; i < copies; i++ {
			tx := fmt.Sprintf("%s\n\nCopy %d.", text, i)
			in <- fact.Doc{ID: fact.DocID(tx), Name: fmt.Sprintf("copy%d.txt", i), Text: tx}
		}
	}()
	ex, err := New(Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	// mentions: each document's record counts its own mentions (the store
	// adds the records up; a running total made "Trump" count 1+2+…+12).
	type shape struct{ triples, entities, aliases, merges, mentions int }
	var shapes []shape
	var last DocResult
	err = ex.Stream(context.Background(), in, func(r DocResult) error {
		s := shape{triples: len(r.Triples), entities: len(r.Entities)}
		for _, e := range r.Entities {
			s.aliases += len(e.Aliases)
			s.merges += len(e.Merges)
			s.mentions += e.Mentions
		}
		shapes = append(shapes, s)
		last = r
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(shapes) != copies {
		t.Fatalf("%d results for %d documents", len(shapes), copies)
	}
	if shapes[1].merges == 0 {
		t.Fatal("no merge reasons in the document's entities: the test no longer exercises them")
	}
	if shapes[0].mentions == 0 || shapes[0].mentions != shapes[1].mentions {
		t.Errorf("mentions per document: copy 0 %d, copy 1 %d: want the same, and not 0", shapes[0].mentions, shapes[1].mentions)
	}
	for i := 2; i < copies; i++ {
		if shapes[i] != shapes[1] {
			t.Errorf("copy %d gives %+v, copy 1 gave %+v: the result grows with the documents before it", i, shapes[i], shapes[1])
		}
	}
	for _, e := range last.Entities {
		seen := map[string]bool{}
		for _, m := range e.Merges {
			if seen[m] {
				t.Errorf("%s: merge reason %q listed twice", e.ID, m)
			}
			seen[m] = true
		}
	}
}
