package parser

import (
	"strings"
	"testing"
)

func TestRepairGerundConjunct(t *testing.T) {
	wantArcs(t, "a second gerund read as its object's adjective",
		"quake/NOUN/NN/2/nsubj struck/VERB/VBD/0/root ,/PUNCT/,/4/punct injuring/VERB/VBG/2/advcl people/NOUN/NNS/4/obj "+
			"and/CCONJ/CC/8/cc damaging/VERB/VBG/8/amod churches/NOUN/NNS/5/conj ,/PUNCT/,/10/punct houses/NOUN/NNS/5/conj",
		[]string{"damaging<-conj-injuring", "churches<-obj-damaging", "and<-cc-damaging", "houses<-conj-churches", "people<-obj-injuring"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairGerundConjunct(xpos, heads, labels)
		})
	wantArcs(t, "a second gerund read as its object's compound",
		"gunman/NOUN/NN/2/nsubj opened/VERB/VBD/0/root ,/PUNCT/,/4/punct killing/VERB/VBG/2/advcl people/NOUN/NNS/4/obj "+
			"and/CCONJ/CC/8/cc wounding/VERB/VBG/8/compound dozens/NOUN/NNS/5/conj",
		[]string{"wounding<-conj-killing", "dozens<-obj-wounding"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairGerundConjunct(xpos, heads, labels)
		})
	unchanged(t, "an adjective after a finite verb's object",
		"they/PRON/PRP/2/nsubj sold/VERB/VBD/0/root cars/NOUN/NNS/2/obj and/CCONJ/CC/6/cc flying/VERB/VBG/6/amod boats/NOUN/NNS/3/conj",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairGerundConjunct(xpos, heads, labels)
		})
}

func TestRepairRelativeAttachment(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairRelativeAttachment(words, xpos, heads, labels)
	}
	wantArcs(t, "a singular verb on a plural noun, the singular one inside its prepositional phrase",
		"on/ADP/IN/3/case the/DET/DT/3/det sidelines/NOUN/NNS/0/root of/ADP/IN/6/case a/DET/DT/6/det summit/NOUN/NN/3/nmod "+
			"that/PRON/WDT/8/nsubj begins/VERB/VBZ/3/acl:relcl Friday/PROPN/NNP/8/obl:unmarked",
		[]string{"begins<-acl:relcl-summit"}, fix)
	unchanged(t, "a conjunct, not a prepositional phrase",
		"a/DET/DT/2/det date/NOUN/NN/0/root and/CCONJ/CC/4/cc time/NOUN/NN/2/conj that/PRON/WDT/6/nsubj is/AUX/VBZ/2/acl:relcl", fix)
	unchanged(t, "a verb that agrees with the first noun",
		"the/DET/DT/2/det leaders/NOUN/NNS/0/root of/ADP/IN/4/case Japan/PROPN/NNP/2/nmod who/PRON/WP/6/nsubj meet/VERB/VBP/2/acl:relcl", fix)
	unchanged(t, "a noun inside the relative clause itself (hanging the clause on it would make a cycle)",
		"the/DET/DT/2/det men/NOUN/NNS/0/root yesterday/NOUN/NN/7/obl:tmod at/ADP/IN/5/case noon/NOUN/NN/3/nmod who/PRON/WP/7/nsubj comes/VERB/VBZ/2/acl:relcl ./PUNCT/./2/punct", fix)
}

func TestRepairHeadlinePassive(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairHeadlinePassive(upos, xpos, heads, labels)
	}
	wantArcs(t, "a headline's passive read as an adjective",
		"Nancy/PROPN/NNP/0/root Pelosi/PROPN/NNP/1/flat again/ADV/RB/4/advmod elected/VERB/VBN/5/amod Speaker/NOUN/NN/1/list "+
			"as/ADP/IN/7/case Congress/PROPN/NNP/5/nmod",
		[]string{"elected<-root-ROOT", "Nancy<-nsubj:pass-elected", "Speaker<-xcomp-elected", "again<-advmod-elected", "Congress<-obl-elected"}, fix)
	unchanged(t, "an adjective before a noun that is no predicate of the name",
		"Acme/PROPN/NNP/0/root said/VERB/VBD/1/acl elected/VERB/VBN/4/amod officials/NOUN/NNS/2/obj", fix)
}

func TestRepairCoordinatedSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"two subjects of one verb",
			"The/DET/DT/2/det police/NOUN/NNS/6/nsubj and/CCONJ/CC/6/cc the/DET/DT/5/det army/NOUN/NN/6/nsubj arrested/VERB/VBD/0/root him/PRON/PRP/6/obj",
			[]string{"army<-conj-police", "and<-cc-army", "police<-nsubj-arrested"}},
		{"a serial comma before the conjunction",
			"Carolina/PROPN/NNP/7/nsubj ,/PUNCT/,/3/punct Kansas/PROPN/NNP/1/conj ,/PUNCT/,/7/punct and/CCONJ/CC/7/cc Arizona/PROPN/NNP/7/nsubj made/VERB/VBD/0/root",
			[]string{"Arizona<-conj-Carolina", "and<-cc-Arizona", "Carolina<-nsubj-made"}},
		{"the first at the root, the verb its relative clause",
			"Both/CCONJ/CC/3/cc:preconj the/DET/DT/3/det council/NOUN/NN/0/root and/CCONJ/CC/6/cc the/DET/DT/6/det government/NOUN/NN/7/nsubj " +
				"called/VERB/VBD/3/acl:relcl for/ADP/IN/9/case it/PRON/PRP/7/obl ./PUNCT/./3/punct",
			[]string{"called<-root-ROOT", "council<-nsubj-called", "government<-conj-council", ".<-punct-called", "Both<-cc:preconj-council"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairCoordinatedSubject(upos, words, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"a relative clause with its pronoun",
			"the/DET/DT/2/det council/NOUN/NN/0/root and/CCONJ/CC/5/cc the/DET/DT/5/det government/NOUN/NN/2/conj which/PRON/WDT/7/nsubj called/VERB/VBD/5/acl:relcl"},
		{"a subject and a time",
			"Police/NOUN/NNS/4/nsubj and/CCONJ/CC/4/cc yesterday/NOUN/NN/4/obl:unmarked left/VERB/VBD/0/root"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairCoordinatedSubject(upos, words, heads, labels)
		})
	}
}

func TestRepairSplitSubject(t *testing.T) {
	wantArcs(t, "a subject phrase cut before its last noun",
		"The/DET/DT/2/det theme/NOUN/NN/7/nsubj of/ADP/IN/5/case this/DET/DT/5/det lantern/NOUN/NN/2/nmod festival/PROPN/NNP/7/nsubj revolves/VERB/VBZ/0/root",
		[]string{"festival<-nmod-theme", "lantern<-compound-festival", "of<-case-festival", "this<-det-festival", "theme<-nsubj-revolves"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSplitSubject(upos, heads, labels)
		})
	unchanged(t, "two subjects side by side with a determiner",
		"the/DET/DT/2/det police/NOUN/NNS/5/nsubj the/DET/DT/4/det army/NOUN/NN/5/nsubj arrested/VERB/VBD/0/root",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSplitSubject(upos, heads, labels)
		})
}

func TestRepairNamedConjunct(t *testing.T) {
	wantArcs(t, "a name after a coordinated noun taken for a second subject",
		"John/PROPN/NNP/6/nsubj and/CCONJ/CC/4/cc his/PRON/PRP$/4/nmod:poss wife/NOUN/NN/1/conj Mary/PROPN/NNP/6/nsubj had/VERB/VBD/0/root children/NOUN/NNS/6/obj",
		[]string{"Mary<-appos-wife", "wife<-conj-John"}, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairNamedConjunct(upos, heads, labels)
		})
}

func TestRepairConjOnFlat(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) { RepairConjOnFlat(upos, heads, labels) }
	wantArcs(t, "a titled name's conjunct hung on a word inside the first name",
		"Foreign/ADJ/JJ/2/amod Secretary/PROPN/NNP/11/nsubj:pass James/PROPN/NNP/2/flat Cleverly/PROPN/NNP/3/flat and/CCONJ/CC/6/cc "+
			"Home/PROPN/NNP/4/conj Secretary/PROPN/NNP/6/flat Suella/PROPN/NNP/7/flat Braverman/PROPN/NNP/7/flat are/AUX/VBP/11/aux:pass seen/VERB/VBN/0/root",
		[]string{"Home<-conj-Secretary", "and<-cc-Home"}, fix)
	unchanged(t, "numbers keep their conjunct", "grade/NOUN/NN/0/root five/NUM/CD/1/flat or/CCONJ/CC/4/cc six/NUM/CD/2/conj", fix)
	unchanged(t, "a later word of the first name (two names run together)",
		"Larry/PROPN/NNP/0/root Sharpe/PROPN/NNP/1/flat and/CCONJ/CC/4/cc Massachusetts/PROPN/NNP/2/conj William/PROPN/NNP/1/flat", fix)
}

func TestRepairStrandedGerund(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairStrandedGerund(xpos, heads, labels)
	}
	wantArcs(t, "a second gerund hung on the closing report",
		"rain/NOUN/NN/2/nsubj triggered/VERB/VBD/0/root floods/NOUN/NNS/2/obj ,/PUNCT/,/5/punct killing/VERB/VBG/2/advcl people/NOUN/NNS/5/obj "+
			"and/CCONJ/CC/11/cc leaving/VERB/VBG/11/advcl dozens/NOUN/NNS/8/obj ,/PUNCT/,/11/punct said/VERB/VBD/2/parataxis",
		[]string{"leaving<-conj-killing", "and<-cc-leaving"}, fix)
	unchanged(t, "no gerund before", "he/PRON/PRP/2/nsubj left/VERB/VBD/0/root and/CCONJ/CC/4/cc leaving/VERB/VBG/6/advcl ,/PUNCT/,/6/punct said/VERB/VBD/2/parataxis", fix)
}

