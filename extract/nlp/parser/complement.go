package parser

import "strings"

// RepairComplement mends the garden path of a clause without "that" or
// its subject after a subordinator: in "Népszava noted the purchase
// appeared to circumvent the Ministry" the greedy parser takes "the
// purchase" for the object of "noted" and, once it reaches "appeared",
// can only coordinate it with "noted" (a conjunct without a conjunction
// or a subject); in "Rates dropped after the minister resigned" it takes
// "after the minister" for an oblique and hangs "resigned" beside it. A
// finite verb hung on a verb as its conjunct, parataxis, adverbial clause,
// unlabelled dependent or subjectless clausal complement, with no subject, conjunction, marker or
// punctuation of its own before it, that comes right after (adverbs
// between: "claimed Montalvo allegedly left") the object of a verb that
// takes a clause (clauseVerbs, by lemma) becomes that verb's clausal
// complement, the object its subject; one right after an oblique
// introduced by a subordinator (after, before, as, ...) becomes an
// adverbial clause with the oblique for subject and the subordinator for
// marker. An object phrase holding a clause, punctuation or a
// subordinator ("came two days after the WHO declared") is left alone.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairComplement(words, lemmas, upos, xpos []string, heads []int, labels []string) {
	for f := range heads {
		v := heads[f]
		if v < 0 || v >= f || upos[v] != "VERB" {
			continue
		}
		switch base(labels[f]) {
		case "conj", "parataxis", "dep", "advcl", "ccomp", "xcomp":
			// ccomp: "reported bird flight may have evolved", with "bird
			// flight" left the object; xcomp (never finite in UD):
			// "confirmed the storm killed three people".
		default:
			continue
		}
		if !finiteClause(xpos, heads, labels, f) || hasChild(heads, labels, f, "nsubj", "csubj", "expl", "cc", "mark") {
			continue
		}
		first, ok := verbStart(upos, xpos, labels, heads, f, false)
		d := lastDependent(upos, heads, v, 0, first)
		// ", saying cooperation ... will create": the clause is the
		// participle's, whose subject is its sentence's.
		participle := false
		if ok && d >= 0 && xpos[d] == "VBG" && base(labels[d]) == "advcl" && clauseVerbs[lemmas[d]] {
			g := d
			d = lastDependent(upos, heads, g, g+1, first)
			if d >= 0 && labels[d] == "obj" {
				v, participle = g, true
			}
		}
		if !ok || d < 0 || !nominal(upos[d]) {
			continue
		}
		lo, hi := span(heads, d)
		if lo > d || hi >= first || !plainPhrase(upos, xpos, labels, heads, lo, hi) {
			continue
		}
		for i := hi + 1; i < first; i++ { // only adverbs between
			if upos[i] != "ADV" || heads[i] != f && heads[i] != v {
				ok = false
			}
		}
		// The verb has its subject, so f is not the sentence's main verb
		// ("To be thought of as a hole of disease is not productive").
		if !ok || !agree(words, xpos, heads, labels, d, f) || !participle && !hasChild(heads, labels, v, "nsubj", "csubj", "expl") {
			continue
		}
		c := -1 // the subordinator an oblique opens with
		if base(labels[d]) == "obl" {
			c = subordinator(words, heads, labels, d)
		}
		switch {
		case labels[d] == "obj" && clauseVerbs[lemmas[v]]:
			heads[f], labels[f] = v, "ccomp"
		case c >= 0:
			heads[f], labels[f] = v, "advcl"
			heads[c], labels[c] = f, "mark"
		default:
			continue
		}
		for i := hi + 1; i < first; i++ {
			heads[i] = f
		}
		attachSubject(heads, labels, d, f)
	}
}

// lastDependent returns h's last dependent among words lo..hi-1 that is
// no punctuation or adverb, or -1.
func lastDependent(upos []string, heads []int, h, lo, hi int) int {
	d := -1
	for i := lo; i < hi; i++ {
		if heads[i] == h && upos[i] != "PUNCT" && upos[i] != "ADV" {
			d = i
		}
	}
	return d
}

// verbStart returns where verb f's phrase starts: f, or the first of the
// auxiliaries and adverbs before it; ok is false when another dependent
// comes before it. Read as a relative clause (relative), a subject, a
// marker or a wh-word before it rules it out as well.
func verbStart(upos, xpos, labels []string, heads []int, f int, relative bool) (first int, ok bool) {
	first, ok = f, true
	for i := 0; i < f; i++ {
		if heads[i] != f {
			continue
		}
		switch {
		case relative && (isSubject(labels[i]) || base(labels[i]) == "mark" || xpos[i] == "WDT" || xpos[i] == "WP" || xpos[i] == "WP$" || xpos[i] == "WRB"):
			ok = false
		case upos[i] == "ADV" || upos[i] == "AUX" || upos[i] == "PART":
			first = min(first, i)
		default:
			ok = false
		}
	}
	return first, ok
}

