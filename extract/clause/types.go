package clause

import "strings"

// Arg is one argument of an extraction: a phrase of the sentence.
type Arg struct {
	// Text is the phrase as written (tokens joined with the spacing of the
	// sentence).
	Text string
	// Tokens are the indices of the phrase's tokens in the sentence, sorted.
	// Empty for arguments that are not words of the sentence.
	Tokens []int
	// Head is the index of the phrase's syntactic head, -1 if none.
	Head int
	// Prep is the preposition that introduced a prepositional argument
	// ("in", "on"); it is part of the relation, not of Text.
	Prep string
	// Role says what an extra argument is: "time", "place" or "" (other).
	Role string
}

// Empty reports whether the argument has no words.
func (a Arg) Empty() bool { return strings.TrimSpace(a.Text) == "" }

// Extraction is one fact stated by a sentence.
type Extraction struct {
	Subject Arg
	// Rel is the relation's normalised form: verb lemma plus particles and
	// the preposition of the object ("meet", "arrive in", "be member of").
	Rel string
	// RelSurface is the relation as written ("will meet", "arrived in").
	RelSurface string
	// RelTokens are the tokens of the relation, for benchmarks.
	RelTokens []int
	Object    Arg
	// Extra holds further prepositional arguments (time, place, others).
	Extra []Arg
	// Negated is set for "not", "never", "no longer" ...
	Negated bool
	// Modality is the modal or future marker ("will", "could", "should").
	Modality string
	// Attribution is who stated the fact ("X said ...").
	Attribution Arg
	// Confidence ranks extractions: 0..1, higher is more likely right.
	Confidence float64
	// Kind names the construction that produced it ("svo", "copula",
	// "passive", "apposition", "title", "nominal", ...), for explanations
	// and tuning.
	Kind string
}
