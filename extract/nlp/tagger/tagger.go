package tagger

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/kgraph/kg/extract/nlp/perceptron"
	ws "github.com/kgraph/kg/extract/nlp/wordshape"
)

// Example is one training sentence.
type Example struct {
	Words, UPOS, XPOS []string
}

// Tagger assigns UPOS and XPOS tags. It is safe for concurrent use.
type Tagger struct {
	model  *perceptron.Model
	second *perceptron.Model // optional second pass that sees first-pass tags ahead
	amb    map[string]string // normalised word → ambiguity class
	set    int               // feature set: 1 (the original) or 2 (see features)
	lex    *Lexicon          // dictionary signatures of unseen words, or nil
	upos   []string          // per class
	xpos   []string
	vbd    int    // class of VERB VBD (-1: none), see finite
	vbn    int    // class of VERB VBN (-1: none), see headline
	vbz    int    // class of VERB VBZ (-1: none), see headline
	vbp    int    // class of VERB VBP (-1: none), see headline
	nns    int    // class of NOUN NNS (-1: none), see headline
	nnp    int    // class of PROPN NNP (-1: none), see nameBeforeWho
	nn     int    // class of NOUN NN (-1: none), see nominal
	vb     int    // class of VERB VB (-1: none), see afterModal
	jj     int    // class of ADJ JJ (-1: none), see noParticiple
	closed []bool // per class: a closed-class tag (see closedTags)
	pos    int    // class of PART POS (-1: none), see nominal
	prps   int    // class of PRON PRP$ (-1: none), see herBeforeOrdinal
	to     int    // class of PART TO (-1: none), see lowerName
}

const sep = " "

func joint(u, x string) string { return u + sep + x }

// Tag returns UPOS and XPOS tags for words: each word's best tag. Training
// (jackknifed tags) uses it; the pipeline uses TagSentence and TagHeadline.
func (t *Tagger) Tag(words []string) (upos, xpos []string) { return t.tag(words, none) }

// TagSentence is Tag with sentence-level constraints: a sentence that ends
// like a statement has a finite verb (see finite).
func (t *Tagger) TagSentence(words []string) (upos, xpos []string) { return t.tag(words, statement) }

// TagHeadline tags a news headline, where a past form after a noun is a
// passive participle (see headline).
func (t *Tagger) TagHeadline(words []string) (upos, xpos []string) { return t.tag(words, headline) }

// Sentence-level constraints of tag.
const (
	none = iota
	statement
	headline
)

func (t *Tagger) tag(words []string, kind int) (upos, xpos []string) {
	n := len(words)
	upos, xpos = make([]string, n), make([]string, n)
	cls := make([]int, n)
	c := newCtx(words, t.amb, t.set, t.lex)
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(t.model.Classes))
	pass := func(m *perceptron.Model, first []int) {
		for i := range words {
			feats = c.features(feats[:0], i, cls, t.model.Classes)
			if first != nil {
				feats = c.ahead(feats, i, first, t.model.Classes)
			}
			clear(scores)
			m.Score(feats, scores)
			cls[i] = argmax(scores)
			if t.closed != nil && t.closed[cls[i]] && !strings.HasPrefix(c.amb[i], "?") {
				cls[i] = t.withinClass(scores, cls[i], c.amb[i])
			}
		}
	}
	pass(t.model, nil)
	if t.second != nil {
		first := cls
		cls = make([]int, n)
		pass(t.second, first)
	}
	if kind != none {
		t.hyphenNames(words, cls)
		t.nameParticles(words, cls)
		t.herBeforeOrdinal(words, cls)
		t.lowerName(words, cls)
		t.adjectiveOnly(words, cls)
	}
	switch kind {
	case statement:
		t.nominal(words, cls)
		t.afterModal(words, cls)
		t.nameBeforeWho(words, cls)
		t.subordinateSubject(words, cls)
		t.coordinatedNamesVerb(words, cls)
		t.coordinatedPast(words, cls)
		t.pluralBeforePast(words, cls)
		t.reportPast(words, cls)
		t.namePast(words, cls)
		t.commaParticiple(words, cls)
		t.noParticiple(words, cls)
		t.finite(words, cls)
	case headline:
		t.nominal(words, cls)
		t.headline(words, cls)
	}
	for i := range words {
		upos[i], xpos[i] = t.upos[cls[i]], t.xpos[cls[i]]
	}
	return upos, xpos
}

// closedTags are the Penn tags of closed word classes: a content word the
// training data has seen often enough to have an ambiguity class, none of
// it closed, takes none of them ("beat" is never a preposition, which the
// model made of it in "Real Madrid beat Barcelona 3-1").
// PRP is left out: "one" is a pronoun ("one can imagine") too rarely for
// its class.
var closedTags = map[string]bool{"IN": true, "DT": true, "CC": true, "PRP$": true, "WDT": true, "WP": true,
	"WP$": true, "WRB": true, "MD": true, "TO": true, "EX": true, "POS": true, "PDT": true}

// withinClass returns the best-scoring class whose tag is in the word's
// ambiguity class amb ("NN_VB_VBD"), or best when that class holds a
// closed tag or no tag of the model.
func (t *Tagger) withinClass(scores []float32, best int, amb string) int {
	tags := strings.Split(amb, "_")
	for _, x := range tags {
		if closedTags[x] {
			return best // a function word: its rarer uses ("you" for "your") fall below the class's 5%
		}
	}
	pick := -1
	for k, x := range t.xpos {
		if slices.Contains(tags, x) && (pick < 0 || scores[k] > scores[pick]) {
			pick = k
		}
	}
	if pick < 0 {
		return best
	}
	return pick
}

// finite makes a sentence that ends like a statement but has no finite
// verb have one: its first past participle right after a noun and not
// before "by" becomes VBD (failing one, a verb whose past is its base
// form read as a noun, "set", before what can be its object). News leads
// such as "An apartment building collapsed on Monday ..." or "Police
// arrested the accused ..." are otherwise read as noun phrases with a
// reduced relative clause, and the sentence loses its main verb. (On EWT dev the rule changes almost
// nothing; on 297 Wikinews articles it changes 124 sentences, see
// the nlp README.)
func (t *Tagger) finite(words []string, cls []int) {
	n := len(words)
	if t.vbd < 0 || n < 5 || (words[n-1] != "." && words[n-1] != "!") {
		return
	}
	best, same := -1, -1
	withObject, inner := false, false
	for i, k := range cls {
		// A relative or subordinate clause opened after the candidate
		// ("people marched ... against a mine that environmentalists say
		// would poison rivers"): its verbs are not the sentence's.
		if best >= 0 && !inner {
			if x := t.xpos[k]; x == "WDT" || x == "WP" || x == "IN" {
				lw := strings.ToLower(words[i])
				inner = relativePronouns[lw] || subordinators[lw]
			}
		}
		switch x := t.xpos[k]; {
		case finiteTag(x):
			// A relative clause's verb ("..., which suffered damage") is
			// not the sentence's, nor is a say verb put after its
			// sentence ("..., reported officials, ...").
			if inner || i > 0 && relativePronouns[strings.ToLower(words[i-1])] || t.invertedSay(words, cls, i) || t.closingReport(words, cls, i) {
				continue
			}
			// "a flying device ..., called Flyboard Air": a participle
			// naming what comes before it, read as a past tense.
			if t.naming(words, cls, i) {
				if t.vbn >= 0 {
					cls[i] = t.vbn
				}
				continue
			}
			return
		case x == "VBN":
			if (best < 0 || !withObject) && (t.afterNoun(words, cls, i) || t.afterInsertion(words, cls, i)) && (i+1 == n || !strings.EqualFold(words[i+1], "by") || byCount(words, i+1)) {
				// The first, or a later one with an object after it where
				// the first had none ("the number of deaths linked to the
				// virus surpassed 100,000").
				obj := i+1 < n && objectStart[t.xpos[cls[i+1]]] && t.xpos[cls[i-1]] != "CD" // not "93 injured people"
				if best < 0 || obj {
					best, withObject = i, obj
				}
			}
		case x == "VB" && samePast[strings.ToLower(words[i])] && t.afterInsertion(words, cls, i) && i+1 < n && objectStart[t.xpos[cls[i+1]]]:
			// "Arnav Gupta, 33, of Bethesda, set himself on fire": a bare
			// infinitive cannot follow a subject and its insertion, so
			// the verb is the sentence's past tense, whatever a reduced
			// relative after it was read as ("an area called the
			// Ellipse").
			cls[i] = t.vbd
			return
		case x == "NN" || x == "JJ" || x == "IN":
			// "The Tbilisi city court set bail": a verb whose past is
			// its base form, read as a noun in a compound (or an
			// adjective: "rioters reportedly partly set fire to ...",
			// or a preposition: "Police shot Khan"), before what can be
			// its object.
			if same < 0 && t.pastLike(words[i], x != "JJ") && t.afterNoun(words, cls, i) && i+1 < n && objectStart[t.xpos[cls[i+1]]] {
				same = i
			}
		}
	}
	if best < 0 || same >= 0 && same < best {
		best = same // the first candidate: "a gunman shot shoppers ..., with 25 others injured"
	}
	if best >= 0 {
		cls[best] = t.vbd
		return
	}
	// Failing a past, a plural noun after its subject that is also a
	// verb's third person, before a preposition or what can be its
	// object: "The request of the municipalities results from the
	// sentence of the Court".
	for i := 1; t.vbz >= 0 && t.lex != nil && i+1 < n; i++ {
		if t.xpos[cls[i]] != "NNS" || words[i] != strings.ToLower(words[i]) || !strings.Contains(t.lex.sig(words[i]), "Vz") {
			continue
		}
		if p := t.xpos[cls[i-1]]; (p == "NN" || p == "NNP" || p == "NNS") && (t.xpos[cls[i+1]] == "IN" || t.xpos[cls[i+1]] == "RP" || t.xpos[cls[i+1]] == "DT") {
			cls[i] = t.vbz
			return
		}
	}
}

