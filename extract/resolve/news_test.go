package resolve

import (
	"testing"

	"github.com/kgraph/kg/fact"
)

// TestPronounGender: "she" does not stand for a man named just before
// her, whether a title ("King"), a noun ("her brother") or an earlier
// pronoun said he is one; a person of unknown gender stays a candidate.
func TestPronounGender(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	amara, _ := r.Resolve(Mention{Name: "Amara Tolu", Type: fact.Person, Sentence: 0, Subject: true, Gender: "f"})
	r.Resolve(Mention{Name: "Desmond Tolu", Type: fact.Person, Sentence: 0, Subject: true, Gender: "m"})
	if got, _ := r.Resolve(Mention{Pronoun: "she", Sentence: 1, Subject: true}); got.ID != amara.ID {
		t.Errorf("she -> %q, want Amara Tolu", got.Name)
	}
	if got, _ := r.Resolve(Mention{Pronoun: "he", Sentence: 1, Subject: true}); got.Name != "Desmond Tolu" {
		t.Errorf("he -> %q, want Desmond Tolu", got.Name)
	}

	// Gender learnt from a pronoun and from NoteGender.
	r.StartDoc()
	r.Resolve(Mention{Name: "Ines Vidal", Type: fact.Person, Sentence: 0, Subject: true})
	r.Resolve(Mention{Pronoun: "her", Sentence: 0})
	tom, _ := r.Resolve(Mention{Name: "Tom Reeves", Type: fact.Person, Sentence: 1, Subject: true})
	r.Resolve(Mention{Pronoun: "his", Sentence: 1})
	if got, _ := r.Resolve(Mention{Pronoun: "she", Sentence: 2, Subject: true}); got.Name != "Ines Vidal" {
		t.Errorf("she -> %q, want Ines Vidal (Ines Vidal was 'her', Tom Reeves 'his')", got.Name)
	}
	// Pronouns say nothing of the gender in the next document.
	r.StartDoc()
	r.Resolve(Mention{Name: "Ines Vidal", Type: fact.Person, Sentence: 0, Subject: true})
	r.Resolve(Mention{Name: "Tom Reeves", Type: fact.Person, Sentence: 1, Subject: true})
	if got, _ := r.Resolve(Mention{Pronoun: "she", Sentence: 2, Subject: true}); got.Name != "Tom Reeves" {
		t.Errorf("she -> %q, want Tom Reeves (the last document's pronouns do not count)", got.Name)
	}
	r.StartDoc()
	r.Resolve(Mention{Name: "Ines Vidal", Type: fact.Person, Sentence: 0, Subject: true})
	r.Resolve(Mention{Name: "Tom Reeves", Type: fact.Person, Sentence: 1, Subject: true})
	r.NoteGender(tom.ID, "m")
	if got, _ := r.Resolve(Mention{Pronoun: "she", Sentence: 2, Subject: true}); got.Name != "Ines Vidal" {
		t.Errorf("she -> %q, want Ines Vidal (Tom Reeves noted a man)", got.Name)
	}
	// Unknown gender: the closest subject, as before.
	r.StartDoc()
	r.Resolve(Mention{Name: "Kai Moana", Type: fact.Person, Sentence: 0, Subject: true})
	if got, _ := r.Resolve(Mention{Pronoun: "she", Sentence: 1, Subject: true}); got.Name != "Kai Moana" {
		t.Errorf("she -> %q, want Kai Moana", got.Name)
	}
}

