package ner

import (
	"slices"
	"strings"
	"testing"
)

// tagCase is a sentence, the tags a rule is given and the tags it should
// leave, as space-separated fields.
type tagCase struct{ words, tags, want string }

// checkTags runs a tag rule over each case and compares.
func checkTags(t *testing.T, rule func(words, tags []string), cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		rule(words, tags)
		if want := strings.Fields(c.want); !slices.Equal(tags, want) {
			t.Errorf("%q: got %v, want %v", c.words, tags, want)
		}
	}
}

func TestOrgRuns(t *testing.T) {
	checkTags(t, orgRuns, []tagCase{
		{"the Chicago Symphony Orchestra played", "O B-LOC I-LOC I-LOC O", "O B-ORG I-ORG I-ORG O"},
		{"Bradford Council apologised", "B-PER I-PER O", "B-ORG I-ORG O"},
		{"a Senior Staff Attorney of the Electronic Frontier Foundation wrote", "O O O O O O O O O O", "O O O O O O B-ORG I-ORG I-ORG O"},
		{"Labour MP ( Member of Parliament )", "B-ORG I-ORG O O O O O", "B-ORG I-ORG O O O B-ORG O"},
		{"Israeli Defense Forces said", "O O O O", "B-ORG I-ORG I-ORG O"},
		{"Bob Woodward of the Washington Post wrote", "B-PER I-PER O O B-LOC I-LOC O", "B-PER I-PER O O B-ORG I-ORG O"},
		{"U.S. Department of Housing and Urban Development", "B-LOC O O O O O O", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"For Libertarian Party members", "O O O O", "O B-ORG I-ORG O"},
		{"the West Bank and Gaza", "O B-LOC I-LOC O B-LOC", "O B-LOC I-LOC O B-LOC"},
		{"Samsung Electronics reported", "B-PER I-PER O", "B-ORG I-ORG O"},
		{"Great Service", "O O", "O O"},
		{"the party met", "O O O", "O O O"},
		{"the House Oversight and Reform Committee", "O B-ORG I-ORG I-ORG B-ORG I-ORG", "O B-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"the Senate and Congress", "O B-ORG O B-ORG", "O B-ORG O B-ORG"},
	})
}

func TestTrimEnds(t *testing.T) {
	checkTags(t, trimEnds, []tagCase{
		{"National Oceanic and Atmospheric", "B-ORG I-ORG I-ORG B-ORG", "B-ORG I-ORG O B-ORG"},
		{"Bank of", "B-ORG I-ORG", "B-ORG O"},
		{"Bank of the", "B-ORG I-ORG I-ORG", "B-ORG O O"},
		{"Bank of England", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"and Smith", "O B-PER", "O B-PER"},
	})
}

func TestDayFirst(t *testing.T) {
	checkTags(t, dayFirst, []tagCase{
		{"On Friday Ford Motor Company announced", "O B-ORG I-ORG I-ORG I-ORG O", "O O B-ORG I-ORG I-ORG O"},
		{"the Sunday Times reported", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	})
}

func TestPlaceBeforePerson(t *testing.T) {
	r := &Recognizer{lex: &Lexicon{Lists: NameLists([]string{"Bernie", "Jordan"}, []string{"Sanders"}, []string{"Vermont", "Jordan"})}}
	checkTags(t, r.placeBeforePerson, []tagCase{
		{"Senator from Vermont Bernie Sanders", "O O B-PER I-PER I-PER", "O O B-LOC B-PER I-PER"},
		{"Jordan Bernie Sanders", "B-PER I-PER I-PER", "B-PER I-PER I-PER"}, // a given name too
		{"Vermont Sanders said", "B-PER I-PER O", "B-PER I-PER O"},
	})
}

func TestLowerInName(t *testing.T) {
	checkTags(t, lowerInName, []tagCase{
		{"Kennedy assassin Sirhan Sirhan stabbed", "B-PER I-PER I-PER I-PER O", "O O B-PER I-PER O"},
		{"Leon van Biljon died", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
		{"Qaboos bin Said died", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
	})
}