// naming says whether word i is "called", "named", ... after a comma and
// before a name: a reduced relative naming what precedes it.
func (t *Tagger) naming(words []string, cls []int, i int) bool {
	if i == 0 || i+1 >= len(words) || !namingVerbs[strings.ToLower(words[i])] {
		return false
	}
	if words[i-1] != "," { // "The police called Smith" is a past tense
		return false
	}
	x := t.xpos[cls[i+1]]
	return x == "NNP" || x == "NNPS" || (x == "DT" && i+2 < len(words) && t.xpos[cls[i+2]] == "NNP")
}

// namingVerbs give something a name.
var namingVerbs = map[string]bool{"called": true, "named": true, "dubbed": true, "nicknamed": true, "titled": true, "entitled": true}

// saidBySource returns the index of the comma before a headline's closing
// ", says study" or ", say scientists" (a say verb and up to four words),
// or -1.
func saidBySource(words []string) int {
	for k := len(words) - 2; k >= 2 && k >= len(words)-5; k-- {
		if words[k-1] == "," && headlineSay[strings.ToLower(words[k])] {
			return k - 1
		}
	}
	return -1
}

// headlineParticles can follow a headline's verb before its object.
var headlineParticles = map[string]bool{"up": true, "down": true, "out": true, "off": true}

// headlineReport are third persons of verbs that report a clause in a
// headline ("judge rules ... are citizens", "study finds ...").
var headlineReport = map[string]bool{"rules": true, "says": true, "finds": true, "claims": true, "warns": true,
	"reports": true, "shows": true, "suggests": true, "confirms": true, "announces": true, "reveals": true, "declares": true}

// headlineSay are the present forms with which headlines name a source.
var headlineSay = map[string]bool{"says": true, "say": true, "claims": true, "claim": true, "warns": true,
	"warn": true, "finds": true, "find": true, "reports": true, "report": true, "suggests": true, "suggest": true}

// invertedSay says whether word i is a say verb put after what was said,
// its subject after it: ", reported officials", ", said police".
func (t *Tagger) invertedSay(words []string, cls []int, i int) bool {
	return i > 0 && words[i-1] == "," && sayForms[strings.ToLower(words[i])] && i+1 < len(words) &&
		nounish[t.xpos[cls[i+1]]] && (i+2 == len(words) || words[i+2] == "," || words[i+2] == "." || nounish[t.xpos[cls[i+2]]])
}

// closingReport says whether word i is a say verb closing the sentence
// after a comma and its subject: "..., Johns Hopkins University data
// indicated." What it reports needs a finite verb of its own.
func (t *Tagger) closingReport(words []string, cls []int, i int) bool {
	if !sayForms[strings.ToLower(words[i])] {
		return false
	}
	// Nothing after it but a time ("on Wednesday", "Tuesday") and the
	// final stop.
	end := i + 1
	if end+2 < len(words) && (words[end] == "on" || words[end] == "late" || words[end] == "early") && t.xpos[cls[end+1]] == "NNP" {
		end += 2
	} else if end+1 < len(words) && weekdays[strings.ToLower(words[end])] {
		end++
	}
	if end+1 != len(words) && (end >= len(words) || words[end] != ",") {
		return false // the final stop, or a comma before a participle (", ending months of speculation")
	}
	j := i - 1
	for j > 0 && i-j <= 5 && (nounish[t.xpos[cls[j]]] || t.xpos[cls[j]] == "DT" || t.xpos[cls[j]] == "PRP$" || t.xpos[cls[j]] == "JJ") {
		j--
	}
	return j < i-1 && j > 0 && words[j] == ","
}

// namePast reads a regular past form right after a sentence-opening name
// (capitalised words read as nouns) as the name's verb: "Macron promised to deliver more air defence
// systems and said France would train 2,000 soldiers" ("promised" had
// been a participle on "Macron", whose verb became "said"). A bare name
// is not described by a participle after it without a comma; "by" after
// the form still makes it one ("Apple backed by investors ...").
func (t *Tagger) namePast(words []string, cls []int) {
	i := 0
	for i < len(words) && capitalised(words[i]) && (strings.HasPrefix(t.xpos[cls[i]], "NN")) {
		i++
	}
	if i == 0 || i+1 >= len(words) || t.vbd < 0 || t.xpos[cls[i]] != "VBN" || !strings.HasSuffix(words[i], "ed") ||
		strings.EqualFold(words[i+1], "by") || words[i] != strings.ToLower(words[i]) {
		return
	}
	// The next finite verb is its conjunct ("... and said"): "Troops
	// stationed in Iraq returned" keeps its participle.
	for k := i + 1; k < len(words); k++ {
		if finiteTag(t.xpos[cls[k]]) {
			if !strings.EqualFold(words[k-1], "and") {
				return
			}
			break // the first one: what comes after it is its own
		}
	}
	cls[i] = t.vbd
}

// reportPast reads a closing report's verb taken for a participle as the
// past it is: "Kylian Mbappe has signed a five-year contract with Real
// Madrid, the Spanish club announced on Monday, ending months of
// speculation" ("announced" had been a participle on "club", and the club
// announced by someone). The sentence's own finite verb comes before.
func (t *Tagger) reportPast(words []string, cls []int) {
	for i := 2; t.vbd >= 0 && i < len(words); i++ {
		if t.xpos[cls[i]] != "VBN" || !t.closingReport(words, cls, i) || i+1 < len(words) && strings.EqualFold(words[i+1], "by") {
			continue
		}
		if slices.ContainsFunc(cls[:i], func(k int) bool { return finiteTag(t.xpos[k]) }) {
			cls[i] = t.vbd
		}
	}
}

// weekdays may follow a closing report verb ("..., officials said
// Tuesday.").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true}

// byCount says whether the "by" at i gives a count, not an agent: "passed
// by a vote of 230 to 197", "won by a margin of", "rose by 5 percent".
func byCount(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		switch strings.ToLower(words[k]) {
		case "vote", "votes", "margin", "majority", "score", "percent", "%":
			return true
		}
	}
	return i+1 < len(words) && len(words[i+1]) > 0 && words[i+1][0] >= '0' && words[i+1][0] <= '9'
}

// nounUses are adjectives and participles news uses as nouns after "the".
var nounUses = map[string]bool{"public": true, "accused": true, "deceased": true, "injured": true, "wounded": true,
	"missing": true, "displaced": true, "elderly": true, "homeless": true, "unemployed": true, "disabled": true,
	"bereaved": true}

// afterNounUse says whether tag x can follow a noun use of an adjective
// ("the injured to hospitals", "the wounded, including"):
// a finite verb, a preposition or punctuation, not a noun or a conjunct
// the adjective would modify.
func afterNounUse(x string) bool {
	switch x {
	case "IN", "TO", ",", ".", ":", "-RRB-", "''":
		return true
	}
	return finiteTag(x)
}

// pastLike says whether w, read as a noun or adjective, can be a verb's
// past tense: one whose past is its base form (set, cut, hit), or an
// irregular past WordNet lists that is no -en participle, read as a noun
// ("a gunman shot shoppers", "police fought protesters").
func (t *Tagger) pastLike(w string, noun bool) bool {
	lw := strings.ToLower(w)
	if samePast[lw] {
		return true
	}
	return noun && t.lex != nil && strings.Contains(t.lex.Irregular[lw], "v") && !strings.HasSuffix(lw, "n") && lw != "found"
}

