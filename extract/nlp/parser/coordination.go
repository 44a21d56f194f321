package parser

import "strings"

// RepairGerundConjunct mends "injuring at least 25 people and damaging
// churches, houses, and other infrastructure", where the parser read the
// second gerund as an adjective (or compound) of its object and coordinated that object
// with the first gerund's: a gerund (VBG) hung as amod right after a
// coordinating conjunction, on a noun coordinated with the object of an
// earlier gerund, becomes that gerund's conjunct with the noun for its
// object; the first object's conjuncts after it become the noun's.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairGerundConjunct(xpos []string, heads []int, labels []string) {
	for g := 1; g+1 < len(heads); g++ {
		n := heads[g]
		if xpos[g] != "VBG" || base(labels[g]) != "amod" && base(labels[g]) != "compound" || n != g+1 || labels[g-1] != "cc" || heads[g-1] != n || base(labels[n]) != "conj" {
			continue
		}
		o := heads[n]
		if o < 0 || base(labels[o]) != "obj" {
			continue
		}
		v := heads[o]
		if v < 0 || v > o || xpos[v] != "VBG" {
			continue
		}
		heads[g], labels[g] = v, "conj"
		heads[g-1] = g
		heads[n], labels[n] = g, "obj"
		for i := n + 1; i < len(heads); i++ {
			if heads[i] == o && base(labels[i]) == "conj" {
				heads[i] = n
			}
		}
		// A last conjunct the parser hung on the first gerund instead.
		for i := n + 1; i < len(heads); i++ {
			if heads[i] == v && base(labels[i]) == "conj" && xpos[i] != "VBG" && xpos[i] != "VBN" && xpos[i] != "VBD" {
				heads[i] = n
			}
		}
	}
}

// RepairRelativeAttachment hangs a relative clause on the noun its verb
// agrees with: in "on the sidelines of a Group of Seven summit that begins
// Friday" the parser hung "begins" on "sidelines", which a singular verb
// cannot describe. A relative clause with a relative pronoun for subject,
// on a noun whose phrase ends in another noun right before the pronoun,
// moves to that noun when its verb agrees in number with it and not with
// the first.
func RepairRelativeAttachment(words, xpos []string, heads []int, labels []string) {
	for v, n1 := range heads {
		if n1 < 0 || labels[v] != "acl:relcl" {
			continue
		}
		r := -1 // the relative pronoun, the clause's subject
		for i := n1 + 1; i < v; i++ {
			if heads[i] == v && isSubject(labels[i]) && (xpos[i] == "WDT" || xpos[i] == "WP") {
				r = i
			}
		}
		if r < 2 {
			continue
		}
		// The second noun inside a prepositional phrase of the first
		// ("the sidelines of a ... summit"), not its conjunct ("a date
		// and time that is convenient").
		n2 := r - 1
		if n2 == n1 || !nounTag(xpos[n2]) || !under(heads, n2, n1) || under(heads, n2, v) || !inPP(heads, labels, n2, n1) {
			continue
		}
		if agree(words, xpos, heads, labels, n2, v) && !agree(words, xpos, heads, labels, n1, v) {
			heads[v] = n2
		}
	}
}

