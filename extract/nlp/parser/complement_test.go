package parser

import (
	"strings"
	"testing"
)

// lemmasOf gives the lemma of each word: the verbs' from the table, the
// others' their lower case.
func lemmasOf(words []string) []string {
	table := map[string]string{"noted": "note", "claimed": "claim", "compared": "compare", "said": "say",
		"dropped": "drop", "fell": "fall", "told": "tell", "ruled": "rule", "ran": "run", "thought": "think", "sent": "send",
		"promised": "promise", "reported": "report", "saying": "say", "ranging": "range"}
	out := make([]string, len(words))
	for i, w := range words {
		if l, ok := table[w]; ok {
			out[i] = l
		} else {
			out[i] = strings.ToLower(w)
		}
	}
	return out
}

func TestRepairComplement(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a past tense the parser took for an open complement",
			"Officials/NOUN/NNS/2/nsubj noted/VERB/VBD/0/root the/DET/DT/4/det storm/NOUN/NN/2/obj killed/VERB/VBD/2/xcomp people/NOUN/NNS/5/obj",
			[]string{"killed<-ccomp-noted", "storm<-nsubj-killed"}},
		{"a clause after the object of a verb that takes one",
			"Nepszava/PROPN/NNP/2/nsubj noted/VERB/VBD/0/root the/DET/DT/4/det purchase/NOUN/NN/2/obj appeared/VERB/VBD/2/conj " +
				"to/PART/TO/7/mark help/VERB/VB/5/xcomp ./PUNCT/./2/punct",
			[]string{"appeared<-ccomp-noted", "purchase<-nsubj-appeared", ".<-punct-noted"}},
		{"an adverb between the object and the verb",
			"they/PRON/PRP/2/nsubj claimed/VERB/VBD/0/root Montalvo/PROPN/NNP/2/obj allegedly/ADV/RB/2/advmod left/VERB/VBD/2/conj it/PRON/PRP/5/obj",
			[]string{"left<-ccomp-claimed", "Montalvo<-nsubj-left", "allegedly<-advmod-left"}},
		{"a passive clause",
			"Ana/PROPN/NNP/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj was/AUX/VBD/6/aux:pass dropped/VERB/VBN/2/parataxis",
			[]string{"dropped<-ccomp-said", "plan<-nsubj:pass-dropped"}},
		{"a clause taken for an adverbial clause without a marker",
			"judge/NOUN/NN/2/nsubj ruled/VERB/VBD/0/root the/DET/DT/4/det draft/NOUN/NN/2/obj violated/VERB/VBD/2/advcl it/PRON/PRP/5/obj",
			[]string{"violated<-ccomp-ruled", "draft<-nsubj-violated"}},
		{"a subjectless complement after the object",
			"scientists/NOUN/NNS/2/nsubj reported/VERB/VBD/0/root bird/NOUN/NN/4/compound flight/NOUN/NN/2/obj may/AUX/MD/7/aux " +
				"have/AUX/VB/7/aux evolved/VERB/VBN/2/ccomp ./PUNCT/./2/punct",
			[]string{"evolved<-ccomp-reported", "flight<-nsubj-evolved", "may<-aux-evolved"}},
		{"a clause after a subordinator taken for a preposition",
			"rates/NOUN/NNS/2/nsubj dropped/VERB/VBD/0/root after/ADP/IN/5/case the/DET/DT/5/det minister/NOUN/NN/2/obl " +
				"resigned/VERB/VBD/2/advcl ./PUNCT/./2/punct",
			[]string{"resigned<-advcl-dropped", "after<-mark-resigned", "minister<-nsubj-resigned"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairComplement(words, lemmasOf(words), upos, xpos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"a verb that takes no clause",
			"they/PRON/PRP/2/nsubj compared/VERB/VBD/0/root the/DET/DT/4/det ibises/NOUN/NNS/2/obj disappeared/VERB/VBD/2/conj"},
		{"a verb whose object is the hearer",
			"Ana/PROPN/NNP/2/nsubj told/VERB/VBD/0/root reporters/NOUN/NNS/2/obj knew/VERB/VBD/2/conj"},
		{"a coordinated verb with its conjunction",
			"Ana/PROPN/NNP/2/nsubj noted/VERB/VBD/0/root the/DET/DT/4/det loss/NOUN/NN/2/obj and/CCONJ/CC/6/cc left/VERB/VBD/2/conj"},
		{"an object that does not agree with the verb",
			"Ana/PROPN/NNP/2/nsubj noted/VERB/VBD/0/root the/DET/DT/4/det loss/NOUN/NN/2/obj remain/VERB/VBP/2/conj"},
		{"an object phrase holding a clause",
			"move/NOUN/NN/2/nsubj said/VERB/VBD/0/root days/NOUN/NNS/2/obj after/SCONJ/IN/6/mark WHO/PROPN/NNP/3/nmod declared/VERB/VBD/2/conj"},
		{"the verb is no sentence's main verb",
			"To/PART/TO/3/mark be/AUX/VB/3/aux:pass thought/VERB/VBN/0/root as/ADP/IN/6/case a/DET/DT/6/det hole/NOUN/NN/3/obl is/VERB/VBZ/3/advcl"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairComplement(words, lemmasOf(words), upos, xpos, heads, labels)
		})
	}
}

func TestRepairRelativeSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"the object of a verb that takes a clause",
			"Norris/PROPN/NNP/2/nsubj said/VERB/VBD/0/root human/ADJ/JJ/4/amod actions/NOUN/NNS/2/obj had/VERB/VBD/4/acl " +
				"little/ADJ/JJ/5/obj ./PUNCT/./2/punct",
			[]string{"had<-ccomp-said", "actions<-nsubj-had", ".<-punct-said"}},
		{"the root noun of the sentence",
			"Munk/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case work/NOUN/NN/0/root was/AUX/VBD/3/acl:relcl later/ADV/RBR/4/advmod used/VERB/VBN/4/xcomp ./PUNCT/./3/punct",
			[]string{"was<-root-ROOT", "work<-nsubj-was", ".<-punct-was"}},
		{"a phrase of nouns that ends before the verb",
			"Six/NUM/CD/0/root of/ADP/IN/4/case the/DET/DT/4/det murders/NOUN/NNS/1/nmod were/AUX/VBD/4/acl sexual/ADJ/JJ/5/xcomp",
			[]string{"were<-root-ROOT", "Six<-nsubj-were"}},
		{"an oblique after a subordinator",
			"person/NOUN/NN/2/nsubj fell/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det protesters/NOUN/NNS/2/obl ran/VERB/VBD/5/acl:relcl away/ADV/RB/6/advmod",
			[]string{"ran<-advcl-fell", "as<-mark-ran", "protesters<-nsubj-ran"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairRelativeSubject(words, lemmasOf(words), upos, xpos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"a relative clause with its pronoun",
			"Ana/PROPN/NNP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det man/NOUN/NN/2/obj who/PRON/WP/6/nsubj won/VERB/VBD/4/acl:relcl"},
		{"a relative clause with a subject of its own",
			"Ana/PROPN/NNP/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj we/PRON/PRP/6/nsubj made/VERB/VBD/4/acl:relcl"},
		{"an object of a verb that takes no clause",
			"Ana/PROPN/NNP/2/nsubj compared/VERB/VBD/0/root the/DET/DT/4/det ibises/NOUN/NNS/2/obj disappeared/VERB/VBD/4/acl"},
		{"an oblique after a preposition",
			"Ana/PROPN/NNP/2/nsubj ran/VERB/VBD/0/root with/ADP/IN/4/case friends/NOUN/NNS/2/obl were/AUX/VBD/4/acl"},
		{"a participle, not a finite verb",
			"lives/NOUN/NNS/0/root saved/VERB/VBN/1/acl during/ADP/IN/4/case rescues/NOUN/NNS/2/obl"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairRelativeSubject(words, lemmasOf(words), upos, xpos, heads, labels)
		})
	}
}