func TestRepairClauseConjunct(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairClauseConjunct(upos, xpos, heads, labels)
	}
	wantArcs(t, "a clause after and, made a complement",
		"Messi/PROPN/NNP/2/nsubj scored/VERB/VBD/0/root twice/ADV/RB/2/advmod and/CCONJ/CC/5/cc Kylian/PROPN/NNP/6/nsubj became/VERB/VBD/2/ccomp "+
			"the/DET/DT/8/det first/ADJ/JJ/6/xcomp",
		[]string{"became<-conj-scored", "and<-cc-became", "Kylian<-nsubj-became"}, fix)
	unchanged(t, "a complement without conjunction",
		"Ana/PROPN/NNP/2/nsubj said/VERB/VBD/0/root Kylian/PROPN/NNP/4/nsubj became/VERB/VBD/2/ccomp", fix)
}

func TestRepairConjunctParticipleObject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairConjunctParticipleObject(words, xpos, heads, labels)
	}
	wantArcs(t, "a marked gerund's object taken for the conjunct's subject",
		"Trump/PROPN/NNP/2/nsubj walked/VERB/VBD/0/root and/CCONJ/CC/8/cc upon/SCONJ/IN/5/mark reaching/VERB/VBG/8/advcl the/DET/DT/7/det "+
			"Church/PROPN/NNP/8/nsubj held/VERB/VBD/2/conj Bible/PROPN/NNP/8/obj",
		[]string{"Church<-obj-reaching"}, fix)
	unchanged(t, "a comma between the gerund's phrase and the subject",
		"Trump/PROPN/NNP/2/nsubj walked/VERB/VBD/0/root and/CCONJ/CC/8/cc after/SCONJ/IN/5/mark eating/VERB/VBG/8/advcl ,/PUNCT/,/5/punct "+
			"Ana/PROPN/NNP/8/nsubj left/VERB/VBD/2/conj", fix)
}

func TestRepairOtherConjunct(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairOtherConjunct(words, upos, heads, labels)
	}
	wantArcs(t, "other regions coordinated with the object, not the place",
		"declared/VERB/VBD/0/root state/NOUN/NN/1/obj in/ADP/IN/4/case Lima/PROPN/NNP/2/nmod and/CCONJ/CC/8/cc three/NUM/CD/8/nummod "+
			"other/ADJ/JJ/8/amod regions/NOUN/NNS/2/conj",
		[]string{"regions<-conj-Lima"}, fix)
	unchanged(t, "no other",
		"declared/VERB/VBD/0/root state/NOUN/NN/1/obj in/ADP/IN/4/case Lima/PROPN/NNP/2/nmod and/CCONJ/CC/7/cc three/NUM/CD/7/nummod "+
			"curfews/NOUN/NNS/2/conj", fix)
}

func TestRepairOtherConjunctInName(t *testing.T) {
	unchanged(t, "other researchers after a name",
		"by/ADP/IN/2/case Naomi/PROPN/NNP/0/root Martisius/PROPN/NNP/2/flat and/CCONJ/CC/6/cc other/ADJ/JJ/6/amod researchers/NOUN/NNS/2/conj",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairOtherConjunct(words, upos, heads, labels)
		})
}

func TestRepairSplitName(t *testing.T) {
	fix := func(ner string) repair {
		return func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSplitName(upos, strings.Fields(ner), heads, labels)
		}
	}
	wantArcs(t, "a place name split into a word and an apposition",
		"lifted/VERB/VBD/0/root from/ADP/IN/3/case Kennedy/PROPN/NNP/1/obl Space/PROPN/NNP/5/compound Center/PROPN/NNP/3/appos",
		[]string{"Center<-obl-lifted", "Kennedy<-compound-Center", "from<-case-Center"}, fix("O O B-ORG I-ORG I-ORG"))
	unchanged(t, "two entities side by side",
		"met/VERB/VBD/0/root Kennedy/PROPN/NNP/1/obj Obama/PROPN/NNP/2/appos", fix("O B-PER B-PER"))
}

func TestRepairTitledConjunct(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairTitledConjunct(upos, heads, labels)
	}
	wantArcs(t, "a country coordinated with the first name, the second name a subject",
		"Minister/PROPN/NNP/2/nmod:desc Kishida/PROPN/NNP/8/nsubj and/CCONJ/CC/4/cc South/PROPN/NNP/2/conj Korean/PROPN/NNP/4/flat "+
			"President/PROPN/NNP/7/nmod:desc Yoon/PROPN/NNP/8/nsubj held/VERB/VBD/0/root talks/NOUN/NNS/8/obj",
		[]string{"Yoon<-conj-Kishida", "and<-cc-Yoon", "South<-compound-President", "Kishida<-nsubj-held"}, fix)
	unchanged(t, "no conjunction",
		"Kishida/PROPN/NNP/3/nsubj Yoon/PROPN/NNP/3/nsubj held/VERB/VBD/0/root", fix)
}