// span returns the first and last word of the subtree of h.
func span(heads []int, h int) (lo, hi int) { return spanBefore(heads, h, len(heads)) }

// plainPhrase says whether words lo..hi form a noun phrase without a
// clause, punctuation (hyphens aside) or subordinator of its own: one
// that can be a clause's subject as it stands. Participles used as
// adjectives ("the number of recorded cases") are no clause.
func plainPhrase(upos, xpos, labels []string, heads []int, lo, hi int) bool {
	p := -1 // the phrase's head
	for i := lo; i <= hi; i++ {
		if heads[i] < lo || heads[i] > hi {
			p = i
		}
	}
	for i := lo; i <= hi; i++ {
		switch {
		case upos[i] == "VERB" && (labels[i] == "amod" || labels[i] == "compound"):
		case upos[i] == "CCONJ" && heads[i] >= 0 && heads[heads[i]] != p && heads[i] != p:
			// "cooperation on defense and economic issues": a
			// coordination inside a modifier, not of the phrase's head.
		case upos[i] == "VERB" || upos[i] == "AUX" || upos[i] == "SCONJ" || upos[i] == "CCONJ":
			return false
		case upos[i] == "PUNCT" && xpos[i] != "HYPH":
			return false
		}
	}
	return true
}

// clauseVerbs take a clause for complement, with or without "that": say,
// report, note, believe, find, ... Verbs whose object is the hearer
// (tell, warn, remind, assure) are not among them: "told reporters the
// plan was" has no clause subject in its object.
var clauseVerbs = map[string]bool{
	"say": true, "state": true, "announce": true, "claim": true, "report": true, "note": true,
	"argue": true, "assert": true, "believe": true, "think": true, "conclude": true, "confirm": true,
	"contend": true, "declare": true, "deny": true, "determine": true, "discover": true, "estimate": true,
	"expect": true, "explain": true, "fear": true, "feel": true, "find": true, "guess": true, "hear": true,
	"hope": true, "imply": true, "indicate": true, "insist": true, "know": true, "learn": true,
	"mention": true, "notice": true, "observe": true, "predict": true, "realize": true, "realise": true,
	"recall": true, "recognize": true, "recognise": true, "remark": true, "reveal": true, "rule": true,
	"show": true, "suggest": true, "suspect": true, "testify": true, "understand": true, "write": true,
	"acknowledge": true, "admit": true, "add": true, "allege": true, "prove": true, "assume": true,
	"decide": true, "doubt": true, "emphasize": true, "emphasise": true, "stress": true, "tweet": true,
	"concede": true, "maintain": true, "reckon": true, "demonstrate": true, "establish": true,
	"forecast": true, "ensure": true, "agree": true, "worry": true, "speculate": true, "judge": true,
}

// RepairRelativeSubject mends a subject the parser buried in a relative
// clause of its own: in "Ecologist Ryan Norris said human actions had
// little to do with it" or "Samoan vaccination rates dropped after two
// small children died" the finite verb hangs on the noun before it as a
// relative clause, but a relative clause whose subject is missing needs a
// relative pronoun (who, which, that), so the noun phrase is the verb's
// subject. The phrase (the noun, climbing through the nouns it modifies or
// is coordinated with while they end where it ends) gives its place to the
// verb: as the root, as the clausal complement of a verb that takes one
// (clauseVerbs) when it was its object, or as an adverbial clause when it
// was an oblique introduced by a subordinator ("after", "before", "as",
// ...), which becomes the clause's marker.
func RepairRelativeSubject(words, lemmas, upos, xpos []string, heads []int, labels []string) {
	for f := range heads {
		n := heads[f]
		if n < 0 || n >= f || base(labels[f]) != "acl" || !nominal(upos[n]) || upos[n] == "PRON" {
			continue
		}
		if !finiteClause(xpos, heads, labels, f) || upos[f] != "VERB" && upos[f] != "AUX" && upos[f] != "ADJ" && upos[f] != "NOUN" {
			continue
		}
		first, ok := verbStart(upos, xpos, labels, heads, f, true)
		if !ok || hasChild(heads, labels, f, "nsubj", "csubj", "expl") {
			continue
		}
		// The phrase that ends right before f's.
		top := n
		for {
			lo, hi := spanBefore(heads, top, f)
			if hi != first-1 || lo > top {
				ok = false
				break
			}
			h := heads[top]
			if h < 0 || !nominal(upos[h]) || h > top {
				break
			}
			switch base(labels[top]) {
			case "nmod", "compound", "flat", "conj":
			default:
				goto placed
			}
			if _, hh := spanBefore(heads, h, f); hh != first-1 {
				break
			}
			top = h
		}
	placed:
		if !ok || !agree(words, xpos, heads, labels, top, f) {
			continue
		}
		lo, _ := spanBefore(heads, top, f)
		if !plainPhrase(upos, xpos, labels, heads, lo, n) {
			continue
		}
		h := heads[top]
		c := -1 // the subordinator an oblique opens with
		if base(labels[top]) == "obl" {
			c = subordinator(words, heads, labels, top)
		}
		switch {
		case h < 0:
			heads[f], labels[f] = -1, "root"
		case labels[top] == "obj" && upos[h] == "VERB" && clauseVerbs[lemmas[h]]:
			heads[f], labels[f] = h, "ccomp"
		case c >= 0 && hasChild(heads, labels, h, "nsubj", "csubj", "expl"):
			heads[f], labels[f] = h, "advcl"
			heads[c], labels[c] = f, "mark"
		default:
			continue
		}
		adopt(heads, top, f) // what followed the verb was the verb's
		attachSubject(heads, labels, top, f)
	}
}