func TestRepairLoneObject(t *testing.T) {
	for _, c := range []struct {
		name, in, want string // want: the label the name ends with
	}{
		{"a name the only object of a verb that takes no recipient",
			"University/PROPN/NNP/2/nsubj defeat/VERB/VBP/0/root Maroochydore/PROPN/NNP/2/iobj in/ADP/IN/5/case round/NOUN/NN/2/obl", "obj"},
		{"a verb of telling keeps its recipient",
			"Ana/PROPN/NNP/2/nsubj told/VERB/VBD/0/root Ruiz/PROPN/NNP/2/iobj about/ADP/IN/5/case it/PRON/PRP/2/obl", "iobj"},
		{"beside a direct object",
			"Ana/PROPN/NNP/2/nsubj sent/VERB/VBD/0/root Ruiz/PROPN/NNP/2/iobj letters/NOUN/NNS/2/obj", "iobj"},
		{"beside a clause",
			"Ana/PROPN/NNP/2/nsubj promised/VERB/VBD/0/root Ruiz/PROPN/NNP/2/iobj to/PART/TO/5/mark come/VERB/VB/2/xcomp", "iobj"},
	} {
		words, upos, _, heads, labels := tree(t, c.in)
		RepairLoneObject(lemmasOf(words), upos, heads, labels)
		if labels[2] != c.want {
			t.Errorf("%s: %s is %s, want %s", c.name, words[2], labels[2], c.want)
		}
	}
}

func TestRepairTimeSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a name in apposition to the opening time",
			"Yesterday/NOUN/NN/6/nsubj ,/PUNCT/,/3/punct Roscosmos/PROPN/NNP/1/appos ,/PUNCT/,/5/punct agency/NOUN/NN/1/appos announced/VERB/VBD/0/root it/PRON/PRP/6/obj",
			[]string{"Roscosmos<-nsubj-announced", "Yesterday<-obl:unmarked-announced", "agency<-appos-Roscosmos"}},
		{"a noun with a name of its own",
			"Yesterday/NOUN/NN/7/nsubj ,/PUNCT/,/4/punct transport/NOUN/NN/4/compound secretary/NOUN/NN/1/appos ,/PUNCT/,/6/punct Grant/PROPN/NNP/4/appos announced/VERB/VBD/0/root",
			[]string{"secretary<-nsubj-announced", "Grant<-appos-secretary"}},
		{"an opening time without its comma, the verb without a subject",
			"On/ADP/IN/2/case Friday/PROPN/NNP/6/obl the/DET/DT/4/det legislature/NOUN/NN/2/appos Yuan/PROPN/NNP/4/appos voted/VERB/VBD/0/root",
			[]string{"legislature<-nsubj-voted", "Friday<-obl-voted"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairTimeSubject(words, upos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"a description that names no one",
			"Wednesday/PROPN/NNP/6/nsubj ,/PUNCT/,/4/punct same/ADJ/JJ/4/amod day/NOUN/NN/1/appos ,/PUNCT/,/6/punct endorsed/VERB/VBD/0/root"},
		{"an opening time before a verb with its subject",
			"On/ADP/IN/2/case Friday/PROPN/NNP/7/obl the/DET/DT/4/det legislature/NOUN/NN/2/appos Yuan/PROPN/NNP/4/appos it/PRON/PRP/7/nsubj voted/VERB/VBD/0/root"},
		{"a subject that is no time",
			"Ana/PROPN/NNP/4/nsubj ,/PUNCT/,/3/punct Ruiz/PROPN/NNP/1/appos announced/VERB/VBD/0/root"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairTimeSubject(words, upos, heads, labels)
		})
	}
}

func TestRepairCoordinatedApposition(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairCoordinatedApposition(heads, labels)
	}
	wantArcs(t, "a conjunction in the apposition's phrase",
		"Bernie/PROPN/NNP/7/nsubj Sanders/PROPN/NNP/1/flat and/CCONJ/CC/4/cc President/PROPN/NNP/5/nmod:desc Donald/PROPN/NNP/1/appos Trump/PROPN/NNP/5/flat won/VERB/VBD/0/root",
		[]string{"Donald<-conj-Bernie", "and<-cc-President"}, fix)
	unchanged(t, "an apposition set off by commas",
		"Ana/PROPN/NNP/5/nsubj ,/PUNCT/,/4/punct the/DET/DT/4/det mayor/NOUN/NN/1/appos won/VERB/VBD/0/root", fix)
}

