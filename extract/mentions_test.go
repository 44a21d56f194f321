package extract

import (
	"context"
	"testing"
)

// TestEmbeddedDescriptions checks that a definite description inside a
// longer phrase ("the Chilean president's visit", "the hotel of the
// Chilean president") is a mention of the person named with that role.
func TestEmbeddedDescriptions(t *testing.T) {
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := "Chilean President Marta Soto arrived in Lima on Monday.\n" +
		"Reporters asked about the Chilean president's visit.\n" +
		"Protesters gathered near the hotel of the Chilean president.\n"
	res, err := ex.Extract(context.Background(), docs(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Docs[0].Entities {
		if e.Name == "Marta Soto" {
			if e.Mentions < 4 {
				t.Errorf("Marta Soto: %d mentions, want 4 (two in the first sentence, one in each description): %+v", e.Mentions, e)
			}
			return
		}
	}
	t.Errorf("no Marta Soto among %+v", res.Docs[0].Entities)
}

// TestNameWithDescriptionOrAffiliation checks that a person's name keeps
// its entity when a description comes before it or an affiliation after
// it.
func TestNameWithDescriptionOrAffiliation(t *testing.T) {
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), docs("Professor Ana Ruiz of Lund University signed the letter.\nSwedish marine biologist Erik Holm signed the petition.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Ana Ruiz": false, "Erik Holm": false}
	var got []string
	for _, tr := range res.Triples {
		got = append(got, tr.Subject+" | "+tr.Relation+" | "+tr.Object)
		if _, ok := want[tr.Subject]; ok && tr.Relation == "sign" {
			want[tr.Subject] = true
		}
	}
	for n, ok := range want {
		if !ok {
			t.Errorf("no %s | sign triple; got %q", n, got)
		}
	}
}
