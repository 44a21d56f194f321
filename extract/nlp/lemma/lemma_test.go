package lemma

import "testing"

func TestLemma(t *testing.T) {
	l := Train([]Example{
		{"best", "JJS", "good"}, {"largest", "JJS", "large"}, {"widest", "JJS", "wide"},
		{"fastest", "JJS", "fast"}, {"cities", "NNS", "city"}, {"dogs", "NNS", "dog"},
		{"Tehran", "NNP", "Tehran"}, {"Partners", "NNPS", "Partner"},
		{"200,000", "CD", "200000"},
		{"are", "VBP", "be"}, {"Sept.", "NNP", "September"}, {"Fri", "NNP", "Friday"},
	}, nil)
	for _, c := range []struct{ form, xpos, want string }{
		{"closest", "JJS", "close"}, // not "clogood": the rule of best → good rewrites whole words only
		{"best", "JJS", "good"},
		{"parties", "NNS", "party"},
		{"RFP", "NN", "rfp"},        // capitals only: lower-cased unless a name
		{"RFPs", "NNS", "RFPs"},     // inner capital, not all capitals: left alone
		{"TEHRAN", "NNP", "Tehran"}, // a name in capitals takes the case seen in training
		{"HPL", "NNP", "HPL"},       // unseen acronyms keep theirs
		{"12,000", "CD", "12000"},   // thousands separators dropped, as EWT
		{"3,40", "CD", "3,40"},      // not a thousands separator
		{"1,234.5", "CD", "1234.5"},
		{"Fabrics", "NNPS", "Fabric"}, // plural names lose the plural, keep the case
		{"Google", "NNP", "Google"},
		{"share", "VBP", "share"},    // are → be rewrites the whole word, not the suffix of share
		{"Sept", "NNP", "September"}, // abbreviations of names abbreviated in training
		{"Frid", "NNP", "Friday"},
		{"Gov", "NNP", "Gov"}, // no such name in training
	} {
		if got := l.Lemma(c.form, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}

func TestLemmas(t *testing.T) {
	l := Train([]Example{{"housing", "NN", "housing"}, {"Tehran", "NNP", "Tehran"}, {"Partners", "NNPS", "Partner"}}, nil)
	for _, c := range []struct {
		words, xpos, ents, want []string
	}{
		// A shouted sentence: long names in capitals take title case, short ones stay.
		{[]string{"VISIT", "MIRAMAR", "IN", "USA"}, []string{"VB", "NNP", "IN", "NNP"}, nil, []string{"visit", "Miramar", "in", "USA"}},
		// Elsewhere words in capitals are acronyms.
		{[]string{"we", "saw", "MIRAMAR", "and", "its", "port"}, []string{"PRP", "VBD", "NNP", "CC", "PRP$", "NN"}, nil, []string{"we", "saw", "MIRAMAR", "and", "its", "port"}},
		// Inside a recognised entity a capitalised common noun keeps its capitals.
		{[]string{"the", "Housing", "Partners"}, []string{"DT", "NN", "NNS"}, []string{"O", "B-ORG", "I-ORG"}, []string{"the", "Housing", "Partner"}},
		{[]string{"the", "Housing", "market"}, []string{"DT", "NN", "NN"}, []string{"O", "O", "O"}, []string{"the", "housing", "market"}},
	} {
		got := l.Lemmas(c.words, c.xpos, c.ents)
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Lemmas(%v) = %v, want %v", c.words, got, c.want)
				break
			}
		}
	}
}
