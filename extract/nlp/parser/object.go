package parser

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