// spanBefore is span of h over the words before x that are not in x's
// subtree (x = len(heads): all of them).
func spanBefore(heads []int, h, x int) (lo, hi int) {
	lo, hi = h, h
	for i := range x {
		if under(heads, i, h) && !under(heads, i, x) {
			lo, hi = min(lo, i), max(hi, i)
		}
	}
	return lo, hi
}

// subordinator returns the case marker of oblique o that can introduce a
// clause ("after two small children died"), or -1.
func subordinator(words []string, heads []int, labels []string, o int) int {
	for i, h := range heads {
		if h == o && base(labels[i]) == "case" {
			switch strings.ToLower(words[i]) {
			case "after", "before", "since", "until", "till", "as", "because", "once", "while", "though", "although", "whereas":
				return i
			}
			return -1
		}
	}
	return -1
}

// RepairLoneObject makes a name taken for an indirect object, with no
// direct object or clause beside it, the direct object of a verb that
// takes no recipient: "University defeat Maroochydore in round five",
// where the parser took "round five" for a second object, had lost the
// verb its object. Verbs of giving and telling keep theirs ("tell Ana
// about it", "write Ana"), as Universal Dependencies annotate them.
func RepairLoneObject(lemmas, upos []string, heads []int, labels []string) {
	for i, h := range heads {
		if labels[i] == "iobj" && h >= 0 && upos[i] == "PROPN" && !recipientVerbs[lemmas[h]] &&
			!hasChild(heads, labels, h, "obj", "ccomp", "xcomp", "advcl", "parataxis", "csubj") {
			labels[i] = "obj"
		}
	}
}

// recipientVerbs take an indirect object, with or without a direct one.
var recipientVerbs = map[string]bool{
	"tell": true, "ask": true, "write": true, "give": true, "show": true, "send": true, "teach": true,
	"pay": true, "offer": true, "email": true, "e-mail": true, "call": true, "remind": true, "inform": true,
	"promise": true, "bring": true, "owe": true, "serve": true, "lend": true, "feed": true, "text": true,
	"message": true, "wish": true, "thank": true, "award": true, "grant": true, "hand": true, "sell": true,
	"buy": true, "get": true, "find": true, "leave": true, "charge": true, "cost": true, "allow": true,
	"deny": true, "assure": true, "warn": true, "answer": true, "let": true, "make": true,
}

// RepairTimeSubject mends a news lead whose opening time the parser took
// for the subject: in "Yesterday, Roscosmos, the Russian space agency,
// announced the death of Alexei Leonov" it made "Yesterday" the subject
// and "Roscosmos" its apposition. A time word (timeWord) that is a verb's
// subject, with a name set off by a comma hung on it before the verb (or a
// noun with such a name of its own: "Yesterday, England's transport
// secretary, Grant Shapps, announced"), gives the name the subject's place
// and becomes the verb's time; the time's other appositions before the
// verb describe the name.
func RepairTimeSubject(words, upos []string, heads []int, labels []string) {
	for t := range heads {
		v := heads[t]
		if v < 0 || v < t || !timeWord(words[t]) {
			continue
		}
		// "On Friday the legislature of Taiwan, the Legislative Yuan,
		// voted": an opening time without its comma, the verb without a
		// subject.
		oblique := base(labels[t]) == "obl" && upos[v] == "VERB" && !hasChild(heads, labels, v, "nsubj", "csubj", "expl")
		if !isSubject(labels[t]) && !oblique {
			continue
		}
		subj := -1
		for a := t + 1; a < v && subj < 0; a++ {
			if heads[a] != t || a == 0 || !oblique && words[a-1] != "," && !hasCommaBefore(words, heads, a) {
				continue
			}
			switch base(labels[a]) {
			case "appos", "conj", "list", "dep":
			default:
				continue
			}
			switch {
			case upos[a] == "PROPN":
				subj = a
			case upos[a] == "NOUN" && !timeWord(words[a]):
				for c := a + 1; c < v; c++ {
					if heads[c] == a && upos[c] == "PROPN" && base(labels[c]) == "appos" {
						subj = a
						break
					}
				}
			}
		}
		if subj < 0 {
			continue
		}
		for k := subj + 1; k < v; k++ { // "the Russian space agency"
			if heads[k] == t && base(labels[k]) == "appos" {
				heads[k] = subj
			}
		}
		if !oblique {
			heads[t], labels[t] = v, "obl:unmarked"
		}
		attachSubject(heads, labels, subj, v)
	}
}

