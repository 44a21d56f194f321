package clause

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// parse indexes a sentence's dependents by head.
type parse struct {
	s    *nlp.Sentence
	kids [][]int
	// quotes caches quoted(): nil until computed.
	quotes *map[int]bool
}

func newParse(s *nlp.Sentence) *parse {
	p := &parse{s: s, kids: make([][]int, len(s.Tokens))}
	for i, t := range s.Tokens {
		if t.Head >= 0 && t.Head < len(s.Tokens) && t.Head != i {
			p.kids[t.Head] = append(p.kids[t.Head], i)
		}
	}
	return p
}

func (p *parse) tok(i int) nlp.Token { return p.s.Tokens[i] }
func (p *parse) rel(i int) string    { return p.s.Tokens[i].DepRel }
func (p *parse) lower(i int) string  { return strings.ToLower(p.s.Tokens[i].Text) }
func (p *parse) lemma(i int) string {
	l := strings.ToLower(p.s.Tokens[i].Lemma)
	if l == "" || l == "_" {
		l = p.lower(i)
	}
	return l
}

// base returns a relation without its subtype ("nsubj:pass" → "nsubj").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// is reports whether token i's relation is one of rels; a rel without a
// subtype matches all its subtypes.
func (p *parse) is(i int, rels ...string) bool {
	r := p.rel(i)
	for _, x := range rels {
		if r == x || (!strings.Contains(x, ":") && base(r) == x) {
			return true
		}
	}
	return false
}

func (p *parse) dep(h int, rels ...string) int {
	for _, k := range p.kids[h] {
		if p.is(k, rels...) {
			return k
		}
	}
	return -1
}