// samePast are verbs whose past tense is their base form.
var samePast = map[string]bool{"set": true, "cut": true, "hit": true, "put": true, "let": true, "cost": true,
	"spread": true, "shut": true, "hurt": true, "cast": true, "quit": true, "split": true, "bid": true,
	"shed": true, "upset": true, "broadcast": true, "forecast": true, "burst": true}

// objectStart tags can begin a verb's object.
var objectStart = map[string]bool{"DT": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "CD": true,
	"PRP": true, "PRP$": true, "JJ": true}

// afterNoun says whether word i follows a noun, or a bracketed acronym
// after one ("The United States Coast Guard (USCG) called off ..."),
// adverbs between.
func (t *Tagger) afterNoun(words []string, cls []int, i int) bool {
	j := i - 1
	if j >= 2 && words[j] == ")" && words[j-2] == "(" {
		j -= 3
	}
	for j > 0 && t.xpos[cls[j]] == "RB" { // "rioters reportedly partly set"
		j--
	}
	return j >= 0 && nounish[t.xpos[cls[j]]]
}

// afterModal reads a noun after a modal and an adverb, or an adjective
// after a modal, as the verb it also is: "Worshippers may now worship at
// archeological sites" ("worship" had been the sentence's noun root),
// "Israel will free 60 prisoners". Only a lower-case noun
// whose dictionary entry is also a verb, and not before "of" (a noun
// phrase after "will": "the will of the people" is no modal).
func (t *Tagger) afterModal(words []string, cls []int) {
	for i := 1; t.vb >= 0 && t.lex != nil && i < len(words); i++ {
		x := t.xpos[cls[i]]
		if x != "NN" && x != "JJ" || words[i] != strings.ToLower(words[i]) || !t.verbSense(words[i]) ||
			i+1 < len(words) && strings.EqualFold(words[i+1], "of") {
			continue
		}
		j := i - 1
		for j > 0 && t.xpos[cls[j]] == "RB" && i-j <= 2 {
			j--
		}
		// A noun needs an adverb between (without one the model reads it
		// well); an adjective after a modal needs "be" ("will be free"),
		// so one right after it is the verb ("Israel will free 60
		// prisoners").
		if t.xpos[cls[j]] == "MD" && (x == "NN" && j < i-1 || x == "JJ") {
			cls[i] = t.vb
		}
	}
}

// noParticiple reads a word tagged as a past participle that no verb
// has for one as the adjective or noun it also is: in "Greece, which has
// tense relations with Turkey" the model read "has tense" as a perfect,
// in "a Twitter post by Amy Cook" "post" as a participle with its agent.
// A participle is an -ed or -en form, an irregular form WordNet lists, or
// one of the few verbs whose participle is their base (baseParticiples);
// any other lower-case verb lemma is none.
func (t *Tagger) noParticiple(words []string, cls []int) {
	for i, w := range words {
		if t.lex == nil || t.xpos[cls[i]] != "VBN" || w != strings.ToLower(w) {
			continue
		}
		if k := strings.LastIndexByte(w, '-'); k >= 0 {
			w = w[k+1:] // "re-read", "pre-cut"
		}
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || samePast[w] || baseParticiples[w] ||
			strings.Contains(t.lex.Irregular[w], "v") {
			continue
		}
		// A passive keeps its participle: "is lead by" is a misspelt
		// "led", not a noun.
		j := i - 1
		for j > 0 && t.xpos[cls[j]] == "RB" {
			j--
		}
		if j >= 0 && beForms[strings.ToLower(words[j])] {
			continue
		}
		pos, ok := t.lex.POS[w]
		switch {
		case !ok || !strings.Contains(pos, "v"):
			continue
		case strings.Contains(pos, "a") && t.jj >= 0:
			cls[i] = t.jj
		case strings.Contains(pos, "n") && t.nn >= 0:
			cls[i] = t.nn
		default:
			continue
		}
		// The "have" read as its auxiliary is the verb.
		if j < 0 || t.upos[cls[j]] != "AUX" {
			continue
		}
		verb := -1
		switch strings.ToLower(words[j]) + " " + t.xpos[cls[j]] {
		case "has VBZ":
			verb = t.vbz
		case "had VBD":
			verb = t.vbd
		case "have VBP":
			verb = t.vbp
		case "have VB":
			verb = t.vb
		}
		if verb >= 0 {
			cls[j] = verb
		}
	}
}

// beForms are the forms of "be" and "get" that make a passive.
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"'s": true, "'re": true, "get": true, "gets": true, "got": true, "gotten": true, "getting": true}

// baseParticiples are verbs whose past participle is their base form
// (besides samePast, whose past tense is too).
var baseParticiples = map[string]bool{"become": true, "come": true, "overcome": true, "run": true, "overrun": true,
	"outrun": true, "rerun": true, "read": true, "reread": true, "beat": true, "outbid": true, "fit": true, "slit": true,
	"bust": true, "bet": true, "wed": true, "rid": true, "thrust": true, "spit": true, "wet": true, "knit": true,
	"input": true, "output": true, "reset": true, "preset": true, "offset": true, "undercut": true, "telecast": true}

// lowerName reads a lower-case common noun tagged as a name in a sentence
// written with capitals as the noun it is ("the Saudi crown prince":
// "prince" had been a name, and the parser the crown's apposition). Only
// a word written all in lower case that the dictionary has as a noun,
// after a determiner, adjective or noun.
func (t *Tagger) lowerName(words []string, cls []int) {
	for i := 1; t.nn >= 0 && t.lex != nil && i < len(words); i++ {
		if t.xpos[cls[i]] != "NNP" || words[i] == "" || words[i][0] < 'a' || words[i][0] > 'z' {
			continue
		}
		// "to sue anyone": a verb the dictionary has after "to" (Sue is
		// also a name).
		if pos, ok := t.lex.POS[words[i]]; ok && strings.Contains(pos, "v") && strings.EqualFold(words[i-1], "to") && t.vb >= 0 && t.to >= 0 &&
			words[i] == strings.ToLower(words[i]) && (i+1 == len(words) || !capitalised(words[i+1])) { // not "to bin Laden"
			cls[i-1], cls[i] = t.to, t.vb
			continue
		}
		if p := t.xpos[cls[i-1]]; p != "DT" && p != "JJ" && p != "NN" && p != "PRP$" {
			continue
		}
		if pos, ok := t.lex.POS[words[i]]; ok && strings.Contains(pos, "n") && words[i] == strings.ToLower(words[i]) {
			cls[i] = t.nn
		}
	}
}

// adjectiveOnly reads a lower-case word tagged as a singular noun that
// the dictionary has only as an adjective as the adjective: "found former
// police officer Derek Chauvin guilty of murder" ("guilty" had been a
// noun, and the parser its of-phrase the officer's).
func (t *Tagger) adjectiveOnly(words []string, cls []int) {
	for i, w := range words {
		if t.jj < 0 || t.lex == nil || t.xpos[cls[i]] != "NN" || w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			continue // "a mass stabbing": a verb's form, a noun of its own
		}
		if pos, ok := t.lex.POS[w]; ok && pos == "a" {
			cls[i] = t.jj
		}
	}
}

// herBeforeOrdinal reads "her" before an ordinal or "own" as the
// possessive ("won her 14th Grammy award", "her first album", "her own
// company"): the model read an object and left the noun a bare oblique.
func (t *Tagger) herBeforeOrdinal(words []string, cls []int) {
	for i := 0; t.prps >= 0 && i+1 < len(words); i++ {
		if t.xpos[cls[i]] != "PRP" || !strings.EqualFold(words[i], "her") || !ordinal(words[i+1]) {
			continue
		}
		cls[i] = t.prps
	}
}

// ordinal says whether w is an ordinal number or "own", which only a
// possessive can come before.
func ordinal(w string) bool {
	switch strings.ToLower(w) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "latest", "own", "next":
		return true
	}
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		for _, c := range w[:n-2] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// nameParticles reads a name particle between two words of names as the
// name's ("Luiz Inacio Lula da Silva": "da" had been a noun, and the
// parser made it the first name's apposition).
func (t *Tagger) nameParticles(words []string, cls []int) {
	for i := 1; t.nnp >= 0 && i+1 < len(words); i++ {
		if t.xpos[cls[i-1]] == "NNP" && t.xpos[cls[i+1]] == "NNP" && t.xpos[cls[i]] != "NNP" && ws.NameParticle(words[i]) && capitalised(words[i-1]) && capitalised(words[i+1]) {
			cls[i] = t.nnp
		}
	}
}