// TestShortNameKeptForOnePerson: once a document calls one person by the
// bare surname, a relative named in full later does not take it over.
func TestShortNameKeptForOnePerson(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	r.Resolve(Mention{Name: "Tomas Vega", Type: fact.Person, Sentence: 0, Subject: true})
	if got, _ := r.Resolve(Mention{Name: "Vega", Type: fact.Person, Sentence: 1, Subject: true}); got.Name != "Tomas Vega" {
		t.Fatalf("Vega -> %q", got.Name)
	}
	r.Resolve(Mention{Name: "Lucia Vega", Type: fact.Person, Sentence: 2, Subject: true})
	if got, _ := r.Resolve(Mention{Name: "Vega", Type: fact.Person, Sentence: 3, Subject: true}); got.Name != "Tomas Vega" {
		t.Errorf("Vega -> %q after Lucia Vega was named, want Tomas Vega (called Vega before)", got.Name)
	}
	// Neither called so yet: the most recent one, as before.
	r.StartDoc()
	r.Resolve(Mention{Name: "Ana Ruiz", Type: fact.Person, Sentence: 0, Subject: true})
	r.Resolve(Mention{Name: "Pablo Ruiz", Type: fact.Person, Sentence: 1, Subject: true})
	if got, _ := r.Resolve(Mention{Name: "Ruiz", Type: fact.Person, Sentence: 2, Subject: true}); got.Name != "Pablo Ruiz" {
		t.Errorf("Ruiz -> %q, want the most recent, Pablo Ruiz", got.Name)
	}
	// The one the document keeps naming wins over one named once since:
	// "President Donald Trump ... his wife Melania Trump ... Trump said".
	r.StartDoc()
	r.Resolve(Mention{Name: "Donald Trump", Type: fact.Person, Sentence: 0, Subject: true})
	r.Resolve(Mention{Name: "Donald Trump", Type: fact.Person, Sentence: 1, Subject: true})
	r.Resolve(Mention{Name: "Melania Trump", Type: fact.Person, Sentence: 2})
	if got, _ := r.Resolve(Mention{Name: "Trump", Type: fact.Person, Sentence: 3, Subject: true}); got.Name != "Donald Trump" {
		t.Errorf("Trump -> %q, want Donald Trump (mentioned twice; Melania Trump once, more recently)", got.Name)
	}
}

// TestTypeFromLaterMention: a full name first met untyped takes the type
// of a later typed mention; a one-word name does not (the tagger calls
// "Twitter" a person now and then).
func TestTypeFromLaterMention(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	r.Resolve(Mention{Name: "Ana Lima"})
	if got, _ := r.Resolve(Mention{Name: "Ana Lima", Type: fact.Person}); got.Type != fact.Person {
		t.Errorf("Ana Lima typed %q, want PERSON", got.Type)
	}
	r.Resolve(Mention{Name: "Twitter"})
	if got, _ := r.Resolve(Mention{Name: "Twitter", Type: fact.Person}); got.Type != "" {
		t.Errorf("Twitter typed %q, want untyped", got.Type)
	}
}

// TestShortAcronymsStayInTheirDocument: a two-letter acronym joins a long
// name only within one document ("SC" was the Supreme Court, South
// Carolina and SARS-CoV-2 of a whole corpus); longer ones across documents.
func TestShortAcronymsStayInTheirDocument(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	sc, _ := r.Resolve(Mention{Name: "SC", Type: fact.Org})
	r.StartDoc()
	if got, _ := r.Resolve(Mention{Name: "Supreme Court", Type: fact.Org}); got.ID == sc.ID {
		t.Errorf("Supreme Court joined SC of another document")
	}
	r.StartDoc()
	sg, _ := r.Resolve(Mention{Name: "Sierra Group", Type: fact.Org})
	if got, _ := r.Resolve(Mention{Name: "SG", Type: fact.Org}); got.ID != sg.ID {
		t.Errorf("SG -> %q, want Sierra Group of the same document", got.Name)
	}
	r.Resolve(Mention{Name: "IAEA", Type: fact.Org})
	r.StartDoc()
	if got, _ := r.Resolve(Mention{Name: "International Atomic Energy Agency", Type: fact.Org}); got.Name != "IAEA" {
		t.Errorf("International Atomic Energy Agency -> %q, want IAEA of an earlier document", got.Name)
	}
}

