package parser

import "strings"

// RepairSubordinateClause gives a clause opened by a subordinator its
// subject back where the greedy parser took the subordinator for a
// preposition deep inside the main clause: in "The incident gained media
// attention after local wildlife officer Mohan Krishnan shared his
// experience" it read "after ... Krishnan" as a modifier of "attention"
// and hung "shared" on "gained" without a subject. RepairComplement mends
// the oblique right beside the verb; this finds the phrase anywhere in
// the verb's subtree, as long as it ends right before the stranded verb
// (adverbs and auxiliaries between), opens with the subordinator (after,
// before, as, since, until, because, once, while, ...), holds no clause
// or punctuation, and agrees with the verb. The verb becomes an adverbial
// clause of the verb it hung on, the phrase its subject and the
// subordinator its marker. When the parser did give the verb a name for
// subject, a description left before the name ("after local wildlife
// officer Mohan Krishnan shared") becomes the name's compound. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairSubordinateClause(words, upos, xpos []string, heads []int, labels []string) {
	for f := range heads {
		v := heads[f]
		if v < 0 || v >= f || upos[v] != "VERB" && upos[v] != "AUX" && upos[v] != "ADJ" {
			continue
		}
		switch base(labels[f]) {
		case "conj", "parataxis", "dep", "advcl", "ccomp", "xcomp":
		default:
			continue
		}
		if !finiteClause(xpos, heads, labels, f) || hasChild(heads, labels, f, "csubj", "expl", "cc", "mark") ||
			!hasChild(heads, labels, v, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		// A name the parser did make the subject, with the description
		// before it left in the main clause ("after local wildlife
		// officer Mohan Krishnan shared"): the description is the name's.
		name := -1
		for i := 0; i < f; i++ {
			if heads[i] == f && isSubject(labels[i]) {
				name = i
			}
		}
		first, ok := 0, false
		if name >= 0 {
			// Not a complement with its own subject phrase ("claimed after
			// the meeting the elder Biden used").
			nlo, nhi := span(heads, name)
			ok = upos[name] == "PROPN" && nhi < f && base(labels[f]) != "ccomp" && upos[nlo] != "DET"
			for i := nhi + 1; i < f; i++ { // only auxiliaries and adverbs between
				ok = ok && heads[i] == f && (upos[i] == "ADV" || upos[i] == "AUX" || upos[i] == "PART")
			}
			first = nlo
		} else {
			first, ok = verbStart(upos, xpos, labels, heads, f, false)
		}
		if !ok || first == 0 {
			continue
		}
		// The phrase ending right before the verb: its head is the word
		// there whose head lies before the phrase.
		d := first - 1
		for d >= 0 && heads[d] > d && heads[d] < first {
			d = heads[d]
		}
		if d < 0 || d == v || !nominal(upos[d]) || !under(heads, d, v) {
			continue
		}
		lo, hi := span(heads, d)
		if hi != first-1 || lo == 0 {
			continue
		}
		c := subordinator(words, heads, labels, d)
		if c != lo || !plainPhrase(upos, xpos, labels, heads, c+1, hi) {
			continue
		}
		if name >= 0 {
			if upos[d] != "NOUN" {
				continue
			}
			heads[f], labels[f] = v, "advcl"
			heads[c], labels[c] = f, "mark"
			heads[d], labels[d] = name, "compound"
			continue
		}
		if !agree(words, xpos, heads, labels, d, f) {
			continue
		}
		heads[f], labels[f] = v, "advcl"
		heads[c], labels[c] = f, "mark"
		attachSubject(heads, labels, d, f)
	}
}

