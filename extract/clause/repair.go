package clause

import (
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/resolve"
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
		quoted := slices.ContainsFunc(toks[lo:hi], func(t nlp.Token) bool { return isDoubleQuote(t.Text) })
		coordinated := false
		for i := lo; i < hi; i++ {
			h := toks[i].Head
			if h >= lo && h < hi {
				if quoted && toks[i].DepRel == "appos" { // the quoted nickname
					fixed = edited(fixed, toks)
					fixed[i].DepRel = "flat"
				}
				coordinated = coordinated || toks[i].DepRel == "conj"
				continue
			}
			if head < 0 {
				head = i
				continue
			}
			// A second word attached outside the name: attach it to the
			// first, unless that would make a cycle.
			fixed = edited(fixed, toks)
			if !dominates(fixed, i, head) {
				fixed[i].Head = head
				if i > head {
					fixed[i].DepRel = "flat"
				} else {
					fixed[i].DepRel = "compound"
				}
			}
		}
		// One entity with a conjunction inside is one name ("House
		// Oversight and Reform Committee", "Pacific Gas and Electric
		// Company"), not two conjuncts: its last word heads it, as in
		// UD, and takes over what hung on the first head.
		// Names with "of" ("Department of Corrections and
		// Rehabilitation") are left as parsed: the conjunction is inside
		// their prepositional part.
		if coordinated && head >= 0 && head != hi-1 && strings.HasPrefix(toks[lo].NER, "B-") &&
			!slices.ContainsFunc(toks[lo:hi], func(t nlp.Token) bool { return t.UPOS == "ADP" }) &&
			slices.ContainsFunc(toks[lo:hi], func(t nlp.Token) bool { return t.UPOS == "CCONJ" }) {
			fixed = edited(fixed, toks)
			last := hi - 1
			fixed[last].Head, fixed[last].DepRel = fixed[head].Head, fixed[head].DepRel
			for i := range fixed {
				switch {
				case i == last:
				case i >= lo && i < hi && fixed[i].UPOS == "CCONJ" && i+1 < last:
					// The conjunction stays with the word after it, a
					// part of the name, so the name's text keeps it.
					fixed[i].Head, fixed[i].DepRel = i+1, "cc"
				case i >= lo && i < hi:
					fixed[i].Head, fixed[i].DepRel = last, "compound"
				case fixed[i].Head == head:
					fixed[i].Head = last
				}
			}
		} else if coordinated && strings.HasPrefix(toks[lo].NER, "B-") {
			// In a name with "of", a conjunct inside stays where it is but
			// is no second name: "Ministry of Public Health and Health
			// Care".
			fixed = edited(fixed, toks)
			for i := lo; i < hi; i++ {
				if h := fixed[i].Head; h >= lo && h < hi && fixed[i].DepRel == "conj" {
					fixed[i].DepRel = "flat"
				}
			}
		}
		lo = hi
	}
	return withTokens(s, fixed)
}

// repairDescribedName makes a person's name the head of the words before
// it the parser ran into one flat name with it: in the headline "Kennedy
// assassin Sirhan Sirhan stabbed in California prison" "Kennedy" headed
// "assassin Sirhan Sirhan"; the name takes its place and the words before
// it describe it.
func repairDescribedName(s *nlp.Sentence) *nlp.Sentence {
	toks := s.Tokens
	var fixed []nlp.Token
	for p := range toks {
		cur := toks
		if fixed != nil {
			cur = fixed
		}
		t, h := cur[p], cur[p].Head
		// (A title before the name is left to the title rules: "Judge
		// James Parker Jones".)
		if t.NER != "B-PER" || t.DepRel != "flat" || h < 0 || h > p || cur[h].NER != "O" && cur[h].NER != "" || resolve.IsTitle(cur[h].Text) {
			continue
		}
		fixed = edited(fixed, toks)
		fixed[p].Head, fixed[p].DepRel = fixed[h].Head, fixed[h].DepRel
		for i := range fixed {
			switch {
			case i == p:
			case i == h || i > h && i < p && fixed[i].Head == h:
				fixed[i].Head, fixed[i].DepRel = p, "compound"
			case fixed[i].Head == h:
				fixed[i].Head = p
			}
		}
	}
	return withTokens(s, fixed)
}

// edited returns the repair's own copy of the tokens, making it on the
// first change, so that a repair that changes nothing costs no copy.
func edited(fixed, toks []nlp.Token) []nlp.Token {
	if fixed == nil {
		return append([]nlp.Token(nil), toks...)
	}
	return fixed
}

