package lemma

import "testing"

func TestLemma(t *testing.T) {
	l := Train([]Example{
		{"best", "JJS", "good"}, {"largest", "JJS", "large"}, {"widest", "JJS", "wide"},
		{"fastest", "JJS", "fast"}, {"cities", "NNS", "city"}, {"dogs", "NNS", "dog"},
		{"Tehran", "NNP", "Tehran"}, {"Partners", "NNPS", "Partner"},
		{"200,000", "CD", "200000"},
	})
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
	} {
		if got := l.Lemma(c.form, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}