// RepairOfSubject mends "The fatal police shooting of Walter Wallace Jr.
// sparked riots", which the greedy parser read as a noun with a clause
// marked by "of" ("of" made a marker, the name the clause's subject):
// "of" opens no clause in English. When a verb hung on the root noun has
// such a marker and subject right after the noun, the verb is the root,
// the noun its subject and the name the noun's nmod with "of" for case.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairOfSubject(words []string, heads []int, labels []string) {
	r := root(heads)
	if r < 0 {
		return
	}
	for f := r + 1; f < len(heads); f++ {
		if heads[f] != r || !isSubject(labels[f]) && base(labels[f]) != "acl" && base(labels[f]) != "advcl" && base(labels[f]) != "ccomp" {
			continue
		}
		m, s := -1, -1
		for i := r + 1; i < f; i++ {
			if heads[i] == f && base(labels[i]) == "mark" && strings.EqualFold(words[i], "of") {
				m = i
			}
			if heads[i] == f && isSubject(labels[i]) {
				s = i
			}
		}
		if m != r+1 || s <= m {
			continue
		}
		// The name right after "of" and right before the verb: not "Over
		// the course of her career, Day made", "part of how users
		// maintain".
		lo, hi := span(heads, s)
		if lo != m+1 || hi+1 != f || !capitalised(words[s]) {
			continue
		}
		promote(heads, labels, r, f)
		heads[r], labels[r] = f, "nsubj"
		heads[s], labels[s] = r, "nmod"
		heads[m], labels[m] = s, "case"
		return
	}
}

func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// RepairMarkedSubject mends "would remain as caretaker until the
// Conservative Party elects a new leader", which the greedy parser read
// as a clause marked by "as" whose subject was "caretaker until the
// Conservative Party". When a clause's subject holds a phrase opened by a
// subordinator (until, after, before, since) that ends right before the
// clause's verb, that phrase is the subject and its subordinator the
// marker; the old subject, with "as" for its case, is the oblique of the
// verb the clause hung on. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairMarkedSubject(words, upos []string, heads []int, labels []string) {
	for m := range heads {
		v := heads[m]
		if v < 0 || base(labels[m]) != "mark" || !strings.EqualFold(words[m], "as") || heads[v] < 0 {
			continue
		}
		s := -1
		for i := m + 1; i < v; i++ {
			if heads[i] == v && isSubject(labels[i]) {
				s = i
			}
		}
		if s < 0 || !nominal(upos[s]) {
			continue
		}
		n, c := subordinatePhrase(words, upos, heads, labels, s, v, false)
		if n < 0 {
			continue
		}
		p := heads[v]
		heads[n], labels[n] = v, labels[s]
		heads[c], labels[c] = v, "mark"
		heads[s], labels[s] = p, "obl"
		heads[m], labels[m] = s, "case"
	}
}

// subordinatePhrase returns the last phrase n inside subject s opened by a
// subordinator c (after, before, since, until; not "as") and ending right
// before verb v, auxiliaries (and adverbs, when adverbs) between; or -1,
// -1. It is the clause the parser buried in the subject ("caretaker until
// the Conservative Party elects", "weeks after Air India agreed").
func subordinatePhrase(words, upos []string, heads []int, labels []string, s, v int, adverbs bool) (n, c int) {
	n = -1
	for i := s + 1; i < v; i++ {
		if heads[i] == s && base(labels[i]) == "nmod" {
			n = i
		}
	}
	if n < 0 {
		return -1, -1
	}
	lo, hi := span(heads, n)
	c = lo
	if !subordinatorWords[strings.ToLower(words[c])] || strings.EqualFold(words[c], "as") || heads[c] != n || labels[c] != "case" {
		return -1, -1
	}
	end := hi + 1
	for end < v && heads[end] == v && (upos[end] == "AUX" || adverbs && upos[end] == "ADV") {
		end++
	}
	if end != v {
		return -1, -1
	}
	return n, c
}