// hyphenNames reads a word of capitals joined by hyphens that the model,
// never having seen one, took for a symbol as the name it is:
// "SARS-CoV-2 surpasses one million infections", "ABS-CBN".
func (t *Tagger) hyphenNames(words []string, cls []int) {
	for i, w := range words {
		if x := t.xpos[cls[i]]; t.nnp < 0 || x != "NFP" && x != "SYM" && x != "ADD" && x != "LS" {
			continue
		}
		if strings.Contains(w, "-") && len(w) > 3 && unicode.IsUpper(rune(w[0])) && strings.ContainsFunc(w, unicode.IsLetter) {
			cls[i] = t.nnp
		}
	}
}

// nominal reads as nouns two kinds of words news uses as nouns: an
// acronym spelt like a wh-word after "the" ("The WHO declared a
// pandemic") is a name, and an adjective or participle after "the" right
// before a finite verb is the noun it stands for ("members of the public
// stopped Khan", "the accused performed", "to carry the injured to
// hospitals"; nounUses). EWT dev is unchanged by both.
func (t *Tagger) nominal(words []string, cls []int) {
	n := len(words)
	for i := 0; i < n; i++ {
		x := t.xpos[cls[i]]
		// "WHO warns of rising measles cases", "WHO chief Tedros ...":
		// the acronym opening a sentence before a verb or noun, not a
		// question.
		if i == 0 && (x == "WP" || x == "WDT") && n > 2 && words[n-1] != "?" && len(words[0]) > 1 && strings.ToUpper(words[0]) == words[0] &&
			strings.ToUpper(words[1]) != words[1] && (t.xpos[cls[1]] == "VBZ" || t.xpos[cls[1]] == "VBD" || strings.HasPrefix(t.xpos[cls[1]], "NN")) && t.nnp >= 0 {
			cls[i] = t.nnp
			continue
		}
		if i == 0 || !strings.EqualFold(words[i-1], "the") {
			continue
		}
		switch {
		case (x == "WP" || x == "WDT") && len(words[i]) > 1 && strings.ToUpper(words[i]) == words[i] && t.nnp >= 0:
			cls[i] = t.nnp
			// "the WHO's regional director": its "'s" was read as "is"
			// after a "who".
			if i+2 < n && (words[i+1] == "'s" || words[i+1] == "’s") && t.xpos[cls[i+1]] == "VBZ" && t.pos >= 0 &&
				(t.xpos[cls[i+2]] == "JJ" || strings.HasPrefix(t.xpos[cls[i+2]], "NN")) {
				cls[i+1] = t.pos
			}
		case (x == "JJ" || x == "VBN" || x == "VBD") && t.nn >= 0 && nounUses[words[i]] && (i+1 == n || afterNounUse(t.xpos[cls[i+1]])):
			cls[i] = t.nn
		}
	}
	// "UN chief warns of climate collapse", "Fed chief says": "chief"
	// right before a verb heads its phrase.
	for i := 1; t.nn >= 0 && i+1 < n; i++ {
		if t.xpos[cls[i]] == "JJ" && strings.EqualFold(words[i], "chief") && finiteTag(t.xpos[cls[i+1]]) {
			cls[i] = t.nn
		}
	}
	// "Nigeria's ruling party candidate wins ...": a participle between a
	// possessive and its noun describes the noun.
	for i := 1; t.jj >= 0 && i+1 < n; i++ {
		if t.xpos[cls[i]] == "VBG" && t.xpos[cls[i-1]] == "POS" && strings.HasPrefix(t.xpos[cls[i+1]], "NN") {
			cls[i] = t.jj
		}
	}
	// "Microsoft's chief executive, Satya Nadella": "executive" after
	// "chief" heads the phrase unless a noun follows ("chief executive
	// officer").
	for i := 1; t.nn >= 0 && i < n; i++ {
		if t.xpos[cls[i]] == "JJ" && strings.EqualFold(words[i], "executive") && (strings.EqualFold(words[i-1], "chief") &&
			(i+1 == n || !strings.HasPrefix(t.xpos[cls[i+1]], "NN")) ||
			// "German music executive Erwin Bach": a title before a name.
			i+1 < n && t.xpos[cls[i+1]] == "NNP" && capitalised(words[i+1]) && strings.HasPrefix(t.xpos[cls[i-1]], "NN")) {
			cls[i] = t.nn
		}
	}
}

// nameBeforeWho reads a capitalised word tagged as a verb right before
// ", who" as a name: "Cook, who has led Apple since 2011, told investors"
// (a relative "who" stands for a person).
func (t *Tagger) nameBeforeWho(words []string, cls []int) {
	for i := 0; t.nnp >= 0 && i+2 < len(words); i++ {
		if x := t.xpos[cls[i]]; strings.HasPrefix(x, "VB") && capitalised(words[i]) && words[i+1] == "," && strings.EqualFold(words[i+2], "who") {
			cls[i] = t.nnp
		}
	}
}

// capitalised says whether w starts with an upper-case ASCII letter.
func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// relativePronouns open a relative clause.
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "that": true}

// subordinateSubject reads a past participle right after a proper name
// that follows a subordinating conjunction as a past tense: "because
// President Aleksandar Vučić eased lockdown measures" is a clause with
// its subject, not a name with a reduced relative. So is one after a say
// verb and a noun phrase, with an object (or a preposition, adverb or the
// end after it) and no finite verb after it.
func (t *Tagger) subordinateSubject(words []string, cls []int) {
	if t.vbd < 0 {
		return
	}
	for i := 1; i < len(cls); i++ {
		// "Fars News said the crash involved pilot error": an -ed form
		// read as an adjective, that WordNet makes a verb's past, counts
		// as a participle here.
		edAdj := t.xpos[cls[i]] == "JJ" && t.lex != nil && strings.HasSuffix(strings.ToLower(words[i]), "ed") && strings.Contains(t.lex.sig(words[i]), "Vd")
		// "Prosecutors allege that Smith stole more than $1 million": an
		// irregular past read as a noun right after "that" or a
		// subordinator and a name, before what can be its object.
		if t.xpos[cls[i]] == "NN" && i >= 2 && t.xpos[cls[i-1]] == "NNP" && i+1 < len(cls) && t.objectAhead(words, cls, i+1) &&
			(strings.EqualFold(words[i-2], "that") || subordinators[strings.ToLower(words[i-2])]) && t.pastLike(words[i], true) {
			cls[i] = t.vbd
			continue
		}
		if t.xpos[cls[i]] != "VBN" && !edAdj {
			continue
		}
		if edAdj && t.xpos[cls[i-1]] == "NNP" {
			continue
		}
		if t.xpos[cls[i-1]] == "NNP" {
			j := i - 1
			for j > 0 && t.xpos[cls[j-1]] == "NNP" {
				j--
			}
			if j > 0 && subordinators[strings.ToLower(words[j-1])] {
				cls[i] = t.vbd
			}
			continue
		}
		// "Rebic said the night's incidents injured fourteen police
		// officers": after a say verb, a noun phrase and a participle with
		// an object and no finite verb after it are the clause said.
		j := i
		for j > 0 && npTags[t.xpos[cls[j-1]]] {
			j--
		}
		// "reported 21 confirmed cases": a number alone is no subject.
		if i-j == 1 && t.xpos[cls[j]] == "CD" {
			continue
		}
		// "after the Hong Kong government proposed an amendment": after a
		// subordinator, a determiner's noun phrase and a participle with
		// a determiner or pronoun after it are a clause too.
		if j < i && j > 0 && subordinators[strings.ToLower(words[j-1])] && (t.xpos[cls[j]] == "DT" || t.xpos[cls[j]] == "PRP$") &&
			nounish[t.xpos[cls[i-1]]] && i+1 < len(cls) && (clauseObject[t.xpos[cls[i+1]]] || t.intransitiveClause(words, cls, i)) {
			cls[i] = t.vbd
			continue
		}
		// "The consensus says birds evolved from dinosaurs": the clause's
		// verb may have no object, when a preposition, adverb or the end
		// follows it (not "by", which makes a passive).
		// Nor when a past tense joins it ("Witnesses said a man
		// approached and attacked a group of men").
		joined := i+2 < len(cls) && (strings.EqualFold(words[i+1], "and") || strings.EqualFold(words[i+1], "or")) && t.xpos[cls[i+2]] == "VBD"
		if j == i || j == 0 || !sayForms[strings.ToLower(words[j-1])] || !finiteTag(t.xpos[cls[j-1]]) || !nounish[t.xpos[cls[i-1]]] ||
			i+1 >= len(cls) || !objectStart[t.xpos[cls[i+1]]] && !joined && (!intransitiveEnd[t.xpos[cls[i+1]]] || strings.EqualFold(words[i+1], "by") || words[j-1] == "told" || words[j-1] == "warned") {
			continue
		}
		after := i + 1
		if joined {
			after = i + 3
		}
		if !slices.ContainsFunc(cls[after:], func(k int) bool { return finiteTag(t.xpos[k]) }) {
			cls[i] = t.vbd
		}
	}
}

