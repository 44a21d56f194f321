package parser

import "testing"

func TestRepairPossessor(t *testing.T) {
	wantArcs(t, "a country's president read as its conjunct",
		"Mexico/PROPN/NNP/11/nsubj 's/PART/POS/1/case President/PROPN/NNP/4/nmod:desc Andrés/PROPN/NNP/1/conj Obrador/PROPN/NNP/4/flat "+
			",/PUNCT/,/7/punct who/PRON/WP/8/nsubj attended/VERB/VBD/1/acl:relcl the/DET/DT/10/det summit/NOUN/NN/8/obj praised/VERB/VBD/0/root",
		[]string{"Andrés<-nsubj-praised", "Mexico<-nmod:poss-Andrés", "attended<-acl:relcl-Andrés", "President<-nmod:desc-Andrés"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairPossessor(words, xpos, heads, labels)
		})
	unchanged(t, "a possessor already on its noun",
		"Mexico/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case new/ADJ/JJ/4/amod president/NOUN/NN/5/nsubj spoke/VERB/VBD/0/root",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairPossessor(words, xpos, heads, labels)
		})
}
