package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/source"
	"github.com/kgraph/kg/fact"
)

func seedDocs(t testing.TB) []fact.Doc {
	var docs []fact.Doc
	err := source.Read(context.Background(), []string{"../seeds"}, source.Options{}, func(d fact.Doc) error {
		docs = append(docs, d)
		return nil
	}, func(e *source.Error) { t.Fatal(e) })
	if err != nil || len(docs) == 0 {
		t.Skipf("seeds not readable: %v", err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	return docs
}

// TestSeeds checks issue 4's "done when" list on the two seed articles,
// through the real pipeline. The constructions themselves are tested on
// other sentences in constructions_test.go.
func TestSeeds(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), seedDocs(t))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("KG_SHOW_SEEDS") != "" {
		for _, tr := range res.Triples {
			fmt.Printf("%s/%d\t%s [%s]\t%s\t%s [%s]\tneg=%v mod=%s attr=%s time=%s place=%s %.2f\n", filepath.Base(tr.DocName), tr.Sentence, tr.Subject, tr.SubjectType, tr.Relation, tr.Object, tr.ObjectType, tr.Negated, tr.Modality, tr.Attribution, tr.Time, tr.Place, tr.Confidence)
		}
		for _, e := range res.Entities {
			fmt.Printf("E %s %q %s %v %d\n", e.ID, e.Name, e.Type, e.Aliases, e.Mentions)
		}
	}
	has := func(s, rel, o string) bool {
		for _, tr := range res.Triples {
			if strings.Contains(tr.Subject, s) && tr.Relation == rel && strings.Contains(tr.Object, o) {
				return true
			}
		}
		return false
	}
	// "in Washington on Monday", glued into one name by the tagger, is a
	// place and a time.
	placed := false
	for _, tr := range res.Triples {
		if strings.Contains(tr.Subject, "Lee") && tr.Relation == "meet" && strings.Contains(tr.Object, "Trump") && tr.Place == "Washington" && strings.Contains(tr.Time, "Monday") {
			placed = true
		}
	}
	if !placed {
		t.Errorf("missing Lee –meet→ Trump with Washington as place and Monday as time")
	}
	// "both countries" after "Japan and South Korea" stands for both.
	if !has("Japan", "allow for", "progress") || !has("South Korea", "allow for", "progress") {
		t.Errorf("\"both countries\" not resolved to Japan and South Korea")
	}
	for _, e := range res.Entities {
		if e.Type == "" && strings.HasPrefix(strings.ToLower(e.Name), "the ") {
			t.Errorf("phrase %q registered as an entity", e.Name)
		}
	}
	for _, c := range [][3]string{
		{"Kishida", "meet", "Yoon"}, {"Lee", "meet", "Ishiba"}, {"Lee", "meet", "Trump"},
		{"Lee", "arrive in", "Japan"}, {"Kishida", "invite", "South Korea"}, {"Japan", "occupy", "Korea"},
		{"Japan", "agree to", "15% tariff"}, {"South Korea", "agree to", "15% tariff"},
		{"Yoon", "declare", "martial law"},
		{"Fumio Kishida", "prime minister of", "Japan"}, {"Yoon Suk Yeol", "president of", "South Korea"},
		{"Lee Jae-myung", "president of", "South Korea"}, {"Shigeru Ishiba", "be", "prime minister"},
		{"Donald Trump", "president of", "United States"},
	} {
		if !has(c[0], c[1], c[2]) {
			t.Errorf("missing %s –%s→ %s", c[0], c[1], c[2])
		}
	}
	count := map[string]int{}
	for _, e := range res.Entities {
		if e.Type == "" {
			continue // phrases, not names
		}
		for _, n := range []string{"Lee", "Ishiba", "Kishida", "Yoon", "Trump", "United States", "G7", "Group of Seven"} {
			all := append([]string{e.Name}, e.Aliases...)
			for _, a := range all {
				if a == n || strings.HasPrefix(a, n+" ") || strings.HasSuffix(a, " "+n) {
					count[n]++
					break
				}
			}
		}
	}
	for _, n := range []string{"Lee", "Ishiba", "Kishida", "Yoon", "Trump", "United States", "G7", "Group of Seven"} {
		if count[n] != 1 {
			t.Errorf("%d entities for %s, want 1", count[n], n)
		}
	}
}
