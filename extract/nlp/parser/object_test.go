package parser

import "testing"

func TestRepairShiftedObject(t *testing.T) {
	wantArcs(t, "an object after an oblique", "He/PRON/PRP/2/nsubj filed/VERB/VBD/0/root in/ADP/IN/4/case court/NOUN/NN/2/obl "+
		"his/PRON/PRP$/6/nmod:poss intent/NOUN/NN/4/obj to/PART/TO/8/mark appeal/VERB/VB/6/acl ./PUNCT/./2/punct",
		[]string{"intent<-obj-filed", "court<-obl-filed", "appeal<-acl-intent"}, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairShiftedObject(upos, heads, labels)
		})
	for _, c := range []struct{ name, in string }{
		{"the verb has its object",
			"He/PRON/PRP/2/nsubj filed/VERB/VBD/0/root it/PRON/PRP/2/obj in/ADP/IN/5/case court/NOUN/NN/2/obl his/PRON/PRP$/7/nmod:poss intent/NOUN/NN/5/obj"},
		{"a pronoun after a name with a preposition (a typo for a verb)",
			"you/PRON/PRP/2/nsubj have/VERB/VBP/0/root to/ADP/IN/4/case Cary/PROPN/NNP/2/obl it/PRON/PRP/4/obj"},
		{"a noun without preposition (a tagging error the tree cannot show)",
			"kids/NOUN/NNS/2/nsubj egg/NOUN/NN/0/root him/PRON/PRP/2/obj on/ADP/RP/2/compound:prt"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairShiftedObject(upos, heads, labels)
		})
	}
}

func TestRepairParticipleOnObject(t *testing.T) {
	wantArcs(t, "a participle after the object and a comma",
		"Police/NOUN/NNS/2/nsubj detained/VERB/VBD/0/root the/DET/DT/4/det man/NOUN/NN/2/obj ,/PUNCT/,/7/punct later/ADV/RB/7/advmod "+
			"identified/VERB/VBN/2/conj as/ADP/IN/9/case Saadallah/PROPN/NNP/7/obl",
		[]string{"identified<-acl-man", "later<-advmod-identified"}, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairParticipleOnObject(words, xpos, heads, labels)
		})
	for _, c := range []struct{ name, in string }{
		{"after an oblique, not an object",
			"Tarrant/PROPN/NNP/2/nsubj appeared/VERB/VBD/0/root in/ADP/IN/4/case court/NOUN/NN/2/obl ,/PUNCT/,/6/punct charged/VERB/VBN/2/conj with/ADP/IN/8/case murder/NOUN/NN/6/obl"},
		{"a coordinated participle with its own object",
			"He/PRON/PRP/3/nsubj has/AUX/VBZ/3/aux sold/VERB/VBN/0/root it/PRON/PRP/3/obj ,/PUNCT/,/6/punct bought/VERB/VBN/3/conj more/ADJ/JJR/6/obj"},
		{"an object inside the participle's own phrase (hanging it there would make a cycle)",
			"Police/PROPN/NNP/0/root then/ADV/RB/6/dep the/DET/DT/4/det man/NOUN/NN/2/obj ,/PUNCT/,/1/punct identified/VERB/VBN/1/conj"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairParticipleOnObject(words, xpos, heads, labels)
		})
	}
}

func TestRepairObjectList(t *testing.T) {
	wantArcs(t, "a list of objects broken after its first item",
		"They/PRON/PRP/2/nsubj used/VERB/VBD/0/root a/DET/DT/4/det model/NOUN/NN/2/obj ,/PUNCT/,/7/punct a/DET/DT/7/det robot/NOUN/NN/2/obl "+
			",/PUNCT/,/11/punct and/CCONJ/CC/11/cc young/ADJ/JJ/11/amod ostriches/NOUN/NNS/7/conj",
		[]string{"robot<-conj-model", "ostriches<-conj-model", ",<-punct-robot"}, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairObjectList(words, upos, heads, labels)
		})
	unchanged(t, "an oblique with its preposition",
		"They/PRON/PRP/2/nsubj used/VERB/VBD/0/root a/DET/DT/4/det model/NOUN/NN/2/obj ,/PUNCT/,/7/punct in/ADP/IN/7/case labs/NOUN/NNS/2/obl",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairObjectList(words, upos, heads, labels)
		})
}

func TestRepairNumberAcrossComma(t *testing.T) {
	in := "and/CCONJ/CC/2/cc injuring/VERB/VBG/0/root more/ADJ/JJR/5/advmod than/ADP/IN/3/fixed 1,000/NUM/CD/7/nummod ,/PUNCT/,/7/punct " +
		"officials/NOUN/NNS/8/nsubj said/VERB/VBD/0/root"
	wantArcs(t, "a count before the reporting clause", in, []string{"1,000<-obj-injuring", "more<-advmod-1,000", "officials<-nsubj-said"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairNumberAcrossComma(words, upos, heads, labels)
		})
	unchanged(t, "a verb with an object", "injured/VERB/VBD/0/root people/NOUN/NNS/1/obj 40/NUM/CD/5/nummod ,/PUNCT/,/5/punct officials/NOUN/NNS/1/conj",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairNumberAcrossComma(words, upos, heads, labels)
		})
}