// intransitiveClause says whether the -ed form at i can end its clause's
// verb phrase without an object: a preposition, adverb or particle (not
// "by", which makes a passive) follows, and no finite verb comes before
// the next comma or the end ("when a bus plunged into a river in northern
// India on Sunday, police said").
func (t *Tagger) intransitiveClause(words []string, cls []int, i int) bool {
	if !intransitiveEnd[t.xpos[cls[i+1]]] || strings.EqualFold(words[i+1], "by") || !strings.HasSuffix(words[i], "ed") {
		return false
	}
	for k := i + 1; k < len(words) && words[k] != ","; k++ {
		if finiteTag(t.xpos[cls[k]]) {
			return false
		}
	}
	return true
}

// coordinatedPast reads a past form taken for an adjective or participle
// after "and", closing a past-tense clause's object, as that clause's
// second verb: "She became a Swiss citizen in 2013 and married German
// music executive Erwin Bach" ("married" had been the adjective of
// "German music executive"). The word must be a verb's -ed form by the
// dictionary, come before the start of an object, and follow a noun or
// number, with no finite verb between the clause's past verb and it.
func (t *Tagger) coordinatedPast(words []string, cls []int) {
	if t.vbd < 0 || t.lex == nil {
		return
	}
	for i := 3; i+1 < len(cls); i++ {
		x := t.xpos[cls[i]]
		w := words[i]
		if x != "JJ" && x != "VBN" || !strings.EqualFold(words[i-1], "and") || !nounish[t.xpos[cls[i-2]]] || w != strings.ToLower(w) ||
			!strings.HasSuffix(w, "ed") || !t.pastForm(w) || !objectStart[t.xpos[cls[i+1]]] {
			continue
		}
		past := -1 // the clause's verb: the last finite verb before it
		for k := i - 2; k >= 0 && past < 0; k-- {
			if finiteTag(t.xpos[cls[k]]) {
				past = k
			}
		}
		if past >= 0 && t.xpos[cls[past]] == "VBD" && !strings.EqualFold(words[past], "was") && !strings.EqualFold(words[past], "were") {
			cls[i] = t.vbd
		}
	}
}

// pluralBeforePast reads a plural noun taken for a verb's third person
// right before the sentence's past verb as the noun it is: "A wildfire
// fanned by hurricane winds destroyed most of the town" ("winds" had
// been the verb, "destroyed" its complement). The word must follow a noun
// and be a plural noun by the dictionary, and the past form must be
// followed by the start of its object (not a noun it would describe:
// "sells used cars").
func (t *Tagger) pluralBeforePast(words []string, cls []int) {
	if t.nns < 0 || t.vbd < 0 || t.lex == nil {
		return
	}
	for i := 1; i+2 < len(cls); i++ {
		if t.xpos[cls[i]] != "VBZ" || !strings.HasPrefix(t.xpos[cls[i-1]], "NN") || words[i] != strings.ToLower(words[i]) ||
			!t.sigHas(words[i], "Np") {
			continue
		}
		next := t.xpos[cls[i+1]]
		if next != "VBD" && next != "VBN" || !strings.HasSuffix(words[i+1], "ed") && !t.pastForm(words[i+1]) {
			continue
		}
		switch t.xpos[cls[i+2]] {
		case "DT", "PRP$", "JJS", "CD", "PRP", "NNP":
			cls[i], cls[i+1] = t.nns, t.vbd
		}
	}
}

// commaParticiple reads a past form right after a comma and before "by",
// after the sentence's verb, as the participle of a clause commenting on
// it: "Toyota reported a record profit, helped by a weak yen" (not a
// second verb whose subject is Toyota).
func (t *Tagger) commaParticiple(words []string, cls []int) {
	if t.vbn < 0 {
		return
	}
	for i := 2; i+1 < len(cls); i++ {
		if t.xpos[cls[i]] != "VBD" || words[i-1] != "," || !strings.EqualFold(words[i+1], "by") {
			continue
		}
		if slices.ContainsFunc(cls[:i-1], func(k int) bool { return finiteTag(t.xpos[k]) }) {
			cls[i] = t.vbn
		}
	}
}

// pastForm says whether the dictionary makes w a verb's -ed form,
// regular (Vd) or listed among the irregular forms (Iv: married, tied).
func (t *Tagger) pastForm(w string) bool {
	return t.sigHas(w, "Vd") || strings.Contains("."+t.lex.sig(w), ".Iv")
}

// sigHas says whether w's dictionary signature holds the part part ("v",
// "Np", "Vd").
func (t *Tagger) sigHas(w, part string) bool {
	return strings.Contains("."+t.lex.sig(w)+".", "."+part+".")
}

// intransitiveEnd tags can follow a clause's verb that has no object.
var intransitiveEnd = map[string]bool{"IN": true, "RB": true, "RP": true, "TO": true, ".": true}

// coordinatedNamesVerb reads a noun after a subordinator and coordinated
// names, that is also a verb and has an object after it, as the names'
// verb: "at a time when Japan and South Korea face similar challenges"
// ("Korea face" had been a compound, the clause without a verb).
func (t *Tagger) coordinatedNamesVerb(words []string, cls []int) {
	if t.vbp < 0 || t.lex == nil {
		return
	}
	for i := 3; i+1 < len(cls); i++ {
		if t.xpos[cls[i]] != "NN" || words[i] != strings.ToLower(words[i]) || !t.verbSense(words[i]) || !t.objectAhead(words, cls, i+1) {
			continue
		}
		j, and := i-1, false
		for j >= 0 && (t.xpos[cls[j]] == "NNP" || strings.EqualFold(words[j], "and") && t.xpos[cls[j]] == "CC") {
			and = and || t.xpos[cls[j]] == "CC"
			j--
		}
		if and && j >= 0 && j < i-2 && subordinators[strings.ToLower(words[j])] && t.xpos[cls[j+1]] == "NNP" {
			cls[i] = t.vbp
		}
	}
}

// clauseObject tags begin an object that a reduced relative's
// participle cannot have: "the plan proposed an amendment".
var clauseObject = map[string]bool{"DT": true, "PRP$": true, "PRP": true}

// npTags make up a simple noun phrase.
var npTags = map[string]bool{"DT": true, "PRP$": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true,
	"JJ": true, "CD": true, "POS": true}

// sayForms are the finite forms of verbs that take a clause without "that".
var sayForms = map[string]bool{"said": true, "says": true, "say": true, "told": true, "added": true,
	"stated": true, "reported": true, "claimed": true, "announced": true, "noted": true, "explained": true,
	"argued": true, "warned": true, "believes": true, "believed": true, "thinks": true, "thought": true,
	"indicated": true, "confirmed": true, "showed": true, "suggested": true, "revealed": true, "wrote": true,
	"tweeted": true, "insisted": true, "alleged": true, "concluded": true, "estimated": true}

// subordinators open a clause with a subject of its own.
var subordinators = map[string]bool{"because": true, "although": true, "though": true, "after": true,
	"before": true, "when": true, "while": true, "since": true, "if": true, "unless": true, "until": true,
	"whereas": true, "once": true}

// afterInsertion says whether word i follows a comma that closes an
// insertion after a noun ("The Montreal team, led by Björn Benneke, used
// data ...": "used", not "led").
func (t *Tagger) afterInsertion(words []string, cls []int, i int) bool {
	if i < 1 || words[i-1] != "," {
		return false
	}
	for j := i - 2; j >= 1; j-- {
		if words[j] == "," {
			return j+1 < i-1 && nounish[t.xpos[cls[j-1]]]
		}
	}
	return false
}

