package parser

import "strings"

// RepairShiftedObject gives a verb back its object written after an
// oblique ("filed in court his intent to appeal", "brought to the
// hearing a letter from her lawyer"): the greedy parser hung the object
// on the oblique's noun, but a noun takes no object in UD. When the
// object's head is a noun with a preposition that is its verb's oblique,
// and the verb has no object of its own, the object is the verb's. A
// pronoun is never shifted so ("have to Cary it with you" is a typo for
// a verb).
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairShiftedObject(upos []string, heads []int, labels []string) {
	for x := range heads {
		o := heads[x]
		if o < 0 || o > x || labels[x] != "obj" || upos[x] == "PRON" || upos[o] != "NOUN" && upos[o] != "PROPN" || base(labels[o]) != "obl" ||
			!hasChild(heads, labels, o, "case") {
			continue
		}
		v := heads[o]
		if v < 0 || v > o || upos[v] != "VERB" || hasChild(heads, labels, v, "obj", "ccomp", "xcomp") {
			continue
		}
		heads[x] = v
	}
}

// RepairParticipleOnObject hangs a past participle set off by a comma
// right after a verb's object on that object: in "Police detained the
// man, later identified as Khairi Saadallah" the greedy parser made
// "identified" the conjunct of "detained", and the extractor took the
// police for the ones identified. The participle (VBN, no auxiliary,
// subject, conjunction or object of its own) becomes the object's
// reduced relative clause (acl). heads are 0-based (-1 for the root);
// heads and labels change in place.
func RepairParticipleOnObject(words, xpos []string, heads []int, labels []string) {
	for f := range heads {
		v := heads[f]
		if v < 0 || v > f || xpos[f] != "VBN" || base(labels[f]) != "conj" && base(labels[f]) != "advcl" ||
			hasChild(heads, labels, f, "aux", "aux:pass", "nsubj", "nsubj:pass", "cc", "mark", "obj") ||
			labels[v] == "acl:relcl" { // "who changed his registration, contended for": a tag error
			continue
		}
		relative := false
		for i := 0; i < v; i++ {
			relative = relative || heads[i] == v && (xpos[i] == "WP" || xpos[i] == "WDT")
		}
		if relative {
			continue
		}
		// The comma before the participle (adverbs between: ", later
		// identified as").
		c := f - 1
		for c > v && heads[c] == f && strings.HasPrefix(xpos[c], "RB") {
			c--
		}
		if c <= v+1 || words[c] != "," {
			continue
		}
		// The object whose phrase ends at the comma: of this verb or of
		// one coordinated before it ("arrived and detained the man, ...").
		o := c - 1
		for k := 0; k < len(heads) && o >= 0 && labels[o] != "obj"; k++ {
			if heads[o] < 0 || heads[o] > c {
				o = -1
				break
			}
			o = heads[o]
		}
		if o < 0 || labels[o] != "obj" || !under(heads, heads[o], v) || under(heads, o, f) {
			continue // not the verb's object, or one inside the participle's phrase (a cycle)
		}
		if _, hi := spanBefore(heads, o, c); hi != c-1 {
			continue
		}
		heads[f], labels[f] = o, "acl"
	}
}

// RepairObjectList mends a list of objects the greedy parser broke after
// its first item: in "used a model, a robot, and young ostriches" it made
// "a robot" an oblique without preposition (and the rest its conjuncts).
// A noun hung on the verb as an oblique with no preposition, set off by a
// comma right after the verb's object, is the object's conjunct, and its
// own conjuncts are the object's. heads are 0-based (-1 for the root);
// heads and labels change in place.
func RepairObjectList(words, upos []string, heads []int, labels []string) {
	for x := range heads {
		v := heads[x]
		// A list ends in its conjunction: the noun heads the rest of it
		// ("a robot, and young ostriches"), and it is no time.
		if v < 0 || v > x || base(labels[x]) != "obl" || upos[x] != "NOUN" || hasChild(heads, labels, x, "case") ||
			!hasChild(heads, labels, x, "conj") || timeWord(words[x]) {
			continue
		}
		o := -1
		for i := v + 1; i < x; i++ {
			if heads[i] == v && labels[i] == "obj" {
				o = i
			}
		}
		if o < 0 || upos[o] != "NOUN" && upos[o] != "PROPN" {
			continue
		}
		_, hi := spanBefore(heads, o, x)
		lo, _ := span(heads, x)
		for lo < x && upos[lo] == "PUNCT" {
			lo++
		}
		if hi+2 != lo || words[hi+1] != "," {
			continue
		}
		heads[x], labels[x] = o, "conj"
		for i := range heads {
			if heads[i] == x && base(labels[i]) == "conj" {
				heads[i] = o
			}
		}
		if !under(heads, x, hi+1) {
			heads[hi+1], labels[hi+1] = x, "punct"
		}
	}
}

