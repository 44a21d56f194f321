package parser

// RepairVocativeSubject gives a sentence's opening name back the subject's
// place that the insertion after it took: in "UOKiK, the Polish
// anti-monopoly agency, has to approve the deal" and "Luk, reportedly
// aged about 68, had suffered a prolonged illness" the greedy parser made
// the name a vocative (web text addresses people so; news does not) and
// the insertion the subject; in "Critics, including Arm co-founder Hermann
// Hauser, have warned" the insertion an oblique. When a name or noun
// opening the sentence hangs on a
// verb as a vocative, discourse word or unlabelled dependent, and the
// verb's subject is a phrase set off by commas right after it, the name is
// the subject and the phrase its apposition (or, an adjective with a
// number, an age, its modifier). heads are 0-based (-1 for the root); heads and labels change
// in place.
func RepairVocativeSubject(upos []string, words []string, heads []int, labels []string) {
	n := len(heads)
	v := -1
	name := -1
	for i := 0; i < n && name < 0; i++ { // the first: the name opens the sentence
		if (upos[i] == "PROPN" || upos[i] == "NOUN") && heads[i] >= 0 && heads[i] > i {
			switch base(labels[i]) {
			case "vocative", "discourse", "dep":
				name, v = i, heads[i]
			}
		}
	}
	if name < 0 || upos[v] != "VERB" && upos[v] != "AUX" {
		return
	}
	lo, e := span(heads, name)
	for e > name && words[e] == "," { // the comma may hang on the name
		e--
	}
	if lo != 0 || e+2 >= n || words[e+1] != "," {
		return
	}
	// The insertion: the verb's subject, or, when the verb has none,
	// whatever the parser hung there ("Luk, reportedly aged about 68,
	// had suffered": "aged" an adverbial).
	x := -1
	for i := e + 2; i < v; i++ {
		if heads[i] == v && isSubject(labels[i]) {
			x = i
		}
	}
	if x < 0 && !hasChild(heads, labels, v, "nsubj", "nsubj:pass", "csubj", "expl") {
		for i := e + 2; i < v; i++ {
			if heads[i] == v && upos[i] != "PUNCT" && upos[i] != "AUX" && upos[i] != "ADV" {
				x = i
				break
			}
		}
	}
	if x < 0 {
		return
	}
	xlo, xhi := span(heads, x)
	for xhi > x && words[xhi] == "," {
		xhi--
	}
	for xlo < x && words[xlo] == "," {
		xlo++
	}
	if xlo != e+2 || xhi+1 >= v || words[xhi+1] != "," {
		return
	}
	label := labels[x]
	if !isSubject(label) {
		label = "nsubj"
		if hasChild(heads, labels, v, "aux:pass") {
			label = "nsubj:pass"
		}
	}
	xLabel := "appos"
	switch upos[x] {
	case "NOUN", "PROPN":
		if hasChild(heads, labels, x, "case") {
			xLabel = "nmod" // "Critics, including Arm co-founder Hermann Hauser, have warned"
		}
	case "ADJ": // an age ("aged about 68"), not "David Turpin, alone, was"
		age := false
		for i := xlo; i <= xhi; i++ {
			age = age || upos[i] == "NUM"
		}
		if !age {
			return
		}
		xLabel = "amod"
	default:
		return
	}
	heads[name], labels[name] = v, label
	heads[x], labels[x] = name, xLabel
	for _, c := range []int{e + 1, xhi + 1} {
		if !under(heads, x, c) {
			heads[c], labels[c] = x, "punct"
		}
	}
}

// RepairDescribedSubject mends "Microsoft's chief executive, Satya
// Nadella, said it would invest", where the greedy parser made the
// description a complement of "said" and the name its subject: a noun
// phrase opening the sentence, set off by a comma before the verb's
// subject name, which a comma closes, is the subject, the name its
// apposition (as UD writes "The suspect, John Smith, fled"). heads are
// 0-based (-1 for the root); heads and labels change in place.
func RepairDescribedSubject(upos, words []string, heads []int, labels []string) {
	for name := 2; name < len(heads); name++ {
		v := heads[name]
		if v < 0 || v < name || upos[name] != "PROPN" || !isSubject(labels[name]) || words[name-1] != "," {
			continue
		}
		lo, hi := span(heads, name)
		for hi > name && words[hi] == "," {
			hi--
		}
		if lo < name || hi+1 >= v || words[hi+1] != "," {
			continue
		}
		// The description: the head of the phrase from the sentence's
		// start to the comma, hung on the verb as something else.
		d := -1
		for i := 0; i < name-1; i++ {
			if heads[i] == v {
				if d >= 0 {
					d = -2
					break
				}
				d = i
			}
		}
		if d < 0 || upos[d] != "NOUN" || isSubject(labels[d]) || hasChild(heads, labels, d, "case", "mark") {
			continue // "In response to ..., Nancy Pelosi ordered": an oblique, no description
		}
		switch base(labels[d]) {
		case "ccomp", "dep", "vocative", "parataxis", "discourse", "dislocated":
		default:
			continue
		}
		if dlo, dhi := span(heads, d); dlo != 0 || dhi != name-1 && dhi != name-2 { // its comma may hang on it
			continue
		}
		heads[d], labels[d] = v, labels[name]
		heads[name], labels[name] = d, "appos"
	}
}

// RepairAppositiveSubject mends "Tina Turner, the singer whose career
// spanned more than six decades, died", which the greedy parser read as a
// verb with two subjects: the name and the description set off by commas
// after it. The description is the name's apposition. heads are 0-based
// (-1 for the root); heads and labels change in place.
func RepairAppositiveSubject(upos, words []string, heads []int, labels []string) {
	for s1, v := range heads {
		if v < 0 || v < s1 || !isSubject(labels[s1]) || upos[s1] != "PROPN" {
			continue
		}
		_, hi := span(heads, s1)
		if hi+1 >= v || words[hi+1] != "," && !(words[hi] == "," && heads[hi] == s1) {
			continue
		}
		s2 := subjectAfter(heads, labels, hi, v)
		if s2 < 0 || upos[s2] != "NOUN" && upos[s2] != "PROPN" {
			continue
		}
		lo2, hi2 := span(heads, s2)
		if words[lo2] == "," {
			lo2++
		}
		if lo2 != hi+1 && lo2 != hi+2 || !(words[hi2] == "," || hi2+1 < v && words[hi2+1] == ",") {
			continue // a description fenced by commas
		}
		heads[s2], labels[s2] = s1, "appos"
	}
	// "Tina Turner, queen of rock 'n' roll, dies at 83": a description
	// after a subject's name, set off by commas, taken for a list item.
	for d, h := range heads {
		if h < 0 || h > d || labels[d] != "list" || upos[d] != "NOUN" || upos[h] != "PROPN" || !isSubject(labels[h]) || hasChild(heads, labels, d, "case") {
			continue
		}
		lo, hi := span(heads, d)
		if _, hhi := spanBefore(heads, h, lo); words[lo] != "," && (lo == 0 || words[lo-1] != ",") || hhi >= lo && words[hhi] != "," {
			continue
		}
		if hi+1 < len(words) && words[hi+1] != "," && words[hi] != "," {
			continue
		}
		labels[d] = "appos"
	}
}
