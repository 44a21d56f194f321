package lemma

import ws "github.com/kgraph/kg/extract/nlp/wordshape"

// Lemmas returns the lemmas of a sentence's words tagged xpos. Beyond
// Lemma, it uses two facts about the sentence:
//
//   - In a sentence written largely in capitals, a name in capitals of
//     four letters or more is a shouted name, which EWT lemmatizes in
//     title case (MIRAMAR → Miramar); elsewhere such words are acronyms
//     and keep their capitals.
//   - ents, the sentence's IOB2 entity tags (nil if none): a capitalised
//     word inside a recognised entity keeps its capitals even where the
//     tagger took it for a common noun or adjective ("the Housing
//     Authority").
//   - The first word of a sentence is capitalised whatever it is: tagged as
//     a name but known to the lexicon only as a common word in lower case
//     (not also as a name, as bill is), and not followed by another
//     capitalised word, it is lemmatized in lower case (Simplicity gave
//     it that → simplicity).
func (l *Lemmatizer) Lemmas(words, xpos, ents []string) []string {
	out := make([]string, len(words))
	shout := shouting(words)
	for i, w := range words {
		lem := l.Lemma(w, xpos[i])
		switch x := xpos[i]; {
		case shout && x == "NNP" && lem == w && len(w) > 3 && allCaps(w):
			lem = w[:1] + ws.Lower(w[1:])
		case i == 0 && x == "NNP" && lem == w && l.commonWord(w) && (len(words) == 1 || words[1] == "" || !isUpperASCII(words[1][0])):
			lem = ws.Lower(w)
		case ents != nil && ents[i] != "O" && (x == "NN" || x == "NNS" || x == "JJ") && isUpperASCII(w[0]) && lem != w:
			if x == "NNS" {
				lem = l.Lemma(w, "NNPS")
			} else {
				lem = w
			}
		}
		out[i] = lem
	}
	return out
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// shouting reports a sentence in which at least a third of the words (of
// three or more) are in capitals only.
func shouting(words []string) bool {
	n, up := 0, 0
	for _, w := range words {
		if w == "" || !isLetter(rune(w[0])) {
			continue
		}
		n++
		if allCaps(w) {
			up++
		}
	}
	return n >= 3 && up*3 >= n
}

// commonWord reports a capitalised word (Simplicity) that the lexicon knows
// in lower case as a noun, verb, adjective or adverb and never as a name.
func (l *Lemmatizer) commonWord(w string) bool {
	if l.known == nil || len(w) < 2 || !isUpperASCII(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	k := l.known[ws.Lower(w)]
	return k&15 != 0 && k&nameBit == 0
}