// nounTag says whether an XPOS is a common or proper noun's.
func nounTag(x string) bool { return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" }

// inPP says whether word n hangs below h through a noun with its
// preposition, and no conjunct on the way.
func inPP(heads []int, labels []string, n, h int) bool {
	pp := false
	for i := n; i != h && i >= 0; i = heads[i] {
		if base(labels[i]) == "conj" {
			return false
		}
		pp = pp || base(labels[i]) == "nmod" && hasChild(heads, labels, i, "case")
	}
	return pp
}

// RepairHeadlinePassive mends a headline's passive without its auxiliary
// read as a name and an adjective: in "Nancy Pelosi again elected Speaker
// as 116th U.S. Congress sworn in" the parser hung "elected" on "Speaker"
// (an elected speaker) and left the name at the root. A past participle
// right after a name at the root (adverbs between), modifying the noun
// after it, is the root, the name its passive subject and the noun its
// predicate (xcomp).
func RepairHeadlinePassive(upos, xpos []string, heads []int, labels []string) {
	r := root(heads)
	if r < 0 || upos[r] != "PROPN" {
		return
	}
	v := r + 1
	for v < len(heads) && heads[v] == r && base(labels[v]) == "flat" {
		v++
	}
	for v < len(heads) && upos[v] == "ADV" {
		v++
	}
	if v+1 >= len(heads) || xpos[v] != "VBN" || labels[v] != "amod" || heads[v] != v+1 || upos[v+1] != "NOUN" && upos[v+1] != "PROPN" || !under(heads, v+1, r) {
		return
	}
	o := v + 1
	adopt(heads, r, v)
	for i := r + 1; i < v; i++ { // the adverbs
		if upos[i] == "ADV" {
			heads[i] = v
		}
	}
	heads[v], labels[v] = -1, "root"
	heads[o], labels[o] = v, "xcomp"
	heads[r], labels[r] = v, "nsubj:pass"
	// What followed the noun ("as 116th U.S. Congress sworn in") is the
	// verb's.
	for i := o + 1; i < len(heads); i++ {
		if heads[i] == o {
			switch base(labels[i]) {
			case "nmod":
				heads[i], labels[i] = v, "obl"
			case "acl", "advcl", "parataxis":
				heads[i], labels[i] = v, "advcl"
			}
		}
	}
}

// RepairNamedConjunct mends "John and his wife Mary had three children",
// where the greedy parser made "Mary" a second subject: a name right
// after a noun coordinated with the verb's subject is that noun's
// apposition. heads are 0-based (-1 for the root); heads and labels
// change in place.
func RepairNamedConjunct(upos []string, heads []int, labels []string) {
	for s2 := 2; s2 < len(heads); s2++ {
		v := heads[s2]
		n := s2 - 1
		if v <= s2 || !isSubject(labels[s2]) || upos[s2] != "PROPN" || upos[n] != "NOUN" || base(labels[n]) != "conj" {
			continue
		}
		if s1 := heads[n]; s1 >= 0 && s1 < n && heads[s1] == v && isSubject(labels[s1]) {
			heads[s2], labels[s2] = n, "appos"
		}
	}
}

// RepairCoordinatedSubject joins coordinated subjects the greedy parser
// gave their verb one by one. In "The police and the army arrested the
// man" it made both nouns subjects of "arrested", the "and" the verb's;
// the second becomes the first's conjunct. In "Both the council and the
// government called for ..." it made the first noun the root and the
// rest a relative clause with the second for subject; the verb becomes
// the root, the first noun its subject and the second the first's
// conjunct. The conjunction must stand right between the two phrases.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairCoordinatedSubject(upos, words []string, heads []int, labels []string) {
	n := len(heads)
	for s2 := 1; s2 < n; s2++ {
		v := heads[s2]
		if v < 0 || v < s2 || !isSubject(labels[s2]) || !nominal(upos[s2]) {
			continue
		}
		lo2, _ := span(heads, s2)
		c := lo2 - 1
		if upos[lo2] == "CCONJ" && under(heads, lo2, s2) { // the "and" may hang on the second already, or on its title
			c, lo2 = lo2, lo2+1
		}
		if c <= 0 || upos[c] != "CCONJ" || !(heads[c] == v || under(heads, c, s2)) {
			continue
		}
		s1 := -1
		for i := 0; i < c; i++ {
			if heads[i] == v && isSubject(labels[i]) && nominal(upos[i]) {
				s1 = i
			}
		}
		if s1 >= 0 {
			// "South Carolina, Kansas, and Arizona made": the serial
			// comma may stand before the conjunction.
			// Noun phrases, not a clause the parser hung on the first
			// ("A jury convicted X of conspiracy, and he received").
			lo1, hi1 := span(heads, s1)
			verbal := false
			for i := lo1; i <= hi1; i++ {
				verbal = verbal || upos[i] == "VERB" || upos[i] == "AUX"
			}
			if !verbal && (hi1 == c-1 || hi1 == c-2 && words[c-1] == "," && heads[c-1] == v) {
				heads[s2], labels[s2] = s1, "conj"
				heads[c], labels[c] = s2, "cc"
				if hi1 == c-2 {
					heads[c-1] = s2
				}
			}
			continue
		}
		// "Both the council and the government called": the first noun
		// at the root, the verb its relative clause.
		r := heads[v]
		if r < 0 || r > c || heads[r] >= 0 || upos[r] != "NOUN" && upos[r] != "PROPN" || base(labels[v]) != "acl" {
			continue
		}
		if _, hi1 := spanBefore(heads, r, v); hi1 != c-1 {
			continue
		}
		relative := false
		for i := lo2; i < v; i++ {
			relative = relative || heads[i] == v && (base(labels[i]) == "mark" || upos[i] == "PRON" && isSubject(labels[i]))
		}
		if relative {
			continue
		}
		promote(heads, labels, r, v)
		heads[r], labels[r] = v, labels[s2]
		heads[s2], labels[s2] = r, "conj"
		heads[c], labels[c] = s2, "cc"
	}
}

