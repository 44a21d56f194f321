package parser

import (
	"strings"
	"testing"
)

func TestRepairVerbalModifier(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a hyphenated participle read as the verb of its noun",
			"Hamza/PROPN/NNP/10/nsubj:pass ,/PUNCT/,/6/punct the/DET/DT/6/det high/ADJ/JJ/6/amod -/PUNCT/HYPH/4/punct ranking/VERB/VBG/10/nsubj:pass " +
				"Qaida/PROPN/NNP/8/compound member/NOUN/NN/6/obj was/AUX/VBD/10/aux:pass killed/VERB/VBN/0/root",
			[]string{"member<-nsubj:pass-killed", "ranking<-amod-member", "the<-det-member", "high<-amod-ranking", "Qaida<-compound-member"}},
		{"a gerund naming a kind of board",
			"Hat/PROPN/NNP/2/nsubj informed/VERB/VBD/0/root the/DET/DT/4/det CentOS/PROPN/NNP/2/obj governing/VERB/VBG/4/acl board/NOUN/NN/5/obj ./PUNCT/./2/punct",
			[]string{"board<-obj-informed", "CentOS<-compound-board", "governing<-amod-board", "the<-det-board"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairVerbalModifier(words, xpos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"people eating apples",
			"people/NOUN/NNS/3/nsubj eating/VERB/VBG/1/acl apples/NOUN/NNS/2/obj"},
		{"a hyphenated participle with an object that has its determiner",
			"well/ADV/RB/3/advmod -/PUNCT/HYPH/1/punct known/VERB/VBN/0/root the/DET/DT/5/det man/NOUN/NN/3/obj"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairVerbalModifier(words, xpos, heads, labels)
		})
	}
}

func TestRepairNumberedNoun(t *testing.T) {
	in := "A/DET/DT/18/det magnitude/NOUN/NN/18/nsubj 6.8/NUM/CD/4/nummod earthquake/NOUN/NN/5/nsubj struck/VERB/VBD/18/ccomp " +
		"Turkey/PROPN/NNP/5/obj ,/PUNCT/,/18/punct officials/NOUN/NNS/18/nsubj said/VERB/VBD/0/root"
	// The input's heads are 1-based positions of this short sentence.
	in = strings.NewReplacer("/18/", "/9/").Replace(in)
	wantArcs(t, "a magnitude 6.8 earthquake", in,
		[]string{"magnitude<-compound-earthquake", "A<-det-earthquake", "earthquake<-nsubj-struck", "officials<-nsubj-said"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairNumberedNoun(words, upos, heads, labels)
		})
	unchanged(t, "a noun phrase already whole", "A/DET/DT/2/det magnitude/NOUN/NN/4/compound 7/NUM/CD/4/nummod quake/NOUN/NN/5/nsubj hit/VERB/VBD/0/root",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairNumberedNoun(words, upos, heads, labels)
		})
}

func TestRepairHyphenParticiple(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairHyphenParticiple(words, upos, xpos, heads, labels)
	}
	wantArcs(t, "a noun-participle adjective taken for a clause",
		"collapsed/VERB/VBD/0/root in/ADP/IN/4/case the/DET/DT/4/det rebel/NOUN/NN/1/obl -/PUNCT/,/6/punct held/VERB/VBN/1/advcl northwest/NOUN/NN/6/obj",
		[]string{"northwest<-obl-collapsed", "in<-case-northwest", "the<-det-northwest", "held<-amod-northwest", "rebel<-obl:unmarked-held", "-<-punct-rebel"}, fix)
	unchanged(t, "a participle with its own subject",
		"rebel/NOUN/NN/3/nsubj -/PUNCT/,/3/punct held/VERB/VBD/0/root town/NOUN/NN/3/obj", fix)
}