// hasCommaBefore says whether the phrase of a (its first word) follows a
// comma.
func hasCommaBefore(words []string, heads []int, a int) bool {
	lo, _ := span(heads, a)
	for lo < a && words[lo] == "," { // the comma may hang on the phrase
		lo++
	}
	return lo > 0 && words[lo-1] == ","
}

// RepairCoordinatedApposition makes an apposition with a coordinating
// conjunction in its phrase before it a conjunct: in "Senator Bernie
// Sanders and President Donald Trump won" the parser hung "Donald Trump"
// on "Bernie Sanders" as an apposition, which "and" rules out.
func RepairCoordinatedApposition(heads []int, labels []string) {
	for a, h := range heads {
		if h < 0 || h > a || base(labels[a]) != "appos" {
			continue
		}
		for c := h + 1; c < a; c++ {
			if labels[c] == "cc" && under(heads, c, a) {
				labels[a] = "conj"
				break
			}
		}
	}
}

// under says whether word d is in the subtree of h.
func under(heads []int, d, h int) bool {
	for k := 0; d >= 0 && k <= len(heads); d, k = heads[d], k+1 {
		if d == h {
			return true
		}
	}
	return false
}

// RepairSource mends "has died, according to current president Emmerson
// Mnangagwa": the parser hung "according to" on the description before
// the name and made the name the verb's object. The phrase a case
// "according" opens is an oblique (the source), never a core argument:
// its head, climbing from the word "according" hangs on through the
// modifiers before a name, becomes the verb's obl and takes "according";
// a bare noun phrase before the source hung on it ("traversed thirty
// miles, according to CNN") becomes the verb's object. A source opening
// the sentence that the parser made the subject gives that place to the
// phrase set off by a comma after it.
func RepairSource(words []string, heads []int, labels []string) {
	for a, h := range heads {
		if h < 0 || base(labels[a]) != "case" || !strings.EqualFold(words[a], "according") {
			continue
		}
		for heads[h] > h && (labels[h] == "nmod:desc" || base(labels[h]) == "compound" || base(labels[h]) == "amod") {
			h = heads[h]
		}
		v := heads[h]
		if v < 0 {
			continue
		}
		// "killed at least 200,000 worldwide, according to Johns Hopkins
		// University": what the parser hung on the source before its comma
		// is the verb's (a count its object).
		if v < h && a > 0 && words[a-1] == "," && (base(labels[h]) == "obl" || base(labels[h]) == "obj") {
			otherObj := false
			for i, hd := range heads {
				otherObj = otherObj || hd == v && i != h && base(labels[i]) == "obj"
			}
			for i := v + 1; i < a-1; i++ {
				if heads[i] != h {
					continue
				}
				switch {
				case (base(labels[i]) == "nummod" || base(labels[i]) == "nmod") && !hasChild(heads, labels, i, "case") && !otherObj:
					heads[i], labels[i] = v, "obj"
					otherObj = true
					if base(labels[h]) == "obj" {
						labels[h] = "obl"
					}
				case base(labels[i]) == "amod" || base(labels[i]) == "advmod":
					heads[i], labels[i] = v, "advmod"
				}
			}
			heads[a] = h // "according to Johns Hopkins University": on the name's head
			if heads[a-1] != h && !under(heads, h, a-1) {
				heads[a-1] = h
			}
		}
		if v > h && isSubject(labels[h]) {
			// "According to officials on Saturday, the coronavirus may
			// have killed ...": the source opens the sentence and the
			// subject is the phrase set off by a comma after it.
			// (Left alone without such a phrase: "according to Wasef
			// archaeologists have not yet turned up any".)
			for c := h + 1; c < v; c++ {
				if (base(labels[c]) == "appos" || base(labels[c]) == "conj") && under(heads, c, h) && hasCommaBefore(words, heads, c) {
					heads[c], labels[c] = v, labels[h]
					heads[a], labels[h] = h, "obl"
					break
				}
			}
			continue
		}
		if v > h {
			continue
		}
		// "is worth $2.5 billion, according to people familiar with the
		// matter": set off by a comma and hung inside a noun phrase, the
		// source is the clause's (the predicate that phrase belongs to).
		if base(labels[h]) == "nmod" && a > 0 && words[a-1] == "," {
			p := v
			for k := 0; k < len(heads) && heads[p] >= 0 && !clauseLabel(labels[p]); k++ {
				p = heads[p]
			}
			if p != v && !under(heads, p, h) {
				heads[h], labels[h] = p, "obl"
				continue
			}
			if p == v && hasChild(heads, labels, v, "cop") {
				labels[h] = "obl" // "is the deadliest route, according to the UN": the predicate's
				continue
			}
		}
		switch base(labels[h]) {
		case "obj", "iobj", "nsubj":
			heads[a], labels[h] = h, "obl"
		case "obl":
		default:
			continue
		}
		// "traversed thirty miles, according to CNN": a phrase before the
		// source hung on it is the verb's object.
		for d := range heads {
			if d < a && heads[d] == h && words[d] != "," && labels[d] == "nmod:unmarked" && !hasChild(heads, labels, v, "obj") {
				heads[d], labels[d] = v, "obj"
			}
		}
	}
}

