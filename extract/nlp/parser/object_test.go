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
