package parser

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// tree reads "word/UPOS/XPOS/head/label" tokens (heads 1-based, 0 the
// root), as the parser's mistakes were seen on news text.
func tree(t *testing.T, s string) (words, upos, xpos []string, heads []int, labels []string) {
	t.Helper()
	for _, tok := range strings.Fields(s) {
		f := strings.Split(tok, "/")
		if len(f) != 5 {
			t.Fatalf("bad token %q", tok)
		}
		h, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("bad head in %q", tok)
		}
		words, upos, xpos = append(words, f[0]), append(upos, f[1]), append(xpos, f[2])
		heads, labels = append(heads, h-1), append(labels, f[4])
	}
	return
}

func show(words []string, heads []int, labels []string) string {
	var b strings.Builder
	for i, w := range words {
		h := "ROOT"
		if heads[i] >= 0 {
			h = words[heads[i]]
		}
		fmt.Fprintf(&b, "%s<-%s-%s ", w, labels[i], h)
	}
	return strings.TrimSpace(b.String())
}

// repair runs one repair on a tree (words, tags, lemmas of lemmasOf).
type repair func(words, upos, xpos []string, heads []int, labels []string)

// wantArcs runs fix on the tree read from in and checks that each
// "word<-label-head" of want holds after it.
func wantArcs(t *testing.T, name, in string, want []string, fix repair) {
	t.Helper()
	words, upos, xpos, heads, labels := tree(t, in)
	fix(words, upos, xpos, heads, labels)
	got := show(words, heads, labels)
	for _, w := range want {
		if !strings.Contains(" "+got+" ", " "+w+" ") {
			t.Errorf("%s: want %s in\n  %s", name, w, got)
		}
	}
}

// unchanged runs fix on the tree read from in and checks that it left it
// as it was.
func unchanged(t *testing.T, name, in string, fix repair) {
	t.Helper()
	words, upos, xpos, heads, labels := tree(t, in)
	before := show(words, heads, labels)
	fix(words, upos, xpos, heads, labels)
	if got := show(words, heads, labels); got != before {
		t.Errorf("%s: changed\n  %s\nto\n  %s", name, before, got)
	}
}

