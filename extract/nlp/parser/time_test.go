package parser

import "testing"

func TestRepairTimeInSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a bare time as a second subject",
			"Nancy/PROPN/NNP/4/nsubj Pelosi/PROPN/NNP/1/flat yesterday/NOUN/NN/4/nsubj resumed/VERB/VBD/0/root the/DET/DT/6/det office/NOUN/NN/4/obj",
			[]string{"yesterday<-obl:unmarked-resumed", "Nancy<-nsubj-resumed"}},
		{"a time subject with the noun compounded before it",
			"A/DET/DT/4/det fire/NOUN/NN/4/compound yesterday/NOUN/NN/4/compound afternoon/NOUN/NN/5/nsubj killed/VERB/VBD/0/root five/NUM/CD/7/nummod girls/NOUN/NNS/5/obj",
			[]string{"fire<-nsubj-killed", "A<-det-fire", "afternoon<-obl:unmarked-killed", "yesterday<-compound-afternoon"}},
		{"a name at the root, a verb with a time for subject",
			"Bruce/PROPN/NNP/0/root McArthur/PROPN/NNP/1/flat ,/PUNCT/,/5/punct from/ADP/IN/5/case Toronto/PROPN/NNP/1/nmod ,/PUNCT/,/9/punct " +
				"on/ADP/IN/9/mark Tuesday/PROPN/NNP/9/nsubj admitted/VERB/VBD/1/advcl his/PRON/PRP$/11/nmod:poss guilt/NOUN/NN/9/obj ./PUNCT/./9/punct",
			[]string{"admitted<-root-ROOT", "Bruce<-nsubj-admitted", "Tuesday<-obl-admitted", "on<-case-Tuesday", "guilt<-obj-admitted"}},
		{"a noun at the root, the verb deep in its phrase with a time for subject",
			"A/DET/DT/2/det helicopter/NOUN/NN/0/root under/ADP/IN/4/case contract/NOUN/NN/2/nmod to/ADP/IN/6/case PGE/PROPN/NNP/4/nmod " +
				"on/ADP/IN/9/mark Tuesday/PROPN/NNP/9/nsubj struck/VERB/VBD/6/advcl lines/NOUN/NNS/9/obj ./PUNCT/./2/punct",
			[]string{"struck<-root-ROOT", "helicopter<-nsubj-struck", "Tuesday<-obl-struck", "on<-case-Tuesday", ".<-punct-struck"}},
		{"an opening day with its comma compounded into the subject",
			"Tomorrow/NOUN/NN/3/compound ,/PUNCT/,/1/punct voters/NOUN/NNS/5/nsubj:pass are/AUX/VBP/5/aux:pass scheduled/VERB/VBN/0/root",
			[]string{"Tomorrow<-obl:unmarked-scheduled", "voters<-nsubj:pass-scheduled"}},
		{"an opening day at the root with the verb hung on it",
			"early/ADJ/JJ/3/amod yesterday/NOUN/NN/3/compound morning/NOUN/NN/0/root ,/PUNCT/,/6/punct Trump/PROPN/NNP/6/nsubj reported/VERB/VBD/3/parataxis it/PRON/PRP/6/obj",
			[]string{"reported<-root-ROOT", "morning<-obl:unmarked-reported", "Trump<-nsubj-reported"}},
		{"a day after on, compounded into the subject name",
			"On/ADP/IN/4/case Friday/PROPN/NNP/4/compound Ford/PROPN/NNP/4/compound Company/PROPN/NNP/5/nsubj announced/VERB/VBD/0/root it/PRON/PRP/5/obj",
			[]string{"Friday<-obl-announced", "On<-case-Friday", "Ford<-compound-Company", "Company<-nsubj-announced"}},
		{"a day heading the object after the verb",
			"Hickenlooper/PROPN/NNP/2/nsubj ended/VERB/VBD/0/root his/PRON/PRP$/5/nmod:poss campaign/NOUN/NN/5/compound yesterday/NOUN/NN/2/obl:unmarked ./PUNCT/./2/punct",
			[]string{"campaign<-obj-ended", "his<-nmod:poss-campaign", "yesterday<-obl:unmarked-ended"}},
		{"a phrase in apposition to the opening time, a place taken for the subject",
			"Yesterday/NOUN/NN/9/obl:unmarked ,/PUNCT/,/4/punct the/DET/DT/4/det Parliament/NOUN/NN/1/appos of/ADP/IN/6/case Wales/PROPN/NNP/4/nmod " +
				",/PUNCT/,/8/punct Australia/PROPN/NNP/9/nsubj voted/VERB/VBD/0/root",
			[]string{"Parliament<-nsubj-voted", "Australia<-dep-Parliament", "Yesterday<-obl:unmarked-voted"}},
		{"a time with its preposition ending a name's phrase",
			"The/DET/DT/2/det Committee/PROPN/NNP/7/nsubj of/ADP/IN/4/case Indonesia/PROPN/NNP/2/nmod on/ADP/IN/6/case Monday/PROPN/NNP/4/nmod announced/VERB/VBD/0/root it/PRON/PRP/7/obj",
			[]string{"Monday<-obl-announced", "Indonesia<-nmod-Committee"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairTimeInSubject(words, upos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"a time that is the only subject",
			"Yesterday/NOUN/NN/2/nsubj was/AUX/VBD/0/root cold/ADJ/JJ/2/xcomp"},
		{"a year named by no day",
			"one/NUM/CD/4/nummod good/ADJ/JJ/4/amod weather/NOUN/NN/4/compound year/NOUN/NN/5/nsubj saves/VERB/VBZ/0/root it/PRON/PRP/5/obj"},
		{"an event's own time",
			"The/DET/DT/2/det attack/NOUN/NN/5/nsubj on/ADP/IN/4/case Monday/PROPN/NNP/2/nmod killed/VERB/VBD/0/root five/NUM/CD/5/obj"},
		{"a day after a place in apposition",
			"Tarrant/PROPN/NNP/2/nsubj appeared/VERB/VBD/0/root in/ADP/IN/4/case court/NOUN/NN/2/obl ,/PUNCT/,/7/punct " +
				"Zealand/PROPN/NNP/7/compound yesterday/NOUN/NN/2/obl:unmarked"},
		{"a day at the root without a comma (web text: \"Day 5 we start ...\")",
			"Day/NOUN/NN/0/root 5/NUM/CD/1/nummod we/PRON/PRP/4/nsubj start/VERB/VBP/1/parataxis"},
		{"a show named after a time",
			"Imus/PROPN/NNP/5/nsubj in/ADP/IN/4/case the/DET/DT/4/det Morning/PROPN/NNP/1/nmod aired/VERB/VBD/0/root"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairTimeInSubject(words, upos, heads, labels)
		})
	}
}

