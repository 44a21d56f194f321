package lemma

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kgraph/kg/extract/nlp/wordnet"
)

// Lexicon is what dictionaries add to the training data: which words are
// lemmas of which part of speech, which are names, and irregular inflected
// forms. It is read at training time only (ReadWordNet, AddWordList); the
// lemmatizer keeps what it needs.
type Lexicon struct {
	// POS maps a one-word lemma written in lower case to the parts of
	// speech it has, letters of "nvar" (noun, verb, adjective, adverb).
	POS map[string]string
	// Names holds, in lower case, the words written with a capital in
	// WordNet (Paris, Holocaust) or in a word list (Kerala).
	Names map[string]bool
	// Irregular maps a form and a part-of-speech letter, "form\tv", to its
	// lemmas (WordNet's exception lists: fled → flee, hottest → hot).
	Irregular map[string][]string
}

// wordNetFiles names the data and exception files of each part of speech.
var wordNetFiles = []struct{ data, exc, pos string }{
	{"data.noun", "noun.exc", "n"},
	{"data.verb", "verb.exc", "v"},
	{"data.adj", "adj.exc", "a"},
	{"data.adv", "adv.exc", "r"},
}

// ReadWordNet reads the synsets' words and the exception lists of a WordNet
// 3.0 database directory (Debian's wordnet-base: /usr/share/wordnet). The
// data files keep the words' case (the index files do not), which tells
// names from common words. Lemmas of several words (ice_cream) are left
// out: the lemmatizer sees one word at a time.
func ReadWordNet(dir string) (*Lexicon, error) {
	lex := &Lexicon{POS: map[string]string{}, Names: map[string]bool{}, Irregular: map[string][]string{}}
	for _, f := range wordNetFiles {
		err := readFile(filepath.Join(dir, f.data), func(r io.Reader) error {
			return wordnet.ReadSynsets(r, func(s wordnet.Synset) {
				for _, w := range s.Words {
					if strings.Contains(w, "_") {
						continue
					}
					if low := strings.ToLower(w); low != w {
						lex.Names[low] = true
					} else if !strings.Contains(lex.POS[w], f.pos) {
						lex.POS[w] += f.pos
					}
				}
			})
		})
		if err != nil {
			return nil, err
		}
		err = readFile(filepath.Join(dir, f.exc), func(r io.Reader) error {
			return wordnet.ReadExceptions(r, func(form string, lemmas []string) {
				if strings.Contains(form, "_") {
					return
				}
				k := form + "\t" + f.pos
				for _, lem := range lemmas {
					if !strings.Contains(lem, "_") {
						lex.Irregular[k] = append(lex.Irregular[k], lem)
					}
				}
			})
		})
		if err != nil {
			return nil, err
		}
	}
	if len(lex.POS) == 0 {
		return nil, fmt.Errorf("%s: no WordNet lemmas", dir)
	}
	return lex, nil
}

// AddWordList adds to Names the words of a word list, one a line (SCOWL's
// american-english-insane), that are written with an initial capital;
// possessives (Kerala's) are skipped.
func (lex *Lexicon) AddWordList(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		w := sc.Text()
		if w == "" || !('A' <= w[0] && w[0] <= 'Z') || strings.HasSuffix(w, "'s") {
			continue
		}
		lex.Names[strings.ToLower(w)] = true
		n++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if n == 0 {
		return fmt.Errorf("%s: no capitalised words", path)
	}
	return nil
}

// readFile opens path for read, naming the file in its errors.
func readFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := read(f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// irregularTags lists the tags an irregular form of part of speech pos may
// carry, told apart by its ending as far as that goes.
func irregularTags(form string, pos byte) []string {
	switch pos {
	case 'n':
		return []string{"NNS"}
	case 'v':
		switch {
		case strings.HasSuffix(form, "ing"):
			return []string{"VBG"}
		case strings.HasSuffix(form, "s"):
			return []string{"VBZ"}
		}
		return []string{"VBD", "VBN"}
	case 'a':
		if strings.HasSuffix(form, "st") {
			return []string{"JJS"}
		}
		return []string{"JJR"}
	case 'r':
		if strings.HasSuffix(form, "st") {
			return []string{"RBS"}
		}
		return []string{"RBR"}
	}
	return nil
}

// addLexicon gives l what lex knows: the lower-case lemmas with their
// parts of speech, which vet suffix rules, and which of them are also names;
// and the irregular forms the rules would get wrong, as entries of the
// lower-case table, for forms training did not see.
func (l *Lemmatizer) addLexicon(lex *Lexicon) {
	l.known = make(map[string]uint8, len(lex.POS))
	for w, ps := range lex.POS {
		for i := 0; i < len(ps); i++ {
			l.known[w] |= posBit(ps[i])
		}
		if lex.Names[w] {
			l.known[w] |= nameBit
		}
	}
	keys := make([]string, 0, len(lex.Irregular))
	for k := range lex.Irregular {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		lems := lex.Irregular[k]
		form, pos, _ := strings.Cut(k, "\t")
		if len(lems) != 1 || form == lems[0] {
			continue // ambiguous (axes → axe, axis), or no change
		}
		for _, x := range irregularTags(form, pos[0]) {
			if _, seen := l.lower[form+"\t"+x]; seen {
				continue // training knows better
			}
			if l.Lemma(form, x) != lems[0] {
				l.lower[form+"\t"+x] = lems[0]
			}
		}
	}
}

// nameBit marks a known lemma that is also written with a capital, as a
// name (bill, Bill).
const nameBit = 16

func posBit(p byte) uint8 {
	switch p {
	case 'n':
		return 1
	case 'v':
		return 2
	case 'a':
		return 4
	case 'r':
		return 8
	}
	return 0
}

// knownString and parseKnown serialise the lemma set: lemma → bit mask as
// one byte string.
func knownString(k map[string]uint8) map[string]string {
	out := make(map[string]string, len(k))
	for w, b := range k {
		out[w] = string(rune('0' + b))
	}
	return out
}

func parseKnown(m map[string]string) map[string]uint8 {
	out := make(map[string]uint8, len(m))
	for w, v := range m {
		if v != "" {
			out[w] = v[0] - '0'
		}
	}
	return out
}
