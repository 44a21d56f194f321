package parser

import "testing"

func TestRepairSubordinateClause(t *testing.T) {
	wantArcs(t, "a subordinator taken for a preposition inside the object",
		"incident/NOUN/NN/2/nsubj gained/VERB/VBD/0/root attention/NOUN/NN/2/obj after/ADP/IN/6/case the/DET/DT/6/det officer/NOUN/NN/3/nmod "+
			"shared/VERB/VBD/2/parataxis his/PRON/PRP$/9/nmod:poss experience/NOUN/NN/7/obj",
		[]string{"shared<-advcl-gained", "officer<-nsubj-shared", "after<-mark-shared", "experience<-obj-shared"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSubordinateClause(words, upos, xpos, heads, labels)
		})
	wantArcs(t, "a description left before the name that is the subject",
		"incident/NOUN/NN/2/nsubj gained/VERB/VBD/0/root attention/NOUN/NN/2/obj after/ADP/IN/5/case officer/NOUN/NN/3/nmod "+
			"Mohan/PROPN/NNP/8/nsubj Krishnan/PROPN/NNP/6/flat shared/VERB/VBD/2/parataxis it/PRON/PRP/8/obj",
		[]string{"shared<-advcl-gained", "officer<-compound-Mohan", "after<-mark-shared", "Mohan<-nsubj-shared"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSubordinateClause(words, upos, xpos, heads, labels)
		})
	for _, c := range []struct{ name, in string }{
		{"a preposition that is no subordinator",
			"incident/NOUN/NN/2/nsubj gained/VERB/VBD/0/root attention/NOUN/NN/2/obj on/ADP/IN/5/case Facebook/PROPN/NNP/3/nmod shared/VERB/VBD/2/parataxis it/PRON/PRP/6/obj"},
		{"a phrase that does not end before the verb",
			"incident/NOUN/NN/2/nsubj gained/VERB/VBD/0/root attention/NOUN/NN/2/obj after/ADP/IN/5/case officer/NOUN/NN/3/nmod today/NOUN/NN/2/obl:unmarked shared/VERB/VBD/2/parataxis it/PRON/PRP/7/obj"},
		{"a verb that does not agree",
			"incident/NOUN/NN/2/nsubj gained/VERB/VBD/0/root attention/NOUN/NN/2/obj after/ADP/IN/5/case officers/NOUN/NNS/3/nmod shares/VERB/VBZ/2/parataxis it/PRON/PRP/6/obj"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSubordinateClause(words, upos, xpos, heads, labels)
		})
	}
}

func TestRepairOfSubject(t *testing.T) {
	wantArcs(t, "a name after the noun's \"of\" taken for a clause's subject",
		"The/DET/DT/2/det shooting/NOUN/NN/0/root of/ADP/IN/6/mark Walter/PROPN/NNP/6/nsubj Wallace/PROPN/NNP/4/flat sparked/VERB/VBD/2/acl riots/NOUN/NNS/6/obj ./PUNCT/./2/punct",
		[]string{"sparked<-root-ROOT", "shooting<-nsubj-sparked", "Walter<-nmod-shooting", "of<-case-Walter", ".<-punct-sparked"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairOfSubject(words, heads, labels)
		})
	unchanged(t, "an of-phrase already the noun's",
		"The/DET/DT/2/det shooting/NOUN/NN/4/nsubj of/ADP/IN/4/case Walter/PROPN/NNP/2/nmod sparked/VERB/VBD/0/root riots/NOUN/NNS/5/obj",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairOfSubject(words, heads, labels)
		})
}

func TestRepairMarkedSubject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairMarkedSubject(words, upos, heads, labels)
	}
	wantArcs(t, "a role then a clause opened by until",
		"Sunak/PROPN/NNP/2/nsubj said/VERB/VBD/0/root he/PRON/PRP/5/nsubj would/AUX/MD/5/aux remain/VERB/VB/2/ccomp as/ADP/IN/12/mark "+
			"caretaker/NOUN/NN/12/nsubj until/ADP/IN/11/case the/DET/DT/11/det Conservative/ADJ/JJ/11/amod Party/NOUN/NN/7/nmod elects/VERB/VBZ/5/advcl "+
			"a/DET/DT/14/det leader/NOUN/NN/12/obj",
		[]string{"Party<-nsubj-elects", "until<-mark-elects", "caretaker<-obl-remain", "as<-case-caretaker", "elects<-advcl-remain"}, fix)
	unchanged(t, "a clause marked by as with its own subject",
		"he/PRON/PRP/2/nsubj left/VERB/VBD/0/root as/SCONJ/IN/5/mark police/NOUN/NNS/5/nsubj arrived/VERB/VBD/2/advcl", fix)
}