// RepairDoubleSubject mends a name the parser made a second subject of
// the verb when it ends the first subject's phrase after a common noun:
// in "a study conducted by astronomer Anthony Boccaletti and other
// researchers reported" "Anthony" was a subject of "reported" beside
// "study". Only after a passive's agent ("by astronomer"). The name takes the noun's place ("by Anthony Boccaletti"), the
// noun its description (compound), as UD writes "astronomer X".
func RepairDoubleSubject(upos []string, heads []int, labels []string) {
	for s2, v := range heads {
		if v < 0 || v < s2 || upos[s2] != "PROPN" || !isSubject(labels[s2]) || s2 == 0 {
			continue
		}
		e := s2 - 1
		if upos[e] != "NOUN" || e == 0 || labels[e] != "obl:agent" {
			continue // a passive's agent: "by astronomer"
		}
		s1 := -1
		for i := 0; i < e; i++ {
			if heads[i] == v && isSubject(labels[i]) && under(heads, e, i) {
				s1 = i
			}
		}
		if s1 < 0 || under(heads, e, s2) {
			continue
		}
		heads[s2], labels[s2] = heads[e], labels[e]
		for i, h := range heads {
			if h == e && base(labels[i]) == "case" {
				heads[i] = s2
			}
		}
		heads[e], labels[e] = s2, "compound"
	}
}

// RepairAdjacentSubjects joins two subjects of one verb written side by
// side: in the headline "UK Prime Minister resigns after losing
// confidence vote" the greedy parser made "UK" and "Minister" each a
// subject of "resigns". A verb has one subject; a one-word name right
// before the other subject's phrase is its modifier (compound), as in "UK
// Prime Minister". So is a title phrase of two or more words right before
// a person, the subject made of its last words: "Texas Attorney General
// Ken Paxton said", "Airbus chief executive Guillaume Faury called".
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairAdjacentSubjects(upos, ner []string, heads []int, labels []string) {
	for s1, v := range heads {
		// No person ("UK", "CentOS"), before no person ("the Exchequer
		// John Major" is another mistake).
		if v < 0 || upos[s1] != "PROPN" && upos[s1] != "NOUN" || !isSubject(labels[s1]) || strings.HasSuffix(ner[s1], "PER") {
			continue
		}
		lo, hi := span(heads, s1)
		title := false // "Texas Attorney", "Airbus chief": a title phrase before a person
		if lo != s1 || hi != s1 {
			title = hi == s1 && upos[lo] == "PROPN"
			for i := lo; i <= hi && title; i++ {
				title = upos[i] == "PROPN" || upos[i] == "NOUN" || upos[i] == "ADJ"
			}
			if !title {
				continue // "Howard Rubel, a Toronto lawyer, told" is an apposition (RepairVocativeSubject's)
			}
		}
		s2 := subjectAfter(heads, labels, hi, v)
		if s2 < 0 || !nominal(upos[s2]) || upos[s2] == "PRON" || strings.HasSuffix(ner[s2], "PER") != title || under(heads, s2, s1) {
			continue
		}
		if lo2, _ := span(heads, s2); !title && upos[s1] == "NOUN" && upos[lo2] != "PROPN" {
			continue // "House Speaker", "Internet Explorer's market share", not "At birth her parents were"
		}
		if lo2, _ := span(heads, s2); lo2 != hi+1 || upos[lo2] == "PUNCT" {
			continue // something between: "Yesterday, police ..." is no name before a noun
		}
		heads[s1], labels[s1] = s2, "compound"
	}
}

// RepairParticipleObject gives a participle inside the subject back its
// object that the greedy parser made a second subject of the verb: in "the
// number of migrants crossing the Channel has doubled" it made "Channel" a
// subject of "doubled" beside "number". A subject right after a
// participle (acl) without object, that hangs in the other subject's
// phrase, is the participle's object. heads are 0-based (-1 for the
// root); heads and labels change in place.
func RepairParticipleObject(xpos []string, heads []int, labels []string) {
	for s2, v := range heads {
		if v < 0 || v < s2 || !isSubject(labels[s2]) {
			continue
		}
		lo2, _ := span(heads, s2)
		p := lo2 - 1
		if p < 1 || xpos[p] != "VBG" && xpos[p] != "VBN" || base(labels[p]) != "acl" || hasChild(heads, labels, p, "obj", "ccomp", "xcomp") {
			continue
		}
		s1 := -1
		for i := 0; i < p; i++ {
			if heads[i] == v && isSubject(labels[i]) && under(heads, p, i) {
				s1 = i
			}
		}
		if s1 < 0 || under(heads, p, s2) {
			continue
		}
		heads[s2], labels[s2] = p, "obj"
	}
}

