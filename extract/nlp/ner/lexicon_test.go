package ner

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func readFixture(t *testing.T, path string, parse func(r *os.File) (map[string]string, error)) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := parse(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestReadWordNetNouns(t *testing.T) {
	names := readFixture(t, "testdata/data.noun", func(f *os.File) (map[string]string, error) { return ReadWordNetNouns(f) })
	for k, want := range map[string]string{
		// Instances (an "@i" pointer) in upper case, by lexicographer
		// file: person, location; classes in lower case: group, person;
		// "x" for other files (Einstein's theory, Bose-Einstein).
		"einstein": "Px", "albert": "P",
		"paris": "L", "france": "", // capital_of_France starts in lower case
		"light": "L", "city": "L", "french": "L",
		"united": "g", "nations": "g", "un": "g", "american": "p",
		"bose": "x", "statistics": "", "relativity": "", "capital": "", "of": "", "entity": "",
		// Whole names, tokenised as the segmenter would.
		"\x00united nations": "g", "\x00albert einstein": "P", "\x00paris": "L",
		"\x00capital of france": "", "\x00city of light": "L", "\x00einstein 's theory of relativity": "x",
		"\x00bose - einstein statistics": "x", "\x00relativity": "",
	} {
		if got := names[k]; got != want {
			t.Errorf("names[%q] = %q, want %q", k, got, want)
		}
	}
	for _, bad := range []string{"", "  1 only a licence header\n", "00001740 03 n 02 entity 0\n", "00001740 03 n 01 entity 0 002 @ 1 n 0000 |\n"} {
		if _, err := ReadWordNetNouns(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadWordNetNouns(%q): no error", bad)
		}
	}
}

func TestLexiconFeatures(t *testing.T) {
	names := readFixture(t, "testdata/data.noun", func(f *os.File) (map[string]string, error) { return ReadWordNetNouns(f) })
	lex := &Lexicon{Names: names}
	w := strings.Fields("the United Nations met Albert Einstein in paris , kerala and Tampa")
	c := newCtx(w, make([]string, len(w)), nil, nil, lex)
	if want := []string{"", "g", "g", "", "P", "Px", "", "L", "", "", "", ""}; !reflect.DeepEqual(c.wn, want) {
		t.Errorf("wn %q, want %q", c.wn, want)
	}
	if want := []string{"", "B-g", "I-g", "", "B-P", "I-P", "", "B-L", "", "", "", ""}; !reflect.DeepEqual(c.wnSpan, want) {
		t.Errorf("wnSpan %q, want %q", c.wnSpan, want)
	}
}

func TestNameLists(t *testing.T) {
	lists := NameLists([]string{"Mary", "Kim", "Min"}, []string{"Kim", "Smith"}, []string{"Greater Noida", "Noida", "San Rafael", "Ciudad Juárez", "Stratford-upon-Avon"})
	for k, want := range map[string]string{
		"mary": "f", "kim": "fs", "smith": "s", "min": "f",
		"noida": "gh", "greater": "h", "rafael": "h", "san": "", "juárez": "h", "stratford": "h", "upon": "h",
		"\x00greater noida": "g", "\x00noida": "g", "\x00san rafael": "g", "\x00stratford - upon - avon": "g",
		"\x00mary": "", "paris": "",
	} {
		if got := lists[k]; got != want {
			t.Errorf("lists[%q] = %q, want %q", k, got, want)
		}
	}
	lex := &Lexicon{Lists: lists}
	w := strings.Fields("Mary Smith flew from San Rafael to greater noida")
	c := newCtx(w, make([]string, len(w)), nil, nil, lex)
	if want := []string{"f", "s", "", "", "", "h", "", "h", "gh"}; !reflect.DeepEqual(c.gl, want) {
		t.Errorf("gl %q, want %q", c.gl, want)
	}
	// A place of several words is matched whole if it starts at a word
	// with a code ("san", three letters, has none).
	if want := []string{"", "", "", "", "", "", "", "B-g", "I-g"}; !reflect.DeepEqual(c.glSpan, want) {
		t.Errorf("glSpan %q, want %q", c.glSpan, want)
	}
}
