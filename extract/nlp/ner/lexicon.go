package ner

import (
	"io"
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp/wordnet"
	ws "github.com/kgraph/kg/extract/nlp/wordshape"
)

// Lexicon is knowledge of names from WordNet 3.0's nouns, read at
// training time and embedded in the model: the recogniser reads no files
// at run time.
type Lexicon struct {
	// Names maps a lower-case word to the sorted type codes (see
	// wordNetCode) of the capitalised WordNet noun lemmas it is a
	// capitalised part of, and "\x00" + the lower-case words of a whole
	// capitalised lemma, joined by spaces, to the lemma's code.
	Names map[string]string
	// Lists maps a lower-case word to the sorted codes of the name-list
	// entries it is (f given name, s surname, g place) or is part of (h
	// a word of a place of several words), and "\x00" + the lower-case
	// words of a whole place to "g".
	Lists map[string]string
}

// NameLists builds the Lists table of a Lexicon from lists of given names,
// surnames and places.
func NameLists(given, surnames, places []string) map[string]string {
	words := codeSets{}
	for _, n := range given {
		words.add(ws.Norm(n), 'f')
	}
	for _, n := range surnames {
		words.add(ws.Norm(n), 's')
	}
	for _, p := range places {
		parts := lemmaWords(strings.Join(strings.Fields(p), "_"))
		if len(parts) == 0 || len(parts) > maxSpan {
			continue
		}
		low := make([]string, len(parts))
		for j, w := range parts {
			low[j] = ws.Norm(w)
		}
		if len(low) == 1 {
			words.add(low[0], 'g')
		} else {
			for _, w := range low {
				if len(w) > 3 {
					words.add(w, 'h')
				}
			}
		}
		words.add("\x00"+strings.Join(low, " "), 'g')
	}
	return words.strings()
}

// codeSets maps keys to sets of one-letter codes.
type codeSets map[string]map[byte]bool

func (m codeSets) add(k string, c byte) {
	if m[k] == nil {
		m[k] = map[byte]bool{}
	}
	m[k][c] = true
}

// strings turns each set into its sorted code string.
func (m codeSets) strings() map[string]string {
	out := make(map[string]string, len(m))
	for k, cs := range m {
		b := make([]byte, 0, len(cs))
		for c := range cs {
			b = append(b, c)
		}
		slices.Sort(b)
		out[k] = string(b)
	}
	return out
}

// wordNetCode types a noun synset by its lexicographer file: P person,
// L location, G group (organisations, peoples), O object (rivers,
// mountains), A artifact (buildings, products), C communication
// (languages, newspapers), T time, X anything else; in upper case for
// instances (synsets with an instance hypernym, "@i": Einstein, Paris,
// United_Nations), in lower case for classes (American, Democrat).
func wordNetCode(lexFile int, instance bool) byte {
	c := byte('x')
	switch lexFile {
	case 18:
		c = 'p'
	case 15:
		c = 'l'
	case 14:
		c = 'g'
	case 17:
		c = 'o'
	case 6:
		c = 'a'
	case 10:
		c = 'c'
	case 28:
		c = 't'
	}
	if instance {
		c -= 'a' - 'A'
	}
	return c
}

// lemmaWords splits a WordNet lemma into words as the segmenter would
// (EWT tokenisation): "_" separates words, hyphens are words of their
// own, a final 's is split off.
func lemmaWords(lemma string) []string {
	var out []string
	for _, part := range strings.Split(lemma, "_") {
		for j, h := range strings.Split(part, "-") {
			if j > 0 {
				out = append(out, "-")
			}
			if h == "" {
				continue
			}
			if strings.HasSuffix(h, "'s") && len(h) > 2 {
				out = append(out, h[:len(h)-2], "'s")
				continue
			}
			out = append(out, h)
		}
	}
	return out
}

// ReadWordNetNouns reads WordNet 3.0's data.noun and returns the Names
// table of a Lexicon: every capitalised lemma of a noun synset.
func ReadWordNetNouns(r io.Reader) (map[string]string, error) {
	// Words and whole names ("\x00" keys) in one table.
	table := codeSets{}
	err := wordnet.ReadSynsets(r, func(s wordnet.Synset) {
		code := wordNetCode(s.LexFile, s.Instance)
		for _, lemma := range s.Words {
			if !isCap(lemma) {
				continue
			}
			ws2 := lemmaWords(lemma)
			low := make([]string, len(ws2))
			for j, w := range ws2 {
				low[j] = ws.Norm(w)
				if isCap(w) {
					table.add(low[j], code)
				}
			}
			if len(low) <= maxSpan {
				table.add("\x00"+strings.Join(low, " "), code)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return table.strings(), nil
}
