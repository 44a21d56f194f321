package parser

import "strings"

// RepairTrailingReport makes a reporting clause closing a sentence ("The
// storm killed three people, officials confirmed.", "Smith died on
// Monday, officials stated.") the parataxis of the clause it reports, as
// UD annotates it. The greedy parser, which had already built the
// reported clause, hung the reporting verb on it as an adverbial clause,
// a complement or a conjunct, and "officials stated" became what Smith
// died of. The verb must take a clause (clauseVerbs), have its subject
// right after a comma, nothing after it but its own dependents (no verb
// but a participle after a comma: ", adding ...") and punctuation, and no
// object or clause of its own. It goes on the first
// of coordinated verbs ("suffered a cardiac arrest and died, officials
// stated"). heads are 0-based (-1 for the root); heads and labels change
// in place.
func RepairTrailingReport(words, lems, upos, xpos []string, heads []int, labels []string) {
	n := len(heads)
	for s := 1; s < n; s++ {
		h := heads[s]
		if h < 0 || h > s || upos[s] != "VERB" || !clauseVerbs[lems[s]] || base(labels[s]) == "parataxis" && labels[h] != "acl:relcl" ||
			hasChild(heads, labels, s, "xcomp", "iobj", "mark") {
			continue
		}
		// An object before the verb is the reported clause's, which the
		// parser gave the reporting verb ("affect the company's cloud
		// computing, advertising and Twitch livestreaming units, Jassy
		// wrote"); one after it is the verb's own.
		fronted, after := -1, false
		for i := range heads {
			if heads[i] == s && base(labels[i]) == "obj" {
				if i > s {
					after = true
				} else {
					fronted = i
				}
			}
		}
		if after {
			continue
		}
		// Its complement may only be a stranded subordinate clause the
		// parser gave it ("was arrested after a woman was found dead,
		// police said": "found"), which goes back to the verb it follows.
		stranded := -1
		for i := h + 1; i < s; i++ {
			if heads[i] == s && base(labels[i]) == "ccomp" {
				stranded = i
			}
		}
		if stranded >= 0 && !strandedClause(words, heads, labels, h, stranded) {
			continue
		}
		subj := -1
		for i := 0; i < s; i++ {
			if heads[i] == s && isSubject(labels[i]) {
				subj = i
			}
		}
		if subj < 0 {
			continue
		}
		lo, _ := span(heads, subj)
		for lo < subj && upos[lo] == "PUNCT" { // the comma may hang on the subject
			lo++
		}
		if lo == 0 || words[lo-1] != "," || lo-1 <= h || fronted >= lo {
			continue
		}
		if fronted >= 0 {
			if _, fhi := span(heads, fronted); fhi != lo-2 && !(fhi == lo-1 && heads[lo-1] == fronted) {
				continue // the object ends at the comma
			}
		}
		// After it only punctuation and its own modifiers: no clause
		// ("We have said for years that ...") but a participle after a
		// comma (", adding it required much endurance").
		tail, part := true, -1
		for i := s + 1; i < n; i++ {
			verb := upos[i] == "VERB" || upos[i] == "AUX"
			if part < 0 && xpos[i] == "VBG" && words[i-1] == "," && heads[i] == s {
				part = i // ", raising hopes that more hostages would be freed": the participle's clause
			}
			tail = tail && (upos[i] == "PUNCT" || under(heads, i, s) && (!verb || part >= 0 && under(heads, i, part)))
		}
		if !tail {
			continue
		}
		for base(labels[h]) == "conj" && heads[h] >= 0 && heads[h] < h {
			h = heads[h]
		}
		// Hung on a noun of the clause it reports ("extend their truce ...
		// by two days, Qatar's foreign ministry said"): the clause's verb.
		// The verb of an infinitive ("agreed to extend") is reported with
		// the verb it completes, a relative clause with its noun's clause,
		// a participle with the clause it comments on ("has appointed X,
		// replacing Jeff Williams, who will retire later this year, the
		// company said").
		for k := 0; k < n && heads[h] >= 0 && (upos[h] != "VERB" && upos[h] != "AUX" && !hasChild(heads, labels, h, "cop") || base(labels[h]) == "xcomp" || labels[h] == "acl:relcl" ||
			base(labels[h]) == "advcl" && (xpos[h] == "VBG" || xpos[h] == "VBN") && !hasChild(heads, labels, h, "mark", "nsubj", "nsubj:pass")); k++ {
			h = heads[h]
		}
		if stranded >= 0 {
			if stranded > lo-1 {
				continue
			}
			heads[stranded], labels[stranded] = h, "advcl" // RepairSubordinateClause gives it its subject
		}
		if fronted >= 0 {
			// A conjunct of the clause's object before it, or its object.
			o := -1
			for i := range heads {
				if heads[i] == h && base(labels[i]) == "obj" && i < fronted {
					o = i
				}
			}
			if o >= 0 {
				heads[fronted], labels[fronted] = o, "conj"
			} else {
				heads[fronted], labels[fronted] = h, "obj"
			}
		}
		heads[s], labels[s] = h, "parataxis"
		if part >= 0 && !clauseVerbs[lems[part]] {
			// ", raising hopes that ...": what the reported event did, not
			// the source (", adding ..." stays the source's).
			heads[part] = h
		}
		if c := lo - 1; heads[c] != s && !under(heads, s, c) {
			heads[c], labels[c] = s, "punct" // its comma
		}
	}
}

