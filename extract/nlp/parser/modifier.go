package parser

import "strings"

// RepairVerbalModifier makes a participle or gerund that modifies a noun
// the noun's modifier, not a verb with the noun for object: the greedy
// parser read "the high-ranking al-Qaida member" as "ranking" with the
// object "member" (and "the high" its subject's words), and "the CentOS
// governing board" as "CentOS" with the clause "governing board". Two
// shapes are mended: a hyphenated adjective ending in a participle
// ("high-ranking", "award-winning", "Iranian-backed"), and a gerund of
// the words that name a kind of noun (governing board, operating loss,
// running mate, voting rights) hung on the noun before it. The noun
// takes the participle's place in the tree. heads are 0-based (-1 for
// the root); heads and labels change in place.
func RepairVerbalModifier(words, xpos []string, heads []int, labels []string) {
	n := len(heads)
	for g := 1; g+1 < n; g++ {
		if xpos[g] != "VBG" && xpos[g] != "VBN" {
			continue
		}
		hyphen := g >= 2 && words[g-1] == "-" && heads[g-2] == g
		kind := xpos[g] == "VBG" && gerundModifiers[strings.ToLower(words[g])] && base(labels[g]) == "acl" && heads[g] == g-1 &&
			(!strings.EqualFold(words[g], "running") || strings.EqualFold(words[g+1], "mate"))
		if !hyphen && !kind {
			continue
		}
		// The noun it modifies: its object, right after it or after the
		// noun's own modifiers.
		o := -1
		for i := g + 1; i < n; i++ {
			if heads[i] == g && labels[i] == "obj" {
				o = i
				break
			}
		}
		if o < 0 || xpos[o] != "NN" && xpos[o] != "NNS" && xpos[o] != "NNP" && xpos[o] != "NNPS" || hasChild(heads, labels, o, "det", "nmod:poss") {
			continue
		}
		inside := true
		for i := g + 1; i < o; i++ {
			inside = inside && under(heads, i, o)
		}
		if !inside || hasChild(heads, labels, g, "nsubj", "nsubj:pass", "iobj", "ccomp", "xcomp", "mark", "aux", "aux:pass") {
			continue
		}
		if kind {
			// "the CentOS governing board": the noun before is the
			// board's compound, its determiner the board's.
			x := g - 1
			heads[o], labels[o] = heads[x], labels[x]
			for i := 0; i < x; i++ {
				if heads[i] == x {
					heads[i] = o
				}
			}
			for i := o + 1; i < n; i++ {
				if heads[i] == x || heads[i] == g {
					heads[i] = o
				}
			}
			heads[x], labels[x] = o, "compound"
			heads[g], labels[g] = o, "amod"
			continue
		}
		// "the high-ranking al-Qaida member": the noun takes the
		// participle's place; what came before the adjective (its
		// determiner) and after the noun is the noun's.
		heads[o], labels[o] = heads[g], labels[g]
		for i := 0; i < n; i++ {
			if heads[i] == g && (i < g-2 || i > o) {
				heads[i] = o
			}
		}
		heads[g], labels[g] = o, "amod"
	}
}

// gerundModifiers are gerunds that name a kind of the noun after them
// and are rarely verbs with an object after a noun: a governing board, an
// operating loss, a voting booth ("running" only before "mate":
// "a man running a business" is a verb).
var gerundModifiers = map[string]bool{"governing": true, "operating": true, "voting": true, "polling": true,
	"parking": true, "founding": true, "outgoing": true, "incoming": true, "upcoming": true, "ongoing": true,
	"engineering": true, "housing": true, "marketing": true, "advertising": true, "banking": true,
	"broadcasting": true, "publishing": true, "recording": true, "manufacturing": true, "processing": true,
	"printing": true, "nursing": true, "boarding": true, "landing": true, "training": true, "running": true,
	"streaming": true, "shipping": true, "mining": true, "fishing": true, "trading": true, "lending": true, "dating": true,
	"gaming": true, "betting": true, "gambling": true, "messaging": true, "computing": true, "farming": true, "spending": true,
	"funding": true, "ride-hailing": true, "sharing": true, "financing": true, "retailing": true, "shopping": true}

// RepairNumberedNoun keeps "a magnitude 6.8 earthquake", "a category 4
// hurricane" one noun phrase: the greedy parser made "A magnitude" a
// subject of its own (of the sentence's "said") and "6.8 earthquake" the
// subject of "struck". A noun between a determiner and a number that
// modifies the next noun is that noun's compound, and the determiner
// its determiner. heads are 0-based (-1 for the root); heads and labels
// change in place.
func RepairNumberedNoun(words, upos []string, heads []int, labels []string) {
	n := len(heads)
	for c := 1; c+2 < n; c++ {
		d, num, h := c-1, c+1, c+2
		if upos[d] != "DET" || heads[d] != c && heads[d] != heads[c] || upos[c] != "NOUN" || upos[num] != "NUM" || heads[num] != h ||
			upos[h] != "NOUN" || heads[c] == h || !isSubject(labels[h]) && base(labels[h]) != "obj" ||
			!isSubject(labels[c]) && base(labels[c]) != "dep" || under(heads, h, c) || strings.ToLower(words[c]) != words[c] {
			continue
		}
		// The noun's own dependents other than the determiner go with it
		// (none in the sentences seen); the phrase's head keeps its place.
		heads[c], labels[c] = h, "compound"
		heads[d], labels[d] = h, "det"
	}
}

// RepairHyphenParticiple mends "in the rebel-held northwest", which the
// greedy parser read as "in the rebel", then a participle "held" taking
// "northwest" for its object: a noun joined by a hyphen to a participle
// ("rebel-held", "Iran-backed", "state-owned") makes an adjective of the
// noun after it. The noun after takes the place of the noun before,
// with its determiner and preposition; the participle is its modifier
// and the noun before the participle's (as UD attaches "U.S." in
// "U.S.-led"). heads are 0-based (-1 for the root); heads and labels
// change in place.
func RepairHyphenParticiple(words, upos, xpos []string, heads []int, labels []string) {
	n := len(heads)
	for g := 2; g+1 < n; g++ {
		x, o := g-2, g+1
		if xpos[g] != "VBN" || words[g-1] != "-" || upos[x] != "NOUN" && upos[x] != "PROPN" || upos[o] != "NOUN" && upos[o] != "PROPN" ||
			heads[o] != g || base(labels[o]) != "obj" || heads[x] == g || heads[x] < 0 || under(heads, heads[x], g) {
			continue
		}
		if hasChild(heads, labels, g, "nsubj", "nsubj:pass", "iobj", "ccomp", "xcomp", "mark", "aux", "aux:pass") {
			continue
		}
		if under(heads, x, g) || under(heads, g, o) || under(heads, x, o) {
			continue
		}
		heads[o], labels[o] = heads[x], labels[x]
		for i := range heads {
			if (heads[i] == x && i < x) || (heads[i] == g && i > o) || (heads[i] == x && i > o) {
				heads[i] = o // "in the": the phrase's; what follows the noun after
			}
		}
		heads[g], labels[g] = o, "amod"
		heads[x], labels[x] = g, "obl:unmarked"
		heads[g-1], labels[g-1] = x, "punct"
	}
}
