package parser

import "strings"

// RepairTimeInSubject gives a verb back the time news writes between the
// subject and the verb, which the greedy parser read as part of the
// subject (or as the subject):
//   - a second subject that is a bare time ("Nancy Pelosi yesterday
//     resumed the office") becomes the verb's time;
//   - a subject that is a time with a noun compounded before it ("A fire
//     yesterday afternoon killed five girls") leaves the subject's place
//     to that noun;
//   - a name at the root with a verb hung on it whose subject is a time
//     with its preposition ("Bruce McArthur, from Toronto, on Tuesday
//     admitted his guilt") becomes the verb's subject, the verb the root;
//   - a day heading a verb's object after it ("ended his campaign
//     yesterday") leaves the object to the noun before it;
//   - a phrase in apposition to an opening time is the subject, and a
//     name after it and its comma, which the parser took for the
//     subject, its place ("Yesterday, the Parliament of New South Wales
//     (NSW), Australia voted");
//   - an opening day with its comma compounded into the subject
//     ("Tomorrow, voters ... are scheduled"), and a time at the root with
//     the sentence's verb hung on it ("Very early yesterday morning, the
//     President reported"), are the verb's;
//   - a day with "on" before a subject name ("On Friday Ford Motor
//     Company announced") is the verb's;
//   - a time with its preposition ending a name's phrase right before the
//     verb ("The Safety Committee of Indonesia on Monday announced") is
//     the verb's ("The attack on Monday killed five" is left alone: an
//     event has a time of its own).
//
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairTimeInSubject(words, upos []string, heads []int, labels []string) {
	n := len(heads)
	for s := range n {
		v := heads[s]
		if v < 0 || !isSubject(labels[s]) || upos[v] != "VERB" && upos[v] != "AUX" {
			continue
		}
		if timeWord(words[s]) && !hasChild(heads, labels, s, "case", "mark") {
			if otherSubject(heads, labels, s, v) {
				heads[s], labels[s] = v, "obl:unmarked" // "Nancy Pelosi yesterday resumed"
				continue
			}
			if c := nounBeforeTime(words, upos, heads, labels, s); c >= 0 {
				for i := 0; i < c; i++ { // "A" of "A fire yesterday afternoon"
					if heads[i] == s {
						heads[i] = c
					}
				}
				heads[c], labels[c] = v, labels[s]
				heads[s], labels[s] = v, "obl:unmarked"
				continue
			}
		}
		// "On Friday Ford Motor Company announced": the day compounded
		// into the name, its preposition on the name.
		if upos[s] == "PROPN" {
			for d := 1; d < s; d++ {
				if heads[d] == s && heads[d-1] == s && base(labels[d]) == "compound" && dayWord(words[d]) &&
					base(labels[d-1]) == "case" && strings.EqualFold(words[d-1], "on") {
					heads[d], labels[d] = v, "obl"
					heads[d-1] = d
					break
				}
			}
		}
		// "The Safety Committee of Indonesia on Monday announced".
		for t := s + 1; t < v; t++ {
			if !plainTime(words[t]) || base(labels[t]) != "nmod" || upos[heads[t]] != "PROPN" || !under(heads, t, s) {
				continue
			}
			if p := preposition(words, heads, labels, t, -1); p < 0 {
				continue
			}
			if _, hi := span(heads, t); hi+1 == verbPhraseStart(upos, heads, v) {
				heads[t], labels[t] = v, "obl"
			}
		}
	}
	// "ended his campaign yesterday": a day the parser headed the object
	// with, its noun compounded before it.
	for t := range n {
		v := heads[t]
		if v < 0 || upos[v] != "VERB" {
			continue
		}
		switch labels[t] {
		case "obj", "obl:unmarked", "obl:tmod", "obl:npmod":
		default:
			continue
		}
		if !dayWord(words[t]) || hasChild(heads, labels, t, "case") {
			continue
		}
		if labels[t] != "obj" && hasChild(heads, labels, v, "obj") {
			continue
		}
		// The object right after the verb (adverbs and particles
		// between): not "appeared in court, New Zealand yesterday".
		if c := nounBeforeTime(words, upos, heads, labels, t); c > v && rightAfter(upos, heads, v, c, t) {
			for i := v + 1; i < c; i++ { // "his" of "his campaign yesterday"
				if heads[i] == t {
					heads[i] = c
				}
			}
			heads[c], labels[c] = v, "obj"
			heads[t], labels[t] = v, "obl:unmarked"
		}
	}
	// "Yesterday, the Parliament of New South Wales (NSW), Australia
	// voted": the phrase in apposition to the opening time is the
	// subject, and the name the parser took for it, right after that
	// phrase and its comma, is the phrase's place.
	for t := range n {
		v := heads[t]
		if v < 0 || v < t || base(labels[t]) != "obl" || !timeWord(words[t]) {
			continue
		}
		s := -1
		for i := t + 1; i < v; i++ {
			if heads[i] == v && isSubject(labels[i]) {
				s = i
			}
		}
		if s < 0 || upos[s] != "PROPN" || words[s-1] != "," || otherChildren(heads, labels, s) {
			continue
		}
		for a := t + 1; a < s; a++ {
			// Not a time in apposition: "Wednesday, the same day that he
			// dropped out, Bloomberg endorsed".
			if heads[a] != t || base(labels[a]) != "appos" || !nominal(upos[a]) || timeWord(words[a]) {
				continue
			}
			_, hi := span(heads, a)
			for hi > a && words[hi] == "," { // the comma may hang inside
				hi--
			}
			if hi+2 == s {
				// Hung on the phrase unlabelled: an apposition would
				// make it what the phrase is.
				heads[s], labels[s] = a, "dep"
				heads[a], labels[a] = v, "nsubj"
			}
			break
		}
	}
	// "Tomorrow, voters in the district are scheduled to go to the
	// polls": an opening time with its comma, compounded into the
	// subject, is the verb's.
	for t := 0; t+1 < n; t++ {
		s := heads[t]
		if s <= t || words[t+1] != "," || base(labels[t]) != "compound" && base(labels[t]) != "nmod" || !dayWord(words[t]) {
			continue
		}
		v := heads[s]
		if v < 0 || !isSubject(labels[s]) || upos[v] != "VERB" && upos[v] != "AUX" && upos[v] != "ADJ" && upos[v] != "NOUN" {
			continue
		}
		// A plain subject: a verb inside it ("oil facilities belonging
		// to ...") may be where the parser went wrong.
		plain := true
		for i := s + 1; i < v; i++ {
			plain = plain && !(upos[i] == "VERB" && !under(heads, i, v) || under(heads, i, s) && upos[i] == "VERB")
		}
		if plain && !under(heads, v, t+1) {
			heads[t], labels[t] = v, "obl:unmarked"
			heads[t+1] = v
		}
	}
	// "Very early yesterday morning, the President reported ...": a
	// time at the root with the sentence's verb, subject and all, hung on
	// it is the verb's.
	if r := root(heads); r >= 0 && timeWord(words[r]) && (upos[r] == "NOUN" || upos[r] == "PROPN") && openingDay(words, heads, r) {
		for v := r + 1; v < n; v++ {
			if heads[v] == r && upos[v] == "VERB" && hasChild(heads, labels, v, "nsubj", "nsubj:pass") && !hasChild(heads, labels, v, "mark") {
				switch base(labels[v]) {
				case "parataxis", "appos", "dep", "acl", "conj":
					promote(heads, labels, r, v)
					heads[r], labels[r] = v, "obl:unmarked"
				}
				break
			}
		}
	}
	// "Bruce McArthur, from Toronto, on Tuesday admitted his guilt".
	// Or a noun at the root, the verb hung in its phrase: "A helicopter
	// under contract to Pacific Gas and Electric (PG&E) on Tuesday struck
	// power lines".
	r := root(heads)
	if r < 0 || upos[r] != "PROPN" && upos[r] != "NOUN" {
		return
	}
	for v := r + 1; v < n; v++ {
		if upos[v] != "VERB" || heads[v] < r || !inPhrase(upos, heads, v, r) {
			continue
		}
		switch base(labels[v]) {
		case "advcl", "parataxis", "conj", "acl", "dep", "appos":
		default:
			continue
		}
		t := -1
		for i := r + 1; i < v; i++ {
			if heads[i] == v && isSubject(labels[i]) {
				if t >= 0 || !timeWord(words[i]) {
					t = -2 // a real subject, or two
					break
				}
				t = i
			}
		}
		if t < 0 || hasChild(heads, labels, v, "cc") {
			continue
		}
		p := preposition(words, heads, labels, t, v)
		if p < 0 {
			continue
		}
		promote(heads, labels, r, v)
		attachSubject(heads, labels, r, v)
		heads[t], labels[t] = v, "obl"
		heads[p], labels[p] = t, "case"
		return
	}
}