// strandedClause says whether clause c, hung on a trailing report verb,
// is a clause without a subject after a subordinator the parser read as a
// preposition inside the clause of h ("after a woman was found").
func strandedClause(words []string, heads []int, labels []string, h, c int) bool {
	if hasChild(heads, labels, c, "nsubj", "nsubj:pass", "csubj", "expl", "mark") {
		return false
	}
	for i := h + 1; i < c; i++ {
		if base(labels[i]) == "case" && subordinatorWords[strings.ToLower(words[i])] && under(heads, i, h) {
			return true
		}
	}
	return false
}

// subordinatorWords open a clause as well as a phrase.
var subordinatorWords = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// RepairReportRoot makes a closing report that the greedy parser made the
// root ("Vaccination rates have fallen in many countries, it added.": the
// statement an adverbial clause of "added") the parataxis of the
// statement, which becomes the root. The report's subject follows a comma
// that ends the statement; the statement opens the sentence and has no
// marker of its own ("Although rates fell, it added" keeps its tree).
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairReportRoot(words, lems, upos, xpos []string, heads []int, labels []string) {
	s := root(heads)
	if s < 2 || upos[s] != "VERB" || !clauseVerbs[lems[s]] || hasChild(heads, labels, s, "obj", "ccomp", "xcomp", "iobj", "mark") {
		return
	}
	subj := -1
	for i := 0; i < s; i++ {
		if heads[i] == s && isSubject(labels[i]) {
			subj = i
		}
	}
	if subj < 0 {
		return
	}
	lo, _ := span(heads, subj)
	if lo < 2 || words[lo-1] != "," {
		return
	}
	for i := s + 1; i < len(heads); i++ {
		if upos[i] != "PUNCT" && !under(heads, i, s) || upos[i] == "VERB" || upos[i] == "AUX" {
			return // a clause after the report: no closing report
		}
	}
	f := -1
	for i := 0; i < lo-1; i++ {
		if heads[i] == s {
			switch base(labels[i]) {
			case "advcl", "dep", "parataxis":
				if f < 0 {
					f = i
				}
			}
		}
	}
	if f < 0 || hasChild(heads, labels, f, "mark") || !finiteClause(xpos, heads, labels, f) {
		return
	}
	if flo, _ := span(heads, f); flo != 0 {
		return
	}
	heads[f], labels[f] = -1, "root"
	heads[s], labels[s] = f, "parataxis"
	if c := lo - 1; heads[c] != s && !under(heads, s, c) {
		heads[c], labels[c] = s, "punct"
	}
}

// RepairReportParticiple hangs a participle after a closing report on the
// clause reported: in "Mbappe has signed a contract with Real Madrid, the
// club announced on Monday, ending months of speculation" the signing
// ended the speculation, not the announcement. A participle set off by a
// comma on a report verb that is the parataxis of the clause before it
// goes to that clause, unless it reports too (", adding ...", ", saying
// ..."). heads are 0-based (-1 for the root); heads and labels change in
// place.
func RepairReportParticiple(words, lems, xpos []string, heads []int, labels []string) {
	for p, r := range heads {
		if r < 0 || r > p || xpos[p] != "VBG" || base(labels[p]) != "advcl" || words[p-1] != "," || clauseVerbs[lems[p]] ||
			!clauseVerbs[lems[r]] || base(labels[r]) != "parataxis" || heads[r] < 0 || heads[r] > r {
			continue
		}
		heads[p] = heads[r]
	}
}

// RepairReportStranded gives the clause a closing report reports back
// what the greedy parser hung on the report from before the report's own
// comma: in "Germany's economy contracted by 0.3% in the first three
// months, the Federal Statistical Office said on Thursday" it made "by
// 0.3%" an oblique of "said". A report verb that is the parataxis of the
// clause before it, with its subject right after a comma, has no
// prepositional phrase before that comma. heads are 0-based (-1 for
// the root); heads and labels change in place.
func RepairReportStranded(lems []string, heads []int, labels []string) {
	for r, h := range heads {
		if h < 0 || h > r || !clauseVerbs[lems[r]] || base(labels[r]) != "parataxis" {
			continue
		}
		s := -1
		for i := h + 1; i < r; i++ {
			if heads[i] == r && isSubject(labels[i]) {
				s = i
			}
		}
		if s < 0 {
			continue
		}
		lo, _ := span(heads, s)
		for lo < s && labels[lo] == "punct" {
			lo++
		}
		for i := h + 1; i < lo-1; i++ {
			// Only a prepositional phrase: adverbs and wh-words before a
			// report are its own in web text ("what ... , he asked").
			if heads[i] == r && base(labels[i]) == "obl" && hasChild(heads, labels, i, "case") && i != s && !under(heads, h, i) {
				heads[i] = h
			}
		}
	}
}