// RepairWhoseClause hangs a clause whose subject is owned by "whose", or
// is ", who", on the noun before it, as the relative clause it is: in "The award went to Anna Smith, whose company employs 200 people"
// the greedy parser made "employs" a parataxis of "went", in "replacing
// Jeff Williams, who will retire later this year" it made "retire" one. The antecedent is the head of the
// phrase that ends right before the clause (a comma between). heads are
// 0-based (-1 for the root); heads and labels change in place.
func RepairWhoseClause(words, xpos []string, heads []int, labels []string) {
	for w := 1; w < len(heads); w++ {
		n := heads[w]
		var v int
		switch {
		case xpos[w] == "WP$" && n > w && isSubject(labels[n]):
			v = heads[n]
		case xpos[w] == "WP" && isSubject(labels[w]) && n > w && words[w-1] == "," && strings.EqualFold(words[w], "who") && strings.HasPrefix(xpos[n], "VB"):
			// ", who will retire later this year": the same for "who" the
			// subject of a verb ("which" stands for a whole clause too, and
			// a copula's clause the parser mostly reads as an apposition,
			// which the extractor reads as well).
			v = n
		default:
			continue
		}
		if v < 0 || v < n || base(labels[v]) == "acl" {
			continue
		}
		a := w - 1
		if xpos[a] == "," && a > 0 {
			a--
		}
		// The antecedent phrase's head: climb out of names and modifiers
		// that end there.
		for k := 0; k < len(heads) && heads[a] >= 0 && heads[a] < a && (base(labels[a]) == "flat" || labels[a] == "compound"); k++ {
			a = heads[a]
		}
		if !nounTag(xpos[a]) || under(heads, a, v) {
			continue // no noun, or one inside the clause itself
		}
		heads[v], labels[v] = a, "acl:relcl"
	}
}

// timeUnits measure how long before or after something happened.
var timeUnits = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"years": true, "decades": true, "moments": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// RepairMeasuredClause mends "The order comes weeks after Air India
// agreed to buy 470 jets", which the greedy parser read as a complement
// whose subject was "weeks after Air India": a clause's subject that is a
// span of time ("weeks", "two days", "a year") holding a phrase opened by
// a subordinator (after, before, since, until) that ends right before the
// clause's verb measures the clause, whose subject is that phrase. The
// phrase's head becomes the subject, the subordinator the marker, the
// span of time the clause's obl:npmod, and the clause an adverbial clause
// of the verb it hung on. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairMeasuredClause(words, upos []string, heads []int, labels []string) {
	for s := range heads {
		f := heads[s]
		if f <= s || !isSubject(labels[s]) || !timeUnits[strings.ToLower(words[s])] || heads[f] < 0 || hasChild(heads, labels, f, "mark") {
			continue
		}
		switch base(labels[f]) {
		case "ccomp", "conj", "parataxis", "dep", "xcomp", "advcl":
		default:
			continue
		}
		n, c := subordinatePhrase(words, upos, heads, labels, s, f, true)
		if n < 0 || !nominal(upos[n]) {
			continue
		}
		labels[f] = "advcl"
		heads[n], labels[n] = f, labels[s]
		heads[c], labels[c] = f, "mark"
		heads[s], labels[s] = f, "obl:npmod"
	}
}

