package parser

import (
	"strconv"
	"strings"
)

// RepairAgeSubject gives a verb back the subject an age set off by commas
// took from it: in "Smithers, 36 years old, is married" the greedy parser
// made "old" the subject and the name a vocative or dependent, and in
// "Toledo, 77, who governed Peru ..., was extradited" the bare number. EWT has no
// such sentence; news writes one in every other crime report. The name
// (the head of the phrase ending right before the age's comma) becomes the
// subject and the age its adjectival modifier, as UD attaches "36 years
// old" to what it describes. heads are 0-based (-1 for the root); heads
// and labels change in place.
func RepairAgeSubject(words, upos []string, heads []int, labels []string) {
	n := len(heads)
	for o := 2; o+1 < n; o++ {
		v := heads[o]
		if v < 0 || !isSubject(labels[o]) || words[o+1] != "," {
			continue
		}
		open, label := o-3, "amod" // the age's opening comma
		if upos[o] == "NUM" {
			// "Toledo, 77, who governed Peru ..., was extradited": the
			// bare number.
			open, label = o-1, "appos"
			if age, err := strconv.Atoi(words[o]); err != nil || age < 1 || age > 120 || words[o-1] != "," {
				continue
			}
		} else if o < 4 || words[o] != "old" || words[o-3] != "," || (words[o-1] != "years" && words[o-1] != "year") || upos[o-2] != "NUM" {
			continue
		} else if age, err := strconv.Atoi(words[o-2]); err != nil || age < 1 || age > 120 {
			continue
		}
		x := open - 1 // the last word of the name or noun phrase
		for heads[x] >= 0 && heads[x] < x && (base(labels[x]) == "flat" || labels[x] == "compound") {
			x = heads[x]
		}
		if !nominal(upos[x]) || heads[x] > x && heads[x] < o || under(heads, x, o) || label == "appos" && !capitalised(words[x]) {
			continue
		}
		// The name may hang anywhere (vocative, dep, the verb's conjunct);
		// its own dependents stay with it. A name the verb hangs on gives
		// the verb its place first.
		if under(heads, v, x) {
			if heads[v] != x {
				continue
			}
			heads[v], labels[v] = heads[x], labels[x]
		}
		heads[x], labels[x] = v, labels[o]
		heads[o], labels[o] = x, label
		for _, c := range []int{open, o + 1} { // the age's commas
			if !under(heads, o, c) {
				heads[c], labels[c] = o, "punct"
			}
		}
		// "who governed Peru": a relative clause hung on the age is the
		// name's.
		for i := o + 1; i < n; i++ {
			if heads[i] == o && base(labels[i]) == "acl" {
				heads[i] = x
			}
		}
	}
}

// RepairAgedNumber hangs the number after "aged" on it ("died aged 78 on
// Monday"), where the greedy parser made it the next noun's modifier.
// EWT attaches it as the adjective's object. heads are 0-based (-1 for
// the root); heads and labels change in place.
func RepairAgedNumber(words, upos []string, heads []int, labels []string) {
	for a := 0; a+1 < len(heads); a++ {
		if w := strings.ToLower(words[a]); w != "aged" && w != "age" || upos[a] != "ADJ" && upos[a] != "VERB" && upos[a] != "NOUN" {
			continue
		}
		k := a + 1
		if k+1 < len(heads) && (strings.EqualFold(words[k], "about") || strings.EqualFold(words[k], "around")) && upos[k+1] == "NUM" {
			k++ // "aged about 68"
		}
		if upos[k] != "NUM" || heads[k] == a || under(heads, a, k) {
			continue
		}
		if n, err := strconv.Atoi(words[k]); err != nil || n < 1 || n > 120 {
			continue
		}
		// "aged 78": the adjective's object; "at age 78": the noun's
		// count (an object of a noun would be moved to the verb by
		// RepairShiftedObject).
		label := "obj"
		if upos[a] == "NOUN" {
			label = "nummod"
		}
		heads[k], labels[k] = a, label
		if k > a+1 && heads[a+1] != k && !under(heads, k, a+1) {
			heads[a+1], labels[a+1] = k, "advmod"
		}
	}
}
