package extract

import "testing"

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
