package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

// TestConstructions drives each construction through the real pipeline
// (trained parser, clause extractor, resolver) on sentences written for
// this test, not taken from the seeds.
func TestConstructions(t *testing.T) {
	ex, err := New(Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		s, rel, o string
		check     func(fact.Triple) bool
	}
	cases := []struct {
		name, text string
		want       []want
	}{
		{"svo with time resolved against the doc date", "Angela Moreno met Pedro Alvarez in Madrid on Monday.", []want{
			{"Angela Moreno", "meet", "Pedro Alvarez", func(t fact.Triple) bool { return t.Time == "2025-08-18" && t.Place == "Madrid" }}}},
		{"prepositional object", "Chancellor Olaf Berg arrived in Brazil on Tuesday.", []want{{"Olaf Berg", "arrive in", "Brazil", nil}}},
		{"passive turned active", "Norway was invited by Sweden to the conference.", []want{{"Sweden", "invite", "Norway", nil}}},
		{"coordinated subjects", "Canada and Mexico agreed to a new tariff.", []want{{"Canada", "agree to", "a new tariff", nil}, {"Mexico", "agree to", "a new tariff", nil}}},
		{"copula with negation", "Brazil is not a member of the alliance.", []want{{"Brazil", "be member of", "the alliance", func(t fact.Triple) bool { return t.Negated }}}},
		{"modality", "The ministers will sign the treaty.", []want{{"The ministers", "sign", "the treaty", func(t fact.Triple) bool { return t.Modality == "will" }}}},
		{"relative clause", "The board thanked Maria Lopez, who founded the company.", []want{{"Maria Lopez", "found", "the company", nil}}},
		{"title with demonym", "French President Paul Girard visited Berlin.", []want{{"Paul Girard", "president of", "France", nil}, {"Paul Girard", "visit", "Berlin", nil}}},
		{"reported speech", "Maria Lopez said the company opened a factory.", []want{{"the company", "open", "a factory", func(t fact.Triple) bool { return t.Attribution == "Maria Lopez" }}}},
		{"nominal event with possessive", "Olaf Berg praised his meeting with Paul Girard.", []want{{"Olaf Berg", "meet", "Paul Girard", nil}}},
		{"pronoun and short name", "Paul Girard landed in Rome. He met Pope Leo. Girard left on Friday.", []want{{"Paul Girard", "meet", "Leo", nil}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := fact.Doc{ID: fact.DocID(c.text), Name: "t.txt", Date: "2025-08-20", Text: c.text}
			res, err := ex.Extract(context.Background(), []fact.Doc{d})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tr := range res.Triples {
				got = append(got, fmt.Sprintf("%s –%s→ %s (time=%q place=%q neg=%v mod=%q attr=%q)", tr.Subject, tr.Relation, tr.Object, tr.Time, tr.Place, tr.Negated, tr.Modality, tr.Attribution))
			}
			for _, w := range c.want {
				found := false
				for _, tr := range res.Triples {
					if tr.Subject == w.s && tr.Relation == w.rel && strings.EqualFold(tr.Object, w.o) && (w.check == nil || w.check(tr)) {
						found = true
					}
				}
				if !found {
					t.Errorf("want %s –%s→ %s; got:\n  %s", w.s, w.rel, w.o, strings.Join(got, "\n  "))
				}
			}
		})
	}
}
