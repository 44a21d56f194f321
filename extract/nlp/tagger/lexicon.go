package tagger

import (
	"maps"
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp/wordnet"
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

// inflection names, in signatures, the inflection each of WordNet's
// detachment rules (wordnet.Detach, by Penn tag) finds.
var inflection = map[string]string{"NNS": "Np", "VBZ": "Vz", "VBD": "Vd", "VBN": "Vd", "VBG": "Vg", "JJR": "Ar", "JJS": "As"}

// detach are the detachment rules with the part of speech of the lemma
// each finds and the inflection's name; -ly adverbs of adjectives (Al)
// are the tagger's own rule.
var detach = func() []rule {
	out := []rule{{"ly", "", 'a', "Al"}}
	for _, tag := range slices.Sorted(maps.Keys(inflection)) {
		for _, d := range wordnet.Detach[tag] {
			if r := (rule{d[0], d[1], wordnet.POS(tag), inflection[tag]}); !slices.Contains(out, r) {
				out = append(out, r) // VBD and VBN share theirs
			}
		}
	}
	return out
}()

type rule struct {
	suffix, base string
	pos          byte
	tok          string
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
	slices.Sort(toks)
	out := slices.Compact(toks)
	return strings.Join(out, ".")
}