// RepairNominativeObject mends a subject pronoun the parser made a
// reporting verb's object: in "Trump reported he and his wife First Lady
// Melania Trump tested positive" "he" was the object of "reported" and
// "Melania Trump" the only subject of "tested". A nominative pronoun (he,
// she, we, they, I) is never an object: it becomes the subject of the
// verb's clausal complement after it, and a name that complement had for
// subject, right after the pronoun's last conjunct, that conjunct's
// apposition.
func RepairNominativeObject(words []string, heads []int, labels []string) {
	for d, v := range heads {
		if v < 0 || v > d || (labels[d] != "obj" && labels[d] != "iobj") {
			continue
		}
		switch strings.ToLower(words[d]) {
		case "he", "she", "we", "they", "i":
		default:
			continue
		}
		f := -1
		for i := d + 1; i < len(heads) && f < 0; i++ {
			if heads[i] == v && labels[i] == "ccomp" {
				f = i
			}
		}
		if f < 0 {
			continue
		}
		last := d // the pronoun's last conjunct
		for i := d + 1; i < f; i++ {
			if heads[i] == d && labels[i] == "conj" {
				last = i
			}
		}
		for s2 := last + 1; s2 < f; s2++ {
			if heads[s2] != f || !isSubject(labels[s2]) {
				continue
			}
			between := true // "First Lady" of "his wife First Lady Melania Trump"
			for i := last + 1; i < s2; i++ {
				between = between && under(heads, i, s2)
			}
			if last > d && between {
				heads[s2], labels[s2] = last, "appos"
			}
		}
		if !hasChild(heads, labels, f, "nsubj", "nsubj:pass") {
			heads[d], labels[d] = f, "nsubj"
		}
	}
}

// RepairPlaceSubject mends "200 in New Delhi, India drink cow urine": the
// parser left the noun phrase at the root and took the larger place after
// a place and its comma for the verb's subject. A name right after a
// comma and a name inside the root's phrase, the only subject of a verb
// hung on the root, becomes that name's apposition (its larger place),
// and the root phrase the verb's subject.
func RepairPlaceSubject(upos, words, ents []string, heads []int, labels []string) {
	r := root(heads)
	if r < 0 || !nominal(upos[r]) {
		return
	}
	for s := r + 3; s+1 < len(heads); s++ {
		v := heads[s]
		if v <= s || heads[v] != r || upos[v] != "VERB" || upos[s] != "PROPN" || !isSubject(labels[s]) || words[s-1] != "," || ents[s] != "B-LOC" {
			continue
		}
		// Not after a place that has its larger place already ("A
		// resident of Antioch, Illinois, Rittenhouse is accused").
		p := s - 2
		if upos[p] != "PROPN" || words[p-1] == "," || !under(heads, p, r) || otherSubject(heads, labels, s, v) || otherChildren(heads, labels, s) || hasChild(heads, labels, s, "flat", "compound", "amod") {
			continue
		}
		promote(heads, labels, r, v)
		heads[r], labels[r] = v, "nsubj"
		heads[s], labels[s] = p, "appos"
		return
	}
}

// RepairRangingParticiple hangs ", ranging from ..." on the noun it
// describes: in "Japan and South Korea face similar challenges, ranging
// from North Korea's nuclear development to ..." the parser made the
// countries range. A participle of "range" after a comma, hung on a verb
// whose object ends right before that comma, describes the object.
func RepairRangingParticiple(words, lemmas, xpos []string, heads []int, labels []string) {
	for g, v := range heads {
		if v < 0 || g < 2 || xpos[g] != "VBG" || lemmas[g] != "range" || words[g-1] != "," || base(labels[g]) != "advcl" {
			continue
		}
		for o := range heads {
			if heads[o] != v || labels[o] != "obj" || o > g {
				continue
			}
			if _, hi := spanBefore(heads, o, g-1); hi == g-2 {
				heads[g], labels[g] = o, "acl"
			}
		}
	}
}

