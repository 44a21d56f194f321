package parser

import "testing"

func TestRepairAgeSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a name taken for a vocative, the age for the subject",
			"Smithers/PROPN/NNP/8/vocative ,/PUNCT/,/5/punct 36/NUM/CD/4/nummod years/NOUN/NNS/5/obl:unmarked old/ADJ/JJ/8/nsubj:pass " +
				",/PUNCT/,/5/punct is/AUX/VBZ/8/aux:pass married/VERB/VBN/0/root ./PUNCT/./8/punct",
			[]string{"Smithers<-nsubj:pass-married", "old<-amod-Smithers", "years<-obl:unmarked-old"}},
		{"a name at the root with the verb hung on it",
			"Joel/PROPN/NNP/0/root Smithers/PROPN/NNP/1/flat ,/PUNCT/,/6/punct 36/NUM/CD/5/nummod years/NOUN/NNS/6/obl:unmarked old/ADJ/JJ/8/nsubj " +
				",/PUNCT/,/6/punct has/VERB/VBZ/1/parataxis children/NOUN/NNS/8/obj",
			[]string{"has<-root-ROOT", "Joel<-nsubj-has", "Smithers<-flat-Joel", "old<-amod-Joel"}},
		{"a bare age with a relative clause, the name at the root",
			"Toledo/NOUN/NN/0/root ,/PUNCT/,/1/punct 77/NUM/CD/10/nsubj:pass ,/PUNCT/,/3/punct who/PRON/WP/6/nsubj governed/VERB/VBD/3/acl:relcl " +
				"Peru/PROPN/NNP/6/obj ,/PUNCT/,/10/punct was/AUX/VBD/10/aux:pass extradited/VERB/VBN/1/parataxis",
			[]string{"extradited<-root-ROOT", "Toledo<-nsubj:pass-extradited", "77<-appos-Toledo", "governed<-acl:relcl-Toledo"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairAgeSubject(words, upos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"an age already on the name",
			"Joel/PROPN/NNP/7/nsubj ,/PUNCT/,/5/punct 36/NUM/CD/4/nummod years/NOUN/NNS/5/obl:unmarked old/ADJ/JJ/1/amod ,/PUNCT/,/5/punct married/VERB/VBD/0/root"},
		{"a count after a lower-case noun",
			"passengers/NOUN/NNS/6/obl ,/PUNCT/,/1/punct 12/NUM/CD/6/nsubj ,/PUNCT/,/3/punct all/DET/DT/6/advmod died/VERB/VBD/0/root"},
		{"no comma before the age",
			"he/PRON/PRP/5/nsubj is/AUX/VBZ/5/cop 36/NUM/CD/4/nummod years/NOUN/NNS/5/obl:unmarked old/ADJ/JJ/0/root ,/PUNCT/,/5/punct"},
		{"a verb, not a noun, before the comma",
			"When/ADV/WRB/2/advmod asked/VERB/VBN/8/advcl ,/PUNCT/,/6/punct 36/NUM/CD/5/nummod years/NOUN/NNS/6/obl:unmarked old/ADJ/JJ/8/nsubj " +
				",/PUNCT/,/6/punct is/VERB/VBZ/0/root"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairAgeSubject(words, upos, heads, labels)
		})
	}
}

func TestRepairAgedNumber(t *testing.T) {
	wantArcs(t, "a number after aged taken for the next noun's",
		"singer/NOUN/NN/2/nsubj died/VERB/VBD/0/root aged/ADJ/JJ/2/xcomp 78/NUM/CD/6/nummod on/ADP/IN/6/case Monday/PROPN/NNP/2/obl",
		[]string{"78<-obj-aged", "Monday<-obl-died"}, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairAgedNumber(words, upos, heads, labels)
		})
	unchanged(t, "a number already aged's",
		"singer/NOUN/NN/2/nsubj died/VERB/VBD/0/root aged/ADJ/JJ/2/xcomp 78/NUM/CD/3/obj",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairAgedNumber(words, upos, heads, labels)
		})
}