// RepairSplitSubject mends a subject phrase the greedy parser cut in two:
// in "The theme of this year's lantern festival revolves around the pig"
// it ended the of-phrase at "lantern" and made "festival" a second
// subject. When a verb's second subject comes right after a noun of the
// first subject's phrase (no comma, conjunction or determiner between),
// that noun was its modifier: the second subject heads the phrase part
// the noun headed. heads are 0-based (-1 for the root); heads and labels
// change in place.
func RepairSplitSubject(upos []string, heads []int, labels []string) {
	for s2 := 2; s2 < len(heads); s2++ {
		v := heads[s2]
		if v <= s2 || !isSubject(labels[s2]) || upos[s2] != "NOUN" && upos[s2] != "PROPN" {
			continue
		}
		n := s2 - 1
		s1 := -1
		for i := 0; i < n; i++ {
			if heads[i] == v && isSubject(labels[i]) {
				s1 = i
			}
		}
		if s1 < 0 || upos[n] != "NOUN" || !under(heads, n, s1) || hasChild(heads, labels, s2, "det", "nmod:poss", "cc") || under(heads, heads[n], s2) {
			continue
		}
		// Only inside a prepositional phrase of the first subject ("of
		// this year's lantern"), not a title before a name ("Party
		// presidential nominee Phil Collins").
		inPP := false
		for k := n; k != s1 && k >= 0; k = heads[k] {
			inPP = inPP || hasChild(heads, labels, k, "case")
		}
		if !inPP || upos[s2] == "PROPN" && hasChild(heads, labels, s2, "flat") {
			continue
		}
		heads[s2], labels[s2] = heads[n], labels[n]
		for i := range heads {
			if heads[i] == n && i < n {
				heads[i] = s2 // "of this year's" is the new head's
			}
		}
		heads[n], labels[n] = s2, "compound"
	}
}

// RepairConjOnFlat hangs a conjunct the greedy parser attached to a word
// inside a name on the name's head, where UD puts it: in "Foreign
// Secretary James Cleverly and Home Secretary Suella Braverman are seen"
// it hung "Home Secretary ..." on "Cleverly", a flat word of the title's
// phrase, and the subject was never split. Names only ("grade five or
// six" keeps its numbers). heads are 0-based (-1 for the
// root); heads and labels change in place.
func RepairConjOnFlat(upos []string, heads []int, labels []string) {
	for c, h := range heads {
		if h < 0 || base(labels[c]) != "conj" || base(labels[h]) != "flat" || upos[c] != "PROPN" || upos[h] != "PROPN" {
			continue
		}
		top := h
		for k := 0; k < len(heads) && top >= 0 && base(labels[top]) == "flat" && heads[top] >= 0; k++ {
			top = heads[top]
		}
		if top < 0 || top == c || under(heads, top, c) {
			continue
		}
		// A flat word of the name after the conjunct: the parser ran the
		// two names together ("Larry Sharpe and former Massachusetts
		// governor William Weld" with "William" on "Larry"); no guess.
		later := false
		for k := c + 1; k < len(heads); k++ {
			later = later || heads[k] == top && base(labels[k]) == "flat"
		}
		if later {
			continue
		}
		heads[c] = top
	}
}