func TestRepairSource(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) { RepairSource(words, heads, labels) }
	wantArcs(t, "a count hung on the source",
		"virus/NOUN/NN/2/nsubj killed/VERB/VBN/0/root 200,000/NUM/CD/9/nummod worldwide/ADJ/JJ/9/amod ,/PUNCT/,/9/punct according/VERB/VBG/9/case to/ADP/IN/6/fixed "+
			"Johns/PROPN/NNP/9/compound University/PROPN/NNP/2/obl",
		[]string{"200,000<-obj-killed", "worldwide<-advmod-killed", "University<-obl-killed"}, fix)
	wantArcs(t, "a source hung on a copula's predicate noun",
		"Mediterranean/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop route/NOUN/NN/0/root ,/PUNCT/,/7/punct according/VERB/VBG/7/case to/ADP/IN/5/fixed "+
			"Nations/PROPN/NNPS/3/nmod",
		[]string{"Nations<-obl-route"}, fix)
	wantArcs(t, "a source taken for the object",
		"Mugabe/PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux died/VERB/VBN/0/root ,/PUNCT/,/8/punct according/VERB/VBG/7/case to/ADP/IN/5/fixed "+
			"president/NOUN/NN/8/nmod:desc Mnangagwa/PROPN/NNP/3/obj ./PUNCT/./3/punct",
		[]string{"Mnangagwa<-obl-died", "according<-case-Mnangagwa", "president<-nmod:desc-Mnangagwa"}, fix)
	wantArcs(t, "the object hung on the source",
		"Dorian/PROPN/NNP/2/nsubj traversed/VERB/VBD/0/root thirty/NUM/CD/4/nummod miles/NOUN/NNS/8/nmod:unmarked ,/PUNCT/,/8/punct "+
			"according/VERB/VBG/8/case to/ADP/IN/6/fixed CNN/PROPN/NNP/2/obl",
		[]string{"miles<-obj-traversed", "CNN<-obl-traversed"}, fix)
	wantArcs(t, "a source opening the sentence taken for the subject",
		"According/VERB/VBG/3/case to/ADP/IN/1/fixed officials/NOUN/NNS/9/nsubj on/ADP/IN/5/case Saturday/PROPN/NNP/3/nmod "+
			",/PUNCT/,/8/punct the/DET/DT/8/det virus/NOUN/NN/5/appos killed/VERB/VBD/0/root two/NUM/CD/9/obj",
		[]string{"officials<-obl-killed", "virus<-nsubj-killed", "According<-case-officials"}, fix)
	wantArcs(t, "a source set off by a comma inside the object's phrase",
		"deal/NOUN/NN/3/nsubj is/AUX/VBZ/3/cop worth/ADJ/JJ/0/root $/SYM/$/3/obj 2.5/NUM/CD/4/nummod ,/PUNCT/,/7/punct "+
			"according/VERB/VBG/9/case to/ADP/IN/7/fixed people/NOUN/NNS/4/nmod",
		[]string{"people<-obl-worth", "according<-case-people"}, fix)
	unchanged(t, "a source already an oblique",
		"Mugabe/PROPN/NNP/2/nsubj died/VERB/VBD/0/root according/VERB/VBG/5/case to/ADP/IN/3/fixed police/NOUN/NNS/2/obl", fix)
}

func TestRepairDoubleSubject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairDoubleSubject(upos, heads, labels)
	}
	wantArcs(t, "a name after a passive's agent taken for a second subject",
		"a/DET/DT/2/det study/NOUN/NN/8/nsubj conducted/VERB/VBN/2/acl by/ADP/IN/5/case astronomer/NOUN/NN/3/obl:agent "+
			"Anthony/PROPN/NNP/8/nsubj Boccaletti/PROPN/NNP/6/flat reported/VERB/VBD/0/root signs/NOUN/NNS/8/obj",
		[]string{"Anthony<-obl:agent-conducted", "astronomer<-compound-Anthony", "by<-case-Anthony", "study<-nsubj-reported"}, fix)
	unchanged(t, "a name after a noun that is no agent",
		"the/DET/DT/2/det charge/NOUN/NN/6/nsubj from/ADP/IN/4/case allegations/NOUN/NNS/2/nmod Trump/PROPN/NNP/6/nsubj tried/VERB/VBD/0/root", fix)
}