// RepairSayingParticiple hangs ", saying ..." on the clause it comments
// on: in "A senior official defended the approach, saying cooperation ...
// will create a more positive atmosphere" the parser made "saying" a
// modifier of "approach". A participle of a verb that takes a clause
// (clauseVerbs), after a comma, hung as a clause on a noun that is a
// verb's object or oblique, becomes that verb's adverbial clause: its
// subject is the one who says.
func RepairSayingParticiple(words, lemmas, xpos []string, heads []int, labels []string) {
	for g, n := range heads {
		if n < 0 || g == 0 || xpos[g] != "VBG" || words[g-1] != "," || base(labels[g]) != "acl" || !clauseVerbs[lemmas[g]] {
			continue
		}
		v := heads[n]
		if v < 0 || v > n || !strings.HasPrefix(xpos[v], "VB") {
			continue
		}
		switch base(labels[n]) {
		case "obj", "obl":
			heads[g], labels[g] = v, "advcl"
			if heads[g-1] == n { // its comma
				heads[g-1] = g
			}
		}
	}
}

// clauseLabel says whether a word with label l heads a clause (or is the
// root's word, l "root").
func clauseLabel(l string) bool {
	switch base(l) {
	case "root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj":
		return true
	}
	return false
}

// RepairPostAdjective makes an adjective after a verb's object, which the
// greedy parser hung on the object as its modifier, the verb's open
// complement when the verb says what its object is or becomes: "found
// former police officer Derek Chauvin guilty of murder" (English puts
// adjectives before their noun; after it they predicate). heads are
// 0-based (-1 for the root); heads and labels change in place.
func RepairPostAdjective(lems, upos []string, heads []int, labels []string) {
	for a, h := range heads {
		if h < 0 || h >= a || upos[a] != "ADJ" || base(labels[a]) != "amod" || base(labels[h]) != "obj" || upos[h] != "NOUN" && upos[h] != "PROPN" {
			continue
		}
		v := heads[h]
		if v < 0 || v > h || upos[v] != "VERB" || !predicatingVerbs[lems[v]] || hasChild(heads, labels, v, "xcomp") {
			continue
		}
		heads[a], labels[a] = v, "xcomp"
	}
	// "was pronounced dead several hours later": right after the passive
	// verb, hung on the time after it.
	for a, t := range heads {
		v := a - 1
		if t <= a || v < 0 || upos[a] != "ADJ" || base(labels[a]) != "amod" || upos[v] != "VERB" || !predicatingVerbs[lems[v]] ||
			!hasChild(heads, labels, v, "aux:pass") || hasChild(heads, labels, v, "xcomp") {
			continue
		}
		if l := base(labels[t]); l != "obl" && l != "obl:unmarked" && l != "obl:tmod" && l != "nmod:unmarked" && l != "obl:npmod" {
			continue
		}
		heads[a], labels[a] = v, "xcomp"
	}
}

// predicatingVerbs say what their object is or becomes.
var predicatingVerbs = map[string]bool{"find": true, "declare": true, "rule": true, "deem": true, "consider": true, "judge": true,
	"pronounce": true, "make": true, "leave": true, "keep": true, "render": true, "prove": true, "hold": true, "presume": true}

// RepairSplitOfPhrase mends "Atiku Abubakar of the main opposition
// Peoples Democratic Party came second", which the greedy parser read as
// two subjects of "came": "Atiku Abubakar of the main opposition Peoples"
// and "Democratic Party". When a verb's first subject ends in a phrase
// opened by a preposition (of, from, at, in) and its second starts right
// after it, the second is that phrase's head and the phrase's old head its
// modifier. heads are 0-based (-1 for the root); heads and labels change
// in place.
func RepairSplitOfPhrase(words, upos []string, heads []int, labels []string) {
	for s1, v := range heads {
		if v < 0 || v < s1 || !isSubject(labels[s1]) {
			continue
		}
		_, hi := span(heads, s1)
		s2 := subjectAfter(heads, labels, hi, v)
		if s2 < 0 || upos[s2] != "PROPN" && upos[s2] != "NOUN" {
			continue
		}
		if lo2, _ := span(heads, s2); lo2 != hi+1 || upos[lo2] == "PUNCT" {
			continue
		}
		m := hi // the phrase's head: the first subject's last word, in an nmod
		if base(labels[m]) != "nmod" || !nominal(upos[m]) || !under(heads, m, s1) {
			continue
		}
		c := -1
		for i := range heads {
			if heads[i] == m && base(labels[i]) == "case" && i < m {
				c = i
			}
		}
		if c < 0 {
			continue
		}
		switch strings.ToLower(words[c]) {
		case "of", "from", "at", "in", "for":
		default:
			continue
		}
		for i := range heads {
			if heads[i] == m && i < m {
				heads[i] = s2 // "of the main opposition": the phrase's
			}
		}
		heads[s2], labels[s2] = heads[m], labels[m]
		heads[m], labels[m] = s2, "compound"
	}
}

