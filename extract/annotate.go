package extract

import (
	"strings"

	prose "github.com/jdkato/prose/v3"

	"github.com/kgraph/kg/extract/nlp"
)

// defaultAnnotator returns the sentence annotator. Until kg's own pipeline
// (extract/nlp) is wired in, prose/v3 gives sentences, tokens with offsets,
// tags and entities, but no parse; the shallow extractor works on that.
func defaultAnnotator() (func(string) []nlp.Sentence, error) {
	return proseAnnotate, nil
}

var proseNER = map[string]string{"PERSON": "PER", "GPE": "LOC", "ORG": "ORG", "LOC": "LOC", "NORP": "MISC"}

func proseAnnotate(text string) []nlp.Sentence {
	doc, err := prose.NewDocument(text)
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	var out []nlp.Sentence
	ti := 0
	for _, ps := range doc.Sentences() {
		s := nlp.Sentence{Start: ps.Start, End: ps.Start + len(ps.Text), Text: ps.Text}
		for ti < len(toks) && toks[ti].Start < s.End {
			t := toks[ti]
			ti++
			if t.Start < s.Start {
				continue
			}
			ner := "O"
			if len(t.Label) > 2 {
				if typ, ok := proseNER[t.Label[2:]]; ok {
					ner = t.Label[:2] + typ
				}
			}
			s.Tokens = append(s.Tokens, nlp.Token{
				Text: t.Text, Start: t.Start, End: t.End(), XPOS: t.Tag, UPOS: upos(t.Tag),
				Lemma: strings.ToLower(t.Text), Head: -1, NER: ner,
			})
		}
		out = append(out, s)
	}
	return out
}

// upos maps a Penn Treebank tag to its universal part of speech.
func upos(x string) string {
	switch {
	case strings.HasPrefix(x, "NNP"):
		return "PROPN"
	case strings.HasPrefix(x, "NN"):
		return "NOUN"
	case strings.HasPrefix(x, "VB"):
		return "VERB"
	case x == "MD":
		return "AUX"
	case strings.HasPrefix(x, "JJ"):
		return "ADJ"
	case strings.HasPrefix(x, "RB"):
		return "ADV"
	case strings.HasPrefix(x, "PRP"), x == "WP":
		return "PRON"
	case x == "DT", x == "PDT", x == "WDT":
		return "DET"
	case x == "IN", x == "TO":
		return "ADP"
	case x == "CD":
		return "NUM"
	case x == "CC":
		return "CCONJ"
	case x == "RP":
		return "PART"
	}
	return "X"
}