func TestRepairAgo(t *testing.T) {
	wantArcs(t, "a number of years ago taken for an object",
		"Saadallah/PROPN/NNP/2/nsubj came/VERB/VBD/0/root a/DET/DT/4/det number/NOUN/NN/2/obj of/ADP/IN/6/case years/NOUN/NNS/7/obl:unmarked ago/ADV/RB/2/advmod",
		[]string{"number<-obl:unmarked-ago", "years<-nmod-number", "of<-case-years"}, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairAgo(words, heads, labels)
		})
	unchanged(t, "two years ago", "He/PRON/PRP/2/nsubj moved/VERB/VBD/0/root two/NUM/CD/4/nummod years/NOUN/NNS/5/obl:unmarked ago/ADV/RB/2/advmod",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairAgo(words, heads, labels)
		})
}

func TestRepairTimeOnPerson(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		ner := mapped(words, map[string]string{"Greg": "B-PER", "Abbott": "I-PER", "Texas": "B-LOC"})
		RepairTimeOnPerson(words, upos, ner, heads, labels)
	}
	wantArcs(t, "a month on the agent",
		"law/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux:pass signed/VERB/VBN/0/root by/ADP/IN/5/case Greg/PROPN/NNP/3/obl:agent Abbott/PROPN/NNP/5/flat "+
			"in/ADP/IN/8/case May/PROPN/NNP/5/nmod",
		[]string{"May<-obl-signed", "in<-case-May"}, fix)
	wantArcs(t, "an event on the agent",
		"Djokovic/PROPN/NNP/2/nsubj:pass beaten/VERB/VBN/0/root by/ADP/IN/4/case Greg/PROPN/NNP/2/obl:agent in/ADP/IN/7/case Wimbledon/PROPN/NNP/7/compound final/NOUN/NN/4/nmod",
		[]string{"final<-obl-beaten"}, fix)
	unchanged(t, "a place on the agent",
		"law/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux:pass signed/VERB/VBN/0/root by/ADP/IN/5/case Greg/PROPN/NNP/3/obl:agent Abbott/PROPN/NNP/5/flat "+
			"of/ADP/IN/8/case Texas/PROPN/NNP/5/nmod", fix)
	unchanged(t, "a month on a name that is no person",
		"law/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux:pass signed/VERB/VBN/0/root by/ADP/IN/5/case Texas/PROPN/NNP/3/obl:agent "+
			"in/ADP/IN/7/case May/PROPN/NNP/5/nmod", fix)
}