// RepairPartitiveRelative mends "The demonstrators, many of whom
// travelled from the southern Andes, also called for new elections",
// which the greedy parser rooted on "travelled" with two subjects and
// "called" its conjunct. A subject opened by a quantity and "of whom" or
// "of which", set off by a comma right after another subject of the same
// verb, heads a relative clause on that subject; the first verb after the
// clause's closing comma without a subject of its own, hung on the
// clause's verb, is the main verb. heads are 0-based (-1 for the root);
// heads and labels change in place.
func RepairPartitiveRelative(words []string, heads []int, labels []string) {
	for q, v1 := range heads {
		if v1 < q || !isSubject(labels[q]) || q < 2 || words[q-1] != "," {
			continue
		}
		rel := false // "of whom", "of which" on q
		for i := q + 1; i < v1; i++ {
			if heads[i] == q && base(labels[i]) == "nmod" && (strings.EqualFold(words[i], "whom") || strings.EqualFold(words[i], "which")) &&
				hasCase(words, heads, labels, i, "of") {
				rel = true
			}
		}
		if !rel {
			continue
		}
		s := -1
		for i := 0; i < q-1; i++ {
			if heads[i] == v1 && isSubject(labels[i]) {
				s = i
			}
		}
		if s < 0 {
			continue
		}
		if _, hi := span(heads, s); hi != q-2 && !(hi == q-1 && heads[q-1] == s) {
			continue
		}
		v2 := -1
		for i := v1 + 1; i < len(heads) && v2 < 0; i++ {
			if heads[i] == v1 && (base(labels[i]) == "conj" || base(labels[i]) == "parataxis") && !hasChild(heads, labels, i, "nsubj", "nsubj:pass", "csubj", "expl") {
				v2 = i
			}
		}
		if v2 < 0 {
			continue
		}
		lo2, _ := span(heads, v2)
		if lo2 < 1 || words[lo2-1] != "," && words[lo2] != "," {
			continue // the clause closes with a comma
		}
		adopt(heads, v1, v2)
		heads[v2], labels[v2] = heads[v1], labels[v1]
		heads[v1], labels[v1] = s, "acl:relcl"
		attachSubject(heads, labels, s, v2)
		for i := lo2; i < v2; i++ {
			if words[i] == "," && heads[i] == v2 && i == lo2 {
				heads[i] = v1 // the clause's closing comma
			}
		}
	}
}

// RepairByClause mends "The 6-3 decision, written by Chief Justice John
// Roberts, overturned decades of precedent", which the greedy parser read
// as a clause marked by "by" whose subject was the agent: "by" opens no
// finite clause. The phrase after "by" is the participle's agent, and the
// finite verb, hung on the participle, is the main verb of the noun the
// participle describes, when that noun is the root. heads are 0-based
// (-1 for the root); heads and labels change in place.
func RepairByClause(words, xpos []string, heads []int, labels []string) {
	for m, f := range heads {
		if f < 0 || f < m || base(labels[m]) != "mark" || !strings.EqualFold(words[m], "by") || !finite(xpos[f]) {
			continue
		}
		p := heads[f]
		if p < 0 || p > m || xpos[p] != "VBN" || base(labels[p]) != "acl" {
			continue
		}
		r := heads[p]
		if r < 0 || heads[r] >= 0 || !nounTag(xpos[r]) {
			continue
		}
		s := -1
		for i := m + 1; i < f; i++ {
			if heads[i] == f && isSubject(labels[i]) {
				s = i
			}
		}
		if s < 0 {
			continue
		}
		// The agent: the subject's phrase, which must run up to a comma
		// right before the verb ("..., overturned").
		_, hi := span(heads, s)
		if hi+1 != f && !(hi+1 < f && words[hi+1] == "," && hi+2 == f) && !(words[hi] == "," && hi+1 == f) {
			continue
		}
		promote(heads, labels, r, f)
		heads[r], labels[r] = f, "nsubj"
		heads[s], labels[s] = p, "obl:agent"
		heads[m], labels[m] = s, "case"
		for i := range heads {
			if heads[i] == f && i > p && i < s && words[i] == "," {
				heads[i] = p
			}
		}
	}
}

// tellVerbs take a hearer and then what they are told.
var tellVerbs = map[string]bool{"tell": true, "inform": true, "warn": true, "remind": true, "assure": true, "convince": true,
	"notify": true, "advise": true, "persuade": true, "promise": true, "show": true, "teach": true}

