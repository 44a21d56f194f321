package resolve

import (
	"testing"

	"github.com/kgraph/kg/fact"
)

func TestResolve(t *testing.T) {
	type step struct {
		doc  bool // start a new document first
		m    Mention
		want string // canonical name, "" = unresolved
	}
	for _, c := range []struct {
		name  string
		steps []step
	}{
		{"aliases merge", []step{
			{true, Mention{Name: "US", Type: fact.GPE}, "United States"},
			{false, Mention{Name: "U.S.", Type: fact.GPE}, "United States"},
			{false, Mention{Name: "the United States", Type: fact.GPE}, "United States"},
			{true, Mention{Name: "G-7", Type: fact.Org}, "Group of Seven"},
			{false, Mention{Name: "G7", Type: fact.Org}, "Group of Seven"},
		}},
		{"a short name without its diacritics joins the full name", []step{
			{true, Mention{Name: "Zofia Wójcik", Type: fact.Person}, "Zofia Wójcik"},
			{false, Mention{Name: "Wojcik", Type: fact.Person}, "Zofia Wójcik"},
		}},
		{"a place abbreviation is no organisation's acronym", []step{
			{true, Mention{Name: "Water Council", Type: fact.Org}, "Water Council"},
			{false, Mention{Name: "W.C.", Type: fact.Loc}, "W.C."},
		}},
		{"an acronym is no person's short name", []step{
			{true, Mention{Name: "Karl Uhl", Type: fact.Person}, "Karl Uhl"},
			{false, Mention{Name: "KARL", Type: ""}, "KARL"},
		}},
		{"similar places stay apart", []step{
			{true, Mention{Name: "South Korea", Type: fact.GPE}, "South Korea"},
			{false, Mention{Name: "North Korea", Type: fact.GPE}, "North Korea"},
			{false, Mention{Name: "Korea", Type: fact.GPE}, "Korea"},
		}},
		{"short names across documents", []step{
			{true, Mention{Name: "Anna Berglund", Type: fact.Person}, "Anna Berglund"},
			{true, Mention{Name: "Berglund", Type: fact.Person}, "Anna Berglund"},
		}},
		{"Korean order: family name first", []step{
			{true, Mention{Name: "Park Min-jun", Type: fact.Person}, "Park Min-jun"},
			{false, Mention{Name: "Park", Type: fact.Loc}, "Park Min-jun"},
		}},
		{"two people with one surname stay apart", []step{
			{true, Mention{Name: "John Smith", Type: fact.Person}, "John Smith"},
			{false, Mention{Name: "Mary Smith", Type: fact.Person}, "Mary Smith"},
			{true, Mention{Name: "Smith", Type: fact.Person}, "Smith"},
		}},
		{"titles are not names", []step{
			{true, Mention{Name: "Chancellor Olaf Berg", Type: fact.Person}, "Olaf Berg"},
			{false, Mention{Name: "German Chancellor Olaf Berg", Type: ""}, "Olaf Berg"},
		}},
		{"pronouns take the closest person, preferring subjects", []step{
			{true, Mention{Name: "Olaf Berg", Type: fact.Person, Subject: true}, "Olaf Berg"},
			{false, Mention{Name: "Tove Lind", Type: fact.Person, Sentence: 0}, "Tove Lind"},
			{false, Mention{Pronoun: "he", Sentence: 1, Subject: true}, "Olaf Berg"},
			{false, Mention{Pronoun: "it", Sentence: 1}, ""},
		}},
		{"acronyms", []step{
			{true, Mention{Name: "International Atomic Energy Agency", Type: fact.Org}, "International Atomic Energy Agency"},
			{false, Mention{Name: "IAEA", Type: fact.Org}, "International Atomic Energy Agency"},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := New(nil)
			for i, s := range c.steps {
				if s.doc {
					r.StartDoc()
				}
				ref, ok := r.Resolve(s.m)
				got := ""
				if ok {
					got = ref.Name
				}
				if got != s.want {
					t.Errorf("step %d %+v: got %q, want %q", i, s.m, got, s.want)
				}
			}
		})
	}
}

func TestDescriptionsAndMergeReasons(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	ref, _ := r.Resolve(Mention{Name: "Olaf Berg", Type: fact.Person})
	r.AddRole(ref.ID, "chancellor", "Germany")
	if got, ok := r.Resolve(Mention{Role: "chancellor", Country: "Germany", Sentence: 1}); !ok || got.ID != ref.ID {
		t.Fatalf("the German chancellor: got %+v %v", got, ok)
	}
	r.Resolve(Mention{Name: "Berg", Type: fact.Person})
	e, _ := r.Get(ref.ID)
	if len(e.Merges) < 2 || e.Mentions != 3 || len(e.Aliases) != 1 {
		t.Errorf("want mentions, an alias and explained merges, got %+v", e)
	}
}

