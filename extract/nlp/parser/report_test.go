package parser

import "testing"

func TestRepairTrailingReport(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a report taken for an adverbial clause",
			"storm/NOUN/NN/2/nsubj killed/VERB/VBD/0/root people/NOUN/NNS/2/obj ,/PUNCT/,/5/punct officials/NOUN/NNS/6/nsubj confirmed/VERB/VBD/2/advcl ./PUNCT/./2/punct",
			[]string{"confirmed<-parataxis-killed", "officials<-nsubj-confirmed", ",<-punct-confirmed"}},
		{"a report given the last conjunct of the object before it",
			"cuts/NOUN/NNS/2/nsubj affect/VERB/VB/0/root computing/NOUN/NN/2/obj ,/PUNCT/,/6/punct advertising/NOUN/NN/6/compound units/NOUN/NNS/9/obj " +
				",/PUNCT/,/8/punct Jassy/PROPN/NNP/9/nsubj wrote/VERB/VBD/3/acl:relcl ./PUNCT/./2/punct",
			[]string{"wrote<-parataxis-affect", "units<-conj-computing", "Jassy<-nsubj-wrote"}},
		{"a report taken for the complement of an intransitive verb",
			"Smith/PROPN/NNP/2/nsubj died/VERB/VBD/0/root on/ADP/IN/4/case Monday/PROPN/NNP/2/obl ,/PUNCT/,/4/punct officials/NOUN/NNS/7/nsubj stated/VERB/VBN/2/ccomp ./PUNCT/./2/punct",
			[]string{"stated<-parataxis-died", ",<-punct-stated"}},
		{"a report on the second of coordinated verbs",
			"he/PRON/PRP/2/nsubj suffered/VERB/VBD/0/root arrest/NOUN/NN/2/obj and/CCONJ/CC/5/cc died/VERB/VBD/2/conj ,/PUNCT/,/7/punct officials/NOUN/NNS/8/nsubj stated/VERB/VBD/5/ccomp",
			[]string{"stated<-parataxis-suffered"}},
		{"a report given the stranded clause of a subordinator read as a preposition",
			"man/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux:pass arrested/VERB/VBN/0/root after/ADP/IN/6/case a/DET/DT/6/det woman/NOUN/NN/3/obl " +
				"was/AUX/VBD/8/aux:pass found/VERB/VBN/11/ccomp ,/PUNCT/,/10/punct police/NOUN/NNS/11/nsubj said/VERB/VBD/3/advcl ./PUNCT/./11/punct",
			[]string{"said<-parataxis-arrested", "found<-advcl-arrested"}},
		{"a report hung on a noun of the infinitive it reports, a participle after it",
			"Israel/PROPN/NNP/2/nsubj agreed/VERB/VBD/0/root to/PART/TO/4/mark extend/VERB/VB/2/xcomp truce/NOUN/NN/4/obj ,/PUNCT/,/8/punct " +
				"ministry/NOUN/NN/8/nsubj said/VERB/VBD/5/acl:relcl ,/PUNCT/,/10/punct raising/VERB/VBG/8/advcl hopes/NOUN/NNS/10/obj that/PRON/WDT/14/mark " +
				"hostages/NOUN/NNS/14/nsubj:pass freed/VERB/VBN/11/acl:relcl ./PUNCT/./2/punct",
			[]string{"said<-parataxis-agreed", "raising<-advcl-agreed"}},
	} {
		lemmas := func(words []string) []string {
			l := mapped(words, map[string]string{"confirmed": "confirm", "stated": "state", "said": "say", "wrote": "write"})
			return l
		}
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairTrailingReport(words, lemmas(words), upos, xpos, heads, labels)
		})
	}
	for _, c := range []struct{ name, in string }{
		{"a clause after the report",
			"storm/NOUN/NN/2/nsubj killed/VERB/VBD/0/root people/NOUN/NNS/2/obj ,/PUNCT/,/5/punct officials/NOUN/NNS/6/nsubj confirmed/VERB/VBD/2/conj it/PRON/PRP/6/obj"},
		{"a report opening a quotation",
			"he/PRON/PRP/2/nsubj said/VERB/VBD/0/root ,/PUNCT/,/2/punct " + "\"/PUNCT/``/6/punct We/PRON/PRP/6/nsubj said/VERB/VBD/2/conj that/SCONJ/IN/9/mark they/PRON/PRP/9/nsubj left/VERB/VBD/6/dep"},
		{"no comma before the subject",
			"he/PRON/PRP/2/nsubj left/VERB/VBD/0/root after/SCONJ/IN/5/mark officials/NOUN/NNS/5/nsubj confirmed/VERB/VBD/2/advcl"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairTrailingReport(words, []string{"", "", "", "", "confirm", "confirm", "", "", ""}[:len(words)], upos, xpos, heads, labels)
		})
	}
}

