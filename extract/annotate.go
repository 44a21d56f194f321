package extract

import (
	"strings"
	"unicode"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/resolve"
)

// annotator analyses text with p and analyses again, as whole words, the
// sentences that hold a name written with hyphens (see hyphenNames).
func annotator(p *nlp.Pipeline) func(string) []nlp.Sentence {
	return func(text string) []nlp.Sentence {
		sents := p.Annotate(text)
		for i := range sents {
			if spans := hyphenNames(sents[i].Tokens); len(spans) > 0 {
				sents[i] = rejoin(p, sents[i], spans, i == 0 && nlp.IsHeadline(text, sents[i]))
			}
		}
		return sents
	}
}

// rejoin analyses sentence s again with each span [lo, hi] of its tokens
// written as one word, keeping the document offsets (and a headline's
// reading).
func rejoin(p *nlp.Pipeline, s nlp.Sentence, spans [][2]int, headline bool) nlp.Sentence {
	var words []string
	var offs [][2]int
	k := 0
	for i := 0; i < len(s.Tokens); i++ {
		t := s.Tokens[i]
		if k < len(spans) && spans[k][0] == i {
			hi := spans[k][1]
			// The tagger sees the name without its hyphens: "SARS-CoV-2"
			// as one word has the shape of no English word (it was tagged
			// as punctuation), "SARSCoV2" that of a name. The token keeps
			// its own text.
			var b strings.Builder
			for j := i; j <= hi; j++ {
				if !isHyphen(s.Tokens[j].Text) {
					b.WriteString(strings.ReplaceAll(s.Tokens[j].Text, "-", ""))
				}
			}
			words = append(words, b.String())
			offs = append(offs, [2]int{t.Start, s.Tokens[hi].End})
			i = hi
			k++
			continue
		}
		words = append(words, t.Text)
		offs = append(offs, [2]int{t.Start, t.End})
	}
	annotate := p.AnnotateTokens
	if headline {
		annotate = p.AnnotateHeadline
	}
	out := annotate(words)
	for j := range out.Tokens {
		out.Tokens[j].Start, out.Tokens[j].End = offs[j][0], offs[j][1]
		if w := s.Text[offs[j][0]-s.Start : offs[j][1]-s.Start]; w != out.Tokens[j].Text {
			out.Tokens[j].Text, out.Tokens[j].Lemma = w, w
		}
	}
	out.Start, out.End, out.Text = s.Start, s.End, s.Text
	return out
}

// hyphenSuffixes are the English words written after a name and a hyphen
// that make the whole an adjective, not a longer name: "Trump-era",
// "China-based", "Paris-style".
var hyphenSuffixes = map[string]bool{
	"era": true, "style": true, "type": true, "like": true, "based": true, "led": true, "born": true,
	"backed": true, "owned": true, "made": true, "linked": true, "related": true, "run": true,
	"controlled": true, "friendly": true, "free": true, "wide": true, "level": true, "class": true,
	"sized": true, "bound": true, "specific": true, "focused": true, "funded": true, "speaking": true,
	"inspired": true, "allied": true, "aligned": true, "affiliated": true, "appointed": true, "sponsored": true,
}

// hyphenNames finds the names the tokenizer split at their hyphens: "Park
// Won-soon", "Lee Jae-myung", "SARS-CoV-2". Split, the tagger reads a
// lowercase part as an English word ("soon" an adverb, "myung" a noun) and
// the hyphen as a comma, and the parser then tears the sentence apart
// around them; written as one word, as the parser's training data writes
// them, they are one proper noun. A span is a capitalised proper noun (or
// a word inside a named entity) followed, without spaces, by hyphens and
// words; it is a name when every part is capitalised or a number and the
// first is not a place or demonym ("US-China", "Franco-German"), or when
// the first part is the second word of a name (a capitalised proper noun
// before it) and the last part is not a verb, adjective or preposition
// or one of hyphenSuffixes ("Donald Trump-era").
func hyphenNames(ts []nlp.Token) [][2]int {
	var spans [][2]int
	for i := 0; i+2 < len(ts); i++ {
		l := ts[i]
		if !capitalised(l.Text) || l.UPOS != "PROPN" && (l.NER == "" || l.NER == "O") {
			continue
		}
		j := i
		allCaps := true
		for j+2 < len(ts) && isHyphen(ts[j+1].Text) && ts[j].End == ts[j+1].Start && ts[j+1].End == ts[j+2].Start && wordish(ts[j+2].Text) {
			if r := []rune(ts[j+2].Text)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				allCaps = false
			}
			j += 2
		}
		if j == i {
			continue
		}
		place := resolve.IsPlace(l.Text) || resolve.Demonym(l.Text) != ""
		ok := false
		if allCaps {
			ok = !place
		} else {
			prev := i > 0 && ts[i-1].End < l.Start && capitalised(ts[i-1].Text) &&
				(ts[i-1].UPOS == "PROPN" || ts[i-1].NER != "O" && ts[i-1].NER != "")
			ok = prev && !place
			// Inner parts may be particles ("Chan-o-cha"); the last one
			// decides.
			if w := ts[j]; hyphenSuffixes[strings.ToLower(w.Text)] || !capitalised(w.Text) && (w.UPOS == "VERB" || w.UPOS == "ADJ" || w.UPOS == "ADP" || w.UPOS == "AUX") {
				ok = false
			}
		}
		if ok {
			spans = append(spans, [2]int{i, j})
		}
		i = j
	}
	return spans
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func isHyphen(w string) bool { return w == "-" || w == "\u2010" || w == "\u2011" }

// wordish: letters and digits, with hyphens inside ("CoV-2", which the
// tokenizer keeps whole, in "SARS-CoV-2").
func wordish(w string) bool {
	if w == "" || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}