func TestRepairWhoseClause(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairWhoseClause(words, xpos, heads, labels)
	}
	wantArcs(t, "a whose-clause made a parataxis of the main verb",
		"award/NOUN/NN/2/nsubj went/VERB/VBD/0/root to/ADP/IN/4/case Anna/PROPN/NNP/2/obl Smith/PROPN/NNP/4/flat ,/PUNCT/,/9/punct "+
			"whose/PRON/WP$/8/nmod:poss company/NOUN/NN/9/nsubj employs/VERB/VBZ/2/parataxis people/NOUN/NNS/9/obj",
		[]string{"employs<-acl:relcl-Anna"}, fix)
	wantArcs(t, "a who-clause made a parataxis of the main verb",
		"replacing/VERB/VBG/0/root Jeff/PROPN/NNP/1/obj Williams/PROPN/NNP/2/flat ,/PUNCT/,/6/punct who/PRON/WP/6/nsubj retire/VERB/VB/1/parataxis",
		[]string{"retire<-acl:relcl-Jeff"}, fix)
	unchanged(t, "a who-clause with a copula (the parser's apposition reads well)",
		"Jeff/PROPN/NNP/0/root ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj was/AUX/VBD/5/cop candidate/NOUN/NN/1/appos", fix)
	unchanged(t, "already a relative clause",
		"Anna/PROPN/NNP/0/root ,/PUNCT/,/5/punct whose/PRON/WP$/4/nmod:poss company/NOUN/NN/5/nsubj grew/VERB/VBD/1/acl:relcl", fix)
}

func TestRepairMeasuredClause(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairMeasuredClause(words, upos, heads, labels)
	}
	wantArcs(t, "a span of time before a clause, made its subject",
		"order/NOUN/NN/2/nsubj comes/VERB/VBZ/0/root weeks/NOUN/NNS/7/nsubj after/ADP/IN/6/case Air/PROPN/NNP/6/compound India/PROPN/NNP/3/nmod "+
			"agreed/VERB/VBD/2/ccomp to/PART/TO/9/mark buy/VERB/VB/7/xcomp jets/NOUN/NNS/9/obj",
		[]string{"India<-nsubj-agreed", "after<-mark-agreed", "weeks<-obl:npmod-agreed", "agreed<-advcl-comes"}, fix)
	unchanged(t, "a subject that is no span of time",
		"order/NOUN/NN/2/nsubj comes/VERB/VBZ/0/root talks/NOUN/NNS/7/nsubj after/ADP/IN/6/case Air/PROPN/NNP/6/compound India/PROPN/NNP/3/nmod "+
			"agreed/VERB/VBD/2/ccomp", fix)
	unchanged(t, "a phrase that does not end before the verb",
		"order/NOUN/NN/2/nsubj comes/VERB/VBZ/0/root weeks/NOUN/NNS/7/nsubj after/ADP/IN/4/case talks/NOUN/NNS/3/nmod ,/PUNCT/,/7/punct "+
			"he/PRON/PRP/7/nsubj agreed/VERB/VBD/2/ccomp", fix)
}

func TestRepairPartitiveRelative(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairPartitiveRelative(words, heads, labels)
	}
	wantArcs(t, "a partitive relative clause taken for the main clause",
		"The/DET/DT/2/det demonstrators/NOUN/NNS/7/nsubj ,/PUNCT/,/2/punct many/ADJ/JJ/7/nsubj of/ADP/IN/6/case whom/PRON/WP/4/nmod "+
			"travelled/VERB/VBD/0/root from/ADP/IN/9/case Andes/PROPN/NNP/7/obl ,/PUNCT/,/12/punct also/ADV/RB/12/advmod called/VERB/VBD/7/conj "+
			"for/ADP/IN/14/case elections/NOUN/NNS/12/obl ./PUNCT/./7/punct",
		[]string{"called<-root-ROOT", "demonstrators<-nsubj-called", "travelled<-acl:relcl-demonstrators", "many<-nsubj-travelled", ".<-punct-called"}, fix)
	unchanged(t, "no of-whom phrase",
		"The/DET/DT/2/det demonstrators/NOUN/NNS/7/nsubj ,/PUNCT/,/2/punct many/ADJ/JJ/7/nsubj of/ADP/IN/6/case them/PRON/PRP/4/nmod "+
			"travelled/VERB/VBD/0/root ,/PUNCT/,/9/punct called/VERB/VBD/7/conj", fix)
}

