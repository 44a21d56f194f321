package clause

import (
	"sort"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// Extract returns the extractions of one parsed sentence.
func Extract(s *nlp.Sentence) []Extraction {
	p := newParse(s)
	var out []Extraction
	for i, t := range s.Tokens {
		if t.UPOS != "VERB" && t.UPOS != "AUX" && p.dep(i, "cop") < 0 {
			continue
		}
		subj := p.dep(i, "nsubj")
		if subj < 0 {
			continue
		}
		x := Extraction{Subject: p.arg(subj), Kind: "svo", Confidence: 0.6}
		relToks := []int{i}
		if c := p.dep(i, "cop"); c >= 0 {
			x.Rel = "be"
			x.Object = p.arg(i, "nsubj", "cop", "aux", "punct", "cc", "conj", "advmod")
			relToks = []int{c}
			x.Kind = "copula"
		} else if o := p.dep(i, "obj"); o >= 0 {
			x.Rel = strings.ToLower(t.Lemma)
			x.Object = p.arg(o)
		} else if o := p.dep(i, "obl"); o >= 0 {
			a := p.arg(o)
			x.Rel = strings.ToLower(t.Lemma) + " " + a.Prep
			x.Object = a
		} else {
			continue
		}
		for _, a := range p.deps(i, "aux") {
			relToks = append(relToks, a)
			if s.Tokens[a].XPOS == "MD" {
				x.Modality = strings.ToLower(s.Tokens[a].Text)
			}
		}
		if p.dep(i, "advmod") >= 0 {
			for _, a := range p.deps(i, "advmod") {
				if isNeg(s.Tokens[a].Text) {
					x.Negated = true
					relToks = append(relToks, a)
				}
			}
		}
		sort.Ints(relToks)
		x.RelTokens = relToks
		x.RelSurface = p.text(relToks)
		out = append(out, x)
	}
	return out
}

func isNeg(w string) bool {
	switch strings.ToLower(w) {
	case "not", "n't", "never", "no":
		return true
	}
	return false
}

// parse indexes a sentence's dependents by head.
type parse struct {
	s    *nlp.Sentence
	kids [][]int
}

func newParse(s *nlp.Sentence) *parse {
	p := &parse{s: s, kids: make([][]int, len(s.Tokens))}
	for i, t := range s.Tokens {
		if t.Head >= 0 && t.Head < len(s.Tokens) {
			p.kids[t.Head] = append(p.kids[t.Head], i)
		}
	}
	return p
}

// base returns a relation without its subtype ("nsubj:pass" → "nsubj").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (p *parse) dep(h int, rel string) int {
	for _, k := range p.kids[h] {
		if p.s.Tokens[k].DepRel == rel || base(p.s.Tokens[k].DepRel) == rel {
			return k
		}
	}
	return -1
}

func (p *parse) deps(h int, rel string) []int {
	var out []int
	for _, k := range p.kids[h] {
		if p.s.Tokens[k].DepRel == rel || base(p.s.Tokens[k].DepRel) == rel {
			out = append(out, k)
		}
	}
	return out
}

// subtree collects h and its descendants, skipping children of h whose
// relation is in skip.
func (p *parse) subtree(h int, skip ...string) []int {
	out := []int{h}
	for _, k := range p.kids[h] {
		r := p.s.Tokens[k].DepRel
		skipped := false
		for _, x := range skip {
			if r == x || base(r) == x {
				skipped = true
			}
		}
		if !skipped {
			out = append(out, p.subtree(k)...)
		}
	}
	sort.Ints(out)
	return out
}

// arg builds the argument headed by h; a leading case marker becomes Prep.
func (p *parse) arg(h int, skip ...string) Arg {
	toks := p.subtree(h, skip...)
	a := Arg{Head: h}
	var keep []int
	for _, t := range toks {
		tk := p.s.Tokens[t]
		if p.s.Tokens[t].Head == h && tk.DepRel == "case" && t < h && a.Prep == "" {
			a.Prep = strings.ToLower(tk.Text)
			continue
		}
		if tk.UPOS == "PUNCT" && (len(keep) == 0 || t == toks[len(toks)-1]) {
			continue
		}
		keep = append(keep, t)
	}
	a.Tokens = keep
	a.Text = p.text(keep)
	return a
}

// text joins tokens with the sentence's own spacing between neighbours.
func (p *parse) text(toks []int) string {
	var b strings.Builder
	for i, t := range toks {
		tk := p.s.Tokens[t]
		if i > 0 {
			prev := p.s.Tokens[toks[i-1]]
			if toks[i-1] != t-1 || tk.Start > prev.End {
				b.WriteByte(' ')
			}
		}
		b.WriteString(tk.Text)
	}
	return b.String()
}