// RepairRootParticiple mends "Astronomers using the James Webb Space
// Telescope have discovered the oldest black hole", which the greedy
// parser rooted on "Astronomers" with "using" its modifier and
// "discovered" the participle's complement, whose subject was the
// telescope. A participle (acl) without object on a root noun, whose
// finite clause begins with a subject right after the participle, has
// that subject for its object; the clause is the root and the noun its
// subject. heads are 0-based (-1 for the root); heads and labels change
// in place.
func RepairRootParticiple(words, lems, xpos []string, heads []int, labels []string) {
	r := root(heads)
	if r < 0 || !nounTag(xpos[r]) {
		return
	}
	for p := r + 1; p < len(heads); p++ {
		if heads[p] != r || base(labels[p]) != "acl" || xpos[p] != "VBG" && xpos[p] != "VBN" || hasChild(heads, labels, p, "obj") || clauseVerbs[lems[p]] {
			continue // "research showing some sponges can survive": a clause the participle takes
		}
		for f := p + 1; f < len(heads); f++ {
			if heads[f] != p || !finiteClause(xpos, heads, labels, f) {
				continue
			}
			switch base(labels[f]) {
			case "ccomp", "parataxis", "conj", "advcl", "dep":
			default:
				continue
			}
			s := -1
			for i := p + 1; i < f; i++ {
				if heads[i] == f && isSubject(labels[i]) {
					s = i
				}
			}
			if s < 0 || hasChild(heads, labels, f, "mark", "cc") {
				continue
			}
			if lo, _ := span(heads, s); lo != p+1 || !agree(words, xpos, heads, labels, r, f) {
				continue
			}
			promote(heads, labels, r, f)
			heads[s], labels[s] = p, "obj"
			attachSubject(heads, labels, r, f)
			return
		}
	}
}

// RepairCopulaParticiple makes "be" before a verb's past participle its
// passive auxiliary: in "AB Aurigae is classified as a Herbig Ae star"
// the greedy parser made "is" a copula, and copulas go with nouns and
// adjectives, not verbs. heads are 0-based (-1 for the root); heads and
// labels change in place. Only with an oblique a passive takes ("as a
// star", "by the court"): web text has predicative participles with a
// copula ("is located", "are interested"), which EWT annotates so.
func RepairCopulaParticiple(words, upos, xpos []string, heads []int, labels []string) {
	for c, v := range heads {
		if v < 0 || labels[c] != "cop" || upos[v] != "VERB" || xpos[v] != "VBN" || !passiveOblique(words, heads, labels, v) {
			continue
		}
		labels[c] = "aux:pass"
		for i, h := range heads {
			if h == v && labels[i] == "nsubj" {
				labels[i] = "nsubj:pass"
			}
		}
	}
}

// passiveOblique says whether verb v has an oblique opened by "as" or
// "by".
func passiveOblique(words []string, heads []int, labels []string, v int) bool {
	for o, h := range heads {
		if h == v && base(labels[o]) == "obl" && (hasCase(words, heads, labels, o, "as") || hasCase(words, heads, labels, o, "by")) {
			return true
		}
	}
	return false
}

// infinitiveVerbs take a to-infinitive as their complement ("agreed to
// deepen", "vowed to fight"), not as a purpose clause.
var infinitiveVerbs = map[string]bool{"agree": true, "decide": true, "plan": true, "want": true, "try": true, "promise": true,
	"refuse": true, "vow": true, "pledge": true, "threaten": true, "seek": true, "hope": true, "aim": true, "fail": true,
	"offer": true, "expect": true, "intend": true, "attempt": true, "vote": true, "choose": true, "need": true,
	"continue": true, "begin": true, "start": true, "manage": true, "prepare": true, "wish": true, "tend": true, "appear": true,
	"seem": true, "claim": true, "pretend": true, "undertake": true, "resolve": true, "opt": true, "struggle": true}

// RepairInfinitiveComplement makes a to-infinitive the greedy parser hung
// on such a verb as a purpose clause its complement: in "agreed on Friday
// to deepen defence cooperation" the time between them had made "to
// deepen" an adverbial clause, and the extractor lost what was agreed.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairInfinitiveComplement(words, lems, xpos []string, heads []int, labels []string) {
	for f, v := range heads {
		if v < 0 || v > f || base(labels[f]) != "advcl" || xpos[f] != "VB" || !infinitiveVerbs[lems[v]] ||
			hasChild(heads, labels, v, "xcomp", "ccomp", "obj") || hasChild(heads, labels, f, "nsubj", "nsubj:pass") {
			continue
		}
		to := -1
		for i := v + 1; i < f; i++ {
			if heads[i] == f && base(labels[i]) == "mark" && strings.EqualFold(words[i], "to") {
				to = i
			}
		}
		if to < 0 {
			continue
		}
		blocked := false // a comma between: "agreed, to the surprise of many, ..."
		for i := v + 1; i < to; i++ {
			blocked = blocked || words[i] == ","
		}
		for o, h := range heads { // "voted for Pelosi to serve as Speaker": the infinitive is Pelosi's
			blocked = blocked || h == v && o < f && base(labels[o]) == "obl" && hasCase(words, heads, labels, o, "for")
		}
		if !blocked {
			labels[f] = "xcomp"
		}
	}
}