// headline reads a past form after a noun as a participle when no finite
// verb comes before it: headlines write the passive without its
// auxiliary ("Tributes paid to actor X", "Mayor X found dead") and the
// active in the present, while "Woman claims church imprisoned her"
// keeps its past form.
func (t *Tagger) headline(words []string, cls []int) {
	if t.vbn < 0 {
		return
	}
	shot, verb, sub := -1, false, false // "Police officer Matt Ratana shot in custody centre"
	// "Ancient Egyptians collected wild ibis birds for sacrifice, says
	// study": what a source is said to say keeps its past tense.
	said := saidBySource(words)
	if said > 0 && t.vbd >= 0 {
		for i, k := range cls[:said] {
			if finiteTag(t.xpos[k]) {
				break
			}
			if t.xpos[k] == "VBN" && t.afterNoun(words, cls, i) && !strings.EqualFold(words[i+1], "by") {
				cls[i] = t.vbd // read as a participle: the claim's verb
				break
			}
		}
	}
	for i, k := range cls {
		if said > 0 && i >= said {
			break
		}
		// "Police shoot teenage protester as Hong Kong demonstrations
		// continue": a subordinate clause's verb is not the headline's.
		sub = sub || i > 0 && (subordinators[strings.ToLower(words[i])] || strings.EqualFold(words[i], "as"))
		switch x := t.xpos[k]; {
		case sub && x != "VBD":
		case x == "VBZ" || x == "VBP" || x == "MD":
			// "US Federal judge rules American Samoans are citizens": the
			// verb found is a reported clause's; the headline's is the
			// report verb read as a plural before it.
			for j := 1; j < i && t.vbz >= 0; j++ {
				if t.xpos[cls[j]] == "NNS" && headlineReport[strings.ToLower(words[j])] && nounish[t.xpos[cls[j-1]]] {
					cls[j] = t.vbz
					return
				}
			}
			// "Fire kills nine, injures dozens": a verb read as a plural
			// before a comma and a verb is that verb's conjunct.
			if v := t.thirdPerson(words, cls); v >= 0 && v < i && i > 0 && words[i-1] == "," {
				cls[v] = t.vbz
			}
			// "Bernie Sanders wins 2020 Nevada caucuses": a last word
			// read as a second verb after a name is the object's plural.
			if n := len(cls) - 1; n > i+1 && t.nns >= 0 && t.lex != nil && t.xpos[cls[n]] == "VBZ" &&
				(t.xpos[cls[n-1]] == "NNP" || t.xpos[cls[n-1]] == "CD") && strings.Contains(t.lex.sig(words[n]), "Np") {
				cls[n] = t.nns
			}
			return
		case x == "VBD":
			// "Study finds birds evolved from dinosaurs": after a report
			// verb the past is the claim's.
			reported := slices.ContainsFunc(words[:i], func(w string) bool { return headlineReport[strings.ToLower(w)] })
			// "Real Madrid beat Barcelona 3-1": a verb whose past is its
			// present, before a name, is the headline's active verb.
			active := (samePast[strings.ToLower(words[i])] || strings.EqualFold(words[i], "beat")) && i+1 < len(words) &&
				(t.xpos[cls[i+1]] == "NNP" || t.xpos[cls[i+1]] == "NNPS")
			if i > 0 && nounish[t.xpos[cls[i-1]]] && said < 0 && !reported && !active {
				cls[i] = t.vbn
			}
			return
		case strings.HasPrefix(x, "VB") && x != "VBG" && !(x == "VB" && i > 0 && strings.EqualFold(words[i-1], "to")):
			// "including" is no verb of the headline, nor is an
			// infinitive ("... to stop national emergency declaration").
			verb = true
		case x == "NN" && shot < 0 && i > 0 && t.xpos[cls[i-1]] == "NNP" && (samePast[strings.ToLower(words[i])] || strings.EqualFold(words[i], "shot")):
			shot = i
		}
	}
	thirdPerson := t.thirdPerson(words, cls)
	// No verb at all: a participle spelt like a noun after a name is the
	// headline's passive; failing one, a plural noun after a noun that is
	// also a verb's third person is the verb ("Escape room fire kills
	// five teen girls", "Paris court jails two police"), or else a noun
	// after a plural that is also a verb's base form ("Police shoot ...").
	switch {
	case verb:
	case shot >= 0:
		cls[shot] = t.vbn
	case thirdPerson >= 0:
		cls[thirdPerson] = t.vbz
	default:
		for i := 1; t.vbp >= 0 && t.lex != nil && i+1 < len(cls); i++ {
			// ... or between two names ("Caloundra defeat Maroochydore").
			plural := t.xpos[cls[i-1]] == "NNS" || t.xpos[cls[i-1]] == "NNPS" || t.xpos[cls[i-1]] == "NNP" && t.xpos[cls[i+1]] == "NNP"
			// A lower-case word read as a name is none in a headline
			// ("Sixteen states sue U.S. President Trump").
			nounLike := t.xpos[cls[i]] == "NN" || t.xpos[cls[i]] == "JJ" || t.xpos[cls[i]] == "NNP"
			if nounLike && plural && t.objectAhead(words, cls, i+1) &&
				words[i] == strings.ToLower(words[i]) && t.verbSense(words[i]) {
				cls[i] = t.vbp
				return
			}
		}
	}
}

// thirdPerson returns the first lower-case plural noun after a noun, before
// what can be its object, whose WordNet signature makes it a verb's third
// person ("kills", "jails"), or -1. Not when the next word can itself be
// a plural subject's verb before a preposition ("Fur fans flock to").
func (t *Tagger) thirdPerson(words []string, cls []int) int {
	if t.vbz < 0 || t.lex == nil {
		return -1
	}
	for i := 1; i+1 < len(cls); i++ {
		// Its object, or a preposition and a name ("SpaceX Crew Dragon
		// capsule docks with International Space Station").
		// Or, after a singular noun (its subject), a preposition of time
		// or cause and a noun phrase ("Magnitogorsk apartment building
		// collapses after explosion"; "Leader meets with leaders" stays a
		// noun phrase).
		// Or a particle and its object ("Lantern Festival in Taipei lights
		// up the night").
		particle := i+2 < len(cls) && headlineParticles[strings.ToLower(words[i+1])] && objectStart[t.xpos[cls[i+2]]]
		ahead := t.objectAhead(words, cls, i+1) || particle || (t.xpos[cls[i+1]] == "IN" || t.xpos[cls[i+1]] == "TO") && i+2 < len(cls) && t.xpos[cls[i+2]] == "NNP" ||
			t.xpos[cls[i+1]] == "IN" && eventPreps[strings.ToLower(words[i+1])] && t.xpos[cls[i-1]] == "NN" && i+2 < len(cls) && objectStart[t.xpos[cls[i+2]]] &&
				!slices.ContainsFunc(cls[:i], func(k int) bool { return t.xpos[k] == "IN" }) // not "Stores in Australia lower toilet paper limits per ..."
		if t.xpos[cls[i]] != "NNS" || !nounish[t.xpos[cls[i-1]]] || t.xpos[cls[i-1]] == "CD" || !ahead || // "Sixteen states
			words[i] != strings.ToLower(words[i]) || !strings.Contains(t.lex.sig(words[i]), "Vz") {
			continue
		}
		if next := i + 1; t.xpos[cls[next]] == "NN" && t.verbSense(words[next]) &&
			next+1 < len(cls) && (t.xpos[cls[next+1]] == "IN" || t.xpos[cls[next+1]] == "TO") {
			return -1
		}
		return i
	}
	return -1
}

// eventPreps follow an event's verb more than a plural noun.
var eventPreps = map[string]bool{"after": true, "before": true, "amid": true, "during": true, "following": true, "despite": true,
	"for": true, "by": true, "over": true} // "Germany's economy shrinks for second quarter in a row"

// verbSense says whether WordNet has word w as a verb of its own form
// ("flock", "shoot": "v" among its signature's parts of speech).
func (t *Tagger) verbSense(w string) bool {
	return t.sigHas(w, "v")
}

