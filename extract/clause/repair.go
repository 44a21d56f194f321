package clause

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// repairNames makes every multi-word name one subtree. A statistical
// parser sometimes splits a name across two heads ("South Korea" with
// "South" coordinated and "Korea" a second subject); the named-entity
// span (or, without one, the run of proper nouns) says the words belong
// together. The leftmost word that attaches outside the name keeps its
// attachment; the others join it. The sentence is copied, not changed.
func repairNames(s *nlp.Sentence) *nlp.Sentence {
	toks := s.Tokens
	var fixed []nlp.Token
	for lo := 0; lo < len(toks); {
		hi := nameRun(toks, lo)
		if hi-lo < 2 {
			lo++
			continue
		}
		head := -1
		for i := lo; i < hi; i++ {
			h := toks[i].Head
			if h >= lo && h < hi {
				continue
			}
			if head < 0 {
				head = i
				continue
			}
			// A second word attached outside the name: attach it to the
			// first, unless that would make a cycle.
			if fixed == nil {
				fixed = append([]nlp.Token(nil), toks...)
			}
			if !dominates(fixed, i, head) {
				fixed[i].Head = head
				if i > head {
					fixed[i].DepRel = "flat"
				} else {
					fixed[i].DepRel = "compound"
				}
			}
		}
		lo = hi
	}
	if fixed == nil {
		return s
	}
	c := *s
	c.Tokens = fixed
	return &c
}

// nameRun returns the end of the name starting at lo: one NER span, or a
// run of proper nouns (with hyphens inside) when the tagger found none.
func nameRun(toks []nlp.Token, lo int) int {
	t := toks[lo]
	if strings.HasPrefix(t.NER, "B-") {
		hi := lo + 1
		for hi < len(toks) && toks[hi].NER == "I-"+t.NER[2:] {
			hi++
		}
		return hi
	}
	if t.UPOS != "PROPN" || (t.NER != "" && t.NER != "O") {
		return lo + 1
	}
	hi := lo + 1
	for hi < len(toks) && (toks[hi].NER == "" || toks[hi].NER == "O") &&
		(toks[hi].UPOS == "PROPN" || toks[hi].XPOS == "HYPH" && hi+1 < len(toks) && toks[hi+1].UPOS == "PROPN") {
		hi++
	}
	return hi
}

// dominates reports whether a is an ancestor of b (or b itself).
func dominates(toks []nlp.Token, a, b int) bool {
	for i, n := b, 0; i >= 0 && n <= len(toks); i, n = toks[i].Head, n+1 {
		if i == a {
			return true
		}
	}
	return false
}