func TestRepairNominativeObject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairNominativeObject(words, heads, labels)
	}
	wantArcs(t, "a subject pronoun taken for the reporting verb's object",
		"Trump/PROPN/NNP/2/nsubj reported/VERB/VBD/0/root he/PRON/PRP/2/iobj and/CCONJ/CC/6/cc his/PRON/PRP$/6/nmod:poss wife/NOUN/NN/3/conj "+
			"Melania/PROPN/NNP/8/nsubj tested/VERB/VBD/2/ccomp positive/ADJ/JJ/8/xcomp",
		[]string{"he<-nsubj-tested", "Melania<-appos-wife", "wife<-conj-he"}, fix)
	unchanged(t, "an object pronoun",
		"Trump/PROPN/NNP/2/nsubj told/VERB/VBD/0/root him/PRON/PRP/2/iobj it/PRON/PRP/5/nsubj failed/VERB/VBD/2/ccomp", fix)
}

func TestRepairPlaceSubject(t *testing.T) {
	in := "200/NUM/CD/0/root in/ADP/IN/4/case New/ADJ/NNP/4/amod Delhi/PROPN/NNP/1/nmod ,/PUNCT/,/6/punct India/PROPN/NNP/7/nsubj " +
		"drink/VERB/VBP/1/parataxis urine/NOUN/NN/7/obj"
	wantArcs(t, "a larger place taken for the subject", in,
		[]string{"drink<-root-ROOT", "200<-nsubj-drink", "India<-appos-Delhi"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairPlaceSubject(upos, words, strings.Fields("O O B-LOC I-LOC O B-LOC O O"), heads, labels)
		})
	unchanged(t, "a person after the place", in, func(words, upos, xpos []string, heads []int, labels []string) {
		RepairPlaceSubject(upos, words, strings.Fields("O O B-LOC I-LOC O B-PER O O"), heads, labels)
	})
}

func TestRepairSayingParticiple(t *testing.T) {
	in := "official/NOUN/NN/2/nsubj defended/VERB/VBD/0/root the/DET/DT/4/det approach/NOUN/NN/2/obj ,/PUNCT/,/6/punct saying/VERB/VBG/4/acl " +
		"cooperation/NOUN/NN/6/obj on/ADP/IN/9/case defense/NOUN/NN/7/nmod and/CCONJ/CC/12/cc economic/ADJ/JJ/12/amod issues/NOUN/NNS/9/conj " +
		"will/AUX/MD/15/aux ideally/ADV/RB/15/advmod create/VERB/VB/2/ccomp"
	wantArcs(t, "a saying participle hung on the object, then its clause", in,
		[]string{"saying<-advcl-defended", ",<-punct-saying", "create<-ccomp-saying", "cooperation<-nsubj-create"},
		func(words, upos, xpos []string, heads []int, labels []string) {
			lemmas := lemmasOf(words)
			RepairSayingParticiple(words, lemmas, xpos, heads, labels)
			RepairComplement(words, lemmas, upos, xpos, heads, labels)
		})
	unchanged(t, "a participle that takes no clause",
		"official/NOUN/NN/2/nsubj defended/VERB/VBD/0/root the/DET/DT/4/det approach/NOUN/NN/2/obj ,/PUNCT/,/6/punct growing/VERB/VBG/4/acl",
		func(words, upos, xpos []string, heads []int, labels []string) {
			RepairSayingParticiple(words, lemmasOf(words), xpos, heads, labels)
		})
}

func TestRepairRangingParticiple(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairRangingParticiple(words, lemmasOf(words), xpos, heads, labels)
	}
	wantArcs(t, "ranging hung on the verb",
		"Japan/PROPN/NNP/2/nsubj face/VERB/VBP/0/root similar/ADJ/JJ/4/amod challenges/NOUN/NNS/2/obj ,/PUNCT/,/6/punct ranging/VERB/VBG/2/advcl "+
			"from/ADP/IN/8/case development/NOUN/NN/6/obl",
		[]string{"ranging<-acl-challenges"}, fix)
	unchanged(t, "no object before the comma",
		"prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ,/PUNCT/,/4/punct ranging/VERB/VBG/2/advcl from/ADP/IN/6/case cents/NOUN/NNS/4/obl", fix)
}

