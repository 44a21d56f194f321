package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

func TestInterviewTurns(t *testing.T) {
	doc := "Nurse Clara Okafor spoke to us about the ward.\n\n" +
		"((Reporter))  How long have you worked there?\n\n" +
		"Clara Okafor I have worked there for ten years.\n\n" +
		"((Reporter))  What changed?\n\n" +
		"CO We hired more staff. I lead the night shift.\n"
	masked, turns := interviewTurns(doc)
	if len(masked) != len(doc) {
		t.Fatalf("masking changed the length: %d != %d", len(masked), len(doc))
	}
	for _, label := range []string{"((Reporter))", "Clara Okafor I", "CO We"} {
		if strings.Contains(masked, label) {
			t.Errorf("label %q left in %q", label, masked)
		}
	}
	if !strings.Contains(masked, "I have worked there") || !strings.Contains(masked, "We hired more staff") {
		t.Errorf("answer text lost: %q", masked)
	}
	if len(turns) != 4 {
		t.Fatalf("want 4 turns, got %+v", turns)
	}
	want := []struct {
		speaker     string
		interviewer bool
	}{{"", true}, {"Clara Okafor", false}, {"", true}, {"Clara Okafor", false}}
	for i, w := range want {
		if turns[i].speaker != w.speaker || turns[i].interviewer != w.interviewer {
			t.Errorf("turn %d: got %+v, want %+v", i, turns[i], w)
		}
	}
	if tr := turnAt(turns, strings.Index(doc, "I lead")); tr == nil || tr.speaker != "Clara Okafor" {
		t.Errorf("turnAt: %+v", tr)
	}
	// Both sides bracketed: "((WN))" asks, "((Name))" answers.
	doc2 := "((WN))  Why Lisbon?\n\n((Tomas Varga))  I like the river.\n"
	masked2, turns2 := interviewTurns(doc2)
	if strings.Contains(masked2, "((") || len(turns2) != 2 || !turns2[0].interviewer || turns2[1].speaker != "Tomas Varga" {
		t.Errorf("bracketed speakers: %q %+v", masked2, turns2)
	}
	// An ordinary article is left alone, even with names starting lines.
	plain := "Anna Berg The minister resigned.\nMS Word crashed.\n"
	if m, tr := interviewTurns(plain); m != plain || tr != nil {
		t.Errorf("plain article changed: %q %+v", m, tr)
	}
}

// TestInterviewSpeakerResolves runs an interview through the pipeline: the
// answerer's "I" is the answerer, the speaker label is no subject, and the
// interviewer's question ranks below the answers.
func TestInterviewSpeakerResolves(t *testing.T) {
	text := "Engineer Tomas Varga designed the new bridge in Porto.\n\n" +
		"((Reporter))  Did you build the old bridge too?\n\n" +
		"Tomas Varga I designed the old bridge in 1990.\n\n" +
		"((Reporter))  What comes next?\n\n" +
		"TV I will design a tunnel in Lisbon.\n"
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), docs(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	varga := 0
	for _, tr := range res.Triples {
		got = append(got, tr.Subject+" | "+tr.Relation+" | "+tr.Object)
		if tr.Subject == "Tomas Varga" && tr.Sentence > 0 {
			varga++
		}
		if strings.Contains(tr.Text, "?") && tr.Confidence > 0.5 {
			t.Errorf("a question's triple ranks high: %+v", tr)
		}
	}
	if varga == 0 {
		t.Errorf("no answer attributed to Tomas Varga; got %q", got)
	}
}

// TestPeopleWithoutTriples checks that a person named only in a sentence
// that yields no triple is still an entity with her mention.
func TestPeopleWithoutTriples(t *testing.T) {
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), docs("Officials met on Monday.\nPhoto courtesy of Maria Kowalska.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Docs[0].Entities {
		if e.Name == "Maria Kowalska" {
			if e.Mentions != 1 || e.Type != fact.Person {
				t.Errorf("Maria Kowalska: %+v", e)
			}
			return
		}
	}
	t.Errorf("Maria Kowalska is no entity of the document: %+v", res.Docs[0].Entities)
}

// TestQuotedFirstPerson checks that "I" in a quotation is the person
// quoted, outside interviews too.
func TestQuotedFirstPerson(t *testing.T) {
	ex, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), docs("Mayor Ana Ruiz visited the plant on Monday.\n\"I support the new plant,\" Ruiz said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range res.Triples {
		got = append(got, tr.Subject+" | "+tr.Relation+" | "+tr.Object)
		if tr.Subject == "Ana Ruiz" && tr.Relation == "support" {
			return
		}
	}
	t.Errorf("no Ana Ruiz | support triple; got %q", got)
}
