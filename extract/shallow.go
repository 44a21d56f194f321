package extract

import (
	"strings"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
)

// shallow finds noun-phrase, verb-group, noun-phrase patterns on tags
// alone. It is the fallback for sentences without a dependency parse.
func shallow(s *nlp.Sentence) []clause.Extraction {
	type chunk struct {
		lo, hi int
		np     bool
	}
	var chunks []chunk
	tk := s.Tokens
	for i := 0; i < len(tk); {
		j := i
		for j < len(tk) && isNPTag(tk[j].XPOS) {
			j++
		}
		if j > i && isNounTag(tk[j-1].XPOS) {
			chunks = append(chunks, chunk{i, j - 1, true})
			i = j
			continue
		}
		j = i
		for j < len(tk) && (tk[j].XPOS == "MD" || strings.HasPrefix(tk[j].XPOS, "VB") || tk[j].XPOS == "RB" || tk[j].XPOS == "RP") {
			j++
		}
		if j > i {
			if j < len(tk) && (tk[j].XPOS == "IN" || tk[j].XPOS == "TO") {
				j++
			}
			chunks = append(chunks, chunk{i, j - 1, false})
			i = j
			continue
		}
		chunks = append(chunks, chunk{i, i, false})
		i++
	}
	text := func(lo, hi int) string { return s.Text[tk[lo].Start-s.Start : tk[hi].End-s.Start] }
	arg := func(c chunk) clause.Arg {
		var ids []int
		for i := c.lo; i <= c.hi; i++ {
			ids = append(ids, i)
		}
		return clause.Arg{Text: text(c.lo, c.hi), Tokens: ids, Head: c.hi}
	}
	var out []clause.Extraction
	for i := 0; i+2 < len(chunks); i++ {
		a, v, b := chunks[i], chunks[i+1], chunks[i+2]
		if !a.np || v.np || !b.np || !strings.HasPrefix(tk[v.lo].XPOS, "VB") && tk[v.lo].XPOS != "MD" {
			continue
		}
		var lemma []string
		x := clause.Extraction{Subject: arg(a), Object: arg(b), RelSurface: text(v.lo, v.hi), Confidence: 0.3, Kind: "shallow"}
		for k := v.lo; k <= v.hi; k++ {
			t := tk[k]
			x.RelTokens = append(x.RelTokens, k)
			switch {
			case t.XPOS == "MD":
				x.Modality = strings.ToLower(t.Text)
			case strings.ToLower(t.Text) == "not" || t.Text == "n't" || strings.ToLower(t.Text) == "never":
				x.Negated = true
			case t.XPOS == "RB":
			default:
				lemma = append(lemma, strings.ToLower(t.Text))
			}
		}
		x.Rel = strings.Join(lemma, " ")
		out = append(out, x)
	}
	return out
}

func isNPTag(x string) bool {
	return x == "DT" || x == "PRP$" || x == "POS" || x == "CD" || strings.HasPrefix(x, "JJ") || isNounTag(x)
}

func isNounTag(x string) bool { return strings.HasPrefix(x, "NN") || x == "PRP" || x == "CD" }