// RepairNumberAcrossComma gives a verb back a number written as its object
// before a comma: in "killing 40 people and injuring more than 1,000,
// officials said" the greedy parser made "1,000" the count of "officials".
// A number never counts a noun across a comma; when the word before the
// number's phrase is a verb without an object, the number is its object.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairNumberAcrossComma(words, upos []string, heads []int, labels []string) {
	n := len(heads)
	for x := 0; x+2 < n; x++ {
		h := heads[x]
		if upos[x] != "NUM" || words[x+1] != "," || h <= x+1 || base(labels[x]) != "nummod" {
			continue
		}
		s := x // the phrase's first word ("more than 1,000", "at least 40")
		for s > 0 && under(heads, s-1, x) {
			s--
		}
		v := s - 1
		if v < 0 || upos[v] != "VERB" || hasChild(heads, labels, v, "obj", "ccomp", "xcomp") || under(heads, v, x) {
			continue
		}
		heads[x], labels[x] = v, "obj"
	}
}

// RepairUpTo reads "up to" before a number as the number's bound, as UD
// does ("up" its advmod, "to" fixed on it): the greedy parser made "up"
// the verb's particle and "to 40 people" an oblique, so "The storm killed
// up to 40 people" had no object and "could save Amazon up to $3 billion"
// saved Amazon up. The counted phrase becomes the verb's object (an
// object already there, the receiver, its indirect object). heads are
// 0-based (-1 for the root); heads and labels change in place.
func RepairUpTo(words, upos []string, heads []int, labels []string) {
	n := len(heads)
	for u := 1; u+2 < n; u++ {
		v := heads[u]
		if v < 0 || !strings.EqualFold(words[u], "up") || !strings.EqualFold(words[u+1], "to") || upos[v] != "VERB" ||
			labels[u] != "compound:prt" && base(labels[u]) != "advmod" {
			continue
		}
		q := u + 2 // the number, or the currency before it
		if upos[q] != "NUM" && !(upos[q] == "SYM" && q+1 < n && upos[q+1] == "NUM") {
			continue
		}
		// The counted phrase: the oblique of the verb that holds the
		// number and has "to" for its case.
		h := q
		for k := 0; k < n && heads[h] != v && heads[h] > u; k++ {
			h = heads[h]
		}
		if heads[h] != v || base(labels[h]) != "obl" || heads[u+1] != h || labels[u+1] != "case" || under(heads, v, h) {
			continue
		}
		o := -1
		for i := range heads {
			if heads[i] == v && labels[i] == "obj" {
				o = i
			}
		}
		if o > u {
			continue
		}
		if o >= 0 {
			labels[o] = "iobj"
		}
		heads[h], labels[h] = v, "obj"
		heads[u], labels[u] = q, "advmod"
		heads[u+1], labels[u+1] = u, "fixed"
	}
}

// RepairInnerCase hangs a preposition the greedy parser attached to a
// title inside a name on the name's head, where it belongs: in "will
// report to Chief Executive Tim Cook" it made "to" the case of "Chief" and
// "Cook" the verb's object, so the relation lost its preposition. The
// preposition must open the phrase of a verb's object, a name with a
// capitalised word before it; the object becomes an oblique. heads are 0-based (-1 for the root); heads and labels
// change in place.
func RepairInnerCase(upos []string, heads []int, labels []string) {
	for c, t := range heads {
		if t < 0 || upos[c] != "ADP" || labels[c] != "case" || t <= c {
			continue
		}
		// The phrase head: up from the word it hangs on through the
		// phrase's modifiers.
		h := t
		for k := 0; k < len(heads) && heads[h] > h && (labels[h] == "compound" || base(labels[h]) == "amod" || labels[h] == "nmod:desc" || base(labels[h]) == "flat" ||
			labels[h] == "nmod:poss"); k++ { // "at Manchester Magistrates' Court"
			h = heads[h]
		}
		if h == t || upos[t] != "PROPN" || upos[h] != "PROPN" || base(labels[h]) != "obj" || heads[h] < 0 || upos[heads[h]] != "VERB" {
			continue
		}
		if lo, _ := span(heads, h); lo != c {
			continue
		}
		heads[c] = h
		labels[h] = "obl"
	}
}

