package resolve

import (
	"testing"

	"github.com/kgraph/kg/fact"
)

// registrySize is everything in a Registry that could grow with the corpus.
func registrySize(r *Registry) (n int) {
	n = len(r.byID) + len(r.byKey) + len(r.order)
	for _, e := range r.order {
		n += len(e.Aliases) + len(e.aliasSet) + len(e.Merges) + len(e.mergeSet) + len(e.roles)
	}
	return n
}

// TestRegistryBoundedOnRepeats streams one document many times through a
// registry: after the first two (the second meets every name as already
// known), nothing in it may grow. Before reasons were kept once, every
// "Trump" appended another "short name" reason to Donald Trump, so a build
// of a large corpus held, and stored with every document, lists as long as
// the number of mentions.
func TestRegistryBoundedOnRepeats(t *testing.T) {
	doc := func(r *Registry) {
		r.StartDoc()
		steps := []Mention{
			{Name: "Trump", Type: fact.Person, Sentence: 0, Subject: true},
			{Name: "President Donald Trump", Type: fact.Person, Sentence: 1, Subject: true},
			{Name: "Trump", Type: fact.Person, Sentence: 2, Subject: true},
			{Pronoun: "he", Sentence: 2},
			{Name: "US", Type: fact.GPE, Sentence: 3},
			{Name: "U.S.", Type: fact.GPE, Sentence: 3},
			{Name: "International Atomic Energy Agency", Type: fact.Org, Sentence: 4},
			{Name: "IAEA", Type: fact.Org, Sentence: 5},
			{Name: "Ivanka Trump", Type: fact.Person, Sentence: 6},
			{Name: "Trump", Type: fact.Person, Sentence: 7},
			{Role: "president", Sentence: 8},
		}
		for i, m := range steps {
			ref, ok := r.Resolve(m)
			if i == 1 && ok {
				r.AddRole(ref.ID, "president", "")
			}
		}
		r.EndDoc()
	}
	r := New(nil)
	doc(r)
	doc(r)
	want := registrySize(r)
	merges := len(r.byID["donald-trump"].Merges)
	if merges == 0 {
		t.Fatal("no merge reasons recorded for Donald Trump: the test no longer exercises them")
	}
	for i := 0; i < 50; i++ {
		doc(r)
	}
	if got := registrySize(r); got != want {
		t.Errorf("registry grew from %d to %d entries over 50 repeats of one document", want, got)
	}
	for _, e := range r.Entities() {
		seen := map[string]bool{}
		for _, m := range e.Merges {
			if seen[m] {
				t.Errorf("%s: merge reason %q listed twice", e.ID, m)
			}
			seen[m] = true
		}
	}
	if got := len(r.byID["donald-trump"].Merges); got != merges {
		t.Errorf("Donald Trump's merge reasons grew from %d to %d", merges, got)
	}
}