func TestKnownEntities(t *testing.T) {
	r := New([]fact.Entity{{ID: "anna-berglund", Name: "Anna Berglund", Type: fact.Person, Mentions: 4}})
	r.StartDoc()
	ref, ok := r.Resolve(Mention{Name: "Berglund", Type: fact.Person})
	if !ok || ref.ID != "anna-berglund" {
		t.Fatalf("a stored entity must be found by its short name, got %+v", ref)
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		name     string
		pair     [2]Mention
		at       int
		text     string
		sentence int
		want     bool
	}{
		{"both countries", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "both countries", 3, true},
		{"the two nations", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "the two nations", 2, true},
		{"countries are not people", [2]Mention{{Name: "Ana Ruiz", Type: fact.Person}, {Name: "Ben Cole", Type: fact.Person}}, 1, "both countries", 2, false},
		{"the two leaders", [2]Mention{{Name: "Ana Ruiz", Type: fact.Person}, {Name: "Ben Cole", Type: fact.Person}}, 1, "the two leaders", 2, true},
		{"they in the next sentence", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "They", 2, true},
		{"they too far away", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "they", 4, false},
		{"pair too far away", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "both countries", 9, false},
		{"other phrase", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "both sides of the river", 2, false},
		{"an adjective between", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "the two Andean neighbours", 2, true},
		{"both with an adjective", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "both South American countries", 2, true},
		{"an adjective before no kind", [2]Mention{{Name: "Peru", Type: fact.GPE}, {Name: "Chile", Type: fact.GPE}}, 1, "the two big rivers", 2, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := New(nil)
			r.StartDoc()
			a, _ := r.Resolve(c.pair[0])
			b, _ := r.Resolve(c.pair[1])
			r.NotePair(a, b, c.at)
			refs, ok := r.Plural(c.text, c.sentence)
			if ok != c.want {
				t.Fatalf("Plural(%q) = %v, want %v", c.text, ok, c.want)
			}
			if ok && (len(refs) != 2 || refs[0].ID != a.ID || refs[1].ID != b.ID) {
				t.Errorf("Plural(%q) = %v", c.text, refs)
			}
			r.StartDoc()
			if _, ok := r.Plural(c.text, c.sentence); ok {
				t.Errorf("pair survived the end of its document")
			}
		})
	}
}

