package extract

import (
	"context"
	"testing"

	"github.com/kgraph/kg/fact"
)

// A title word that starts an organisation's name ("General Motors") is
// not a title: the organisation keeps its name and is no one's "general".
func TestTitleWordInOrganisationName(t *testing.T) {
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := "General Motors announced a recall on Monday. General Mark Milley met Lloyd Austin."
	d := fact.Doc{ID: fact.DocID(text), Name: "t.txt", Date: "2025-08-20", Text: text}
	res, err := ex.Extract(context.Background(), []fact.Doc{d})
	if err != nil {
		t.Fatal(err)
	}
	announced, general := false, false
	for _, tr := range res.Triples {
		if tr.Subject == "General Motors" && tr.Relation == "announce" {
			announced = true
		}
		if tr.Subject == "Motors" {
			t.Errorf("the title was stripped from the organisation's name: %s –%s→ %s", tr.Subject, tr.Relation, tr.Object)
		}
		if tr.Subject == "Mark Milley" && tr.Relation == "be" && tr.Object == "general" {
			general = true
		}
	}
	if !announced {
		t.Errorf("no General Motors –announce→ triple: %+v", res.Triples)
	}
	if !general {
		t.Errorf("the title of a person's name was lost: no Mark Milley –be→ general")
	}
}