// otherSubject says whether verb v has a subject besides s.
func otherSubject(heads []int, labels []string, s, v int) bool {
	for i, h := range heads {
		if h == v && i != s && isSubject(labels[i]) {
			return true
		}
	}
	return false
}

// nounBeforeTime returns the noun compounded before time t with only
// times between them ("fire" in "A fire yesterday afternoon", "Nancy" in
// "Nancy Pelosi yesterday"), or -1.
func nounBeforeTime(words, upos []string, heads []int, labels []string, t int) int {
	e := t - 1 // the last word before the times
	for e >= 0 && heads[e] == t && base(labels[e]) == "compound" && timeWord(words[e]) {
		e--
	}
	// A day names it ("yesterday afternoon", "Monday morning"): in "one
	// good weather year" the year is the subject.
	deictic := false
	for i := e + 1; i <= t; i++ {
		deictic = deictic || dayWord(words[i])
	}
	if e < 0 || !deictic {
		return -1
	}
	for c := e; c >= 0; c-- {
		if heads[c] == t {
			if _, hi := span(heads, c); hi == e && base(labels[c]) == "compound" &&
				(upos[c] == "NOUN" || upos[c] == "PROPN") && !timeWord(words[c]) {
				return c
			}
			return -1
		}
	}
	return -1
}