func TestRepairParticipleOnTime(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairParticipleOnTime(words, upos, xpos, heads, labels)
	}
	wantArcs(t, "a participle on a clock time",
		"rocket/NOUN/NN/2/nsubj lifted/VERB/VBD/0/root at/ADP/IN/4/case 1:47/NUM/CD/2/obl a.m./NOUN/NN/4/nmod:unmarked carrying/VERB/VBG/4/acl "+
			"capsule/NOUN/NN/6/obj",
		[]string{"carrying<-advcl-lifted"}, fix)
	unchanged(t, "a participle on a count",
		"rocket/NOUN/NN/2/nsubj lifted/VERB/VBD/0/root at/ADP/IN/4/case 15/NUM/CD/2/obl carrying/VERB/VBG/4/acl capsule/NOUN/NN/5/obj", fix)
}

func TestRepairFencedTime(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairFencedTime(words, upos, heads, labels)
	}
	wantArcs(t, "a fenced time on a noun",
		"agreed/VERB/VBD/0/root to/PART/TO/3/mark deepen/VERB/VB/1/advcl cooperation/NOUN/NN/3/obj ,/PUNCT/,/7/punct including/VERB/VBG/7/case "+
			"production/NOUN/NN/4/nmod ,/PUNCT/,/10/punct after/ADP/IN/10/case talks/NOUN/NNS/7/nmod",
		[]string{"talks<-obl-deepen"}, fix)
	unchanged(t, "no comma before the phrase",
		"agreed/VERB/VBD/0/root to/ADP/IN/3/case talks/NOUN/NNS/1/obl after/ADP/IN/5/case summit/NOUN/NN/3/nmod", fix)
}

func TestRepairTimeCompound(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairTimeCompound(words, upos, heads, labels)
	}
	wantArcs(t, "an agent run into the time after it",
		"which/PRON/WDT/3/nsubj:pass was/AUX/VBD/3/aux:pass passed/VERB/VBN/0/root by/ADP/IN/8/case the/DET/DT/8/det Senate/PROPN/NNP/8/compound last/ADJ/JJ/8/amod week/NOUN/NN/3/obl:agent",
		[]string{"Senate<-obl:agent-passed", "by<-case-Senate", "the<-det-Senate", "week<-obl:unmarked-passed", "last<-amod-week"}, fix)
	unchanged(t, "a time without a noun before it",
		"he/PRON/PRP/2/nsubj left/VERB/VBD/0/root last/ADJ/JJ/4/amod week/NOUN/NN/2/obl:unmarked", fix)
}