// finiteTag says whether a Penn tag is that of a finite verb or modal.
func finiteTag(x string) bool {
	switch x {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// objectAhead says whether word j can start an object: a noun phrase, or
// a number after "at least", "more than", "up to".
func (t *Tagger) objectAhead(words []string, cls []int, j int) bool {
	if objectStart[t.xpos[cls[j]]] {
		return true
	}
	if j+1 < len(words) {
		switch strings.ToLower(words[j]) + " " + strings.ToLower(words[j+1]) {
		case "at least", "more than", "up to", "at most", "fewer than", "less than":
			return true
		}
	}
	return false
}

// nounish tags end a subject noun phrase.
var nounish = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP": true, "CD": true}

// ahead adds the second pass's features: first-pass tags of the next words.
func (c *ctx) ahead(f []uint64, i int, first []int, names []string) []uint64 {
	tag := func(j int) string {
		if j >= len(first) {
			return "</s>"
		}
		return names[first[j]]
	}
	n1, n2 := tag(i+1), tag(i+2)
	w := c.norm[i]
	H1, H2, H3 := perceptron.H1, perceptron.H2, perceptron.H3
	return append(f,
		H1(40, n1), H1(41, n2), H2(42, n1, n2), H2(43, w, n1),
		H2(44, ws.Suffix(w, 3), n1), H2(45, c.a(i), n1), H3(46, c.a(i), n1, n2),
		H1(47, tag(i)), H2(48, tag(i), w),
	)
}

// TrainSecond adds a second pass to t, trained on first-pass tags that a
// tagger not trained on the sentence produced (see Jackknife), so it learns
// how far to trust them.
func (t *Tagger) TrainSecond(train []Example, firstUPOS, firstXPOS [][]string, opt TrainOptions) {
	classes := t.model.Classes
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	var ambFold [ambFolds]map[string]string
	for k := range ambFold {
		ambFold[k] = ambiguity(train, k)
	}
	k := max(opt.Models, 1)
	trs := make([]*perceptron.Trainer, k)
	var wg sync.WaitGroup
	for m := range trs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := opt
			o.Seed = opt.Seed + int64(m)
			if m > 0 {
				o.Log = nil
			}
			trs[m] = t.trainSecondOne(train, firstUPOS, firstXPOS, index, &ambFold, o)
		}()
	}
	wg.Wait()
	tr := trs[0]
	if k > 1 {
		tr = perceptron.Mean(trs)
	}
	t.second = tr.Average(opt.Prune)
}