// withTokens returns s, or a copy of it with the repaired tokens when a
// repair changed any.
func withTokens(s *nlp.Sentence, fixed []nlp.Token) *nlp.Sentence {
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
	// A nickname in quotes between given name and surname: Matiu "Matt"
	// Ratana is one name.
	if lo+4 < len(toks) && t.UPOS == "PROPN" && isDoubleQuote(toks[lo+1].Text) && toks[lo+2].UPOS == "PROPN" &&
		isDoubleQuote(toks[lo+3].Text) && toks[lo+4].UPOS == "PROPN" {
		return max(nameRun(toks, lo+4), lo+5)
	}
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

func isDoubleQuote(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "``" || w == "''"
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

// repairFiniteModifiers re-roots finite verbs the parser attached as
// modifiers of a noun. In news, a long subject ("Professor X of Y,
// co-author of a study published in Z, declared ...") or two clauses
// joined by ";" often leave the main verb hanging under a noun as acl or
// amod, so the whole clause ends up inside a noun phrase: the subject
// swallows the predicate and the main fact is lost. A verb is taken for a
// misattached main verb when it is past tense (VBD), or a participle with
// an object of its own and no passive marks, hangs from a noun as a
// non-relative modifier with no subject, marker or auxiliary, and the noun
// phrase it sits in is the top of a clause (the root, or a conjunct or
// apposition after ";") without a predicate of its own. The top noun
// phrase becomes the verb's subject; the noun an adjectival verb came
// before becomes its object; what follows the verb joins it.
func repairFiniteModifiers(s *nlp.Sentence) *nlp.Sentence {
	toks := s.Tokens
	var fixed []nlp.Token
	get := func() []nlp.Token {
		fixed = edited(fixed, toks)
		return fixed
	}
	cur := func() []nlp.Token {
		if fixed != nil {
			return fixed
		}
		return toks
	}
	for v := range toks {
		ts := cur()
		t := ts[v]
		if t.UPOS != "VERB" || t.Head < 0 || !(t.DepRel == "acl" || t.DepRel == "amod") {
			continue
		}
		if !misattachedFinite(ts, v) {
			continue
		}
		top, boundary := clauseTop(ts, t.Head)
		if top < 0 || hasPredicate(ts, top) {
			continue
		}
		ts = get()
		var own []bool // v's subtree before the change
		for k := range ts {
			own = append(own, dominates(ts, v, k))
		}
		old := ts[v].Head
		ts[v].Head, ts[v].DepRel = ts[top].Head, ts[top].DepRel
		if boundary {
			ts[v].DepRel = "parataxis"
		}
		ts[top].Head, ts[top].DepRel = v, "nsubj"
		hasObj := false
		for k := range ts {
			if ts[k].Head == v && ts[k].DepRel == "obj" {
				hasObj = true
			}
		}
		if old > v && old != top {
			ts[old].Head, ts[old].DepRel = v, "obj"
			hasObj = true
		}
		// What follows the verb but hangs to its left now belongs to it.
		for k := v + 1; k < len(ts); k++ {
			h := ts[k].Head
			if h < 0 || h >= v || own[k] || !dominates(ts, top, h) || dominates(ts, k, v) {
				continue
			}
			ts[k].Head = v
			switch {
			case ts[k].UPOS == "PUNCT":
				ts[k].DepRel = "punct"
			case hasDep(ts, k, "cop"):
				ts[k].DepRel = "xcomp"
			case hasCase(ts, k):
				ts[k].DepRel = "obl"
			case !hasObj && (ts[k].UPOS == "NOUN" || ts[k].UPOS == "PROPN" || ts[k].UPOS == "NUM" || ts[k].UPOS == "PRON"):
				ts[k].DepRel = "obj"
				hasObj = true
			case ts[k].UPOS == "VERB":
				ts[k].DepRel = "advcl"
			}
		}
	}
	return withTokens(s, fixed)
}

// misattachedFinite reports whether verb v, hanging from a noun, reads as
// a finite verb rather than a participle: VBD, or VBN/VBD with an object
// and no passive agent; never with a subject, marker or auxiliary of its
// own.
func misattachedFinite(ts []nlp.Token, v int) bool {
	obj, agent := false, false
	for k := range ts {
		if ts[k].Head != v {
			continue
		}
		switch base(ts[k].DepRel) {
		case "nsubj", "csubj", "mark", "aux", "expl", "cop":
			return false
		case "obj":
			obj = true
		case "obl":
			if ts[k].DepRel == "obl:agent" {
				agent = true
			}
			for j := range ts {
				if ts[j].Head == k && ts[j].DepRel == "case" && strings.EqualFold(ts[j].Text, "by") {
					agent = true
				}
			}
		}
	}
	if v > 0 && isRelPronoun(strings.ToLower(ts[v-1].Text)) {
		return false
	}
	// "X, co-author of a study, declared rates ...": a participle right
	// after a comma, before the noun it seems to modify.
	if ts[v].DepRel == "amod" && ts[v].Head > v && v > 0 && ts[v-1].Text == "," && (ts[v].XPOS == "VBD" || ts[v].XPOS == "VBN") {
		return true
	}
	switch ts[v].XPOS {
	case "VBD":
		return !agent
	case "VBN":
		return obj && !agent
	}
	return false
}

// clauseTop climbs from noun n to the top of its noun phrase: through
// nominal modifiers, appositions and conjuncts to the root, or to an
// apposition or conjunct that follows ";" (a clause boundary). It returns
// -1 when the phrase is an argument of some predicate.
func clauseTop(ts []nlp.Token, n int) (top int, boundary bool) {
	for d := 0; n >= 0 && d < len(ts); d++ {
		t := ts[n]
		if u := t.UPOS; u != "NOUN" && u != "PROPN" && u != "NUM" && u != "PRON" && u != "SYM" {
			return -1, false
		}
		if t.Head < 0 || t.DepRel == "root" {
			return n, false
		}
		switch base(t.DepRel) {
		case "appos", "conj", "parataxis", "list":
			if semicolonBefore(ts, n) {
				return n, true
			}
		case "nmod", "compound", "flat":
		default:
			return -1, false
		}
		n = t.Head
	}
	return -1, false
}

// semicolonBefore reports whether a ";" comes between token n's head and n.
func semicolonBefore(ts []nlp.Token, n int) bool {
	lo, hi := ts[n].Head, n
	if lo > hi {
		lo, hi = hi, lo
	}
	for k := lo + 1; k < hi; k++ {
		if ts[k].Text == ";" {
			return true
		}
	}
	return false
}

// hasPredicate reports whether noun n heads a clause already: a copula or
// subject of its own.
func hasPredicate(ts []nlp.Token, n int) bool {
	for k := range ts {
		if ts[k].Head == n && (ts[k].DepRel == "cop" || base(ts[k].DepRel) == "nsubj") {
			return true
		}
	}
	return false
}

func hasCase(ts []nlp.Token, n int) bool {
	for k := range ts {
		if ts[k].Head == n && (ts[k].DepRel == "case" || ts[k].DepRel == "mark") && k < n {
			return true
		}
	}
	return false
}

func hasDep(ts []nlp.Token, n int, rel string) bool {
	for k := range ts {
		if ts[k].Head == n && ts[k].DepRel == rel {
			return true
		}
	}
	return false
}

// beToFuture says whether copula c ("is") and the "to" right after it
// make the be-to future of their infinitive, and returns the verb's
// subject (nsubj:outer in EWT; -1 if none). Not when the subject names an
// aim ("The plan is to visit Paris"): there the infinitive is what the
// plan is.
func beToFuture(ts []nlp.Token, c int) (subj int, ok bool) {
	v := ts[c].Head
	if c+1 >= len(ts) || ts[c+1].Head != v || !strings.EqualFold(ts[c+1].Text, "to") || ts[v].XPOS != "VB" || !strings.EqualFold(ts[c].Lemma, "be") {
		return -1, false
	}
	subj = -1
	for k := range ts {
		if ts[k].Head == v && base(ts[k].DepRel) == "nsubj" {
			subj = k
		}
	}
	if subj >= 0 && aimNouns[strings.ToLower(ts[subj].Lemma)] {
		return -1, false
	}
	return subj, true
}

// aimNouns name what someone means to do: "The goal is to win" says
// what the goal is.
var aimNouns = map[string]bool{"aim": true, "goal": true, "plan": true, "idea": true, "purpose": true, "objective": true,
	"task": true, "job": true, "mission": true, "priority": true, "intention": true, "hope": true, "challenge": true,
	"solution": true, "answer": true, "problem": true, "point": true, "role": true, "option": true, "step": true,
	"way": true, "focus": true, "reason": true, "strategy": true, "decision": true, "dream": true, "ambition": true,
	"wish": true, "desire": true, "target": true, "policy": true, "thing": true, "key": true, "lesson": true,
	"routine": true, "test": true, "part": true, "rule": true, "approach": true, "proposal": true, "request": true,
	"recommendation": true, "advice": true}

// repairAdjacentAppositions makes a name that directly follows the noun
// describing it the head of the phrase, as EWT annotates "Taliban
// spokesperson Zabiullah Mujahid": the parser sometimes made the name an
// apposition without a comma, so that in the headline "Georgian tennis
// player Nikoloz Basilashvili arrested on ... charge" the player, not the
// man, was arrested. The noun becomes an apposition of the name (so the
// description is still stated: "Bruce McArthur –be→ Toronto serial
// killer"); what followed the name and hung on the noun, and the noun's
// preposition, now hang on the name.
func repairAdjacentAppositions(s *nlp.Sentence) *nlp.Sentence {
	var fixed []nlp.Token
	for m, t := range s.Tokens {
		h := t.Head
		if t.DepRel != "appos" || h != m-1 || t.UPOS != "PROPN" || s.Tokens[h].UPOS != "NOUN" {
			continue
		}
		fixed = edited(fixed, s.Tokens)
		fixed[m].Head, fixed[m].DepRel = fixed[h].Head, fixed[h].DepRel
		fixed[h].Head, fixed[h].DepRel = m, "appos"
		for k := range fixed {
			// What follows the name, and the noun's preposition ("married
			// to talent agent Pasquale DiCicco"), now go with the name.
			if fixed[k].Head == h && (k > m || fixed[k].DepRel == "case") {
				fixed[k].Head = m
			}
		}
	}
	return withTokens(s, fixed)
}

// repairStrandedPrepositions turns a preposition the parser made the
// head of its noun back into the noun's case marker: in "The charge was
// denied by Irma Tchkadua" parsed with "by" an adverb and "Irma" its
// object, the agent was lost. The noun takes the preposition's place in
// the tree, as an oblique of a verb (the agent after "by" with a passive
// or a participle) or a modifier of a noun.
func repairStrandedPrepositions(s *nlp.Sentence) *nlp.Sentence {
	var fixed []nlp.Token
	for a, t := range s.Tokens {
		if t.UPOS != "ADP" || t.XPOS != "IN" || t.Head < 0 {
			continue
		}
		switch base(t.DepRel) {
		case "advmod", "obl", "nmod", "mark":
		default:
			continue
		}
		n := -1
		for k, c := range s.Tokens {
			if c.Head == a && k > a && (c.DepRel == "obj" || base(c.DepRel) == "nsubj") &&
				(c.UPOS == "PROPN" || c.UPOS == "NOUN" || c.UPOS == "PRON") {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		fixed = edited(fixed, s.Tokens)
		h := t.Head
		rel := "nmod"
		if u := fixed[h].UPOS; u == "VERB" || u == "AUX" {
			rel = "obl"
			if strings.EqualFold(t.Text, "by") && (fixed[h].XPOS == "VBN" || hasDep(fixed, h, "aux:pass")) {
				rel = "obl:agent"
			}
		}
		fixed[n].Head, fixed[n].DepRel = h, rel
		fixed[a].Head, fixed[a].DepRel = n, "case"
		for k := range fixed { // the preposition's other dependents were the head's
			if fixed[k].Head == a && k != n {
				fixed[k].Head = h
			}
		}
	}
	return withTokens(s, fixed)
}

// repairVerbCopulas detaches a copula the parser hung on a verb: in "the
// reason is that households differ", "is" belongs to "reason", and read
// as the verb's copula it turns "households differ from ..." into
// "households be differ ...". Finite verbs take no copula; the verb keeps its own
// subject and arguments.
func repairVerbCopulas(s *nlp.Sentence) *nlp.Sentence {
	var fixed []nlp.Token
	for i, t := range s.Tokens {
		if t.DepRel != "cop" || t.Head < 0 || s.Tokens[t.Head].UPOS != "VERB" {
			continue
		}
		// "The aim is to organize": an infinitive or participle can be a
		// predicate; only a finite verb cannot. But "The minister is to
		// visit Paris" is the be-to future: "is" is the verb's
		// auxiliary, the minister its subject.
		if x := s.Tokens[t.Head].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" {
			if subj, ok := beToFuture(s.Tokens, i); ok {
				fixed = edited(fixed, s.Tokens)
				fixed[i].DepRel = "aux"
				if subj >= 0 {
					fixed[subj].DepRel = "nsubj"
				}
			}
			continue
		}
		fixed = edited(fixed, s.Tokens)
		fixed[i].DepRel = "dep"
	}
	return withTokens(s, fixed)
}
