package parser

import "testing"

func TestRepairGerundConjunct(t *testing.T) {
	wantArcs(t, "a second gerund read as its object's adjective",
		"quake/NOUN/NN/2/nsubj struck/VERB/VBD/0/root ,/PUNCT/,/4/punct injuring/VERB/VBG/2/advcl people/NOUN/NNS/4/obj "+
			"and/CCONJ/CC/8/cc damaging/VERB/VBG/8/amod churches/NOUN/NNS/5/conj ,/PUNCT/,/10/punct houses/NOUN/NNS/5/conj",
		[]string{"damaging<-conj-injuring", "churches<-obj-damaging", "and<-cc-damaging", "houses<-conj-churches", "people<-obj-injuring"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairGerundConjunct(xpos, heads, labels)
		})
	unchanged(t, "an adjective after a finite verb's object",
		"they/PRON/PRP/2/nsubj sold/VERB/VBD/0/root cars/NOUN/NNS/2/obj and/CCONJ/CC/6/cc flying/VERB/VBG/6/amod boats/NOUN/NNS/3/conj",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairGerundConjunct(xpos, heads, labels)
		})
}