// RepairCaseClause hangs a prepositional phrase the greedy parser made a
// clause of its own back on the verb before it: in "Unemployment remained
// at 3.7% in October, the Labor Department said" it made both "remained"
// and "%" complements of "said". A noun with a preposition is no clause;
// when the phrase right before it belongs to a verb hung on the same
// word, it is that verb's oblique. heads are 0-based (-1 for the root);
// heads and labels change in place.
func RepairCaseClause(upos []string, heads []int, labels []string) {
	for x, h := range heads {
		if h < 0 || base(labels[x]) != "ccomp" || upos[x] == "VERB" || upos[x] == "AUX" || upos[x] == "ADJ" || !hasChild(heads, labels, x, "case") {
			continue
		}
		lo, _ := span(heads, x)
		v := -1
		for i := 0; i < lo; i++ {
			if heads[i] == h && upos[i] == "VERB" {
				if _, hi := span(heads, i); hi == lo-1 {
					v = i
				}
			}
		}
		if v < 0 {
			continue
		}
		heads[x], labels[x] = v, "obl"
	}
}

// RepairCaselessOblique makes a noun right after its verb (or the verb's
// particle), labelled an oblique but with no preposition, the verb's
// object: in "struck down race-conscious admissions programs" the greedy
// parser made "programs" an oblique, and the extractor lost what was
// struck down. Times and measures ("left Monday", "rose 3%", "went
// home") stay obliques. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairCaselessOblique(words, upos, xpos []string, heads []int, labels []string) {
	for o, v := range heads {
		if v < 0 || v > o || labels[o] != "obl" || upos[o] != "NOUN" && upos[o] != "PROPN" || upos[v] != "VERB" ||
			hasChild(heads, labels, o, "case") || hasChild(heads, labels, v, "obj", "ccomp", "xcomp") || hasChild(heads, labels, o, "nummod") {
			continue
		}
		lw := strings.ToLower(words[o])
		if timeWord(lw) || dateWord(words[o]) || timeUnits[lw] || lw == "home" || lw == "way" || lw == "times" || lw == "percent" || xpos[o] == "CD" {
			continue
		}
		lo, _ := span(heads, o)
		start := v + 1
		for start < lo && heads[start] == v && labels[start] == "compound:prt" {
			start++
		}
		if lo != start {
			continue
		}
		labels[o] = "obj"
	}
}

// deedVerbs name a deed after their object with of, for or with
// ("accused the government of torturing detainees", "fined him for
// breaking the rules").
var deedVerbs = map[string]bool{"accuse": true, "charge": true, "suspect": true, "convict": true, "acquit": true,
	"clear": true, "blame": true, "arrest": true, "sentence": true, "fine": true, "punish": true, "sue": true,
	"criticise": true, "criticize": true, "praise": true, "thank": true, "jail": true, "indict": true, "prosecute": true}

// RepairDeedGerund mends "accused the government of torturing detainees",
// which the greedy parser read as "of torturing-detainees", the gerund
// an adjective of its noun: after the object of a verb of accusing or
// praising, "of"/"for"/"with" and a gerund open the deed, a clause on the
// object (as the parser reads "accused Trump of ignoring facts") whose
// own object the noun is. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairDeedGerund(words, lems, xpos []string, heads []int, labels []string) {
	for g := 1; g+1 < len(heads); g++ {
		n := heads[g]
		if xpos[g] != "VBG" || base(labels[g]) != "amod" || n != g+1 || base(labels[n]) != "nmod" {
			continue
		}
		c := g - 1
		if heads[c] != n || base(labels[c]) != "case" {
			continue
		}
		switch strings.ToLower(words[c]) {
		case "of", "for", "with":
		default:
			continue
		}
		o := heads[n]
		if o < 0 || base(labels[o]) != "obj" || heads[o] < 0 || !deedVerbs[lems[heads[o]]] {
			continue
		}
		heads[g], labels[g] = o, "acl"
		heads[c], labels[c] = g, "mark"
		heads[n], labels[n] = g, "obj"
		for i := n + 1; i < len(heads); i++ {
			if heads[i] == o && i > n {
				heads[i] = g
			}
		}
	}
}

// RepairMoreThan hangs "more than", "less than", "fewer than" before a
// number on the number, where the greedy parser hung it on the verb: in
// "More than 100 flights were cancelled" the subject read "100 flights".
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairMoreThan(words, upos []string, heads []int, labels []string) {
	for m := 0; m+2 < len(heads); m++ {
		switch strings.ToLower(words[m]) {
		case "more", "less", "fewer":
		default:
			continue
		}
		v, q := heads[m], m+2
		if v < 0 || !strings.EqualFold(words[m+1], "than") || heads[m+1] != m || upos[q] != "NUM" || v == q || upos[v] != "VERB" && upos[v] != "AUX" ||
			base(labels[m]) != "advmod" || under(heads, q, m) {
			continue
		}
		heads[m] = q
	}
}
