package nlp

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

// CoNLLU converts s to a CoNLL-U sentence: heads become 1-based (0 for the
// root), the entity tag goes to MISC as NER=..., and SpaceAfter=No marks
// tokens that touch the next one in the text.
func (s Sentence) CoNLLU() conllu.Sentence {
	out := conllu.Sentence{Words: make([]conllu.Word, len(s.Tokens))}
	for i, t := range s.Tokens {
		misc := []string{}
		if t.NER != "" {
			misc = append(misc, "NER="+t.NER)
		}
		if i+1 < len(s.Tokens) && t.End == s.Tokens[i+1].Start && t.End > t.Start {
			misc = append(misc, "SpaceAfter=No")
		}
		out.Words[i] = conllu.Word{
			Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
			Head: t.Head + 1, DepRel: t.DepRel, Misc: strings.Join(misc, "|"),
		}
	}
	return out
}