// trainSecondOne trains one second-pass perceptron with opt.Seed.
func (t *Tagger) trainSecondOne(train []Example, firstUPOS, firstXPOS [][]string, index map[string]int, ambFold *[ambFolds]map[string]string, opt TrainOptions) *perceptron.Trainer {
	classes := t.model.Classes
	tr := perceptron.NewTrainer(classes)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	feats := make([]uint64, 0, 80)
	scores := make([]float32, len(classes))
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, k := range order {
			e := train[k]
			c := newCtx(e.Words, ambFold[k%ambFolds], t.set, t.lex)
			first := make([]int, len(e.Words))
			for i := range first {
				first[i] = index[joint(firstUPOS[k][i], firstXPOS[k][i])]
			}
			cls := make([]int, len(e.Words))
			for i := range e.Words {
				feats = c.features(feats[:0], i, cls, classes)
				feats = c.ahead(feats, i, first, classes)
				clear(scores)
				tr.Score(feats, scores)
				guess := argmax(scores)
				tr.Update(feats, index[joint(e.UPOS[i], e.XPOS[i])], guess)
				tr.Tick()
				cls[i] = guess
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "tagger second pass epoch %d: features %d", ep+1, tr.Features())
			if len(opt.Dev) > 0 {
				q := *t
				q.second = tr.Average(0)
				u, x := q.Score(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UPOS %.2f%% XPOS %.2f%%", u, x)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// ctx holds the per-sentence strings features are built from.
type ctx struct {
	norm, shape, amb, raw []string
	set                   int
	// sig: the dictionary signature of words the ambiguity dictionary
	// lacks ("" for the others, or without a Lexicon).
	sig []string
}

func newCtx(words []string, amb map[string]string, set int, lex *Lexicon) *ctx {
	n := len(words)
	c := &ctx{norm: make([]string, n), shape: make([]string, n), amb: make([]string, n), raw: words, set: set}
	if lex != nil {
		c.sig = make([]string, n)
	}
	for i, w := range words {
		c.norm[i] = ws.Norm(w)
		c.shape[i] = ws.Shape(w)
		if a, ok := amb[c.norm[i]]; ok {
			c.amb[i] = a
		} else {
			c.amb[i] = "?" + c.shape[i]
			if lex != nil {
				c.sig[i] = lex.sig(w)
			}
		}
	}
	return c
}

func (c *ctx) w(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(c.norm) {
		return "</s>"
	}
	return c.norm[i]
}

func (c *ctx) a(i int) string {
	if i < 0 || i >= len(c.amb) {
		return "<>"
	}
	return c.amb[i]
}

func (c *ctx) sh(i int) string {
	if i < 0 || i >= len(c.shape) {
		return "<>"
	}
	return c.shape[i]
}

func (c *ctx) features(f []uint64, i int, cls []int, names []string) []uint64 {
	tag := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		return names[cls[j]]
	}
	w := c.norm[i]
	t1, t2 := tag(i-1), tag(i-2)
	H1, H2, H3 := perceptron.H1, perceptron.H2, perceptron.H3
	f = append(f,
		perceptron.H0(0),
		H1(1, w),
		H1(2, c.raw[i]),
		H1(3, ws.Suffix(w, 1)),
		H1(4, ws.Suffix(w, 2)),
		H1(5, ws.Suffix(w, 3)),
		H1(6, ws.Suffix(w, 4)),
		H1(7, ws.Prefix(w, 1)),
		H1(8, ws.Prefix(w, 2)),
		H1(9, ws.Prefix(w, 3)),
		H1(10, c.shape[i]),
		H1(11, ws.Flags(c.raw[i])),
		H1(12, t1),
		H2(13, t1, t2),
		H2(14, t1, w),
		H1(15, c.w(i-1)),
		H1(16, c.w(i-2)),
		H1(17, c.w(i+1)),
		H1(18, c.w(i+2)),
		H2(19, c.w(i-1), w),
		H2(20, w, c.w(i+1)),
		H1(21, ws.Suffix(c.w(i-1), 3)),
		H1(22, ws.Suffix(c.w(i+1), 3)),
		H1(23, c.a(i)),
		H1(24, c.a(i+1)),
		H1(25, c.a(i+2)),
		H2(26, c.a(i), c.a(i+1)),
		H2(27, t1, c.a(i)),
		H2(28, t1, c.a(i+1)),
		H1(29, c.sh(i+1)),
		H1(30, c.sh(i-1)),
		H3(31, t1, c.a(i), c.a(i+1)),
		H2(32, t1, ws.Suffix(w, 3)),
		H1(33, c.a(i-1)),
	)
	if i == 0 {
		f = append(f, H1(34, c.shape[i]), H1(35, w))
	}
	// Signatures were tried for every word and with the neighbours'
	// (dev UPOS 95.35, 95.36 against 95.40 for unseen words alone).
	if c.sig != nil && c.sig[i] != "" {
		s := c.sig[i]
		f = append(f, H1(70, s), H2(71, s, c.shape[i]), H2(72, t1, s), H2(73, s, c.a(i+1)))
	}
	if c.set < 2 {
		return f
	}
	// set 2: neighbour pairs, the neighbours' tags in training, hyphen parts
	f = append(f, H2(50, c.w(i-1), c.w(i+1)), H2(51, t1, c.w(i+1)), H2(52, w, c.a(i+1)), H2(53, c.a(i-1), c.a(i)))
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 {
		f = append(f, H1(58, w[k+1:]), H1(59, ws.Suffix(w[k+1:], 3)))
	}
	return append(f, H2(60, ws.Suffix(w, 2), c.a(i+1)), H2(61, ws.Suffix(c.w(i+1), 2), ws.Suffix(w, 3)))
}

// TrainOptions controls training.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// Features is the feature set: 2 adds neighbour pairs, the
	// neighbours' ambiguity classes and hyphen parts to the original
	// set 1 (0 means 1).
	Features int
	// Models > 1 trains that many perceptrons (seeds Seed, Seed+1, ...)
	// at once and averages them into one model.
	Models int
	Prune  float32
	Log    io.Writer // progress lines; nil for none
	Dev    []Example // scored after each epoch when Log is set
	// Lexicon, if not nil, gives unseen words dictionary features and is
	// kept in the model.
	Lexicon *Lexicon
}

func featureSet(opt TrainOptions) int { return max(opt.Features, 1) }

// Train learns a tagger from examples. Training is deterministic for a
// given Seed.
func Train(train []Example, opt TrainOptions) *Tagger {
	if opt.Epochs == 0 {
		opt.Epochs = 10
	}
	amb := ambiguity(train, -1)
	// Each training sentence sees an ambiguity dictionary built without its
	// own fold, so words seen only there look unknown, as they will at run time.
	var ambFold [ambFolds]map[string]string
	for k := range ambFold {
		ambFold[k] = ambiguity(train, k)
	}
	classSet := map[string]bool{}
	for _, e := range train {
		for i := range e.Words {
			classSet[joint(e.UPOS[i], e.XPOS[i])] = true
		}
	}
	classes := make([]string, 0, len(classSet))
	for c := range classSet {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	k := max(opt.Models, 1)
	trs := make([]*perceptron.Trainer, k)
	var wg sync.WaitGroup
	for m := range trs { // independent: each has its own trainer and random source
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := opt
			o.Seed = opt.Seed + int64(m)
			if m > 0 {
				o.Log = nil
			}
			trs[m] = trainOne(train, classes, index, &ambFold, amb, o)
		}()
	}
	wg.Wait()
	tr := trs[0]
	if k > 1 {
		tr = perceptron.Mean(trs)
	}
	return build(tr.Average(opt.Prune), amb, featureSet(opt), opt.Lexicon)
}

// trainOne trains one first-pass perceptron with opt.Seed (example order).
func trainOne(train []Example, classes []string, index map[string]int, ambFold *[ambFolds]map[string]string, amb map[string]string, opt TrainOptions) *perceptron.Trainer {
	tr := perceptron.NewTrainer(classes)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(classes))
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		correct, total := 0, 0
		for _, k := range order {
			e := train[k]
			c := newCtx(e.Words, ambFold[k%ambFolds], featureSet(opt), opt.Lexicon)
			cls := make([]int, len(e.Words))
			for i := range e.Words {
				feats = c.features(feats[:0], i, cls, classes)
				clear(scores)
				tr.Score(feats, scores)
				guess := argmax(scores)
				gold := index[joint(e.UPOS[i], e.XPOS[i])]
				tr.Update(feats, gold, guess)
				tr.Tick()
				cls[i] = guess // learn from its own history, as at run time
				if guess == gold {
					correct++
				}
				total++
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "tagger epoch %d: train %.2f%% features %d", ep+1, 100*float64(correct)/float64(total), tr.Features())
			if len(opt.Dev) > 0 {
				t := build(tr.Average(0), amb, featureSet(opt), opt.Lexicon)
				u, x := t.Score(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UPOS %.2f%% XPOS %.2f%%", u, x)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr
}

func build(m *perceptron.Model, amb map[string]string, set int, lex *Lexicon) *Tagger {
	t := &Tagger{model: m, amb: amb, set: set, lex: lex, vbd: -1, vbn: -1, vbz: -1, vbp: -1, nns: -1, nnp: -1, nn: -1, vb: -1, jj: -1, pos: -1, prps: -1, to: -1}
	for i, c := range m.Classes {
		u, x, _ := strings.Cut(c, sep)
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
		t.closed = append(t.closed, closedTags[x])
		switch c {
		case joint("VERB", "VBD"):
			t.vbd = i
		case joint("VERB", "VBN"):
			t.vbn = i
		case joint("VERB", "VBZ"):
			t.vbz = i
		case joint("VERB", "VBP"):
			t.vbp = i
		case joint("NOUN", "NNS"):
			t.nns = i
		case joint("PROPN", "NNP"):
			t.nnp = i
		case joint("NOUN", "NN"):
			t.nn = i
		case joint("VERB", "VB"):
			t.vb = i
		case joint("ADJ", "JJ"):
			t.jj = i
		case joint("PART", "POS"):
			t.pos = i
		case joint("PRON", "PRP$"):
			t.prps = i
		case joint("PART", "TO"):
			t.to = i
		}
	}
	return t
}

// Score returns UPOS and XPOS accuracy (percent) on gold examples.
func (t *Tagger) Score(gold []Example) (upos, xpos float64) {
	var u, x, n int
	for _, e := range gold {
		pu, px := t.Tag(e.Words)
		for i := range pu {
			if pu[i] == e.UPOS[i] {
				u++
			}
			if px[i] == e.XPOS[i] {
				x++
			}
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return 100 * float64(u) / float64(n), 100 * float64(x) / float64(n)
}

const ambFolds = 10

// ambiguity maps each training word to the sorted set of XPOS tags that
// make up at least 5% of its occurrences; rare words (seen once) are left
// out so the class generalises like it will on unseen text.
func ambiguity(train []Example, skip int) map[string]string {
	counts := map[string]map[string]int{}
	for i, e := range train {
		if i%ambFolds == skip {
			continue
		}
		for i, w := range e.Words {
			n := ws.Norm(w)
			if counts[n] == nil {
				counts[n] = map[string]int{}
			}
			counts[n][e.XPOS[i]]++
		}
	}
	out := map[string]string{}
	for w, tags := range counts {
		total := 0
		for _, c := range tags {
			total += c
		}
		if total < 2 {
			continue
		}
		var keep []string
		for t, c := range tags {
			if c*20 >= total {
				keep = append(keep, t)
			}
		}
		sort.Strings(keep)
		out[w] = strings.Join(keep, "_")
	}
	return out
}

// Jackknife tags each training sentence with a tagger trained on the other
// k-1 folds (sentence i is in fold i%k), so a parser can train on tags as
// noisy as it will see. Folds train two at a time (each with its
// opt.Models perceptrons at once).
func Jackknife(train []Example, k int, opt TrainOptions) (upos, xpos [][]string) {
	upos, xpos = make([][]string, len(train)), make([][]string, len(train))
	opt.Log, opt.Dev = nil, nil
	sem := make(chan struct{}, 2)
	done := make(chan struct{})
	for fold := 0; fold < k; fold++ {
		go func(fold int) {
			sem <- struct{}{}
			defer func() { <-sem; done <- struct{}{} }()
			var rest []Example
			for i, e := range train {
				if i%k != fold {
					rest = append(rest, e)
				}
			}
			t := Train(rest, opt)
			for i, e := range train {
				if i%k == fold {
					upos[i], xpos[i] = t.Tag(e.Words) // folds write disjoint entries
				}
			}
		}(fold)
	}
	for fold := 0; fold < k; fold++ {
		<-done
	}
	return upos, xpos
}

// Models of feature set 2 or with a Lexicon start with a header naming
// the format, the set and "lexicon" if there is one (a model is only
// meaningful with the templates it was trained with); set 1 models without
// a lexicon have none, as before the header existed.
const magic = "kgtagger"

// headerStart is how WriteStrings begins a header of two strings (a third,
// "lexicon", changes the first byte to 3): the count, then magic's length
// and bytes.
var headerStart = string([]byte{2, byte(len(magic))}) + magic

// WriteTo serialises the tagger.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	if t.set >= 2 || t.lex != nil { // set 1 models without a lexicon keep the format from before the header
		head := []string{magic, strconv.Itoa(t.set)}
		if t.lex != nil {
			head = append(head, "lexicon")
		}
		if err := perceptron.WriteStrings(w, head); err != nil {
			return 0, err
		}
	}
	if err := perceptron.WriteMap(w, t.amb); err != nil {
		return 0, err
	}
	if t.lex != nil {
		if err := perceptron.WriteMap(w, t.lex.POS); err != nil {
			return 0, err
		}
		if err := perceptron.WriteMap(w, t.lex.Irregular); err != nil {
			return 0, err
		}
	}
	if _, err := t.model.WriteTo(w); err != nil {
		return 0, err
	}
	if t.second == nil {
		return 0, nil
	}
	return t.second.WriteTo(w)
}

// Read loads a tagger written by WriteTo.
func Read(r *bufio.Reader) (*Tagger, error) {
	set, hasLex := 1, false
	if b, err := r.Peek(1); err == nil && (b[0] == 2 || b[0] == 3) {
		if b, err := r.Peek(len(headerStart)); err == nil && string(b[1:]) == headerStart[1:] {
			head, err := perceptron.ReadStrings(r)
			if err != nil {
				return nil, fmt.Errorf("tagger: %w", err)
			}
			if len(head) < 2 || head[1] != "1" && head[1] != "2" || len(head) == 3 && head[2] != "lexicon" || len(head) > 3 {
				return nil, fmt.Errorf("tagger: not a %s model kg can read (retrain with kgtrain)", magic)
			}
			set, hasLex = int(head[1][0]-'0'), len(head) == 3
		}
	}
	amb, err := perceptron.ReadMap(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	var lex *Lexicon
	if hasLex {
		lex = &Lexicon{}
		if lex.POS, err = perceptron.ReadMap(r); err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
		if lex.Irregular, err = perceptron.ReadMap(r); err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
	}
	m, err := perceptron.ReadModel(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	t := build(m, amb, set, lex)
	if _, err := r.Peek(1); err == nil {
		if t.second, err = perceptron.ReadModel(r); err != nil {
			return nil, fmt.Errorf("tagger second pass: %w", err)
		}
		if len(t.second.Classes) != len(m.Classes) {
			return nil, fmt.Errorf("tagger: corrupt second pass")
		}
	}
	return t, nil
}