func TestRepairUpTo(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) { RepairUpTo(words, upos, heads, labels) }
	wantArcs(t, "up to a count",
		"The/DET/DT/2/det storm/NOUN/NN/3/nsubj killed/VERB/VBD/0/root up/ADP/RP/3/compound:prt to/ADP/IN/7/case 40/NUM/CD/7/nummod people/NOUN/NNS/3/obl",
		[]string{"people<-obj-killed", "up<-advmod-40", "to<-fixed-up"}, fix)
	wantArcs(t, "up to a sum, after the receiver",
		"move/NOUN/NN/3/nsubj could/AUX/MD/3/aux save/VERB/VB/0/root Amazon/PROPN/NNP/3/obj up/ADV/RB/3/compound:prt to/ADP/IN/7/case $/SYM/$/3/obl 3/NUM/CD/7/nummod",
		[]string{"$<-obj-save", "Amazon<-iobj-save", "up<-advmod-$"}, fix)
	unchanged(t, "up to a person", "It/PRON/PRP/2/nsubj is/AUX/VBZ/0/root up/ADV/RB/2/advmod to/ADP/IN/5/case you/PRON/PRP/2/obl", fix)
}

func TestRepairInnerCase(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) { RepairInnerCase(upos, heads, labels) }
	wantArcs(t, "a preposition hung on the title inside a name",
		"He/PRON/PRP/2/nsubj report/VERB/VB/0/root to/ADP/IN/4/case Chief/PROPN/NNP/7/compound Executive/ADJ/JJ/6/amod Tim/PROPN/NNP/7/compound Cook/PROPN/NNP/2/obj",
		[]string{"to<-case-Cook", "Cook<-obl-report"}, fix)
	unchanged(t, "a common noun's phrase", "pay/VERB/VB/0/root in/ADP/IN/3/case range/NOUN/NN/4/compound price/NOUN/NN/1/obj", fix)
}

func TestRepairCaseClause(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) { RepairCaseClause(upos, heads, labels) }
	wantArcs(t, "a prepositional phrase made a second complement",
		"Unemployment/NOUN/NN/2/nsubj remained/VERB/VBD/9/ccomp at/ADP/IN/5/case 3.7/NUM/CD/5/nummod %/SYM/NN/9/ccomp ,/PUNCT/,/8/punct "+
			"the/DET/DT/8/det Department/PROPN/NNP/9/nsubj said/VERB/VBD/0/root",
		[]string{"%<-obl-remained"}, fix)
	unchanged(t, "a clause", "he/PRON/PRP/2/nsubj said/VERB/VBD/0/root it/PRON/PRP/4/nsubj rose/VERB/VBD/2/ccomp", fix)
}

func TestRepairCaselessOblique(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairCaselessOblique(words, upos, xpos, heads, labels)
	}
	wantArcs(t, "an object taken for an oblique",
		"Court/PROPN/NNP/2/nsubj struck/VERB/VBD/0/root down/ADP/RP/2/compound:prt race/NOUN/NN/5/compound programs/NOUN/NNS/2/obl",
		[]string{"programs<-obj-struck"}, fix)
	unchanged(t, "a day after the verb",
		"He/PRON/PRP/2/nsubj left/VERB/VBD/0/root Monday/PROPN/NNP/2/obl", fix)
}

func TestRepairDeedGerund(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		lems := mapped(words, map[string]string{"accused": "accuse", "built": "build"})
		RepairDeedGerund(words, lems, xpos, heads, labels)
	}
	wantArcs(t, "a deed's gerund read as an adjective",
		"Amnesty/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root government/NOUN/NN/2/obj of/ADP/IN/6/case torturing/VERB/VBG/6/amod detainees/NOUN/NNS/3/nmod",
		[]string{"torturing<-acl-government", "of<-mark-torturing", "detainees<-obj-torturing"}, fix)
	unchanged(t, "an adjective gerund after another verb",
		"they/PRON/PRP/2/nsubj built/VERB/VBD/0/root fleet/NOUN/NN/2/obj of/ADP/IN/6/case flying/VERB/VBG/6/amod cars/NOUN/NNS/3/nmod", fix)
}

func TestRepairMoreThan(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairMoreThan(words, upos, heads, labels)
	}
	wantArcs(t, "a bound hung on the verb",
		"More/ADJ/JJR/6/advmod than/ADP/IN/1/fixed 100/NUM/CD/4/nummod flights/NOUN/NNS/6/nsubj:pass were/AUX/VBD/6/aux:pass cancelled/VERB/VBN/0/root",
		[]string{"More<-advmod-100"}, fix)
	unchanged(t, "more than before a verb",
		"he/PRON/PRP/2/nsubj did/VERB/VBD/0/root more/ADJ/JJR/2/advmod than/ADP/IN/5/mark she/PRON/PRP/2/advcl", fix)
}