func TestRepairSubject(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // "word<-label-head" that must hold after the repair
	}{
		{"relative clause before the verb",
			"Kevin/PROPN/NNP/0/root McCarthy/PROPN/NNP/1/flat ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj held/VERB/VBD/1/parataxis " +
				"the/DET/DT/7/det post/NOUN/NN/5/obj ,/PUNCT/,/9/punct received/VERB/VBD/5/parataxis 192/NUM/CD/9/obj ./PUNCT/./1/punct",
			[]string{"received<-root-ROOT", "Kevin<-nsubj-received", ".<-punct-received", "held<-parataxis-Kevin"}},
		{"apposition and a finite auxiliary",
			"The/DET/DT/2/det toilet/NOUN/NN/0/root ,/PUNCT/,/5/punct an/DET/DT/5/det artwork/NOUN/NN/2/appos ,/PUNCT/,/8/punct " +
				"was/AUX/VBD/8/aux:pass stolen/VERB/VBN/5/acl on/ADP/IN/10/case Saturday/PROPN/NNP/8/obl ./PUNCT/./2/punct",
			[]string{"stolen<-root-ROOT", "toilet<-nsubj:pass-stolen", ".<-punct-stolen"}},
		{"a time for root: the noun after it is the subject",
			"On/ADP/IN/2/case Friday/PROPN/NNP/0/root ,/PUNCT/,/4/punct Qaboos/PROPN/NNP/2/appos ,/PUNCT/,/7/punct " +
				"the/DET/DT/7/det sultan/NOUN/NN/4/appos ,/PUNCT/,/9/punct died/VERB/VBD/7/conj ./PUNCT/./2/punct",
			[]string{"died<-root-ROOT", "Qaboos<-nsubj-died", "Friday<-obl-died"}},
		{"a relative clause running on into the main verb, after an opening phrase",
			"On/ADP/IN/2/case Saturday/PROPN/NNP/4/compound ,/PUNCT/,/2/punct aftershocks/NOUN/NNS/0/root that/PRON/WDT/6/nsubj " +
				"struck/VERB/VBD/4/acl:relcl Manila/PROPN/NNP/6/obj have/AUX/VBP/9/aux increased/VERB/VBN/6/advcl the/DET/DT/11/det toll/NOUN/NN/9/obj",
			[]string{"increased<-root-ROOT", "aftershocks<-nsubj-increased", "Saturday<-obl-increased", "struck<-acl:relcl-aftershocks"}},
		{"a time for root with a second time hung on it",
			"Early/ADJ/JJ/3/amod Saturday/PROPN/NNP/3/compound morning/NOUN/NN/0/root ,/PUNCT/,/6/punct after/ADP/IN/6/case midnight/NOUN/NN/3/appos " +
				",/PUNCT/,/8/punct police/NOUN/NNS/6/conj ,/PUNCT/,/10/punct responded/VERB/VBD/6/acl",
			[]string{"responded<-root-ROOT", "police<-nsubj-responded", "morning<-obl:unmarked-responded"}},
		{"a bare noun root before the verb's named subject",
			"Typhoon/NOUN/NN/0/root Phanfone/PROPN/NNP/3/nsubj made/VERB/VBD/1/appos landfall/NOUN/NN/3/obj ./PUNCT/./1/punct",
			[]string{"made<-root-ROOT", "Typhoon<-compound-Phanfone", "Phanfone<-nsubj-made", ".<-punct-made"}},
		{"a name at the root before the verb's noun subject",
			"SpaceX/PROPN/NNP/0/root Dragon/PROPN/NNP/1/flat capsule/NOUN/NN/4/nsubj docks/VERB/VBZ/1/acl:relcl with/ADP/IN/6/case Station/PROPN/NNP/4/obl",
			[]string{"docks<-root-ROOT", "capsule<-nsubj-docks", "SpaceX<-compound-capsule", "Station<-obl-docks"}},
		{"an adjective at the root before the named subject's description",
			"Chief/ADJ/JJ/0/root executive/ADJ/JJ/3/amod Tim/PROPN/NNP/5/nsubj Cook/PROPN/NNP/3/flat said/VERB/VBD/1/parataxis it/PRON/PRP/5/obj ./PUNCT/./5/punct",
			[]string{"said<-root-ROOT", "Chief<-amod-Tim", "Tim<-nsubj-said"}},
		{"an adjective made a noun by its determiner",
			"The/DET/DT/2/det oldest/ADJ/JJS/0/root ,/PUNCT/,/4/punct age/NOUN/NN/2/appos ,/PUNCT/,/6/punct " +
				"weighed/VERB/VBD/2/conj pounds/NOUN/NNS/6/obj",
			[]string{"weighed<-root-ROOT", "oldest<-nsubj-weighed"}},
	} {
		wantArcs(t, c.name, c.in, c.want, RepairSubject)
	}
	// Trees the rule must leave alone.
	for _, c := range []struct{ name, in string }{
		{"headline whose verb disagrees with the noun",
			"Fire/NOUN/NN/2/compound kills/NOUN/NNS/0/root nine/NUM/CD/2/nummod ,/PUNCT/,/5/punct injures/VERB/VBZ/2/conj dozens/NOUN/NNS/5/obj"},
		{"a colon opens a quotation",
			"statement/NOUN/NN/0/root read/NOUN/NN/1/compound :/PUNCT/:/1/punct Hamza/PROPN/NNP/1/appos ,/PUNCT/,/7/punct " +
				"a/DET/DT/7/det member/NOUN/NN/4/appos ,/PUNCT/,/10/punct was/AUX/VBD/10/aux:pass killed/VERB/VBN/7/acl"},
		{"a subordinate clause",
			"Leyts/PROPN/NNP/0/root ,/PUNCT/,/4/punct when/ADV/WRB/4/advmod asked/VERB/VBD/1/advcl about/ADP/IN/6/case it/PRON/PRP/4/obl"},
		{"no comma before the verb",
			"Leaders/NOUN/NNS/0/root in/ADP/IN/3/case Asia/PROPN/NNP/1/nmod agree/VERB/VBP/1/acl"},
		{"a relative clause's own participle",
			"reports/NOUN/NNS/0/root that/PRON/WDT/3/nsubj were/AUX/VBD/1/acl:relcl published/VERB/VBN/3/acl yesterday/NOUN/NN/4/obl:tmod"},
		{"a noun with modifiers before the name",
			"debate/NOUN/NN/2/compound prepper/NOUN/NN/0/root Giuliani/PROPN/NNP/4/nsubj received/VERB/VBD/2/acl:relcl scrutiny/NOUN/NN/4/obj"},
		{"a copula makes the noun a predicate",
			"he/PRON/PRP/3/nsubj was/AUX/VBD/3/cop president/NOUN/NN/0/root ,/PUNCT/,/5/punct said/VERB/VBD/3/parataxis"},
	} {
		unchanged(t, c.name, c.in, RepairSubject)
	}
}