func TestListed(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"G-7", "Group of Seven"}, {"Group of Seven", "Group of Seven"}, {"U.S.", "United States"},
		{"who", ""}, {"group of seven", ""}, {"Peru", ""},
	} {
		got, _, _ := Listed(c.in)
		if got != c.want {
			t.Errorf("Listed(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestKnownTailAndName(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	full, _ := r.Resolve(Mention{Name: "Bernie Sanders", Type: fact.Person})
	for _, c := range []struct {
		m    Mention
		want string
	}{
		{Mention{Name: "Vermont Bernie Sanders", Type: fact.Org}, full.ID},
		{Mention{Name: "Senate Bernie Sanders"}, full.ID},
		{Mention{Name: "Sanders Foundation", Type: fact.Org}, "sanders-foundation"},
	} {
		got, _ := r.Resolve(c.m)
		if got.ID != c.want {
			t.Errorf("%q → %s, want %s", c.m.Name, got.ID, c.want)
		}
	}
	if !r.KnownName("Sanders") || r.KnownName("Warren") {
		t.Errorf("KnownName: Sanders %v, Warren %v", r.KnownName("Sanders"), r.KnownName("Warren"))
	}
	r.StartDoc()
	if r.KnownName("Sanders") {
		t.Errorf("a surname is known only in the document that named the person in full")
	}
}

func TestEndDocMergesEarlyShortName(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	short, _ := r.Resolve(Mention{Name: "Okafor", Type: fact.Loc}) // a tagger error too
	full, _ := r.Resolve(Mention{Name: "Chidi Okafor", Type: fact.Person})
	other, _ := r.Resolve(Mention{Name: "Lagos", Type: fact.GPE})
	moved := r.EndDoc()
	if got := moved[short.ID]; got.ID != full.ID {
		t.Fatalf("EndDoc moved %v, want %s → %s", moved, short.ID, full.ID)
	}
	if _, ok := moved[other.ID]; ok {
		t.Errorf("a place was merged")
	}
	if e, _ := r.Get(short.ID); e.ID != full.ID || e.Mentions != 2 {
		t.Errorf("Get(%s) = %+v", short.ID, e)
	}
	for _, e := range r.Entities() {
		if e.ID == short.ID {
			t.Errorf("short entity still listed")
		}
	}
	// Two people with that surname: left alone.
	r.StartDoc()
	s2, _ := r.Resolve(Mention{Name: "Mensah", Type: fact.Person})
	r.Resolve(Mention{Name: "Ama Mensah", Type: fact.Person})
	r.Resolve(Mention{Name: "Kofi Mensah", Type: fact.Person})
	if _, ok := r.EndDoc()[s2.ID]; ok {
		t.Errorf("ambiguous surname merged")
	}
}

func TestStripModifiers(t *testing.T) {
	for in, want := range map[string]string{
		"Republican Kevin Marsh": "Kevin Marsh",
		"Incumbent Ana Ruiz":     "Ana Ruiz",
		"Democratic Party":       "Democratic Party",
		"Ana Ruiz":               "Ana Ruiz",
	} {
		if got := StripModifiers(in); got != want {
			t.Errorf("StripModifiers(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Republican Senator Kevin Marsh":        "Kevin Marsh",
		"Environment Minister Ola Berg":         "Ola Berg",
		"Home Secretary Ada Lind":               "Ada Lind",
		"Anglican Bishop Emeritus Paul Okoro":   "Paul Okoro",
		"Space Agency Administrator Li Wen Hua": "Li Wen Hua",
		"Dean John Smith":                       "John Smith",
	} {
		if got, titled := StripTitle(in); got != want || !titled {
			t.Errorf("StripTitle(%q) = %q %v, want %q", in, got, titled, want)
		}
	}
	// A title that is also a given name, before one name word, is the
	// given name.
	if got, titled := StripTitle("Dean Kamen"); got != "Dean Kamen" || titled {
		t.Errorf("StripTitle(%q) = %q %v, want it kept", "Dean Kamen", got, titled)
	}
	for in, want := range map[string]string{"ESA Karl Uhl": "Karl Uhl", "Labour's Ann Lee": "Ann Lee", "Ann's Lee": "Ann's Lee"} {
		if got := StripModifiers(in); got != want {
			t.Errorf("StripModifiers(%q) = %q, want %q", in, got, want)
		}
	}
}

// A bare given name does not name a person of another document; a
// surname does, and so does a given name in the same document.
func TestGivenNameAcrossDocuments(t *testing.T) {
	r := New(nil)
	r.GivenName = func(w string) bool { return w == "Francis" || w == "Tove" }
	r.StartDoc()
	r.Resolve(Mention{Name: "Francis Rooney", Type: fact.Person})
	r.StartDoc()
	if ref, _ := r.Resolve(Mention{Name: "Francis", Type: fact.Person}); ref.Name != "Francis" {
		t.Errorf("Francis in another document: %q, want Francis", ref.Name)
	}
	if ref, _ := r.Resolve(Mention{Name: "Rooney", Type: fact.Person}); ref.Name != "Francis Rooney" {
		t.Errorf("Rooney in another document: %q, want Francis Rooney", ref.Name)
	}
	r.StartDoc()
	r.Resolve(Mention{Name: "Tove Lind", Type: fact.Person})
	if ref, _ := r.Resolve(Mention{Name: "Tove", Type: fact.Person}); ref.Name != "Tove Lind" {
		t.Errorf("Tove in the same document: %q, want Tove Lind", ref.Name)
	}
}

// A company's legal suffix does not make another company: "Apple Inc."
// is "Apple", and the full name's type holds for the short one.
func TestCorporateSuffix(t *testing.T) {
	for _, c := range [][2]string{{"Apple Inc.", "Apple"}, {"Siemens AG", "Siemens"}, {"Tesco plc", "Tesco"}, {"The Acme Corp.", "Acme"}} {
		if Key(c[0]) != Key(c[1]) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q", c[0], Key(c[0]), c[1], Key(c[1]))
		}
	}
	if Key("Inc.") == "" || Key("Bag") != "bag" {
		t.Errorf("a suffix alone or a word ending like one lost: %q %q", Key("Inc."), Key("Bag"))
	}
	r := New(nil)
	r.StartDoc()
	a, _ := r.Resolve(Mention{Name: "Apple", Sentence: 0})
	b, _ := r.Resolve(Mention{Name: "Apple Inc.", Type: fact.Org, Sentence: 1})
	if a.ID != b.ID {
		t.Fatalf("Apple and Apple Inc. are two entities: %v %v", a, b)
	}
	if e, _ := r.Get(a.ID); e.Type != fact.Org {
		t.Errorf("Apple typed %q, want %q", e.Type, fact.Org)
	}
}

// A legal form spells no acronym: "AI" is not "Amazon.com Inc", while
// "CBC" is still the Canadian Broadcasting Corporation.
func TestAcronymSkipsLegalForms(t *testing.T) {
	for name, want := range map[string]string{"Amazon.com Inc": "a", "Acme Holdings Ltd.": "ah", "Canadian Broadcasting Corporation": "cbc", "Bank of America": "ba"} {
		if got := Acronym(name); got != want {
			t.Errorf("Acronym(%q) = %q, want %q", name, got, want)
		}
	}
	r := New(nil)
	r.StartDoc()
	a, _ := r.Resolve(Mention{Name: "Amazon.com Inc", Type: fact.Org})
	b, _ := r.Resolve(Mention{Name: "AI", Type: fact.Org})
	if a.ID == b.ID {
		t.Errorf("AI resolved to %s", a.Name)
	}
}

// The Fed is the Federal Reserve, whose initials it is not.
func TestFedAlias(t *testing.T) {
	if got, _, ok := Listed("Fed"); !ok || got != "Federal Reserve" {
		t.Errorf("Listed(Fed) = %q, %v", got, ok)
	}
}