// RepairStrandedGerund joins a gerund after "and" back to the gerund before
// it when the greedy parser hung it on the report closing the sentence:
// in "..., killing at least 95 people and leaving dozens missing,
// authorities said" it made "leaving" an adverbial clause of "said". A
// gerund with its "and" hung on a later verb, right after an earlier
// gerund's phrase, is that gerund's conjunct. heads are 0-based (-1 for
// the root); heads and labels change in place.
func RepairStrandedGerund(xpos []string, heads []int, labels []string) {
	for g := 2; g < len(heads); g++ {
		v := heads[g]
		if xpos[g] != "VBG" || v <= g || base(labels[g]) != "advcl" || labels[g-1] != "cc" || heads[g-1] != v && heads[g-1] != g {
			continue
		}
		// The earlier gerund whose phrase ends right before the "and".
		e := g - 2
		for e >= 0 && !(xpos[e] == "VBG" && base(labels[e]) == "advcl") {
			if heads[e] < 0 || heads[e] > g-1 {
				e = -1
				break
			}
			e = heads[e]
		}
		if e < 0 || e >= g || under(heads, e, g) {
			continue
		}
		if _, hi := span(heads, e); hi != g-2 {
			continue
		}
		heads[g], labels[g] = e, "conj"
		heads[g-1] = g
	}
}

// RepairClauseConjunct mends "Messi scored twice and Kylian Mbappe became
// the first man ...", which the greedy parser read as "scored" taking the
// second clause for its complement, with "and" on that clause's subject:
// no complement opens with a coordinating conjunction. A finite clause
// hung on a verb before it as ccomp or parataxis, whose first word is a
// coordinating conjunction in its own phrase, is that verb's conjunct, with
// the conjunction its cc. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairClauseConjunct(upos, xpos []string, heads []int, labels []string) {
	for f, v := range heads {
		if v < 0 || v >= f || base(labels[f]) != "ccomp" && base(labels[f]) != "parataxis" || !finiteClause(xpos, heads, labels, f) {
			continue
		}
		lo, _ := span(heads, f)
		if lo <= v || upos[lo] != "CCONJ" || base(labels[lo]) != "cc" {
			continue
		}
		labels[f] = "conj"
		heads[lo] = f
	}
}

// RepairConjunctParticipleObject mends "Trump walked and upon reaching
// the Church held up a Bible", which the greedy parser read with "the
// Church" as the subject of "held": a gerund marked by a subordinator
// (upon, after, before, while, since, by) with no object, hung on a
// conjunct verb, and followed right away by a phrase taken for that
// conjunct's subject, has that phrase for its object; the conjunct shares
// the first verb's subject. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairConjunctParticipleObject(words, xpos []string, heads []int, labels []string) {
	for p, f := range heads {
		if f <= p || xpos[p] != "VBG" || base(labels[p]) != "advcl" || base(labels[f]) != "conj" || heads[f] < 0 || heads[f] > p ||
			hasChild(heads, labels, p, "obj", "ccomp", "xcomp") {
			continue
		}
		marked := false
		for i := range heads {
			if heads[i] == p && base(labels[i]) == "mark" && i < p {
				switch strings.ToLower(words[i]) {
				case "upon", "after", "before", "while", "since", "by", "on":
					marked = true
				}
			}
		}
		if !marked {
			continue
		}
		for s := p + 1; s < f; s++ {
			if heads[s] != f || base(labels[s]) != "nsubj" {
				continue
			}
			if lo, hi := span(heads, s); lo == p+1 && hi == f-1 {
				heads[s], labels[s] = p, "obj"
			}
		}
	}
}