func TestRepairFrontedSubject(t *testing.T) {
	for _, c := range []struct {
		name, in, ner string
		want          []string
	}{
		{"a name hung on an opening time",
			"On/ADP/IN/2/case Friday/PROPN/NNP/9/obl ,/PUNCT/,/4/punct Ana/PROPN/NNP/2/conj Ruiz/PROPN/NNP/4/flat ,/PUNCT/,/7/punct " +
				"the/DET/DT/7/det minister/NOUN/NN/2/appos ,/PUNCT/,/2/punct signed/VERB/VBD/0/root it/PRON/PRP/9/obj",
			"O O O B-PER I-PER O O O O O O",
			[]string{"Ana<-nsubj-signed", "minister<-appos-Ana", "signed<-root-ROOT"}},
		{"a titled name, headed by its title, hung on an opening phrase",
			"In/ADP/IN/2/case reaction/NOUN/NN/8/obl ,/PUNCT/,/5/punct House/NOUN/NN/5/compound Speaker/PROPN/NNP/2/appos Nancy/PROPN/NNP/5/flat " +
				"Pelosi/PROPN/NNP/5/flat accused/VERB/VBD/0/root Trump/PROPN/NNP/8/obj",
			"O O O O O B-PER I-PER O B-PER",
			[]string{"Speaker<-nsubj-accused", "Nancy<-flat-Speaker"}},
		{"a name hung on an opening participle",
			"Acting/VERB/VBG/0/root via/ADP/IN/3/case lawyers/NOUN/NNS/1/obl ,/PUNCT/,/5/punct Ana/PROPN/NNP/1/list ,/PUNCT/,/7/punct " +
				"pleaded/VERB/VBD/1/conj guilty/ADJ/JJ/7/xcomp",
			"O O O O B-PER O O O",
			[]string{"pleaded<-root-ROOT", "Acting<-advcl-pleaded", "Ana<-nsubj-pleaded"}},
		{"a country right before the verb",
			"In/ADP/IN/2/case game/NOUN/NN/7/obl of/ADP/IN/4/case Group/PROPN/NNP/2/nmod ,/PUNCT/,/6/punct Belgium/PROPN/NNP/4/appos faced/VERB/VBD/0/root Panama/PROPN/NNP/7/obj",
			"O O O O O B-LOC O B-LOC",
			[]string{"Belgium<-nsubj-faced"}},
	} {
		wantArcs(t, c.name, c.in, c.want, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairFrontedSubject(words, upos, xpos, strings.Fields(c.ner), heads, labels)
		})
	}
	// A verb with a subject, or a place set off before the verb, is left
	// alone.
	for _, c := range []struct{ name, in, ner string }{
		{"the verb has a subject",
			"On/ADP/IN/2/case Friday/PROPN/NNP/6/obl ,/PUNCT/,/4/punct Ana/PROPN/NNP/2/conj ,/PUNCT/,/2/punct she/PRON/PRP/7/nsubj signed/VERB/VBD/0/root",
			"O O O B-PER O O O"},
		{"a place, not a person",
			"In/ADP/IN/2/case Paris/PROPN/NNP/6/obl ,/PUNCT/,/4/punct France/PROPN/NNP/2/appos ,/PUNCT/,/2/punct signed/VERB/VBD/0/root it/PRON/PRP/6/obj",
			"O B-LOC O B-LOC O O O"},
	} {
		unchanged(t, c.name, c.in, func(words, upos, xpos []string, heads []int, labels []string) {
			RepairFrontedSubject(words, upos, xpos, strings.Fields(c.ner), heads, labels)
		})
	}
}

