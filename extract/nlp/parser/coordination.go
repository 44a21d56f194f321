package parser

// RepairGerundConjunct mends "injuring at least 25 people and damaging
// churches, houses, and other infrastructure", where the parser read the
// second gerund as an adjective of its object and coordinated that object
// with the first gerund's: a gerund (VBG) hung as amod right after a
// coordinating conjunction, on a noun coordinated with the object of an
// earlier gerund, becomes that gerund's conjunct with the noun for its
// object; the first object's conjuncts after it become the noun's.
// heads are 0-based (-1 for the root); heads and labels change in place.
func RepairGerundConjunct(xpos []string, heads []int, labels []string) {
	for g := 1; g+1 < len(heads); g++ {
		n := heads[g]
		if xpos[g] != "VBG" || base(labels[g]) != "amod" || n != g+1 || labels[g-1] != "cc" || heads[g-1] != n || base(labels[n]) != "conj" {
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
