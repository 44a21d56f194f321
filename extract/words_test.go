package extract

import (
	"testing"

	"github.com/kgraph/kg/extract/clause"
)

func TestIsTimeWord(t *testing.T) {
	for in, want := range map[string]bool{
		"Wednesday": true, "last week": true, "June 2019": true, "today": true, "Friday morning": true,
		"the summit": false, "May Day parade": false, "Theresa May": false, "2019": false, "": false,
	} {
		if got := isTimeWord(in); got != want {
			t.Errorf("isTimeWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestWithoutLeadingPlace(t *testing.T) {
	for in, want := range map[string]string{
		"United States Donald Trump": "Donald Trump",
		"Japan Fumio Kishida":        "Fumio Kishida",
		"Jordan Peterson":            "Jordan Peterson", // two words: a name, not a place and a name
		"Anna Berg":                  "Anna Berg",
	} {
		if got := withoutLeadingPlace(in); got != want {
			t.Errorf("withoutLeadingPlace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPeel checks on a gold parse that time and place modifiers hung on a
// name object come off it as qualifiers.
func TestPeel(t *testing.T) {
	s := goldSentence(t, `
Ana Ana PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Trump Trump PROPN NNP 2 obj
in in ADP IN 5 case
Washington Washington PROPN NNP 3 nmod
on on ADP IN 7 case
Monday Monday PROPN NNP 3 nmod
. . PUNCT . 2 punct`)
	s.Tokens[4].NER = "B-LOC"
	obj := clause.Arg{Text: "Trump in Washington on Monday", Tokens: []int{2, 3, 4, 5, 6}, Head: 2}
	core, extras := peel(s, obj)
	if core.Text != "Trump" || len(extras) != 2 || extras[0].Role != "place" || extras[0].Text != "Washington" || extras[1].Role != "time" || extras[1].Text != "Monday" {
		t.Errorf("peel: %q %+v", core.Text, extras)
	}
	glued := clause.Arg{Text: "Washington on Monday", Tokens: []int{4, 5, 6}, Head: 4, Prep: "in", Role: "time"}
	core, extras = splitTime(s, glued)
	if core.Text != "Washington" || len(extras) != 1 || extras[0].Text != "Monday" || extras[0].Role != "time" {
		t.Errorf("splitTime: %q %+v", core.Text, extras)
	}
	if _, extras := splitTime(s, clause.Arg{Text: "Monday", Tokens: []int{6}, Head: 6}); len(extras) != 0 {
		t.Errorf("splitTime split a bare time")
	}
}