func (p *parse) deps(h int, rels ...string) []int {
	var out []int
	for _, k := range p.kids[h] {
		if p.is(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

// conjuncts returns h and the heads coordinated with it.
func (p *parse) conjuncts(h int) []int {
	out := []int{h}
	for _, k := range p.deps(h, "conj") {
		out = append(out, p.conjuncts(k)...)
	}
	return out
}

// subtree collects h and its descendants, leaving out children of h whose
// relation is in skip.
func (p *parse) subtree(h int, skip ...string) []int {
	out := []int{h}
	// Deeper down, a description set off by a comma is skipped as well
	// when appositions are: "the oldest of the offspring, age 29," and
	// "the death of John Lewis, a civil rights leader" end at the noun; a
	// name is kept ("the president of Namibia, Hage Geingob," says who).
	deepAppos := slices.Contains(skip, "appos")
	var walk func(int)
	walk = func(i int) {
		for _, k := range p.kids[i] {
			if deepAppos && (p.is(k, "appos") && p.tok(k).UPOS != "PROPN" && p.commaBefore(k) || p.setOff(k) || p.source(k) && p.commaBefore(k)) {
				continue
			}
			out = append(out, k)
			walk(k)
		}
	}
	for _, k := range p.kids[h] {
		if len(skip) > 0 && p.is(k, skip...) || deepAppos && (p.bracketed(k) || p.source(k) || p.setOff(k)) {
			continue
		}
		out = append(out, k)
		walk(k)
	}
	sort.Ints(out)
	return out
}

// setOff says whether dependent k is a participle, an age or an origin
// set off by a comma: "The Montreal team, led by Björn Benneke, used ..." (the
// participle states its own fact), "Another brother, 22, was ...".
func (p *parse) setOff(k int) bool {
	return (p.is(k, "acl") || p.age(k) || p.origin(k)) && p.commaBefore(k)
}

// origin says whether dependent k is where a named person or body is
// from, set off by commas: "Bruce McArthur, from Toronto, Canada, on
// Tuesday admitted ..." (the subject is the name).
func (p *parse) origin(k int) bool {
	h := p.tok(k).Head
	if h < 0 || h > k || !p.is(k, "nmod") || p.tok(h).UPOS != "PROPN" {
		return false
	}
	from := false
	last := k
	for _, c := range p.subtree(k) {
		if c < k && p.is(c, "case") && p.lower(c) == "from" {
			from = true
		}
		last = max(last, c)
	}
	for last > k && p.tok(last).Text == "," { // the closing comma may hang inside
		last--
	}
	return from && last+1 < len(p.s.Tokens) && p.tok(last+1).Text == ","
}

// source says whether dependent k is "according to X", which names a
// source, not part of a phrase ("Tesco's Polish operation, according to
// Gazeta Wyborcza, is too big ...").
func (p *parse) source(k int) bool {
	for _, c := range p.kids[k] {
		if c < k && p.is(c, "case") && p.lower(c) == "according" {
			return true
		}
	}
	return false
}

// age says whether dependent k is an age set off by commas: "Another
// brother, 22, was still chained".
func (p *parse) age(k int) bool {
	n, err := strconv.Atoi(p.tok(k).Text)
	if err != nil || n < 1 || n > 120 || k+1 >= len(p.s.Tokens) || p.tok(k+1).Text != "," {
		return false
	}
	kids := 0 // its comma and "aged" aside ("Brenton Tarrant, aged 28,")
	for _, c := range p.kids[k] {
		if p.tok(c).UPOS != "PUNCT" && !(c == k-1 && p.lower(c) == "aged") {
			kids++
		}
	}
	return kids == 0
}

// bracketed says whether dependent k is a bracketed insertion after its
// head: "The FIRST Global competition (For Inspiration and Recognition
// of Science and Technology)", "the Coast Guard (USCG)". Its brackets
// hang on it.
func (p *parse) bracketed(k int) bool {
	h := p.tok(k).Head
	if h < 0 || k < h {
		return false
	}
	open, close := -1, -1
	for _, c := range p.kids[k] {
		switch p.tok(c).Text {
		case "(":
			if c < k {
				open = c
			}
		case ")":
			if c > k {
				close = c
			}
		}
	}
	return open > h && close > k && !p.is(k, "nummod")
}

// commaBefore says whether a comma comes right before k's phrase.
func (p *parse) commaBefore(k int) bool {
	lo := k
	for _, c := range p.kids[k] {
		if c < lo && p.tok(c).UPOS != "PUNCT" {
			lo = c
		}
	}
	for lo > 0 && p.tok(lo-1).UPOS == "PUNCT" && p.tok(lo-1).Text != "," {
		lo--
	}
	return lo > 0 && p.tok(lo-1).Text == ","
}

// phraseSkip are the parts of a noun phrase's subtree that belong to other
// extractions: coordinated heads, appositions and relative clauses.
var phraseSkip = []string{"conj", "cc", "appos", "acl:relcl", "parataxis", "dep", "discourse", "reparandum",
	"nsubj", "csubj", "cop", "aux", "mark", "advcl"}

// arg builds the argument headed by h: a leading case marker of h becomes
// Prep, edge punctuation is dropped, and the phrase is cut at the first
// gap so that a discontinuous subtree does not read as nonsense.
func (p *parse) arg(h int, skip ...string) Arg {
	if skip == nil {
		skip = phraseSkip
	}
	toks := p.subtree(h, skip...)
	a := Arg{Head: h}
	var keep []int
	prep := -1 // the case marker that became Prep
	for _, t := range toks {
		tk := p.tok(t)
		// Punctuation before the preposition (", according to X") is
		// dropped at the edge below; it does not hide the preposition.
		if len(keep) > 0 && a.Prep == "" && allPunct(p, keep) && tk.Head == h && t < h && p.is(t, "case", "mark") {
			keep = keep[:0]
		}
		if tk.Head == h && t < h && a.Prep == "" && len(keep) == 0 && p.is(t, "case", "mark") {
			a.Prep = strings.ToLower(tk.Text)
			prep = t
			continue
		}
		// The rest of a multi-word preposition hangs from its first word
		// ("according to", "as of", "because of").
		if (tk.Head == h || tk.Head == prep) && t < h && p.is(t, "fixed") && a.Prep != "" && len(keep) == 0 {
			a.Prep += " " + strings.ToLower(tk.Text)
			continue
		}
		keep = append(keep, t)
	}
	keep = p.dropClauses(h, keep)
	// A semicolon ends a phrase: what the parser hung beyond it is the
	// next clause ("died on February 6; officials said ..."), and a
	// phrase whose head comes after one is that clause, no argument.
	for n, t := range keep {
		if p.tok(t).Text != ";" {
			continue
		}
		if t > h {
			keep = keep[:n]
			break
		}
		keep = keep[n+1:]
		for _, k := range keep {
			if k != h && p.finite(k) || k == h && p.dep(h, "nsubj") >= 0 {
				keep = nil // the clause after the semicolon
				break
			}
		}
		break
	}
	// Multi-word prepositions ("according to", "because of") are case+fixed.
	for len(keep) > 0 && p.tok(keep[0]).UPOS == "PUNCT" {
		keep = keep[1:]
	}
	for len(keep) > 0 && p.tok(keep[len(keep)-1]).UPOS == "PUNCT" && !p.closes(keep) {
		keep = keep[:len(keep)-1]
	}
	keep = p.balance(h, keep)
	a.Tokens = keep
	a.Text = p.text(keep)
	return a
}

// brackets pairs opening and closing brackets and quotes; the straight
// quote " closes itself.
var brackets = map[string]string{"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", `"`: `"`}

// closes says whether the phrase's last token closes a bracket or quote
// opened inside it, so the edge trimming keeps it ("2019 \"Person of the
// Year\"").
func (p *parse) closes(keep []int) bool {
	last := p.tok(keep[len(keep)-1]).Text
	for n := len(keep) - 2; n >= 0; n-- {
		t := p.tok(keep[n]).Text
		if t == last && last != `"` {
			return false // nested pair of the same closer: leave it to balance
		}
		if brackets[t] == last {
			return true
		}
	}
	return false
}

// balance keeps a phrase's brackets and quotes paired, since a phrase cut
// from a tree can start or end inside a parenthesis ("flight 1344
// (AXB1344", "meters) marine mammal tusk"). A parenthesis opened after the
// head and not closed is cut off with what follows, one closed before the
// head but not opened in the phrase cuts off what precedes it; any other
// unpaired bracket or quote is dropped.
func (p *parse) balance(h int, keep []int) []int {
	var open []int // positions in keep of unclosed openers
	drop := map[int]bool{}
	for n, t := range keep {
		x := p.tok(t).Text
		if len(open) > 0 && brackets[p.tok(keep[open[len(open)-1]]).Text] == x {
			open = open[:len(open)-1]
			continue
		}
		if _, ok := brackets[x]; ok {
			open = append(open, n)
			continue
		}
		switch x {
		case ")", "]", "}", "”", "’":
			drop[n] = true
			if t < h { // the phrase began inside the parenthesis
				for m := range n {
					drop[m] = true
				}
				open = open[:0]
			}
		}
	}
	for _, n := range open {
		if keep[n] > h && p.tok(keep[n]).Text != `"` {
			for m := n; m < len(keep); m++ {
				drop[m] = true
			}
			break
		}
		drop[n] = true
	}
	if len(drop) == 0 {
		return keep
	}
	out := make([]int, 0, len(keep))
	for n, t := range keep {
		if !drop[n] {
			out = append(out, t)
		}
	}
	for len(out) > 0 && p.tok(out[len(out)-1]).UPOS == "PUNCT" && !p.closes(out) {
		out = out[:len(out)-1]
	}
	return out
}

func allPunct(p *parse, toks []int) bool {
	for _, t := range toks {
		if p.tok(t).UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// text joins tokens with the sentence's own spacing between neighbours.
func (p *parse) text(toks []int) string {
	var b strings.Builder
	for i, t := range toks {
		tk := p.tok(t)
		if i > 0 && p.spaceBetween(toks[i-1], t) {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Text)
	}
	return b.String()
}

// spaceBetween says whether the sentence has white space between tokens
// i < j: "[W]e" without its brackets is "We".
func (p *parse) spaceBetween(i, j int) bool {
	if j <= i {
		return true
	}
	for k := i; k < j; k++ {
		if k+1 >= len(p.s.Tokens) || p.tok(k+1).Start > p.tok(k).End {
			return true
		}
	}
	return false
}

func (p *parse) words(toks []int) string {
	var w []string
	for _, t := range toks {
		w = append(w, p.tok(t).Text)
	}
	return strings.Join(w, " ")
}

// finite reports whether token i heads a finite clause: a verb (or a
// predicate with a copula) with a subject of its own, a finite verb form,
// or a finite auxiliary.
func (p *parse) finite(i int) bool {
	t := p.tok(i)
	verbal := t.UPOS == "VERB" || t.UPOS == "AUX" || p.dep(i, "cop") >= 0
	if !verbal || p.is(i, "aux", "cop", "fixed", "flat", "compound") {
		return false
	}
	if p.dep(i, "nsubj", "csubj", "expl") >= 0 {
		return true
	}
	// A past form modifying a noun is as often a participle the tagger
	// took for a finite verb ("$22 million paid to X").
	if (t.UPOS == "VERB" || t.UPOS == "AUX") && !p.is(i, "acl", "amod") {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	for _, k := range p.deps(i, "aux", "cop") {
		if FiniteTag(p.tok(k).XPOS) {
			return true
		}
	}
	return false
}

// FiniteTag says whether a Penn tag is that of a finite verb or modal.
func FiniteTag(xpos string) bool {
	switch xpos {
	case "MD", "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// dropClauses removes from a noun phrase headed by h the finite clauses
// the parser hung inside it as if they were modifiers ("rates above 50%;
// the ten with the lowest rates had ..."; "a professor, my research
// focuses on ..."): a clause is its own fact, not part of an argument.
// Relative clauses, clausal complements of nouns ("the claim that ...")
// and clauses introduced by a marker stay.
func (p *parse) dropClauses(h int, keep []int) []int {
	switch p.tok(h).UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "SYM":
	default:
		return keep
	}
	if p.dep(h, "cop") >= 0 {
		return keep
	}
	var cut []int
	for _, t := range keep {
		if p.is(t, "acl") && t > h && p.adverbialGerund(t) {
			// "became the nominee after winning ...": an adverbial
			// clause the parser hung on the noun.
			cut = append(cut, t)
			continue
		}
		// Only after the head: a clause before it leaves no phrase to keep.
		if t <= h || !p.finite(t) {
			continue
		}
		if p.is(t, "acl:relcl", "ccomp", "csubj", "advcl", "xcomp") || p.dep(t, "mark") >= 0 {
			continue
		}
		if s := p.dep(t, "nsubj"); s >= 0 && isRelPronoun(p.lower(s)) {
			continue
		}
		cut = append(cut, t)
	}
	if len(cut) == 0 {
		return keep
	}
	var out []int
	for _, t := range keep {
		drop := false
		for _, c := range cut {
			if dominates(p.s.Tokens, c, t) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, t)
		}
	}
	// A conjunction or comma left dangling at the end goes too.
	for len(out) > 0 && (p.tok(out[len(out)-1]).UPOS == "CCONJ" || p.tok(out[len(out)-1]).UPOS == "PUNCT") {
		out = out[:len(out)-1]
	}
	return out
}
