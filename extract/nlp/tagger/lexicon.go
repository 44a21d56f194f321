package tagger

import (
	"sort"
	"strings"
)

// Lexicon is what a dictionary says of words the training data may not
// have: the parts of speech of WordNet's one-word lemmas and which are
// names, and WordNet's irregular forms. It is read at training time and
// kept in the model; a word's signature (see sig) is a feature, so unseen
// words get the classes their dictionary entry allows.
type Lexicon struct {
	// POS maps a lower-case lemma to its part-of-speech letters ("nvar":
	// noun, verb, adjective, adverb) and "C" when it is written with a
	// capital (a name).
	POS map[string]string
	// Irregular maps a lower-case irregular form to the letters of the
	// parts of speech it inflects (fled: "v", mice: "n", worse: "a").
	Irregular map[string]string
}

// detach are WordNet's detachment rules (morphy) with the inflection each
// finds: a form ending in suffix, with suffix replaced by base, inflects a
// lemma of part of speech pos; tok names the inflection in the signature.
var detach = []struct {
	suffix, base string
	pos          byte
	tok          string
}{
	{"s", "", 'n', "Np"}, {"ses", "s", 'n', "Np"}, {"xes", "x", 'n', "Np"}, {"zes", "z", 'n', "Np"},
	{"ches", "ch", 'n', "Np"}, {"shes", "sh", 'n', "Np"}, {"men", "man", 'n', "Np"}, {"ies", "y", 'n', "Np"},
	{"s", "", 'v', "Vz"}, {"ies", "y", 'v', "Vz"}, {"es", "e", 'v', "Vz"}, {"es", "", 'v', "Vz"},
	{"ed", "e", 'v', "Vd"}, {"ed", "", 'v', "Vd"}, {"ing", "e", 'v', "Vg"}, {"ing", "", 'v', "Vg"},
	{"er", "", 'a', "Ar"}, {"er", "e", 'a', "Ar"}, {"est", "", 'a', "As"}, {"est", "e", 'a', "As"},
	{"ly", "", 'a', "Al"},
}

// sig is a word's dictionary signature: its own parts of speech, the
// inflections whose lemma the dictionary has, irregular forms, sorted and
// joined ("-" for a word the dictionary does not know).
func (l *Lexicon) sig(w string) string {
	w = strings.ToLower(w)
	var toks []string
	if p, ok := l.POS[w]; ok {
		for i := 0; i < len(p); i++ {
			toks = append(toks, p[i:i+1])
		}
	}
	has := func(lemma string, pos byte) bool {
		p, ok := l.POS[lemma]
		return ok && strings.IndexByte(p, pos) >= 0
	}
	for _, d := range detach {
		if len(w) <= len(d.suffix)+1 || !strings.HasSuffix(w, d.suffix) {
			continue
		}
		stem := w[:len(w)-len(d.suffix)] + d.base
		// Doubled final consonants: stopped, running, bigger.
		if has(stem, d.pos) || d.base == "" && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && has(stem[:len(stem)-1], d.pos) {
			toks = append(toks, d.tok)
		}
	}
	if p, ok := l.Irregular[w]; ok {
		toks = append(toks, "I"+p)
	}
	if len(toks) == 0 {
		return "-"
	}
	sort.Strings(toks)
	out := toks[:1]
	for _, t := range toks[1:] {
		if t != out[len(out)-1] {
			out = append(out, t)
		}
	}
	return strings.Join(out, ".")
}