// RepairThatComplement mends "Vestager told a news conference that Apple
// had abused its position", which the greedy parser read as a relative
// clause on "conference" with "that" its object, though the clause has
// a subject and an object of its own: then "that" is the conjunction
// opening what was said, and the clause is the complement of the verb of
// saying or telling. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairThatComplement(words, lems []string, heads []int, labels []string) {
	for t, f := range heads {
		if f < 0 || f < t || !strings.EqualFold(words[t], "that") || base(labels[t]) != "obj" && base(labels[t]) != "nsubj" ||
			labels[f] != "acl:relcl" {
			continue
		}
		subj, obj := false, false
		for i, h := range heads {
			if h == f && i != t {
				subj = subj || isSubject(labels[i])
				obj = obj || base(labels[i]) == "obj"
			}
		}
		if !subj || base(labels[t]) == "obj" && !obj {
			continue // "the deal that Apple signed": a relative pronoun
		}
		n := heads[f]
		v := heads[n]
		if v < 0 || v > n || !tellVerbs[lems[v]] && !clauseVerbs[lems[v]] || base(labels[n]) != "iobj" && base(labels[n]) != "obj" && base(labels[n]) != "obl" {
			continue
		}
		heads[f], labels[f] = v, "ccomp"
		heads[t], labels[t] = f, "mark"
	}
}

// RepairAsPhrase mends "named Josh D'Amaro ... as its next chief
// executive on Thursday, ending a long search", which the greedy parser
// read as a clause marked by "as" whose subject was "its next chief
// executive" and whose verb was the participle after the comma. A
// participle has no such subject: the phrase is the verb's "as" oblique
// and the participle the verb's adverbial clause. heads are 0-based (-1
// for the root); heads and labels change in place.
func RepairAsPhrase(words, upos, xpos []string, heads []int, labels []string) {
	for m, f := range heads {
		if f < 0 || f < m || !strings.EqualFold(words[m], "as") || base(labels[m]) != "mark" || xpos[f] != "VBG" || heads[f] < 0 {
			continue
		}
		s := -1
		for i := m + 1; i < f; i++ {
			if heads[i] == f && isSubject(labels[i]) {
				s = i
			}
		}
		if s < 0 || !nominal(upos[s]) || upos[s] == "PRON" {
			continue
		}
		_, hi := span(heads, s)
		if hi+1 >= f || words[hi+1] != "," || hi+2 != f {
			continue // "..., ending": a comma between the phrase and the participle
		}
		v := heads[f]
		heads[s], labels[s] = v, "obl"
		heads[m], labels[m] = s, "case"
		heads[hi+1] = f
	}
}

// infinitiveNouns take an infinitive of their own ("the right to
// repair", "an attempt to add").
var infinitiveNouns = map[string]bool{"right": true, "rights": true, "attempt": true, "plan": true, "plans": true, "bid": true,
	"effort": true, "efforts": true, "decision": true, "ability": true, "chance": true, "opportunity": true, "power": true,
	"freedom": true, "permission": true, "order": true, "time": true, "way": true, "need": true, "push": true, "move": true}

// RepairPurposeOnPlace hangs an infinitive the greedy parser put on the
// noun of a place phrase on the verb: in "gathered outside the parliament
// to protest against the new law" it made "to protest" a modifier of the
// parliament. An infinitive after a noun opened by a preposition of place
// (outside, in, at, near, ...; not "to": "related to his attempt to add") is the verb's purpose. heads are
// 0-based (-1 for the root); heads and labels change in place.
func RepairPurposeOnPlace(words, xpos []string, heads []int, labels []string) {
	for f, n := range heads {
		if n < 0 || n > f || xpos[f] != "VB" || base(labels[f]) != "acl" || base(labels[n]) != "obl" || heads[n] < 0 || heads[n] > n {
			continue
		}
		to := -1
		for i := n + 1; i < f; i++ {
			if heads[i] == f && base(labels[i]) == "mark" && strings.EqualFold(words[i], "to") {
				to = i
			}
		}
		if to < 0 {
			continue
		}
		placed := false
		for i := range heads {
			if heads[i] == n && base(labels[i]) == "case" {
				switch strings.ToLower(words[i]) {
				case "outside", "in", "at", "near", "inside", "across", "into":
					placed = true
				}
			}
		}
		if placed && !infinitiveNouns[strings.ToLower(words[n])] {
			heads[f], labels[f] = heads[n], "advcl"
		}
	}
}
