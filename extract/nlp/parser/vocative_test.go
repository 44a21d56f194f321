package parser

import "testing"

func TestRepairVocativeSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a name with a description set off after it",
			"UOKiK/PROPN/NNP/6/vocative ,/PUNCT/,/1/punct the/DET/DT/4/det agency/NOUN/NN/6/nsubj ,/PUNCT/,/4/punct has/VERB/VBZ/0/root approval/NOUN/NN/6/obj",
			[]string{"UOKiK<-nsubj-has", "agency<-appos-UOKiK", ",<-punct-agency"}},
		{"a name with an age set off after it",
			"Luk/PROPN/NNP/7/vocative ,/PUNCT/,/1/punct aged/ADJ/JJ/7/nsubj 68/NUM/CD/3/obl ,/PUNCT/,/4/punct had/AUX/VBD/7/aux suffered/VERB/VBN/0/root",
			[]string{"Luk<-nsubj-suffered", "aged<-amod-Luk"}},
		{"a verb without subject, the age an adverbial",
			"Luk/PROPN/NNP/9/vocative ,/PUNCT/,/1/punct reportedly/ADV/RB/4/advmod aged/ADJ/JJ/9/advmod about/ADP/IN/6/case 68/NUM/CD/4/obl ,/PUNCT/,/6/punct had/AUX/VBD/9/aux suffered/VERB/VBN/0/root",
			[]string{"Luk<-nsubj-suffered", "aged<-amod-Luk"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairVocativeSubject(upos, words, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"an address before a clause with its own subject",
			"John/PROPN/NNP/5/vocative ,/PUNCT/,/1/punct we/PRON/PRP/5/nsubj really/ADV/RB/5/advmod need/VERB/VBP/0/root it/PRON/PRP/5/obj"},
		{"no comma after the subject",
			"John/PROPN/NNP/5/vocative ,/PUNCT/,/1/punct the/DET/DT/4/det team/NOUN/NN/5/nsubj won/VERB/VBD/0/root"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairVocativeSubject(upos, words, heads, labels)
		})
	}
}

func TestRepairVocativeSubjectNoun(t *testing.T) {
	wantArcs(t, "an opening plural noun fenced off by an including-phrase",
		"Critics/NOUN/NNS/10/vocative ,/PUNCT/,/1/punct including/VERB/VBG/4/case Arm/PROPN/NNP/10/obl co-founder/PROPN/NNP/4/flat "+
			"Hermann/PROPN/NNP/4/flat Hauser/PROPN/NNP/4/flat ,/PUNCT/,/4/punct have/AUX/VBP/10/aux warned/VERB/VBN/0/root",
		[]string{"Critics<-nsubj-warned", "Arm<-nmod-Critics"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairVocativeSubject(upos, words, heads, labels)
		})
}

func TestRepairDescribedSubject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairDescribedSubject(upos, words, heads, labels)
	}
	wantArcs(t, "a description before the subject name, taken for a complement",
		"Microsoft/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case chief/ADJ/JJ/4/amod executive/NOUN/NN/9/ccomp ,/PUNCT/,/4/punct "+
			"Satya/PROPN/NNP/9/nsubj Nadella/PROPN/NNP/6/flat ,/PUNCT/,/6/punct said/VERB/VBD/0/root",
		[]string{"executive<-nsubj-said", "Satya<-appos-executive"}, fix)
	unchanged(t, "an opening oblique",
		"In/ADP/IN/2/case response/NOUN/NN/6/obl ,/PUNCT/,/2/punct Nancy/PROPN/NNP/6/nsubj Pelosi/PROPN/NNP/4/flat ordered/VERB/VBD/0/root", fix)
}

func TestRepairAppositiveSubject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairAppositiveSubject(upos, words, heads, labels)
	}
	wantArcs(t, "a name and its description, each made a subject",
		"Tina/PROPN/NNP/10/nsubj Turner/PROPN/NNP/1/flat ,/PUNCT/,/1/punct the/DET/DT/5/det singer/NOUN/NN/10/nsubj whose/PRON/WP$/7/nmod:poss "+
			"career/NOUN/NN/8/nsubj spanned/VERB/VBD/5/acl:relcl ,/PUNCT/,/5/punct died/VERB/VBD/0/root",
		[]string{"singer<-appos-Tina", "Tina<-nsubj-died"}, fix)
	wantArcs(t, "a description taken for a list item",
		"Tina/PROPN/NNP/7/nsubj Turner/PROPN/NNP/1/flat ,/PUNCT/,/4/punct queen/NOUN/NN/1/list of/ADP/IN/6/case rock/NOUN/NN/4/nmod ,/PUNCT/,/7/punct dies/VERB/VBZ/0/root",
		[]string{"queen<-appos-Tina"}, fix)
	unchanged(t, "no comma after the description",
		"Tina/PROPN/NNP/6/nsubj ,/PUNCT/,/1/punct the/DET/DT/4/det singer/NOUN/NN/6/nsubj also/ADV/RB/6/advmod died/VERB/VBD/0/root", fix)
}
