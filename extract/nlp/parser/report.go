package parser

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
		if h < 0 || h > s || upos[s] != "VERB" || !clauseVerbs[lems[s]] || base(labels[s]) == "parataxis" ||
			hasChild(heads, labels, s, "obj", "ccomp", "xcomp", "iobj", "mark") {
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
		if lo == 0 || words[lo-1] != "," || lo-1 <= h {
			continue
		}
		// After it only punctuation and its own modifiers: no clause
		// ("We have said for years that ...") but a participle after a
		// comma (", adding it required much endurance").
		tail := true
		for i := s + 1; i < n; i++ {
			verb := upos[i] == "VERB" || upos[i] == "AUX"
			tail = tail && (upos[i] == "PUNCT" || under(heads, i, s) && (!verb || xpos[i] == "VBG" && words[i-1] == "," && heads[i] == s))
		}
		if !tail {
			continue
		}
		for base(labels[h]) == "conj" && heads[h] >= 0 && heads[h] < h {
			h = heads[h]
		}
		heads[s], labels[s] = h, "parataxis"
		if c := lo - 1; heads[c] != s && !under(heads, s, c) {
			heads[c], labels[c] = s, "punct" // its comma
		}
	}
}