// preposition returns the preposition opening time t ("on Tuesday"),
// labelled case or mark, on the time or (right before it) on verb v; or
// -1.
func preposition(words []string, heads []int, labels []string, t, v int) int {
	for i := 0; i < t; i++ {
		if (heads[i] == t || i == t-1 && heads[i] == v) && (base(labels[i]) == "case" || base(labels[i]) == "mark") {
			switch strings.ToLower(words[i]) {
			case "on", "in", "at", "during":
				return i
			}
		}
	}
	return -1
}

// verbPhraseStart returns where v's phrase starts: v, or its first
// auxiliary or adverb before it.
func verbPhraseStart(upos []string, heads []int, v int) int {
	first := v
	for i := v - 1; i >= 0; i-- {
		if heads[i] == v && (upos[i] == "AUX" || upos[i] == "ADV" || upos[i] == "PART") {
			first = i
			continue
		}
		break
	}
	return first
}

// dayWord says whether w names a day: yesterday, Monday, ...
func dayWord(w string) bool {
	switch strings.ToLower(w) {
	case "yesterday", "today", "tonight", "tomorrow",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// plainTime says whether w is a time word that names no show or body:
// lower-case, or a day or month ("Imus in the Morning" is a show).
func plainTime(w string) bool {
	if !timeWord(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year":
		return w[0] < 'A' || w[0] > 'Z'
	}
	return true
}

// rightAfter says whether the phrase of noun c (its words hung on c or on
// time t) starts right after verb v, only adverbs and particles between.
func rightAfter(upos []string, heads []int, v, c, t int) bool {
	lo := c
	for lo-1 > v && (heads[lo-1] == c || heads[lo-1] == t) {
		lo--
	}
	for i := v + 1; i < lo; i++ {
		if upos[i] != "ADV" && upos[i] != "PART" {
			return false
		}
	}
	return true
}

// otherChildren says whether word s has dependents besides punctuation
// and flat parts of its name.
func otherChildren(heads []int, labels []string, s int) bool {
	for i, h := range heads {
		if h == s && labels[i] != "punct" && base(labels[i]) != "flat" && base(labels[i]) != "compound" && labels[i] != "amod" {
			return true
		}
	}
	return false
}

// inPhrase says whether word v hangs in the noun phrase of r: only nouns
// (and names, numbers, symbols) between them.
func inPhrase(upos []string, heads []int, v, r int) bool {
	for h, k := heads[v], 0; k <= len(heads); h, k = heads[h], k+1 {
		switch {
		case h == r:
			return true
		case h < 0:
			return false
		}
		switch upos[h] {
		case "NOUN", "PROPN", "NUM", "SYM", "X":
		default:
			return false
		}
	}
	return false
}

// openingDay says whether time r opens the sentence, names a day
// ("Very early yesterday morning") and is set off by a comma.
func openingDay(words []string, heads []int, r int) bool {
	lo, hi := 0, r
	day := false
	for i := lo; i <= hi; i++ {
		if heads[i] != r && i != r && !under(heads, i, r) {
			return false
		}
		day = day || dayWord(words[i])
	}
	return day && r+1 < len(words) && words[r+1] == ","
}

// RepairAgo mends "came to the UK a number of years ago", where the
// greedy parser made "a number" the verb's object and "years" the
// measure of "ago": the whole phrase measures "ago" (UD: the phrase is
// the adverb's obl:unmarked, "years" its nmod). heads are 0-based (-1 for
// the root); heads and labels change in place.
func RepairAgo(words []string, heads []int, labels []string) {
	for a := 3; a < len(heads); a++ {
		k := a - 1
		if !strings.EqualFold(words[a], "ago") || heads[k] != a || !strings.EqualFold(words[k-1], "of") {
			continue
		}
		o := heads[a]
		if o < 0 {
			continue
		}
		n := -1
		for i := k - 2; i >= 0 && i >= k-4; i-- {
			if heads[i] == o && labels[i] == "obj" {
				n = i
				break
			}
		}
		if n < 0 || under(heads, a, n) {
			continue
		}
		heads[n], labels[n] = a, "obl:unmarked"
		heads[k], labels[k] = n, "nmod"
		if heads[k-1] != k && !under(heads, k, k-1) {
			heads[k-1], labels[k-1] = k, "case"
		}
	}
}

// RepairTimeOnPerson hangs a date the greedy parser put on a person's
// name on the verb the name belongs to: in "The law was signed by
// Governor Greg Abbott in May" it made "in May" a modifier of "Abbott", so
// the agent read "Greg Abbott in May". A person is not modified by a date;
// an nmod on a name the recogniser calls a person (ner, IOB2 tags), opened
// by in, on or during and headed by a day, a month or a year, is an
// oblique of the verb the name is an argument of; so is any such phrase
// on an agent ("beaten by Alcaraz in the Wimbledon final"). heads are 0-based (-1
// for the root); heads and labels change in place.
func RepairTimeOnPerson(words, upos, ner []string, heads []int, labels []string) {
	for n, h := range heads {
		if h < 0 || h > n || base(labels[n]) != "nmod" || upos[h] != "PROPN" || !strings.HasSuffix(ner[h], "PER") || !dateWord(words[n]) && labels[h] != "obl:agent" {
			continue
		}
		g := heads[h]
		if g < 0 || upos[g] != "VERB" && upos[g] != "AUX" {
			continue
		}
		switch labels[h] {
		case "obl", "obl:agent", "nsubj", "nsubj:pass", "obj", "iobj":
		default:
			continue
		}
		c := -1
		for i := h + 1; i < n; i++ {
			if heads[i] == n && base(labels[i]) == "case" {
				c = i
			}
		}
		if c < 0 || !map[string]bool{"in": true, "on": true, "during": true}[strings.ToLower(words[c])] {
			continue
		}
		heads[n], labels[n] = g, "obl"
	}
}

// dateWord says whether w names a day, a month or a year (1900–2099).
func dateWord(w string) bool {
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
		return true
	}
	return dayWord(w) || timeWord(w) && w[0] >= 'A' && w[0] <= 'Z' && !map[string]bool{"Morning": true, "Afternoon": true, "Evening": true,
		"Night": true, "Today": true, "Tonight": true, "Day": true, "Week": true, "Weekend": true, "Month": true, "Year": true}[w]
}

// RepairParticipleOnTime hangs a participle the greedy parser put on a
// clock time or date on the verb that time belongs to: in "lifted off
// from Kennedy Space Center at 1:47 a.m. carrying the Orion capsule" it
// made "carrying" a modifier of "1:47", so the time carried the capsule.
// A time does nothing; the participle is the verb's adverbial clause.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairParticipleOnTime(words, upos, xpos []string, heads []int, labels []string) {
	for p, t := range heads {
		if t < 0 || t > p || xpos[p] != "VBG" || base(labels[p]) != "acl" || !clockOrDate(words, upos, heads, t) ||
			hasChild(heads, labels, t, "det") { // "with the latter yesterday confirming": a noun phrase, not the time
			continue
		}
		g := heads[t]
		if g < 0 || upos[g] != "VERB" && upos[g] != "AUX" || base(labels[t]) != "obl" && base(labels[t]) != "nmod" {
			continue
		}
		heads[p], labels[p] = g, "advcl"
	}
}