// TestRepairsKeepATree runs the repairs on random trees and checks that
// they leave a tree: one root, every word reaching it, no cycle.
func TestRepairsKeepATree(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	uposSet := []string{"NOUN", "PROPN", "VERB", "AUX", "ADJ", "PUNCT", "PRON", "NUM", "ADP", "DET", "CCONJ"}
	xposSet := []string{"NN", "NNP", "VBD", "VBZ", "VBN", "VBG", "JJ", ",", "PRP", "CD", "IN", "DT", "MD", "WP"}
	labelSet := []string{"nsubj", "obj", "acl", "conj", "appos", "parataxis", "punct", "cop", "aux", "aux:pass", "case", "det", "list", "flat", "compound", "nsubj:pass", "mark", "cc", "obl", "acl:relcl", "advcl", "nmod", "ccomp", "iobj", "amod", "vocative", "xcomp"}
	nerSet := []string{"O", "B-PER", "I-PER", "B-ORG", "B-LOC"}
	lemmaSet := []string{"say", "note", "drop", "after", "as", "with", "range", "find"}
	changed := 0
	for trial := 0; trial < 150000; trial++ {
		n := 2 + rng.Intn(12)
		words, upos, xpos, ner := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		heads, labels := make([]int, n), make([]string, n)
		order := rng.Perm(n) // attach each word to one placed before it in this order
		heads[order[0]], labels[order[0]] = -1, "root"
		for i := 1; i < n; i++ {
			heads[order[i]] = order[rng.Intn(i)]
			labels[order[i]] = labelSet[rng.Intn(len(labelSet))]
		}
		for i := range n {
			words[i] = fmt.Sprint("w", i)
			upos[i], xpos[i], ner[i] = uposSet[rng.Intn(len(uposSet))], xposSet[rng.Intn(len(xposSet))], nerSet[rng.Intn(len(nerSet))]
			if xpos[i] == "," {
				words[i] = ","
			}
			switch rng.Intn(10) {
			case 0:
				words[i] = "after" // a subordinator for RepairComplement and RepairRelativeSubject
			case 1:
				words[i] = "Yesterday" // a time for RepairTimeSubject and RepairTimeInSubject
			case 2:
				words[i] = "on"
			case 3:
				words[i] = "according"
			case 4:
				words[i] = "he"
			case 5:
				words[i] = "of" // a preposition taken for a marker, for RepairOfSubject
			case 6:
				words[i] = "-" // a hyphenated participle, for RepairVerbalModifier
			case 7:
				words[i] = "aged" // for RepairAgedNumber (the planted ages give it numbers)
			case 8:
				words[i] = "weeks" // for RepairMeasuredClause
			case 9:
				words[i] = "May" // for RepairTimeOnPerson
			}
		}
		if n >= 7 && rng.Intn(4) == 0 { // "Smithers, 36 years old, is" for RepairAgeSubject
			p := 1 + rng.Intn(n-6)
			copy(words[p:], []string{",", "36", "years", "old", ","})
			copy(upos[p:], []string{"PUNCT", "NUM", "NOUN", "ADJ", "PUNCT"})
			upos[p-1], labels[p+3] = uposSet[rng.Intn(2)], "nsubj"
		}
		before := fmt.Sprint(heads, labels)
		RepairVerbalModifier(words, xpos, heads, labels)
		RepairNumberedNoun(words, upos, heads, labels)
		RepairPossessor(words, xpos, heads, labels)
		RepairWhoseClause(words, xpos, heads, labels)
		RepairConjOnFlat(upos, heads, labels)
		RepairRelativeAttachment(words, xpos, heads, labels)
		RepairHeadlinePassive(upos, xpos, heads, labels)
		RepairSubject(words, upos, xpos, heads, labels)
		RepairOfSubject(words, heads, labels)
		RepairFrontedSubject(words, upos, xpos, ner, heads, labels)
		lemmas := make([]string, n)
		for i := range lemmas {
			lemmas[i] = lemmaSet[rng.Intn(len(lemmaSet))]
		}
		RepairComplement(words, lemmas, upos, xpos, heads, labels)
		RepairSubordinateClause(words, upos, xpos, heads, labels)
		RepairRelativeSubject(words, lemmas, upos, xpos, heads, labels)
		RepairLoneObject(lemmas, upos, heads, labels)
		RepairTimeSubject(words, upos, heads, labels)
		RepairTimeInSubject(words, upos, heads, labels)
		RepairAgo(words, heads, labels)
		RepairCoordinatedApposition(heads, labels)
		RepairCoordinatedSubject(upos, words, heads, labels)
		RepairSplitSubject(upos, heads, labels)
		RepairNamedConjunct(upos, heads, labels)
		RepairGerundConjunct(xpos, heads, labels)
		RepairStrandedGerund(xpos, heads, labels)
		RepairSource(words, heads, labels)
		RepairDoubleSubject(upos, heads, labels)
		RepairParticipleObject(xpos, heads, labels)
		RepairAdjacentSubjects(upos, ner, heads, labels)
		RepairNominativeObject(words, heads, labels)
		RepairPlaceSubject(upos, words, ner, heads, labels)
		RepairAgeSubject(words, upos, heads, labels)
		RepairAgedNumber(words, upos, heads, labels)
		RepairVocativeSubject(upos, words, heads, labels)
		RepairDescribedSubject(upos, words, heads, labels)
		RepairShiftedObject(upos, heads, labels)
		RepairParticipleOnObject(words, xpos, heads, labels)
		RepairObjectList(words, upos, heads, labels)
		RepairNumberAcrossComma(words, upos, heads, labels)
		RepairUpTo(words, upos, heads, labels)
		RepairInnerCase(upos, heads, labels)
		RepairCaseClause(upos, heads, labels)
		RepairReportRoot(words, lemmas, upos, xpos, heads, labels)
		RepairTrailingReport(words, lemmas, upos, xpos, heads, labels)
		RepairSubordinateClause(words, upos, xpos, heads, labels)
		RepairMarkedSubject(words, upos, heads, labels)
		RepairSayingParticiple(words, lemmas, xpos, heads, labels)
		RepairRangingParticiple(words, lemmas, xpos, heads, labels)
		RepairPostAdjective(lemmas, upos, heads, labels)
		RepairClauseConjunct(upos, xpos, heads, labels)
		RepairConjunctParticipleObject(words, xpos, heads, labels)
		RepairMeasuredClause(words, upos, heads, labels)
		RepairTimeOnPerson(words, upos, ner, heads, labels)
		RepairQuantitySubject(words, upos, xpos, heads, labels)
		RepairPartitiveRelative(words, heads, labels)
		RepairOtherConjunct(words, upos, heads, labels)
		RepairSplitName(upos, ner, heads, labels)
		RepairParticipleOnTime(words, upos, xpos, heads, labels)
		RepairSplitOfPhrase(words, upos, heads, labels)
		RepairRootParticiple(words, lemmas, xpos, heads, labels)
		RepairAppositiveSubject(upos, words, heads, labels)
		RepairCopulaParticiple(words, upos, xpos, heads, labels)
		RepairFencedTime(words, upos, heads, labels)
		RepairInfinitiveComplement(words, lemmas, xpos, heads, labels)
		RepairHyphenParticiple(words, upos, xpos, heads, labels)
		RepairReportParticiple(words, lemmas, xpos, heads, labels)
		RepairByClause(words, xpos, heads, labels)
		RepairCaselessOblique(words, upos, xpos, heads, labels)
		RepairThatComplement(words, lemmas, heads, labels)
		RepairReportStranded(lemmas, heads, labels)
		RepairAsPhrase(words, upos, xpos, heads, labels)
		RepairDeedGerund(words, lemmas, xpos, heads, labels)
		RepairMoreThan(words, upos, heads, labels)
		RepairTimeCompound(words, upos, heads, labels)
		RepairPurposeOnPlace(words, xpos, heads, labels)
		RepairTitledConjunct(upos, heads, labels)
		if fmt.Sprint(heads, labels) != before {
			changed++
		}
		if !IsTree(heads) {
			t.Fatalf("trial %d: no tree (a cycle or not one root): %v", trial, heads)
		}
	}
	if changed < 25 {
		t.Errorf("the repairs changed only %d random trees: the test does not exercise them", changed)
	}
}

