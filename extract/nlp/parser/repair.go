package parser

import "strings"

// RepairSubject mends one mistake the greedy parser makes on news: a
// subject followed by a comma-fenced insertion ("John Hickenlooper, who
// was a candidate ..., ended his campaign", "Atwood, a Booker
// Prize-winner, was there ...") is parsed as a noun-rooted fragment whose
// main verb hangs off it as a clause (acl, parataxis, conj, ...). By the
// time the parser reaches the verb the noun is buried under the insertion
// and no move can make it the verb's subject, so the tree is rebuilt
// afterwards. When the root is a noun without a copula or subject, and the
// first finite verb after it has no subject of its own, follows a comma,
// hangs in the noun's phrase and agrees with it in number, the verb
// becomes the root and the noun its subject. A root that is a time ("On
// Friday, Beto O'Rourke, who ..., announced") becomes the verb's oblique
// and the first noun hung on it after it the subject. heads are 0-based
// (-1 for the root); heads and labels are changed in place.
func RepairSubject(words, upos, xpos []string, heads []int, labels []string) {
	n := len(heads)
	r := root(heads)
	if r < 0 {
		return
	}
	// "Chief executive Tim Cook said ...": an adjective at the root,
	// then words describing the named subject of the verb hung on it.
	if upos[r] == "ADJ" {
		s := r + 1
		for s < n && (upos[s] == "ADJ" || upos[s] == "NOUN") && heads[s] > s {
			s++
		}
		if s > r+1 && s < n && upos[s] == "PROPN" && isSubject(labels[s]) && heads[s] > s && heads[heads[s]] == r &&
			onlyChild(heads, upos, r, heads[s]) && finiteClause(xpos, heads, labels, heads[s]) {
			modifierOfSubject(heads, labels, r, s)
			labels[r] = "amod"
			return
		}
	}
	// A noun, or an adjective made one by its determiner ("The oldest of
	// the offspring, age 29, weighed 82 pounds").
	if !nominal(upos[r]) && !(upos[r] == "ADJ" && hasChild(heads, labels, r, "det")) {
		return
	}
	// "Typhoon Phanfone made landfall": the root noun is the first word
	// of the subject of the verb hung on it.
	// Only a bare noun: "This was the first time Flynn made a speech" and
	// "Trump's debate prepper Giuliani received" are something else.
	if s := r + 1; s < n && upos[r] == "NOUN" && upos[s] == "PROPN" && isSubject(labels[s]) && heads[s] > s && heads[heads[s]] == r &&
		onlyChild(heads, upos, r, heads[s]) {
		modifierOfSubject(heads, labels, r, s)
		return
	}
	// "SpaceX Crew Dragon capsule docks with ...": a name at the root
	// before the noun that is the subject of the verb hung on it is that
	// noun's modifier.
	if upos[r] == "PROPN" {
		e := r
		for e+1 < n && heads[e+1] == r && labels[e+1] == "flat" {
			e++
		}
		if s := e + 1; s < n && upos[s] == "NOUN" && isSubject(labels[s]) && heads[s] > s && heads[heads[s]] == r &&
			finiteClause(xpos, heads, labels, heads[s]) {
			modifierOfSubject(heads, labels, r, s)
			return
		}
	}
	hasCase := false
	for i := range n {
		if heads[i] != r {
			continue
		}
		switch base(labels[i]) {
		case "cop", "nsubj", "csubj", "expl":
			return
		case "case":
			hasCase = hasCase || i < r
		}
	}
	// The first finite clause head after the noun without a subject of
	// its own (the insertion's clauses have theirs: "who held the post").
	v := -1
	for j := r + 1; j < n && v < 0; j++ {
		if (upos[j] == "VERB" || upos[j] == "AUX") && !isAux(labels[j]) &&
			finiteClause(xpos, heads, labels, j) && !hasChild(heads, labels, j, "nsubj", "csubj", "expl") {
			v = j
		}
	}
	if v < 0 {
		return
	}
	switch base(labels[v]) {
	case "acl", "parataxis", "conj", "appos", "advcl", "dep", "list":
	default:
		return
	}
	// The verb hangs in the noun's phrase: between it and the root only
	// nouns, relative clauses ("who held the post") and participles
	// ("commonly called buffalo").
	inRelative := false // a relative clause between them
	for h := heads[v]; h != r; h = heads[h] {
		if h < 0 {
			return
		}
		if (upos[h] == "VERB" || upos[h] == "AUX") && finiteClause(xpos, heads, labels, h) {
			if !relative(xpos, heads, labels, h) {
				return
			}
			inRelative = true
		}
	}
	first := v // where the verb's phrase starts
	for i := range n {
		if heads[i] == v && i < first && labels[i] != "punct" {
			first = i
		}
		// A subordinate or coordinated clause of its own ("when asked
		// whether ...", "and resigned").
		if heads[i] == v && i < v && (base(labels[i]) == "mark" || base(labels[i]) == "cc" || xpos[i] == "WRB") {
			return
		}
	}
	// After a comma; or right after a relative clause, which the
	// parser let run on into the main verb ("aftershocks of a powerful
	// earthquake that struck southern Philippines on Wednesday night
	// have increased the death toll").
	if first == 0 || xpos[first-1] != "," && !(inRelative && base(labels[v]) != "acl") {
		return
	}
	// A colon or quotation between the noun and the verb starts another
	// sentence ("Trump's statement read: "Hamza bin Ladin, ..., was killed").
	for i := r + 1; i < first; i++ {
		switch xpos[i] {
		case ":":
			return
		case "``", "''":
			if words[i] != "'" && words[i] != "‘" && words[i] != "’" { // not "rock 'n' roll"
				return
			}
		}
	}
	subj, obl := r, -1
	if hasCase || timeWord(words[r]) {
		subj, obl = -1, r
		for i := r + 1; i < first && subj < 0; i++ {
			// On the time, or on a second time hung on it ("Early
			// Saturday morning, somewhat after midnight, police in
			// Clairton responded").
			on := heads[i] == r || heads[i] > r && heads[heads[i]] == r && (hasChild(heads, labels, heads[i], "case") || timeWord(words[heads[i]]))
			if on && nominal(upos[i]) && !hasChild(heads, labels, i, "case") {
				switch base(labels[i]) {
				case "appos", "conj", "dep", "nmod", "list", "flat", "compound", "nsubj":
					subj = i
				}
			}
		}
		if subj < 0 {
			return
		}
	}
	if !agree(words, xpos, heads, labels, subj, v) {
		return
	}
	promote(heads, labels, r, v)
	// "On Saturday, aftershocks ... have increased": an opening phrase
	// with its preposition, set off by a comma, is the verb's.
	for i := 0; i+1 < r; i++ {
		if heads[i] == r && hasChild(heads, labels, i, "case") && xpos[i+1] == "," {
			heads[i], labels[i] = v, "obl"
		}
	}
	if obl >= 0 {
		heads[obl], labels[obl] = v, "obl:unmarked"
		if hasCase {
			labels[obl] = "obl"
		}
	}
	attachSubject(heads, labels, subj, v)
}