func TestRepairReportRoot(t *testing.T) {
	lemmas := func(words []string) []string {
		l := mapped(words, map[string]string{"added": "add", "said": "say"})
		return l
	}
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairReportRoot(words, lemmas(words), upos, xpos, heads, labels)
	}
	wantArcs(t, "a closing report made the root",
		"rates/NOUN/NNS/3/nsubj have/AUX/VBP/3/aux fallen/VERB/VBN/8/advcl in/ADP/IN/5/case countries/NOUN/NNS/3/obl ,/PUNCT/,/3/punct it/PRON/PRP/8/nsubj added/VERB/VBD/0/root ./PUNCT/./8/punct",
		[]string{"fallen<-root-ROOT", "added<-parataxis-fallen", ",<-punct-added"}, fix)
	unchanged(t, "a statement with its own marker",
		"although/SCONJ/IN/3/mark rates/NOUN/NNS/3/nsubj fell/VERB/VBD/6/advcl ,/PUNCT/,/3/punct it/PRON/PRP/6/nsubj added/VERB/VBD/0/root ./PUNCT/./6/punct", fix)
	unchanged(t, "a clause after the report",
		"rates/NOUN/NNS/2/nsubj fell/VERB/VBD/5/advcl ,/PUNCT/,/2/punct it/PRON/PRP/5/nsubj said/VERB/VBD/0/root prices/NOUN/NNS/7/nsubj rose/VERB/VBD/5/ccomp", fix)
}

func TestRepairReportParticiple(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		lems := mapped(words, map[string]string{"announced": "announce", "adding": "add", "ending": "end"})
		RepairReportParticiple(words, lems, xpos, heads, labels)
	}
	wantArcs(t, "a participle after a closing report",
		"Mbappe/PROPN/NNP/2/nsubj signed/VERB/VBN/0/root contract/NOUN/NN/2/obj ,/PUNCT/,/6/punct club/NOUN/NN/6/nsubj announced/VERB/VBD/2/parataxis "+
			",/PUNCT/,/8/punct ending/VERB/VBG/6/advcl speculation/NOUN/NN/8/obj",
		[]string{"ending<-advcl-signed"}, fix)
	unchanged(t, "a participle that reports too",
		"Mbappe/PROPN/NNP/2/nsubj signed/VERB/VBN/0/root contract/NOUN/NN/2/obj ,/PUNCT/,/6/punct club/NOUN/NN/6/nsubj announced/VERB/VBD/2/parataxis "+
			",/PUNCT/,/8/punct adding/VERB/VBG/6/advcl", fix)
}

func TestRepairReportStranded(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		lems := mapped(words, map[string]string{"said": "say"})
		RepairReportStranded(lems, heads, labels)
	}
	wantArcs(t, "a figure of the reported clause hung on the report",
		"economy/NOUN/NN/2/nsubj contracted/VERB/VBD/0/root by/ADP/IN/5/case 0.3/NUM/CD/5/nummod %/SYM/NN/8/obl ,/PUNCT/,/8/punct "+
			"Office/PROPN/NNP/8/nsubj said/VERB/VBD/2/parataxis",
		[]string{"%<-obl-contracted", "Office<-nsubj-said"}, fix)
}