// clockOrDate says whether t heads a clock time ("1:47 a.m.", "noon") or
// a date ("Monday", "March 3").
func clockOrDate(words, upos []string, heads []int, t int) bool {
	w := strings.ToLower(words[t])
	if dateWord(words[t]) || w == "noon" || w == "midnight" {
		return true
	}
	if upos[t] != "NUM" {
		return false
	}
	if strings.Contains(w, ":") {
		return true
	}
	for i, h := range heads {
		if h == t {
			switch strings.ToLower(words[i]) {
			case "a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "edt", "est", "pst", "pdt", "bst", "cet":
				return true
			}
		}
	}
	return false
}

// RepairFencedTime hangs a phrase of time or circumstance set off by a
// comma ("..., after talks on the sidelines of the summit", ", during a
// visit to Paris") on the clause, where the greedy parser hung it on the
// last noun before it ("deepen defence cooperation, including the joint
// production of jet engines, after talks ..."): nouns are not modified
// across a comma by such phrases. It goes on the nearest verb above the
// noun. heads are 0-based (-1 for the root); heads and labels change in
// place.
func RepairFencedTime(words, upos []string, heads []int, labels []string) {
	for n, h := range heads {
		if h < 0 || h > n || base(labels[n]) != "nmod" || !nominal(upos[h]) {
			continue
		}
		lo, _ := span(heads, n)
		if lo < 1 || words[lo] != "," && words[lo-1] != "," {
			continue
		}
		c := lo
		if words[c] == "," {
			c++
		}
		if heads[c] != n || base(labels[c]) != "case" {
			continue
		}
		switch strings.ToLower(words[c]) {
		case "after", "before", "during", "following", "amid", "despite":
		default:
			continue
		}
		g := heads[h]
		for k := 0; k < len(heads) && g >= 0 && upos[g] != "VERB" && upos[g] != "AUX"; k++ {
			g = heads[g]
		}
		if g >= 0 && upos[g] != "VERB" && upos[g] != "AUX" {
			continue
		}
		if g < 0 || under(heads, g, n) {
			continue
		}
		heads[n], labels[n] = g, "obl"
	}
}

// RepairTimeCompound splits a noun phrase the greedy parser ran into a
// time after it: "passed by the Senate last week" became one phrase
// headed by "week", "the Senate" its compound, so the Senate was no
// agent. A time noun (week, month, year, ...) with "last", "this" or
// "next" before it and a noun compound before that gives the compound
// its place; the time is the verb's. heads are 0-based (-1 for the root);
// heads and labels change in place.
func RepairTimeCompound(words, upos []string, heads []int, labels []string) {
	for t, g := range heads {
		if g < 0 || t < 2 || !timeUnits[strings.ToLower(words[t])] && !timeWord(words[t]) || upos[g] != "VERB" && upos[g] != "AUX" {
			continue
		}
		a := t - 1
		switch strings.ToLower(words[a]) {
		case "last", "this", "next", "early", "late":
		default:
			continue
		}
		c := a - 1
		if heads[a] != t || heads[c] != t || labels[c] != "compound" || upos[c] != "PROPN" && upos[c] != "NOUN" {
			continue
		}
		heads[c], labels[c] = g, labels[t]
		for i := 0; i < c; i++ {
			if heads[i] == t {
				heads[i] = c // "by the": the phrase's
			}
		}
		heads[t], labels[t] = g, "obl:unmarked"
	}
}
