package clause

import "strings"

// Arg is one argument of an extraction: a phrase of the sentence.
type Arg struct {
	// Text is the phrase as written (tokens joined with the spacing of the
	// sentence), without the preposition that introduces it.
	Text string
	// Tokens are the indices of the phrase's tokens in the sentence, sorted.
	Tokens []int
	// Head is the index of the phrase's syntactic head, -1 if none.
	Head int
	// Prep is the preposition that introduced a prepositional argument
	// ("in", "on").
	Prep string
	// Name is what the argument stands for when the sentence does not
	// write it as a name: "Japanese" in a title stands for "Japan".
	Name string
	// Role says what an extra argument is: "time", "place" or "" (other).
	Role string
	// Person is set when the construction says the argument names a
	// person: the holder of a title ("Senator X"), whatever type the
	// entity tagger gave the words.
	Person bool
	// Predicate is set on the complement of a copula or of "become",
	// "be elected" ...: it describes the subject ("was elected mayor of
	// the city") and refers to no one else.
	Predicate bool
	// Body is set on the country, place or organisation of a title
	// ("senator of Vermont"): it names no person, whatever the entity
	// tagger said.
	Body bool
}

// Empty reports whether the argument has no words.
func (a Arg) Empty() bool { return strings.TrimSpace(a.Text) == "" }

// WithPrep is the argument with its preposition, as the sentence says it.
func (a Arg) WithPrep() string {
	if a.Prep == "" {
		return a.Text
	}
	return a.Prep + " " + a.Text
}

// Extraction is one fact stated by a sentence, in two renderings: the
// graph's (Subject, Rel, Object: active voice, relation lemmatised) and the
// OpenIE benchmarks' (the sentence's own words, in its own order).
type Extraction struct {
	Subject Arg
	// Rel is the relation's normalised form: verb lemma plus particles and
	// the preposition of the object ("meet", "arrive in", "be member of").
	Rel string
	// RelSurface is the relation as written ("will meet", "arrived in").
	RelSurface string
	Object     Arg
	// Extra holds further prepositional arguments (time, place, others).
	Extra []Arg
	// Negated is set for "not", "never" ...
	Negated bool
	// Modality is the modal or future marker ("will", "could", "should").
	Modality string
	// Attribution is who stated the fact ("X said ...").
	Attribution Arg
	// Confidence ranks extractions: 0..1, higher is more likely right.
	Confidence float64
	// Kind names the construction that produced it ("svo", "copula",
	// "passive", "apposition", "title", "nominal", "speech", ...).
	Kind string
	// OpenIE is the benchmark rendering: relation, then arguments, in the
	// sentence's words (passives stay passive).
	OpenIE struct {
		Rel  string
		Args []string
	}
}