func TestRepairByClause(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairByClause(words, xpos, heads, labels)
	}
	wantArcs(t, "an agent taken for the subject of a clause marked by by",
		"The/DET/DT/2/det decision/NOUN/NN/0/root ,/PUNCT/,/4/punct written/VERB/VBN/2/acl by/ADP/IN/9/mark Justice/PROPN/NNP/9/nsubj "+
			"Roberts/PROPN/NNP/6/flat ,/PUNCT/,/6/punct overturned/VERB/VBD/4/advcl precedent/NOUN/NN/9/obj ./PUNCT/./2/punct",
		[]string{"overturned<-root-ROOT", "decision<-nsubj-overturned", "Justice<-obl:agent-written", "by<-case-Justice", ".<-punct-overturned"}, fix)
	unchanged(t, "a gerund after by",
		"won/VERB/VBD/0/root by/SCONJ/IN/3/mark scoring/VERB/VBG/1/advcl goals/NOUN/NNS/3/obj", fix)
}

func TestRepairThatComplement(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		lems := mapped(words, map[string]string{"told": "tell", "signed": "sign"})
		RepairThatComplement(words, lems, heads, labels)
	}
	wantArcs(t, "a complement taken for a relative clause",
		"Vestager/PROPN/NNP/2/nsubj told/VERB/VBD/0/root conference/NOUN/NN/2/iobj that/PRON/WDT/7/obj Apple/PROPN/NNP/7/nsubj had/AUX/VBD/7/aux "+
			"abused/VERB/VBN/3/acl:relcl position/NOUN/NN/7/obj",
		[]string{"abused<-ccomp-told", "that<-mark-abused"}, fix)
	unchanged(t, "a relative clause whose object is that",
		"Vestager/PROPN/NNP/2/nsubj told/VERB/VBD/0/root conference/NOUN/NN/2/iobj that/PRON/WDT/6/obj Apple/PROPN/NNP/6/nsubj signed/VERB/VBD/3/acl:relcl", fix)
}

func TestRepairAsPhrase(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairAsPhrase(words, upos, xpos, heads, labels)
	}
	wantArcs(t, "an as-phrase taken for a participle's subject",
		"Disney/PROPN/NNP/2/nsubj named/VERB/VBD/0/root Josh/PROPN/NNP/2/obj as/SCONJ/IN/8/mark its/PRON/PRP$/6/nmod:poss executive/NOUN/NN/8/nsubj "+
			",/PUNCT/,/8/punct ending/VERB/VBG/2/advcl search/NOUN/NN/8/obj",
		[]string{"executive<-obl-named", "as<-case-executive", "ending<-advcl-named"}, fix)
	unchanged(t, "a clause marked by as",
		"he/PRON/PRP/2/nsubj left/VERB/VBD/0/root as/SCONJ/IN/5/mark police/NOUN/NNS/5/nsubj arrived/VERB/VBD/2/advcl", fix)
}

func TestRepairPurposeOnPlace(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairPurposeOnPlace(words, xpos, heads, labels)
	}
	wantArcs(t, "a purpose hung on the place",
		"people/NOUN/NNS/2/nsubj gathered/VERB/VBD/0/root outside/ADP/IN/5/case the/DET/DT/5/det parliament/NOUN/NN/2/obl to/PART/TO/7/mark protest/VERB/VB/5/acl",
		[]string{"protest<-advcl-gathered"}, fix)
	unchanged(t, "an infinitive on a noun of intent",
		"they/PRON/PRP/2/nsubj agreed/VERB/VBD/0/root on/ADP/IN/4/case plan/NOUN/NN/2/obl to/PART/TO/6/mark cut/VERB/VB/4/acl", fix)
}