// RepairOtherConjunct hangs a conjunct "other ..." on the noun right
// before its conjunction: in "declared a state of emergency in Lima and
// three other regions" the greedy parser coordinated "regions" with
// "state"; "other" says the conjunct is of the kind of what comes right
// before it. The noun ending the phrase before "and"/"or", inside the
// phrase of the conjunct's head, becomes its head. heads are 0-based (-1
// for the root); heads and labels change in place.
func RepairOtherConjunct(words, upos []string, heads []int, labels []string) {
	for c, h := range heads {
		if h < 0 || h >= c || base(labels[c]) != "conj" || upos[c] != "NOUN" && upos[c] != "PROPN" || !nominal(upos[h]) {
			continue
		}
		other, cc := false, -1
		for i := h + 1; i < c; i++ {
			if heads[i] == c && base(labels[i]) == "amod" && strings.EqualFold(words[i], "other") {
				other = true
			}
			if heads[i] == c && base(labels[i]) == "cc" && cc < 0 {
				cc = i
			}
		}
		n := cc - 1
		if !other || n <= h || !nominal(upos[n]) || upos[n] == "PRON" || !under(heads, n, h) || base(labels[n]) == "conj" {
			continue
		}
		// In a phrase of its own under the head ("in Lima"), not a word
		// of the head's name ("Naomi Martisius and other researchers").
		inPhrase := false
		for k := n; k != h; k = heads[k] {
			inPhrase = inPhrase || base(labels[k]) == "nmod"
		}
		if inPhrase {
			heads[c] = n
		}
	}
}

// RepairSplitName joins a name the greedy parser split into a word and
// an apposition with nothing between them: in "lifted off from Kennedy
// Space Center" it made "Center" an apposition of "Kennedy", so the place
// read "Kennedy". Words of one recognised entity (ner, IOB2 tags) written
// side by side with no comma are one name, headed by its last word, as
// UD heads compound names. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairSplitName(upos, ner []string, heads []int, labels []string) {
	for a, h := range heads {
		if h < 0 || h >= a || base(labels[a]) != "appos" || upos[h] != "PROPN" || upos[a] != "PROPN" || !strings.HasPrefix(ner[h], "B-") {
			continue
		}
		lo, _ := span(heads, a)
		_, hhi := spanBefore(heads, h, lo)
		if hhi+1 != lo {
			continue
		}
		one := true // h through a one entity, all names
		for i := h + 1; i <= a && one; i++ {
			one = ner[i] == "I-"+ner[h][2:] && upos[i] == "PROPN"
		}
		if !one {
			continue
		}
		for i := h + 1; i < a && one; i++ {
			one = heads[i] != h // no words of h's own between them
		}
		if !one {
			continue
		}
		heads[a], labels[a] = heads[h], labels[h]
		for i := range heads {
			if heads[i] == h && i < h {
				heads[i] = a // "from": the case of the whole name
			}
		}
		heads[h], labels[h] = a, "compound"
	}
}

// RepairTitledConjunct mends "Japanese Prime Minister Fumio Kishida and
// South Korean President Yoon Suk Yeol held talks", which the greedy
// parser read as "Kishida and South Korean" coordinated, with "Yoon" a
// second subject of the verb: a conjunct of the first subject that runs
// right up to the second subject's phrase is the start of that phrase
// (its title's modifier), and the second subject is the conjunct. heads
// are 0-based (-1 for the root); heads and labels change in place.
func RepairTitledConjunct(upos []string, heads []int, labels []string) {
	for s1, v := range heads {
		if v < 0 || v < s1 || !isSubject(labels[s1]) {
			continue
		}
		s2 := subjectAfter(heads, labels, s1, v)
		if s2 < 0 || upos[s2] != "PROPN" {
			continue
		}
		lo2, _ := span(heads, s2)
		c := -1
		for i := s1 + 1; i < lo2; i++ {
			if heads[i] == s1 && base(labels[i]) == "conj" {
				c = i
			}
		}
		if c < 0 || upos[c] != "PROPN" && upos[c] != "ADJ" {
			continue
		}
		clo, chi := span(heads, c)
		if chi+1 != lo2 {
			continue
		}
		cc := -1
		for i := clo; i < c; i++ {
			if heads[i] == c && base(labels[i]) == "cc" {
				cc = i
			}
		}
		if cc < 0 || cc != clo {
			continue
		}
		heads[s2], labels[s2] = s1, "conj"
		heads[cc] = s2
		heads[c], labels[c] = lo2, "compound"
	}
}