// TestNamesNotJoined: a given name before a surname that begins with a
// particle is part of the name ("Alex Van Halen" is not "Van Halen"), and
// a name holding an acronym has no acronym of its own ("ABS-CBN
// Corporation" is not "ACC").
func TestNamesNotJoined(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	vh, _ := r.Resolve(Mention{Name: "Van Halen", Type: fact.Person})
	if got, _ := r.Resolve(Mention{Name: "Alex Van Halen", Type: fact.Person}); got.ID == vh.ID {
		t.Errorf("Alex Van Halen joined Van Halen")
	}
	acc, _ := r.Resolve(Mention{Name: "ACC", Type: fact.Org})
	if got, _ := r.Resolve(Mention{Name: "ABS-CBN Corporation", Type: fact.Org}); got.ID == acc.ID {
		t.Errorf("ABS-CBN Corporation joined ACC")
	}
}

// TestTitleAloneIsNoName: "the Tunisian Prime Minister" left as "Minister"
// names no one (it was one entity for every prime minister of a corpus),
// but a person whose surname is a title word is still found by it.
func TestTitleAloneIsNoName(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	if got, ok := r.Resolve(Mention{Name: "Prime Minister", Type: fact.Person}); ok {
		t.Errorf("Prime Minister resolved to %q", got.Name)
	}
	r.Resolve(Mention{Name: "Michel Mayor", Type: fact.Person})
	if got, _ := r.Resolve(Mention{Name: "Mayor", Type: fact.Person}); got.Name != "Michel Mayor" {
		t.Errorf("Mayor -> %q, want Michel Mayor", got.Name)
	}
}

// TestStormsAreNoPeople: a storm named like a person is untyped.
func TestStormsAreNoPeople(t *testing.T) {
	r := New(nil)
	r.StartDoc()
	storm, _ := r.Resolve(Mention{Name: "Hurricane Dorian", Type: fact.Person})
	if storm.Type != "" {
		t.Errorf("Hurricane Dorian typed %q", storm.Type)
	}
	if got, _ := r.Resolve(Mention{Name: "Dorian", Type: fact.Person}); got.ID != storm.ID {
		t.Errorf("Dorian -> %q, want Hurricane Dorian", got.Name)
	}
	if got, _ := r.Resolve(Mention{Name: "Dorian Gray", Type: fact.Person}); got.Type != fact.Person {
		t.Errorf("Dorian Gray typed %q, want PERSON", got.Type)
	}
}

// TestPronounForTheDocumentsPerson: with no person in the two sentences
// before it, "he" opening a sentence is the one person of the five before,
// when the document's first sentences name him and his gender is known;
// not mid-sentence, not of another gender, not late in a long document.
func TestPronounForTheDocumentsPerson(t *testing.T) {
	r := New(nil)
	start := func() {
		r.StartDoc()
		r.Resolve(Mention{Name: "Don Imus", Type: fact.Person, Sentence: 0, Subject: true, Gender: "m"})
		r.Resolve(Mention{Name: "MSNBC", Type: fact.Org, Sentence: 2, Subject: true})
	}
	start()
	if got, _ := r.Resolve(Mention{Pronoun: "he", Sentence: 4, Subject: true}); got.Name != "Don Imus" {
		t.Errorf("he -> %q, want Don Imus", got.Name)
	}
	start()
	if got, ok := r.Resolve(Mention{Pronoun: "he", Sentence: 4, Subject: true, At: 7}); ok {
		t.Errorf("he mid-sentence -> %q, want none", got.Name)
	}
	start()
	if got, ok := r.Resolve(Mention{Pronoun: "she", Sentence: 4, Subject: true}); ok {
		t.Errorf("she -> %q, want none", got.Name)
	}
	start()
	if got, ok := r.Resolve(Mention{Pronoun: "he", Sentence: 7, Subject: true}); ok {
		t.Errorf("he six sentences on -> %q, want none", got.Name)
	}
	// Not a person named only later in the document.
	r.StartDoc()
	r.Resolve(Mention{Name: "MSNBC", Type: fact.Org, Sentence: 0, Subject: true})
	r.Resolve(Mention{Name: "Don Imus", Type: fact.Person, Sentence: 3, Subject: true, Gender: "m"})
	if got, ok := r.Resolve(Mention{Pronoun: "he", Sentence: 6, Subject: true}); ok {
		t.Errorf("he -> %q, a person not in the first sentences; want none", got.Name)
	}
}