func TestIsTree(t *testing.T) {
	for _, c := range []struct {
		heads []int
		want  bool
	}{
		{[]int{-1, 0, 1}, true},
		{[]int{1, -1, 1, 2}, true},
		{[]int{-1, 2, 1}, false},  // a cycle
		{[]int{-1, -1, 1}, false}, // two roots
		{[]int{1, 0}, false},      // no root
		{[]int{-1, 5}, false},     // a head out of range
	} {
		if got := IsTree(c.heads); got != c.want {
			t.Errorf("IsTree(%v) = %v, want %v", c.heads, got, c.want)
		}
	}
}

func TestRepairQuantitySubject(t *testing.T) {
	fix := func(words, upos, xpos []string, heads []int, labels []string) {
		RepairQuantitySubject(words, upos, xpos, heads, labels)
	}
	wantArcs(t, "a number rooting the sentence, its verb a parataxis",
		"Seven/NUM/CD/0/root of/ADP/IN/4/case the/DET/DT/4/det members/NOUN/NNS/1/nmod voted/VERB/VBD/1/parataxis for/ADP/IN/7/case "+
			"increase/NOUN/NN/5/obl ./PUNCT/./1/punct",
		[]string{"voted<-root-ROOT", "Seven<-nsubj-voted", ".<-punct-voted", "members<-nmod-Seven"}, fix)
	unchanged(t, "a singular verb after a plural number",
		"Seven/NUM/CD/0/root of/ADP/IN/3/case members/NOUN/NNS/1/nmod votes/VERB/VBZ/1/parataxis", fix)
	unchanged(t, "a verb with its own subject",
		"Seven/NUM/CD/0/root of/ADP/IN/3/case members/NOUN/NNS/1/nmod they/PRON/PRP/5/nsubj voted/VERB/VBD/1/parataxis", fix)
}

// mapped gives each word the value m has for it ("" when none): lemmas or
// recogniser tags for the few words a repair looks at.
func mapped(words []string, m map[string]string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = m[w]
	}
	return out
}