func TestRepairAdjacentSubjects(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		ner := mapped(words, map[string]string{"UK": "B-LOC", "Caloundra": "B-LOC", "Rubel": "B-LOC", "Exchequer": "B-ORG", "John": "B-PER", "Ken": "B-PER", "Paxton": "I-PER"})
		RepairAdjacentSubjects(upos, ner, heads, labels)
	}
	wantArcs(t, "a headline's place before a title, each made a subject",
		"UK/PROPN/NNP/4/nsubj Prime/ADJ/NNP/3/amod Minister/PROPN/NNP/4/nsubj resigns/VERB/VBZ/0/root",
		[]string{"UK<-compound-Minister", "Minister<-nsubj-resigns"}, fix)
	wantArcs(t, "a title phrase before a person, each made a subject",
		"Texas/PROPN/NNP/2/compound Attorney/PROPN/NNP/6/nsubj General/ADJ/NNP/4/amod Ken/PROPN/NNP/6/nsubj Paxton/PROPN/NNP/4/flat said/VERB/VBD/0/root",
		[]string{"Attorney<-compound-Ken", "Ken<-nsubj-said"}, fix)
	wantArcs(t, "a capitalised noun before a title, each made a subject",
		"House/NOUN/NN/5/nsubj Speaker/PROPN/NNP/5/nsubj Nancy/PROPN/NNP/2/flat Pelosi/PROPN/NNP/2/flat said/VERB/VBD/0/root",
		[]string{"House<-compound-Speaker", "Speaker<-nsubj-said"}, fix)
	unchanged(t, "a noun before a determiner's phrase",
		"birth/NOUN/NN/4/nsubj her/PRON/PRP$/3/nmod:poss parents/NOUN/NNS/4/nsubj were/AUX/VBD/0/root", fix)
	unchanged(t, "a title phrase before no person",
		"Texas/PROPN/NNP/2/compound Attorney/PROPN/NNP/4/nsubj Court/PROPN/NNP/4/nsubj said/VERB/VBD/0/root", fix)
	unchanged(t, "a name and its apposition set off by commas",
		"Rubel/PROPN/NNP/6/nsubj ,/PUNCT/,/1/punct a/DET/DT/5/det Toronto/PROPN/NNP/5/compound lawyer/NOUN/NN/6/nsubj told/VERB/VBD/0/root", fix)
	unchanged(t, "a person after the name", "Exchequer/PROPN/NNP/3/nsubj John/PROPN/NNP/3/nsubj expected/VERB/VBD/0/root", fix)
	unchanged(t, "a longer phrase before the subject",
		"Caloundra/PROPN/NNP/4/nsubj back/ADP/RP/1/compound:prt Jarrod/PROPN/NNP/4/nsubj enjoyed/VERB/VBD/0/root", fix)
}

func TestRepairParticipleObject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairParticipleObject(xpos, heads, labels)
	}
	wantArcs(t, "a participle's object made a second subject",
		"the/DET/DT/2/det number/NOUN/NN/9/nsubj of/ADP/IN/4/case migrants/NOUN/NNS/2/nmod crossing/VERB/VBG/4/acl the/DET/DT/7/det "+
			"Channel/PROPN/NNP/9/nsubj has/AUX/VBZ/9/aux doubled/VERB/VBN/0/root",
		[]string{"Channel<-obj-crossing", "number<-nsubj-doubled"}, fix)
	unchanged(t, "a participle with its object", "people/NOUN/NNS/5/nsubj crossing/VERB/VBG/1/acl it/PRON/PRP/2/obj police/NOUN/NNS/5/nsubj said/VERB/VBD/0/root", fix)
}

func TestRepairPostAdjective(t *testing.T) {
	lems := func(words []string) []string {
		l := mapped(words, map[string]string{"found": "find", "met": "meet", "pronounced": "pronounce"})
		return l
	}
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairPostAdjective(lems(words), upos, heads, labels)
	}
	wantArcs(t, "a passive's adjective hung on the time after it",
		"Abe/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass pronounced/VERB/VBN/0/root dead/ADJ/JJ/6/amod several/ADJ/JJ/6/amod hours/NOUN/NNS/7/obl:unmarked later/ADV/RBR/3/advmod",
		[]string{"dead<-xcomp-pronounced"}, fix)
	wantArcs(t, "a verdict's adjective hung on the object",
		"jury/NOUN/NN/2/nsubj found/VERB/VBD/0/root officer/NOUN/NN/2/obj Chauvin/PROPN/NNP/3/appos guilty/ADJ/JJ/3/amod",
		[]string{"guilty<-xcomp-found"}, fix)
	unchanged(t, "a verb that predicates nothing", "jury/NOUN/NN/2/nsubj met/VERB/VBD/0/root officer/NOUN/NN/2/obj responsible/ADJ/JJ/3/amod", fix)
}

