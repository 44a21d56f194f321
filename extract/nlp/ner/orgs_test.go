package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestOrgRuns(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the Chicago Symphony Orchestra played", "O B-LOC I-LOC I-LOC O", "O B-ORG I-ORG I-ORG O"},
		{"Israeli Defense Forces said", "O O O O", "B-ORG I-ORG I-ORG O"},
		{"Bob Woodward of the Washington Post wrote", "B-PER I-PER O O B-LOC I-LOC O", "B-PER I-PER O O B-ORG I-ORG O"},
		{"U.S. Department of Housing and Urban Development", "B-LOC O O O O O O", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"For Libertarian Party members", "O O O O", "O B-ORG I-ORG O"},
		{"the West Bank and Gaza", "O B-LOC I-LOC O B-LOC", "O B-LOC I-LOC O B-LOC"},
		{"Great Service", "O O", "O O"},
		{"the party met", "O O O", "O O O"},
		{"the House Oversight and Reform Committee", "O B-ORG I-ORG I-ORG B-ORG I-ORG", "O B-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"the Senate and Congress", "O B-ORG O B-ORG", "O B-ORG O B-ORG"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		orgRuns(words, tags)
		if want := strings.Fields(c.want); !slices.Equal(tags, want) {
			t.Errorf("%q: got %v, want %v", c.words, tags, want)
		}
	}
}

func TestTrimEnds(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"National Oceanic and Atmospheric", "B-ORG I-ORG I-ORG B-ORG", "B-ORG I-ORG O B-ORG"},
		{"Bank of", "B-ORG I-ORG", "B-ORG O"},
		{"Bank of the", "B-ORG I-ORG I-ORG", "B-ORG O O"},
		{"Bank of England", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"and Smith", "O B-PER", "O B-PER"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		trimEnds(words, tags)
		if want := strings.Fields(c.want); !slices.Equal(tags, want) {
			t.Errorf("%q: got %v, want %v", c.words, tags, want)
		}
	}
}

func TestDayFirst(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"On Friday Ford Motor Company announced", "O B-ORG I-ORG I-ORG I-ORG O", "O O B-ORG I-ORG I-ORG O"},
		{"the Sunday Times reported", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		dayFirst(words, tags)
		if want := strings.Fields(c.want); !slices.Equal(tags, want) {
			t.Errorf("%q: got %v, want %v", c.words, tags, want)
		}
	}
}

func TestPlaceBeforePerson(t *testing.T) {
	r := &Recognizer{lex: &Lexicon{Lists: NameLists([]string{"Bernie", "Jordan"}, []string{"Sanders"}, []string{"Vermont", "Jordan"})}}
	for _, c := range []struct{ words, tags, want string }{
		{"Senator from Vermont Bernie Sanders", "O O B-PER I-PER I-PER", "O O B-LOC B-PER I-PER"},
		{"Jordan Bernie Sanders", "B-PER I-PER I-PER", "B-PER I-PER I-PER"}, // a given name too
		{"Vermont Sanders said", "B-PER I-PER O", "B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		r.placeBeforePerson(words, tags)
		if want := strings.Fields(c.want); !slices.Equal(tags, want) {
			t.Errorf("%q: got %v, want %v", c.words, tags, want)
		}
	}
}

func TestLowerInName(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Kennedy assassin Sirhan Sirhan stabbed", "B-PER I-PER I-PER I-PER O", "O O B-PER I-PER O"},
		{"Leon van Biljon died", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
		{"Qaboos bin Said died", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		lowerInName(words, tags)
		if want := strings.Fields(c.want); !slices.Equal(tags, want) {
			t.Errorf("%q: got %v, want %v", c.words, tags, want)
		}
	}
}
