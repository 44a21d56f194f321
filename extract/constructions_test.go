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
		{"time and place off a name object", "The mayor will host Pedro Alvarez in Madrid on Tuesday.", []want{
			{"The mayor", "host", "Pedro Alvarez", func(t fact.Triple) bool { return t.Place == "Madrid" && t.Time == "2025-08-26" }}}},
		{"place hung on a described person", "Chidi Okafor flew to Europe before he meets the German chancellor in Berlin on Friday.", []want{
			{"Chidi Okafor", "meet", "the German chancellor", func(t fact.Triple) bool { return t.Place == "Berlin" && t.Time != "" }}}},
		{"short name before the full name", "Okafor arrived in Lagos on Monday. Chidi Okafor met the bankers on Tuesday.", []want{{"Chidi Okafor", "arrive in", "Lagos", nil}}},
		{"apposition of places", "The mayor of Auckland, New Zealand, resigned.", []want{{"Auckland", "be in", "New Zealand", nil}}},
		{"both countries after a pair", "Officials from Peru and Chile met in Lima. Both countries signed the accord.", []want{{"Peru", "sign", "the accord", nil}, {"Chile", "sign", "the accord", nil}}},
		{"they after a pair", "Peru and Chile held talks in Lima. They signed the accord.", []want{{"Peru", "sign", "the accord", nil}, {"Chile", "sign", "the accord", nil}}},
		{"adjectives before a name", "The liberal President Paul Girard visited Berlin.", []want{{"Paul Girard", "visit", "Berlin", nil}}},
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

// TestEntityHygiene checks that phrases are no entities of the registry,
// that listed names written inside phrases join their entity, and that
// fragments the parser cut badly do not become subjects.
func TestEntityHygiene(t *testing.T) {
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := "The summit opened in Oslo. Leaders at the G-7 meeting praised Norway. The Group of Seven summit ended on Friday. The G7 countries issued a statement."
	d := fact.Doc{ID: fact.DocID(text), Name: "t.txt", Date: "2025-08-20", Text: text}
	res, err := ex.Extract(context.Background(), []fact.Doc{d})
	if err != nil {
		t.Fatal(err)
	}
	g7 := 0
	for _, e := range res.Entities {
		if e.Type == "" && strings.HasPrefix(strings.ToLower(e.Name), "the ") {
			t.Errorf("phrase %q registered as an entity", e.Name)
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n == "G7" || n == "G-7" || n == "Group of Seven" {
				g7++
				break
			}
		}
	}
	if g7 != 1 {
		t.Errorf("%d entities for the G7, want 1: %+v", g7, res.Entities)
	}
	for _, tr := range res.Triples {
		if tr.Subject == "The summit" && tr.SubjectType != "" {
			t.Errorf("phrase subject typed %s", tr.SubjectType)
		}
		if w := strings.Fields(tr.Subject); len(w) > 0 && (w[0] == "in" || w[0] == "to") {
			t.Errorf("fragment subject %q", tr.Subject)
		}
	}
}