func TestRepairSplitOfPhrase(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairSplitOfPhrase(words, upos, heads, labels)
	}
	wantArcs(t, "a party name split off the person's of-phrase",
		"Atiku/PROPN/NNP/8/nsubj Abubakar/PROPN/NNP/1/flat of/ADP/IN/5/case the/DET/DT/5/det Peoples/NOUN/NNS/2/nmod Democratic/ADJ/NNP/7/amod "+
			"Party/PROPN/NNP/8/nsubj came/VERB/VBD/0/root second/ADV/RB/8/advmod",
		[]string{"Party<-nmod-Abubakar", "Peoples<-compound-Party", "of<-case-Party", "the<-det-Party", "Atiku<-nsubj-came"}, fix)
	unchanged(t, "a comma between the subjects",
		"Atiku/PROPN/NNP/6/nsubj of/ADP/IN/3/case Lagos/PROPN/NNP/1/nmod ,/PUNCT/,/5/punct Party/PROPN/NNP/6/nsubj came/VERB/VBD/0/root", fix)
}

func TestRepairRootParticiple(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairRootParticiple(words, []string{"", "use", "", "", "", "", "", "", ""}[:len(words)], xpos, heads, labels)
	}
	wantArcs(t, "a participle's object taken for the clause's subject",
		"Astronomers/NOUN/NNS/0/root using/VERB/VBG/1/acl the/DET/DT/4/det Telescope/PROPN/NNP/6/nsubj have/AUX/VBP/6/aux discovered/VERB/VBN/2/ccomp "+
			"hole/NOUN/NN/6/obj ./PUNCT/./1/punct",
		[]string{"discovered<-root-ROOT", "Astronomers<-nsubj-discovered", "Telescope<-obj-using", ".<-punct-discovered"}, fix)
	unchanged(t, "a participle that takes a clause",
		"research/NOUN/NN/0/root showing/VERB/VBG/1/acl the/DET/DT/4/det sponges/NOUN/NNS/5/nsubj survive/VERB/VBP/2/ccomp", func(words, upos, xpos []string, heads []int, labels []string) {
			RepairRootParticiple(words, []string{"", "show", "", "", ""}, xpos, heads, labels)
		})
	unchanged(t, "a number that does not agree",
		"Astronomer/NOUN/NN/0/root using/VERB/VBG/1/acl the/DET/DT/4/det Telescope/PROPN/NNP/6/nsubj have/AUX/VBP/6/aux discovered/VERB/VBN/2/ccomp", fix)
}

func TestRepairCopulaParticiple(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairCopulaParticiple(words, upos, xpos, heads, labels)
	}
	wantArcs(t, "a copula on a participle",
		"Aurigae/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop classified/VERB/VBN/0/root as/ADP/IN/5/case star/NOUN/NN/3/obl",
		[]string{"is<-aux:pass-classified", "Aurigae<-nsubj:pass-classified"}, fix)
	unchanged(t, "a copula on an adjective",
		"Aurigae/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop massive/ADJ/JJ/0/root", fix)
}

func TestRepairInfinitiveComplement(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		lems := mapped(words, map[string]string{"agreed": "agree", "met": "meet"})
		RepairInfinitiveComplement(words, lems, xpos, heads, labels)
	}
	wantArcs(t, "an infinitive after a time, taken for a purpose clause",
		"Modi/PROPN/NNP/2/nsubj agreed/VERB/VBD/0/root on/ADP/IN/4/case Friday/PROPN/NNP/2/obl to/PART/TO/6/mark deepen/VERB/VB/2/advcl ties/NOUN/NNS/6/obj",
		[]string{"deepen<-xcomp-agreed"}, fix)
	unchanged(t, "a purpose clause of a verb that takes none",
		"Modi/PROPN/NNP/2/nsubj met/VERB/VBD/0/root on/ADP/IN/4/case Friday/PROPN/NNP/2/obl to/PART/TO/6/mark deepen/VERB/VB/2/advcl ties/NOUN/NNS/6/obj", fix)
}