// modifierOfSubject makes root r a compound modifier of subject s and
// the verb s is the subject of the root, with r's later dependents.
func modifierOfSubject(heads []int, labels []string, r, s int) {
	v := heads[s]
	promote(heads, labels, r, v)
	heads[r], labels[r] = s, "compound"
}

// agree says whether subject subj can go with verb v: a present verb
// (or auxiliary) agrees in number ("Fire kills nine, injures dozens" has
// no subject "kills"); a coordinated subject is plural.
func agree(words, xpos []string, heads []int, labels []string, subj, v int) bool {
	vx := finiteForm(xpos, heads, labels, v)
	plural := xpos[subj] == "NNS" || xpos[subj] == "NNPS" || hasChild(heads, labels, subj, "conj")
	switch strings.ToLower(words[subj]) {
	case "we", "they", "you", "i":
		plural = true
	}
	switch vx {
	case "VBZ":
		return !plural
	case "VBP":
		return plural
	}
	return true
}

func nominal(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// relative says whether clause head h has a relative pronoun for subject.
func relative(xpos []string, heads []int, labels []string, h int) bool {
	for i, hd := range heads {
		if hd == h && isSubject(labels[i]) && (xpos[i] == "WP" || xpos[i] == "WDT") {
			return true
		}
	}
	return false
}

// onlyChild says whether c is h's only dependent besides punctuation.
func onlyChild(heads []int, upos []string, h, c int) bool {
	for i, hd := range heads {
		if hd == h && i != c && upos[i] != "PUNCT" {
			return false
		}
	}
	return true
}

func isAux(l string) bool { return base(l) == "aux" || base(l) == "cop" }

func isSubject(l string) bool {
	switch base(l) {
	case "nsubj", "csubj", "expl":
		return true
	}
	return false
}

// hasChild says whether h has a dependent with one of the labels (a
// label without subtype matches all its subtypes).
func hasChild(heads []int, labels []string, h int, want ...string) bool {
	for i, hd := range heads {
		if hd != h {
			continue
		}
		for _, w := range want {
			if labels[i] == w || (!strings.Contains(w, ":") && base(labels[i]) == w) {
				return true
			}
		}
	}
	return false
}

// finiteClause says whether verb v is finite or has a finite auxiliary.
func finiteClause(xpos []string, heads []int, labels []string, v int) bool {
	if finite(xpos[v]) {
		return true
	}
	for i, h := range heads {
		if h == v && isAux(labels[i]) && finite(xpos[i]) {
			return true
		}
	}
	return false
}

func finite(x string) bool {
	switch x {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// timeWord: days, months and parts of the day, which head the time a
// news lead opens with ("This past Friday, the princess, 67, announced").
func timeWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"morning", "afternoon", "evening", "night", "today", "yesterday", "tonight",
		"day", "week", "weekend", "month", "year":
		return true
	}
	return false
}

// RepairFrontedSubject mends the same mistake when something comes before
// the subject: in "On Friday, Youssef Chahed, the Prime Minister of
// Tunisia, signed a decree" and "Acting via his lawyers, Volodoymyr
// Zhukovskyy, 23, pleaded not guilty" the parser hung the name on the
// opening phrase (as its conjunct, list item or apposition) and left the
// verb without a subject. A finite verb without a subject, at the root or
// a conjunct of the root, takes for subject the last person or
// organisation (ner, the recogniser's IOB2 tags) set off by a comma
// before it that hangs on a word before the name; when the verb was
// the opening participle's conjunct, it becomes the root and the
// participle its adverbial clause.
func RepairFrontedSubject(words, upos, xpos, ner []string, heads []int, labels []string) {
	r := root(heads)
	if r < 0 {
		return
	}
	v := r
	if !finiteClause(xpos, heads, labels, v) || upos[v] != "VERB" && upos[v] != "AUX" {
		// "Acting via his lawyers, X, pleaded": the verb is a conjunct of
		// the opening participle.
		if xpos[r] != "VBG" && xpos[r] != "VBN" || hasChild(heads, labels, r, "nsubj", "csubj", "expl") {
			return
		}
		v = -1
		for i, h := range heads {
			if h == r && i > r && (labels[i] == "conj" || labels[i] == "list" || labels[i] == "parataxis") &&
				upos[i] == "VERB" && finiteClause(xpos, heads, labels, i) {
				v = i
				break
			}
		}
		if v < 0 {
			return
		}
	}
	if hasChild(heads, labels, v, "nsubj", "csubj", "expl") {
		return
	}
	// The name: the last person or organisation (by the recogniser) before
	// the verb whose head comes before it, attached as a conjunct, list
	// item or apposition, with a comma before its phrase.
	name := -1
	for i := v - 1; i > 0 && name < 0; i-- {
		h := heads[i]
		// A place acts too when it comes right before the verb ("In the
		// first game of Group G, Belgium faced Panama").
		place := strings.HasSuffix(ner[i], "LOC") && i+1 == v
		if upos[i] != "PROPN" || h < 0 || h >= i || !namedBy(ner, heads, labels, i) && !place {
			continue
		}
		switch base(labels[i]) {
		case "conj", "list", "appos", "dep", "parataxis":
		default:
			continue
		}
		lo := i
		for k := range heads {
			if k < lo && heads[k] == i && upos[k] != "PUNCT" {
				lo = k
			}
		}
		if lo > 0 && xpos[lo-1] == "," {
			name = i
		}
	}
	if name < 0 {
		return
	}
	if v != r {
		heads[v], labels[v] = -1, "root"
		heads[r], labels[r] = v, "advcl"
		adopt(heads, r, v)
	}
	// The name's own apposition ("the Prime Minister of Tunisia") hung
	// on the opening phrase too.
	for k := name + 1; k < v; k++ {
		if heads[k] == heads[name] && base(labels[k]) == "appos" {
			heads[k] = name
		}
	}
	attachSubject(heads, labels, name, v)
}

// namedBy says whether the recogniser calls word i, or a flat word of its
// name, a person or organisation: "House Speaker Nancy Pelosi" is headed
// by the title, the name's words hang on it.
func namedBy(ner []string, heads []int, labels []string, i int) bool {
	if strings.HasSuffix(ner[i], "PER") || strings.HasSuffix(ner[i], "ORG") {
		return true
	}
	for k := i + 1; k < len(heads) && heads[k] == i && base(labels[k]) == "flat"; k++ {
		if strings.HasSuffix(ner[k], "PER") || strings.HasSuffix(ner[k], "ORG") {
			return true
		}
	}
	return false
}

// root returns the index of the root word, or -1.
func root(heads []int) int {
	for i, h := range heads {
		if h < 0 {
			return i
		}
	}
	return -1
}

// adopt gives verb v the dependents of from that follow it: what came
// after the verb in a phrase it was hung on was the verb's.
func adopt(heads []int, from, v int) {
	for i := range heads {
		if heads[i] == from && i > v {
			heads[i] = v
		}
	}
}

// subjectAfter returns verb v's first subject after word i and before v,
// or -1: the second of two subjects the parser gave one verb.
func subjectAfter(heads []int, labels []string, i, v int) int {
	for k := i + 1; k < v; k++ {
		if heads[k] == v && isSubject(labels[k]) {
			return k
		}
	}
	return -1
}

// finiteForm is verb v's tense tag, its finite auxiliary's when it has
// one ("has ... collapsed": VBZ).
func finiteForm(xpos []string, heads []int, labels []string, v int) string {
	vx := xpos[v]
	for i, h := range heads {
		if h == v && isAux(labels[i]) && finite(xpos[i]) {
			vx = xpos[i]
		}
	}
	return vx
}

// promote makes verb v the root in place of from, taking from's
// dependents that follow v.
func promote(heads []int, labels []string, from, v int) {
	adopt(heads, from, v)
	heads[v], labels[v] = -1, "root"
}

// attachSubject makes s the subject of v, a passive one when v has a
// passive auxiliary.
func attachSubject(heads []int, labels []string, s, v int) {
	heads[s], labels[s] = v, "nsubj"
	if hasChild(heads, labels, v, "aux:pass") {
		labels[s] = "nsubj:pass"
	}
}

// IsTree says whether heads (0-based, -1 for the root) form a tree: one
// root, every word reaching it, no cycle. The pipeline checks the repaired
// tree with it and keeps the parser's own when a repair broke it: the
// extractor walks subtrees recursively and a cycle would never end.
func IsTree(heads []int) bool {
	n := len(heads)
	roots := 0
	for i := range heads {
		if heads[i] < -1 || heads[i] >= n {
			return false
		}
		if heads[i] < 0 {
			roots++
		}
		for k, j := 0, i; j >= 0; k, j = k+1, heads[j] {
			if k > n {
				return false
			}
		}
	}
	return roots == 1
}

// quantityWords head a subject that counts a part of a group ("Seven of
// the nine members", "Most of the victims", "None of them").
var quantityWords = map[string]bool{"some": true, "many": true, "most": true, "all": true, "none": true, "both": true,
	"each": true, "several": true, "half": true, "few": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true}

// RepairQuantitySubject mends "Seven of the nine members of the Monetary
// Policy Committee voted for the increase", which the greedy parser
// rooted on "Seven" with the verb its parataxis. A root number or
// quantity word with an "of" phrase, whose words run up to a finite verb
// without subject hung on the root, is that verb's subject; the verb
// becomes the root. heads are 0-based (-1 for the root); heads and labels
// change in place.
func RepairQuantitySubject(words, upos, xpos []string, heads []int, labels []string) {
	r := root(heads)
	if r < 0 || upos[r] != "NUM" && !quantityWords[strings.ToLower(words[r])] || hasChild(heads, labels, r, "nsubj", "cop", "case") {
		return
	}
	of := -1
	for i := r + 1; i < len(heads); i++ {
		if heads[i] == r && base(labels[i]) == "nmod" && hasCase(words, heads, labels, i, "of") {
			of = i
			break
		}
	}
	if of < 0 {
		return
	}
	_, hi := span(heads, of)
	v := hi + 1
	if v >= len(heads) || heads[v] != r || upos[v] != "VERB" && upos[v] != "AUX" || !finiteClause(xpos, heads, labels, v) ||
		hasChild(heads, labels, v, "nsubj", "nsubj:pass", "csubj", "expl", "mark", "cc") {
		return
	}
	switch base(labels[v]) {
	case "parataxis", "conj", "dep", "acl", "advcl", "appos", "list":
	default:
		return
	}
	for i := 0; i < r; i++ {
		if heads[i] == r && upos[i] != "DET" && upos[i] != "ADV" {
			return // "On Friday, ..."-like openings are RepairSubject's
		}
	}
	plural := !(strings.EqualFold(words[r], "one") || strings.EqualFold(words[r], "each") || strings.EqualFold(words[r], "none"))
	vx := finiteForm(xpos, heads, labels, v)
	if vx == "VBZ" && plural || vx == "VBP" && !plural {
		return
	}
	promote(heads, labels, r, v)
	attachSubject(heads, labels, r, v)
}

// hasCase says whether noun n has a case marker spelt w.
func hasCase(words []string, heads []int, labels []string, n int, w string) bool {
	for i, h := range heads {
		if h == n && base(labels[i]) == "case" && strings.EqualFold(words[i], w) {
			return true
		}
	}
	return false
}
