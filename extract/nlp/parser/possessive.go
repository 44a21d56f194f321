package parser

// RepairPossessor hangs a possessor on the noun it possesses: in
// "Mexico's President Andrés Manuel López Obrador, who attended the
// summit, praised the deal" the greedy parser made "Mexico" the subject
// and the name its conjunct, so Mexico praised the deal. A word with a
// possessive "'s" is the possessor (nmod:poss) of the noun phrase right
// after it; when that phrase's head hangs on the possessor instead, the
// two change places. heads are 0-based (-1 for the root); heads and
// labels change in place.
func RepairPossessor(words, xpos []string, heads []int, labels []string) {
	n := len(heads)
	for x := 0; x+2 < n; x++ {
		if xpos[x+1] != "POS" || heads[x+1] != x || labels[x] == "nmod:poss" {
			continue
		}
		// The phrase's head: the first word after "'s" the possessor
		// holds, with every word before it in the phrase on it.
		h := -1
		for k := x + 2; k < n && k <= x+6; k++ {
			if heads[k] == x {
				h = k
				break
			}
			if heads[k] <= x+1 || heads[k] > x+6 {
				break
			}
		}
		if h < 0 || !nounTag(xpos[h]) {
			continue
		}
		switch base(labels[h]) {
		case "conj", "appos", "flat", "compound", "dep", "list":
		default:
			continue
		}
		inside := true
		for k := x + 2; k < h; k++ {
			inside = inside && heads[k] > x+1 && heads[k] <= h
		}
		if !inside || under(heads, heads[x], h) && heads[x] >= 0 {
			continue
		}
		heads[h], labels[h] = heads[x], labels[x]
		heads[x], labels[x] = h, "nmod:poss"
		// The possessor's other dependents after the phrase (the
		// relative clause of "López Obrador, who attended") are the
		// phrase's.
		for k := h + 1; k < n; k++ {
			if heads[k] == x {
				heads[k] = h
			}
		}
	}
}
