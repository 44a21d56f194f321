package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/ner"
	"github.com/kgraph/kg/extract/nlp/segment"
	"github.com/kgraph/kg/extract/resolve"
	"github.com/kgraph/kg/fact"
)

// isDateline says whether s is a news story's dateline, which the
// segmenter splits off its first sentence.
func isDateline(s *nlp.Sentence) bool {
	if n := len(s.Tokens); n < 2 || n > 14 || !strings.ContainsAny(s.Tokens[n-1].Text, "-—–") {
		return false // cheap tests first: most sentences end otherwise
	}
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i] = t.Text
	}
	return segment.IsDateline(words)
}

// extractSentence runs the clause extractor on a parsed sentence and keeps
// what belongs in a graph: reported speech is kept as attributions on the
// inner facts, not as a triple whose object is a whole clause.
func extractSentence(s *nlp.Sentence) []clause.Extraction {
	if isDateline(s) {
		return nil // "ANKARA, Turkey (AP) —": where the story was filed, no fact
	}
	credit := creditStart(s)
	if credit == 0 {
		return nil
	}
	verbless := true
	for _, t := range s.Tokens[:credit] {
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			verbless = false
			break
		}
	}
	var out []clause.Extraction
	for _, x := range clause.Extract(s) {
		// A caption without a full stop runs into its credit ("... in
		// Tyler, Texas (April 2019) Image: Paul Budd."): the credit takes
		// part in no fact.
		if credit < len(s.Tokens) {
			if reaches(x.Subject, credit) || reaches(x.Object, credit) || reaches(x.Attribution, credit) {
				continue
			}
			x.Extra = slices.DeleteFunc(slices.Clone(x.Extra), func(a clause.Arg) bool { return reaches(a, credit) })
		}
		if x.Kind == "speech" {
			// No triple (the inner facts carry the speaker as their
			// attribution), but the speaker is a mention: of the person,
			// for pronouns, and of who speaks a quotation that runs on.
			out = append(out, x)
			continue
		}
		// A sentence without a verb is a caption or a credit ("Braverman
		// (left) and Sunak (right) on October 25", "—Mike DeWine,
		// Twitter"): its commas and brackets join names that are not
		// one thing twice. Titles in it still hold.
		if verbless && x.Kind == "apposition" {
			continue
		}
		// "police reported Friday morning": a say verb's time is when it
		// was said, not what (the benchmarks' n-ary tuples keep it).
		if x.Kind == "svo" && clause.IsSayVerb(strings.Fields(x.Rel + " _")[0]) && isTimeWord(x.Object.Text) {
			continue
		}
		// "Officials said most of the injured were minors" parsed with a
		// clause inside the say verb's object: what was said is a clause,
		// whose own facts carry the speaker; the clause is no node.
		if x.Kind == "svo" && clause.IsSayVerb(strings.Fields(x.Rel + " _")[0]) && holdsClause(s, x.Object) {
			continue
		}
		// Clause facts take the confidence learned on CaRB dev; titles,
		// appositions and nominal events keep their rule confidence, as
		// CaRB's annotators seldom wrote such tuples.
		switch x.Kind {
		case "svo", "copula", "passive":
			x.Confidence = learnedConfidence(s, x)
		}
		out = append(out, x)
	}
	return out
}

// creditWords open the credit lines of pictures and media that scraped
// news keeps as sentences: "Image: UK Government."
var creditWords = map[string]bool{
	"image": true, "images": true, "photo": true, "photos": true, "photograph": true, "picture": true,
	"pictured": true, "credit": true, "credits": true, "caption": true, "video": true, "illustration": true,
	"graphic": true, "map": true, "file": true, "source": true, "sources": true,
}

// plural says whether an argument names several people or a body that
// "they" can stand for: a plural noun, an organisation, or a collective
// noun (police, government, family).
func plural(s *nlp.Sentence, a clause.Arg) bool {
	if a.Head < 0 || a.Head >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[a.Head]
	return pluralTag(t.XPOS) || collective(t)
}

// body says whether an argument names one organisation: "it" in what it
// said is itself ("The ministry said it would review the decision").
func body(s *nlp.Sentence, a clause.Arg) bool {
	if a.Head < 0 || a.Head >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[a.Head]
	if pluralTag(t.XPOS) {
		return false
	}
	if collective(t) {
		return true
	}
	// "Volkswagen, Europe's biggest carmaker, said it would ...": a name
	// the recogniser left untyped, described as a body.
	for _, d := range s.Tokens {
		if d.Head == a.Head && d.DepRel == "appos" && (collective(d) || strings.HasSuffix(strings.ToLower(d.Lemma), "maker")) {
			return true
		}
	}
	return false
}

func pluralTag(xpos string) bool { return xpos == "NNS" || xpos == "NNPS" }

// collective says whether a word names a body: an organisation by the
// recogniser, or a collective noun.
func collective(t nlp.Token) bool {
	return strings.HasSuffix(t.NER, "ORG") || collectiveNouns[strings.ToLower(t.Lemma)]
}

// collectiveNouns name bodies news refers to as "they".
var collectiveNouns = map[string]bool{"police": true, "government": true, "family": true, "company": true,
	"team": true, "ministry": true, "department": true, "agency": true, "committee": true, "council": true,
	"court": true, "party": true, "district": true, "service": true, "administration": true, "military": true,
	"army": true, "navy": true, "club": true, "union": true, "board": true, "commission": true, "office": true}

// holdsClause says whether an argument holds a clause of its own: a
// finite verb, auxiliary or copula ("most of the injured were minors",
// parsed as a noun phrase) that is not in a relative clause ("a policy
// ... which the United Nations has criticised") nor in quotation marks.
func holdsClause(s *nlp.Sentence, a clause.Arg) bool {
	quoted := false
	for _, i := range a.Tokens {
		t := s.Tokens[i]
		if isQuoteMark(t.Text) {
			quoted = !quoted
		}
		if !clause.FiniteTag(t.XPOS) {
			continue
		}
		if t.DepRel == "amod" {
			continue // "1,051,635 confirmed cases": a participle
		}
		c := i // the clause's head
		if d := t.DepRel; (strings.HasPrefix(d, "aux") || d == "cop") && t.Head >= 0 {
			c = t.Head
		}
		if quoted || strings.HasPrefix(s.Tokens[c].DepRel, "acl:relcl") || relativeIn(s, c) {
			continue
		}
		return true
	}
	return false
}

// relativeIn says whether clause head c has a relative pronoun.
func relativeIn(s *nlp.Sentence, c int) bool {
	for _, t := range s.Tokens {
		if t.Head == c && (t.XPOS == "WDT" || t.XPOS == "WP") {
			return true
		}
	}
	return false
}

// creditStart returns where a sentence's credit starts: a credit word and
// a colon, first in the sentence (a credit line, "Image: UK Government.")
// or capitalised after a caption that has no full stop ("... on display
// Image: Nicholas Moreau."); len(s.Tokens) if there is none.
func creditStart(s *nlp.Sentence) int {
	for i := 0; i+2 < len(s.Tokens); i++ {
		w := s.Tokens[i].Text
		if s.Tokens[i+1].Text == ":" && creditWords[strings.ToLower(w)] && (i == 0 || isCapital(w)) {
			return i
		}
	}
	return len(s.Tokens)
}

// reaches reports whether an argument uses a word at or after token k.
func reaches(a clause.Arg, k int) bool {
	return slices.ContainsFunc(a.Tokens, func(t int) bool { return t >= k })
}

// node is a resolved argument.
type node struct {
	name, id, typ string
	literal       bool
}

// triple resolves an extraction's arguments and fills a fact.Triple.
// preRoles registers, before a document is resolved, the roles its title
// triples state, so that "the US president" finds the person even when the
// document names him later ("... US President Donald Trump").
func (e *Extractor) preRoles(p parsed) {
	for si := range p.sents {
		for _, x := range p.exs[si] {
			if x.Kind != "title" || !strings.HasSuffix(x.Rel, " of") {
				continue
			}
			m := mentionOf(&p.sents[si], si, x.Subject, false)
			if m.Name == "" {
				continue
			}
			e.reg.DocRole(m, strings.TrimSuffix(x.Rel, " of"), resolve.Canonical(x.Object.Text))
		}
	}
}

// triples resolves an extraction's arguments and fills one fact.Triple,
// or one per member when an argument is "both countries" or "they" standing
// for two entities named together just before.
func (e *Extractor) triples(d fact.Doc, si int, s *nlp.Sentence, x clause.Extraction) []fact.Triple {
	if isTimeWord(x.Subject.Text) {
		return nil // "Wednesday ... is": a date misparsed as a subject
	}
	if x.Rel == "be" && emptyPredicate[strings.ToLower(strings.TrimSpace(x.Object.Text))] {
		return nil // "the ship was there", "it was like": no fact about the subject
	}
	if x.Kind == "svo" || x.Kind == "passive" || x.Kind == "copula" {
		var more []clause.Arg
		x.Object, more = peel(s, x.Object)
		if len(more) == 0 {
			x.Object, more = splitTime(s, x.Object)
		}
		var extras []clause.Arg
		for _, a := range x.Extra {
			// "in Washington on Monday" parsed as one phrase: a place
			// and a time.
			core, inner := peel(s, a)
			if len(inner) == 0 {
				core, inner = splitTime(s, a)
			}
			if len(inner) > 0 {
				core.Role = ""
				if h := s.Tokens[core.Head]; (core.Prep == "in" || core.Prep == "at") && (strings.HasSuffix(h.NER, "LOC") || strings.HasSuffix(h.NER, "GPE") || resolve.IsPlace(core.Text)) {
					core.Role = "place"
				}
			}
			extras = append(append(extras, core), inner...)
		}
		x.Extra = append(extras, more...)
	}
	// The speaker first, as the subject of the say verb: in "Ana Ruiz
	// said she would resign", "she" is most often the speaker.
	var attr node
	if !x.Attribution.Empty() {
		var ok bool
		if attr, ok = e.attrs[x.Attribution.Head]; !ok || x.Attribution.Head < 0 {
			attr = e.node(s, si, x.Attribution, true)
			if attr.name == "" && isPronounArg(s, x.Attribution) && strings.EqualFold(s.Tokens[x.Attribution.Head].Text, "it") &&
				e.source.n.name != "" && si-e.source.si <= 1 {
				attr = e.source.n // "..., it added": the organisation quoted just before
			}
			if e.attrs != nil {
				e.attrs[x.Attribution.Head] = attr
			}
		}
		if attr.name != "" && attr.typ != fact.Person && attr.typ != fact.GPE && attr.typ != fact.Loc {
			e.source = pluralSubject{si: si, n: attr} // an organisation, or one described ("the agency")
		}
	} else if e.quoteSpeaker != "" && e.speaker(si) == "" {
		// A sentence inside a quotation that began earlier.
		if r, ok := e.reg.Lookup(e.quoteSpeaker); ok {
			attr = node{name: r.Name, id: r.ID, typ: r.Type}
		} else {
			attr = node{name: e.quoteSpeaker}
		}
	}
	var subjs []node
	if isPronounArg(s, x.Subject) && strings.EqualFold(s.Tokens[x.Subject.Head].Text, "it") && (x.Rel == "be" || strings.HasPrefix(x.Rel, "be ")) {
		subjs = []node{{}} // "It is commonplace", "it would be named ...": no body's doing
	} else {
		// In a quotation "he" or "she" is never the one quoted, who says
		// "I" ('Becerra said, "He knows there is no border crisis"').
		if attr.id != "" && isPronounArg(s, x.Subject) && thirdPerson[strings.ToLower(s.Tokens[x.Subject.Head].Text)] &&
			(quoted(s, x.Subject.Head) || e.quoteSpeaker != "" && x.Attribution.Empty()) {
			e.notID = attr.id
		}
		subjs = e.nodes(s, si, x.Subject, x.Kind != "title" && x.Kind != "apposition")
		e.notID = ""
	}
	// The thing a sentence opens with, for a next sentence's "It".
	if len(subjs) == 1 && subjs[0].name != "" && subjs[0].typ != fact.Person && len(x.Subject.Tokens) > 0 && x.Subject.Tokens[0] <= 1 &&
		!isPronounArg(s, x.Subject) && x.Kind != "title" && x.Kind != "apposition" {
		if h := s.Tokens[x.Subject.Head]; (h.XPOS == "NN" || h.XPOS == "NNP") && !personNouns[strings.ToLower(h.Text)] && !clause.IsOccupation(strings.ToLower(h.Text)) {
			e.thing = pluralSubject{si: si, n: subjs[0]}
		}
	}
	refl := reflexive(s, x.Object)
	if len(subjs) == 1 && !refl {
		e.notID = subjs[0].id
	}
	if x.Kind == "title" && len(x.Object.Tokens) == 1 && s.Tokens[x.Object.Head].UPOS == "PRON" {
		// "His lawyer, Roberto Su": only of a person known, before
		// this, to be a man.
		if !e.reg.KnownGender(mentionOf(s, si, x.Object, false)) {
			return nil
		}
	}
	object := x.Object
	if x.Kind != "apposition" && x.Kind != "title" && x.Kind != "copula" && !object.Predicate && !isPronounArg(s, object) &&
		mentionOf(s, si, object, false).Name == "" {
		// "thanked the emir of Qatar, Sheikh Tamim bin Hamad Al Thani,",
		// "defeated the incumbent, Elizabeth Dole": the named apposition
		// is who is acted on (the apposition's own triple keeps the
		// description).
		if b, ok := namedApposition(s, object); ok {
			object = b
		}
	}
	objs := e.nodes(s, si, object, false) // resolved also when reflexive: the registry learns the subject's gender from "himself"
	e.notID = ""
	if refl {
		objs = subjs // a reflexive object is its clause's subject, whoever the pronoun alone would find
	}
	// "I support the plan," Ruiz said: in a quotation the first person is
	// the one quoted.
	if !x.Attribution.Empty() && e.speaker(si) == "" {
		if firstPersonArg(s, x.Subject) {
			subjs = e.nodes(s, si, x.Attribution, true)
		}
		if firstPersonArg(s, x.Object) {
			objs = e.nodes(s, si, x.Attribution, false)
		}
	} else if attr.id != "" && attr.typ == fact.Person {
		if firstPersonArg(s, x.Subject) {
			subjs = []node{attr}
		}
		if firstPersonArg(s, x.Object) {
			objs = []node{attr}
		}
	}
	// "Thames Valley Police said they had arrested a second man", "The
	// ministry said it would review ...": a body reporting on itself;
	// "they" (of several or a body) or "it" (of one organisation, not
	// with "be": "the BBC said it is commonplace"), the subject of what it
	// said, is the speaker ("Officials said it killed nine people" is
	// not).
	if !x.Attribution.Empty() && isPronounArg(s, x.Subject) && len(subjs) == 1 && subjs[0].name == "" {
		pron := strings.ToLower(s.Tokens[x.Subject.Head].Text)
		said := false // the pronoun's clause is what was said, not a clause inside it ("as it might have caused")
		if v := s.Tokens[x.Subject.Head].Head; v >= 0 && v < len(s.Tokens) {
			said = s.Tokens[v].DepRel == "ccomp" || s.Tokens[v].DepRel == "parataxis"
			// Not after a saying participle: "filed a lawsuit over the
			// act, saying it would prevent ..." speaks of the act.
			if h := s.Tokens[v].Head; said && h >= 0 && h < len(s.Tokens) && s.Tokens[h].XPOS == "VBG" {
				said = false
			}
		}
		if pron == "they" && plural(s, x.Attribution) || pron == "it" && said && x.Rel != "be" && body(s, x.Attribution) {
			if attr.name != "" && attr.typ != fact.Person && !attr.literal {
				subjs = []node{attr} // resolved once, above: a second Resolve would count the mention twice
			}
		}
	}
	var out []fact.Triple
	for _, subj := range subjs {
		for _, obj := range objs {
			if subj.id == obj.id && (!refl || subj.typ == "") {
				continue // an argument repeated, not "John Smith killed himself" ("the man killed himself" is no one's loop)
			}
			if x.Kind == "apposition" && x.Rel == "be" {
				if subj.typ == fact.Person && isPlaceType(obj.typ) {
					// "the mayor of Seoul, South Korea" hung on the
					// mayor, or "Greg Allen, Texas": a person is no place.
					continue
				}
				if isPlaceType(subj.typ) && (obj.typ == fact.Person || obj.typ == fact.Org) || subj.typ == fact.Person && obj.typ == fact.Person ||
					subj.typ == fact.Org && obj.typ == fact.Person && !resolve.IsTitle(lastWord(subj.name)) ||
					subj.typ == fact.Person && obj.typ == fact.Org && !resolve.IsTitle(lastWord(obj.name)) {
					// "Stacey Abrams of Georgia, Congresswoman Val Demings
					// of Florida, ...": a list the parser read as
					// appositions; a place is no person, two people
					// named in full are two people, and an organisation
					// is no person ("Parliament, MP Yvette Cooper"; but
					// "the Senate Minority Leader, Chuck Schumer", tagged an
					// organisation, ends in a title).
					continue
				}
				if o := strings.ReplaceAll(strings.ToUpper(obj.name), ".", ""); o == "DC" || o == "D C" {
					continue // "Washington, D.C.": the city's own name, no place it is in
				}
				switch {
				case isPlaceType(subj.typ) && isPlaceType(obj.typ),
					subj.typ == "" && isPlaceType(obj.typ) && isCapital(subj.name) && properHead(s, x.Subject) && len(strings.Fields(subj.name)) <= 3 && commaJoined(s, x.Subject, x.Object):
					// "Mokha, Yemen": a place in a place; also when the
					// tagger missed the first place ("Doha, Qatar").
					x.Rel = "be in"
				case subj.typ == "" && obj.typ == fact.Person:
					// "the general manager, Dr Ali": the person is the
					// subject, the description what he is.
					subj, obj = obj, node{name: subj.name, id: subj.id, literal: true}
				}
			}
			if obj.literal && whWord[strings.ToLower(obj.name)] {
				continue // "What was your childhood like?": a question's word is no object
			}
			if t, ok := e.triple(d, si, s, x, subj, obj, attr.name); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// nodes resolves one argument, expanding a plural that stands for a pair.
func (e *Extractor) nodes(s *nlp.Sentence, si int, a clause.Arg, subject bool) []node {
	refs, ok := e.reg.Plural(a.Text, si)
	if !ok && len(a.Tokens) > 0 && resolve.PairPhrase(a.Text) {
		// "X and Y agreed ... after the two leaders met": the pair named
		// earlier in the same sentence.
		e.notePairs(s, si, slices.Min(a.Tokens))
		refs, ok = e.reg.Plural(a.Text, si)
	}
	if ok && (subject || !isPronounArg(s, a)) {
		out := make([]node, len(refs))
		for i, r := range refs {
			out[i] = node{name: r.Name, id: r.ID, typ: r.Type}
		}
		return out
	}
	return []node{e.node(s, si, a, subject)}
}

// nounSubjectBefore says whether a common noun is the subject of a clause
// before word i.
func nounSubjectBefore(s *nlp.Sentence, i int) bool {
	for _, t := range s.Tokens[:i] {
		if strings.HasPrefix(t.DepRel, "nsubj") && t.UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// whWord are question words, which stand for what a question asks.
var whWord = map[string]bool{"how": true, "why": true, "what": true, "where": true, "when": true, "who": true,
	"whom": true, "which": true}

// reflexive says whether an argument is a reflexive pronoun ("John Smith
// killed himself"), whose triple is the subject's loop.
func reflexive(s *nlp.Sentence, a clause.Arg) bool {
	return isPronounArg(s, a) && clause.IsReflexive(s.Tokens[a.Head].Text)
}

func isPronounArg(s *nlp.Sentence, a clause.Arg) bool {
	return len(a.Tokens) == 1 && a.Head >= 0 && a.Head < len(s.Tokens) && s.Tokens[a.Head].UPOS == "PRON"
}

func (e *Extractor) triple(d fact.Doc, si int, s *nlp.Sentence, x clause.Extraction, subj, obj node, attribution string) (fact.Triple, bool) {
	if subj.name == "" || obj.name == "" || x.Rel == "" {
		return fact.Triple{}, false
	}
	if x.Kind == "title" && obj.literal && len(x.Object.Tokens) > 0 && strings.EqualFold(s.Tokens[x.Object.Tokens[0]].Text, "the") {
		return fact.Triple{}, false // "The airline's chairman": of no organisation the document named
	}
	if x.Kind == "title" {
		// "Japanese Prime Minister Fumio Kishida": remember the role so that
		// "the Japanese prime minister" finds him later; "Governor Leo
		// Mendel" (no country): "the governor".
		if x.Rel == "be" {
			e.reg.AddRole(subj.id, obj.name, "")
		} else {
			e.reg.AddRole(subj.id, strings.TrimSuffix(x.Rel, " of"), resolve.Canonical(obj.name))
		}
	}
	if subj.typ == fact.Person && (x.Kind == "title" || x.Kind == "apposition") {
		// "King X", "X, his wife": whom "he" and "she" can stand for.
		for _, w := range strings.Fields(x.RelSurface + " " + lastWord(obj.name)) {
			if g := resolve.Gender(w); g != "" {
				e.reg.NoteGender(subj.id, g)
				break
			}
		}
	}
	conf := x.Confidence * e.speechFactor(s, si, x)
	t := fact.Triple{
		Subject: subj.name, SubjectID: subj.id, SubjectType: subj.typ,
		Relation: x.Rel, RelationSurface: x.RelSurface,
		Object: obj.name, ObjectID: obj.id, ObjectType: obj.typ, ObjectIsLiteral: obj.literal,
		Negated: x.Negated, Modality: x.Modality, Confidence: clamp01(conf),
		Doc: d.ID, DocName: d.Name, DocDate: d.Date,
		Sentence: si, Text: s.Text, Span: [2]int{s.Start, s.End},
	}
	t.Attribution = attribution
	for _, a := range x.Extra {
		switch a.Role {
		case "time":
			if t.Time == "" {
				t.Time = resolveTime(a.Text, d.Date, x.Modality == "will")
			}
		case "place":
			if t.Place == "" {
				p := e.node(s, si, a, false)
				t.Place = p.name
			}
		}
	}
	return t, true
}

// commaJoined reports whether b follows a with just a comma between.
func commaJoined(s *nlp.Sentence, a, b clause.Arg) bool {
	if len(a.Tokens) == 0 || len(b.Tokens) == 0 {
		return false
	}
	k := a.Tokens[len(a.Tokens)-1] + 1
	return k < len(s.Tokens) && s.Tokens[k].Text == "," && b.Tokens[0] == k+1
}

// properHead reports whether an argument's head is a proper noun.
func properHead(s *nlp.Sentence, a clause.Arg) bool {
	return a.Head >= 0 && a.Head < len(s.Tokens) && isProper(s.Tokens[a.Head])
}

func lastWord(s string) string {
	if w := strings.Fields(s); len(w) > 0 {
		return w[len(w)-1]
	}
	return ""
}

func clamp01(f float64) float64 {
	if f < 0 {
		return 0
	}
	if f > 1 {
		return 1
	}
	return f
}

var nerType = map[string]string{"PER": fact.Person, "PERSON": fact.Person, "ORG": fact.Org, "LOC": fact.Loc, "GPE": fact.GPE, "MISC": fact.Misc}

// mentionOf describes an argument for the resolver: a pronoun, a name (the
// named-entity span or proper-noun run at its head) or a description.
func mentionOf(s *nlp.Sentence, si int, a clause.Arg, subject bool) resolve.Mention {
	m := resolve.Mention{Sentence: si, Subject: subject, At: a.Head + 1}
	// What pronouns prefer is the grammatical subject: a passive's agent
	// (the triple's subject) is not one, its patient (the object) is.
	if a.Head >= 0 && a.Head < len(s.Tokens) {
		switch d := s.Tokens[a.Head].DepRel; {
		case d == "obl:agent" || a.Prep == "by":
			m.Subject = false
		case d == "nsubj:pass":
			m.Subject = true
		}
	}
	if a.Name != "" {
		// A demonym standing for its country.
		m.Name, m.Type = a.Name, fact.GPE
		return m
	}
	if a.Head < 0 || a.Head >= len(s.Tokens) {
		return m
	}
	h := s.Tokens[a.Head]
	if len(a.Tokens) == 1 && (h.UPOS == "PRON" || strings.HasPrefix(h.XPOS, "PRP")) {
		m.Pronoun = strings.ToLower(h.Text)
		return m
	}
	if lo, hi := nameAround(s, a); lo >= 0 && !capitalisedTitle(s, a) {
		plo, placeBefore := lo, false
		for plo < hi && nerType[strings.TrimPrefix(strings.TrimPrefix(s.Tokens[plo].NER, "B-"), "I-")] != fact.Person {
			plo++
		}
		if _, phi, typ := nerSpan(s, plo); typ == fact.Person && phi == hi && plo > lo && phi > plo {
			// "Immunologist Kristian Andersen": capitalised words before
			// a full name that the tagger left out of the person are a
			// description, not part of the name (known titles are
			// stripped below).
			outside := true
			for k := lo; k < plo; k++ {
				if t := s.Tokens[k]; t.NER != "O" && t.NER != "" || strings.HasSuffix(t.Text, "'s") || t.Text == "'s" {
					outside = false
				}
			}
			// One word only ("Ecologist"): "The World Athletics
			// Championships" tagged a person keeps its name.
			if outside && plo-lo == 1 && s.Tokens[lo].UPOS != "DET" && !resolve.IsTitle(s.Tokens[plo-1].Text) {
				lo = plo
			}
			// "Prime Minister of Norway Erna Solberg" parsed with the
			// place heading the name: a place before a person named in
			// full is where the title was, not part of the name.
			if lo < plo && resolve.IsPlace(s.Text[s.Tokens[lo].Start-s.Start:s.Tokens[plo-1].End-s.Start]) {
				lo, placeBefore = plo, true
			}
		}
		m.Name = withoutNickname(s.Text[s.Tokens[lo].Start-s.Start : s.Tokens[hi].End-s.Start])
		if _, _, typ := nerSpan(s, a.Head); typ != "" {
			m.Type = typ
		} else if _, _, typ := nerSpan(s, lo); typ == fact.Person && lo > a.Head {
			m.Type = typ // the head was the description before the name
		}
		if a.Person || placeBefore {
			m.Type = fact.Person // "Senator from Minnesota Amy Klobuchar", tagged a place
		}
		if a.Body && m.Type == fact.Person {
			m.Type = "" // "Senator from Vermont X": Vermont, tagged a person
		}
		for _, w := range strings.Fields(m.Name) {
			if g := resolve.Gender(strings.TrimSuffix(w, ".")); g != "" && resolve.IsTitle(w) {
				m.Gender = g // "King X", "Mrs. X"
				break
			}
		}
		// A title word is not a title in an organisation's or a place's
		// one-word name: "General Motors", "General Electric".
		if n, titled := resolve.StripTitle(m.Name); titled && !(strings.Count(n, " ") == 0 && (m.Type == fact.Org || m.Type == fact.GPE || m.Type == fact.Loc)) {
			m.Name, m.Type = n, fact.Person
		}
		if w := strings.Fields(m.Name); m.Type == fact.Person && len(w) >= 3 && len(w[0]) >= 6 && strings.HasSuffix(w[0], "ist") {
			// "Immunologist Kristian Andersen", "Economist Ana Ruiz": a
			// profession the tagger ran into the name.
			m.Name = strings.Join(w[1:], " ")
		}
		if m.Type == fact.Person {
			m.Name = resolve.StripModifiers(withoutLeadingPlace(m.Name))
			if strings.HasPrefix(m.Name, "The ") {
				m.Type = "" // "The Taipei City Lantern Festival" is no one
			}
		}
		if m.Type != fact.Person {
			// "Thailand's Thai Raksa Chart Party": a country's possessive
			// before a name of three words or more is not part of it
			// (shorter ones, "Taiwan's Constitutional Court", need it to
			// say which court).
			if w := strings.Fields(m.Name); len(w) >= 4 {
				if p := strings.TrimSuffix(strings.TrimSuffix(w[0], "'s"), "’s"); p != w[0] && resolve.IsPlace(p) {
					m.Name = strings.Join(w[1:], " ")
				}
			}
		}
		// One word tagged a person that ends organisations' names is one
		// ("University" beat Maroochydore); a plural name is a group
		// ("Britons", "Hindus").
		if m.Type == fact.Person && !strings.Contains(m.Name, " ") {
			switch {
			case ner.OrgHead(m.Name):
				m.Type = fact.Org
			case lo == hi && s.Tokens[lo].XPOS == "NNPS", strings.HasSuffix(m.Name, "s") && resolve.Demonym(strings.TrimSuffix(m.Name, "s")) != "":
				m.Type = "" // "Bangladeshis"
			}
		}
		// "America" tagged a person (by its place in a sentence) is the
		// place; a one-word name that names a place is never a person.
		if (m.Type == fact.Loc || m.Type == "" || m.Type == fact.Person && !strings.Contains(m.Name, " ")) && resolve.IsPlace(m.Name) {
			m.Type = fact.GPE
		}
		return m
	}
	// "the South Korean president": a description by role and country;
	// "a third president", "another minister" bring in someone new.
	if (resolve.IsTitle(h.Lemma) || resolve.IsTitle(h.Text)) && !indefinite(s, a) && !bareCommon(s, a) {
		m.Role = strings.ToLower(h.Lemma)
		skip := -1
		for _, i := range a.Tokens {
			if i == a.Head || i == skip {
				continue
			}
			t := s.Tokens[i]
			// Two-word demonyms first: "South Korean" is not "Korean".
			if c := ""; i+1 < len(s.Tokens) && i+1 != a.Head {
				if c = resolve.Demonym(t.Text + " " + s.Tokens[i+1].Text); c != "" {
					m.Country, skip = c, i+1
					continue
				}
			}
			if c := resolve.Demonym(t.Text); c != "" {
				m.Country = c
			}
			if isProper(t) && m.Country == "" {
				m.Country = resolve.Canonical(t.Text)
			}
			if resolve.IsTitle(t.Text) && t.UPOS != "DET" {
				m.Role = strings.ToLower(t.Text) + " " + m.Role
			}
		}
		if m.Country == "" {
			m.Role = strings.ToLower(h.Lemma)
		}
	}
	return m
}

// nameAround returns the run of capitalised words (with hyphens and
// possessive marks inside) around the argument's head, if the head is a
// proper noun or inside a named entity.
func nameAround(s *nlp.Sentence, a clause.Arg) (lo, hi int) {
	h := s.Tokens[a.Head]
	if !isProper(h) && (h.NER == "" || h.NER == "O") {
		return -1, -1
	}
	if h.Text != "" && h.Text[0] >= 'a' && h.Text[0] <= 'z' {
		return -1, -1 // "president" tagged as a name: a description, not a name
	}
	in := map[int]bool{}
	for _, i := range a.Tokens {
		in[i] = true
	}
	ok := func(i int) bool {
		t := s.Tokens[i]
		if !in[i] {
			return false
		}
		if t.XPOS == "HYPH" || t.Text == "'s" || t.Text == "’s" || t.Text == "." {
			return true
		}
		if i > 1 && s.Tokens[i-1].XPOS == "HYPH" && s.Tokens[i-1].End == t.Start && isCapital(s.Tokens[i-2].Text) {
			return true // "Jae-myung", not "prime-minister"
		}
		if t.NER == "I-PER" && i+1 < len(s.Tokens) && in[i+1] && isCapital(s.Tokens[i+1].Text) {
			return true // a lower-case word inside a name: "Qaboos bin Said"
		}
		if nicknameQuote(s, i) {
			return true // Matiu "Matt" Ratana
		}
		return t.Text != "" && (t.Text[0] >= 'A' && t.Text[0] <= 'Z' || t.Text[0] >= '0' && t.Text[0] <= '9' || t.Text[0] >= 0x80)
	}
	lo, hi = a.Head, a.Head
	for lo > 0 && ok(lo-1) {
		lo--
	}
	for hi+1 < len(s.Tokens) && ok(hi+1) {
		hi++
	}
	for hi > lo && (s.Tokens[hi].XPOS == "HYPH" || s.Tokens[hi].Text == "'s" || s.Tokens[hi].Text == "’s" || s.Tokens[hi].Text == ".") && !strings.HasSuffix(s.Tokens[hi-1].Text, ".") {
		hi--
	}
	// "then-President X": the hyphen after a lowercase prefix is no part
	// of the name.
	for lo < hi && (s.Tokens[lo].XPOS == "HYPH" || s.Tokens[lo].Text == "-") {
		lo++
	}
	// "Singer Robert Hunter", "Singer-songwriter Robert Hunter": an
	// occupation opening the name (the recogniser may have run the name
	// over it) is no part of it, when two words of the name follow.
	for lo+1 < hi && clause.IsOccupation(strings.ToLower(s.Tokens[lo].Text)) && !strings.HasPrefix(s.Tokens[lo].NER, "I-") {
		lo++
		for lo+1 < hi && s.Tokens[lo].XPOS == "HYPH" {
			lo += 2 // "-songwriter"
		}
	}
	// "The Philippines is ...": a sentence's capitalised article is no
	// part of the name, unless the recogniser put it there ("The Hague").
	for lo < hi && s.Tokens[lo].UPOS == "DET" && (s.Tokens[lo].NER == "O" || s.Tokens[lo].NER == "") {
		lo++
	}
	return lo, hi
}

// nicknameQuote says whether token i is a quotation mark around a
// nickname inside a name: `Matiu "Matt" Ratana`.
func nicknameQuote(s *nlp.Sentence, i int) bool {
	if !isQuoteMark(s.Tokens[i].Text) {
		return false
	}
	cap := func(k int) bool { return k >= 0 && k < len(s.Tokens) && isCapital(s.Tokens[k].Text) }
	return cap(i-1) && cap(i+1) && i+2 < len(s.Tokens) && isQuoteMark(s.Tokens[i+2].Text) && cap(i+3) || // opening
		cap(i-1) && cap(i+1) && i >= 2 && isQuoteMark(s.Tokens[i-2].Text) && cap(i-3) // closing
}

// withoutNickname drops a quoted nickname from a name: `Matiu "Matt"
// Ratana` → "Matiu Ratana".
func withoutNickname(name string) string {
	if !strings.ContainsAny(name, "\"“”") {
		return name
	}
	return strings.Join(strings.Fields(nickname.ReplaceAllString(name, " ")), " ")
}

var nickname = regexp.MustCompile(`["“”][^"“”]*["“”]`)

func isProper(t nlp.Token) bool { return t.UPOS == "PROPN" || strings.HasPrefix(t.XPOS, "NNP") }

// nerSpan returns the named-entity span that contains token i.
func nerSpan(s *nlp.Sentence, i int) (lo, hi int, typ string) {
	tag := s.Tokens[i].NER
	if tag == "" || tag == "O" {
		return -1, -1, ""
	}
	typ = nerType[tag[2:]]
	lo = i
	for lo > 0 && strings.HasPrefix(s.Tokens[lo].NER, "I-") && s.Tokens[lo-1].NER != "O" && s.Tokens[lo-1].NER != "" {
		lo--
	}
	hi = i
	for hi+1 < len(s.Tokens) && strings.HasPrefix(s.Tokens[hi+1].NER, "I-") {
		hi++
	}
	return lo, hi, typ
}

// whoseArg writes "whose death in police custody" as "George Floyd's
// death in police custody" when the relative clause hangs on a name the
// recogniser found; ok is false for any other argument.
func whoseArg(s *nlp.Sentence, a clause.Arg) (clause.Arg, bool) {
	if len(a.Tokens) < 2 || a.Head < 0 {
		return a, false
	}
	w := s.Tokens[a.Tokens[0]]
	if w.XPOS != "WP$" || w.Head != a.Head {
		return a, false
	}
	v := s.Tokens[a.Head].Head
	if v < 0 || s.Tokens[v].DepRel != "acl:relcl" || s.Tokens[v].Head < 0 {
		return a, false
	}
	lo, hi, typ := nerSpan(s, s.Tokens[v].Head)
	if typ == "" {
		return a, false
	}
	owner := s.Text[s.Tokens[lo].Start-s.Start : s.Tokens[hi].End-s.Start]
	rest := s.Text[s.Tokens[a.Tokens[1]].Start-s.Start : s.Tokens[a.Tokens[len(a.Tokens)-1]].End-s.Start]
	b := a
	b.Text = owner + "'s " + rest
	return b, true
}

// node resolves one argument to an entity, or keeps it as a phrase.
func (e *Extractor) node(s *nlp.Sentence, si int, a clause.Arg, subject bool) node {
	text := strings.TrimSpace(a.Text)
	if text == "" {
		return node{}
	}
	if w, ok := whoseArg(s, a); ok {
		a, text = w, w.Text // "George Floyd, whose death ...": George Floyd's death
	}
	orgName := "" // the whole name of an organisation found in a long subject
	if subject && len(a.Tokens) > 10 {
		// "A deadly boat fire earlier this week near Santa Cruz Island
		// off the coast of California, United States, resulted in ...",
		// "Co-lead author Sam Wilson of ..., said": too long to be a node,
		// but its noun with the words before it is one.
		if core, ok := nounCore(s, a); ok {
			a, text = core, core.Text
		} else if lo, hi, typ := nerSpan(s, a.Head); typ == fact.Org && !slices.ContainsFunc(a.Tokens, func(i int) bool { return strings.HasSuffix(s.Tokens[i].NER, "PER") }) &&
			(lo == a.Tokens[0] || lo == a.Tokens[0]+1 && s.Tokens[a.Tokens[0]].UPOS == "DET") {
			// "the Bavarian State Ministry of Public Health and Health
			// Care in Munich": the organisation the phrase opens with
			// (not "Member of Parliament (MP) Yvette Cooper ...").
			a = spanArg(s, lo, hi, a.Head)
			text, orgName = a.Text, a.Text
		}
	}
	m := mentionOf(s, si, a, subject)
	if orgName != "" {
		m.Name, m.Type = orgName, fact.Org
	}
	if m.Pronoun != "" {
		m.Not = e.notID
	}
	if m.Name == "" && m.Pronoun == "" && m.Role == "" {
		m.Body = bodyNoun(s, a) // "the airline", "the company"
	}
	if subject && m.Pronoun == "" && (m.Name == "" || a.Name != "" || resolve.Demonym(lastWord(m.Name)) != "") {
		// "The suspect, John Smith, fled", "An Australian, Brenton
		// Tarrant, aged 28, appeared in court", "The company's chief, Tim
		// Cook, said": the named apposition is who does it (the
		// apposition's triple keeps the description).
		if b, ok := namedApposition(s, a); ok {
			g := resolve.Gender(s.Tokens[a.Head].Text) // "his wife, Jonna Mendez,"
			a, text = b, b.Text
			m = mentionOf(s, si, a, subject)
			if m.Gender == "" {
				m.Gender = g
			}
		}
	}
	if a.Predicate && m.Name == "" {
		m.Role = "" // "was elected mayor of the city" describes the subject
	}
	if r, ok := e.reg.Lookup(m.Name); m.Name != "" && (isTimeWord(text) || isTimeWord(m.Name)) && !(ok && r.Type == fact.Person) {
		// "scheduled for November", "on Wednesday": a date, no entity
		// (unless a person of the document is called so: "May").
		return node{name: text, id: fact.EntityID(text), literal: true}
	}
	if sp := e.speaker(si); sp != "" && firstPersonSingular[m.Pronoun] {
		// "I" in an interview answer is the one who answers.
		m = resolve.Mention{Sentence: si, Subject: subject, Name: sp, Type: fact.Person}
		text = sp
	}
	if m.Name == "" && m.Pronoun == "" && m.Role == "" {
		// A capitalised word the tagger did not take for a name, but
		// which names someone already: "Sanders lost". A common noun
		// capitalised as the sentence's first word only as the surname
		// of someone the document named ("Day made many albums", not
		// "News of police response ..." for Fars News).
		known := e.reg.KnownName
		if a.Head == 0 && s.Tokens[0].UPOS == "NOUN" {
			known = e.reg.KnownSurname
		}
		if h := strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "'"); len(strings.Fields(h)) == 1 && isCapital(h) && known(h) {
			m.Name = h
		}
	}
	if !strings.Contains(m.Name, " ") && resolve.IsTitle(m.Name) || placeTitle(m.Name) {
		// "Prime Minister of Canada Justin Trudeau": the capitalised run
		// at the head, "Prime Minister", is a title and names no one;
		// "The President" alone stands for whoever the document's
		// president is, as "the president" does.
		if t := strings.ToLower(m.Name); m.Role == "" && m.Pronoun == "" && len(a.Tokens) == 1+len(strings.Fields(t)) && strings.EqualFold(s.Tokens[a.Tokens[0]].Text, "the") &&
			!slices.ContainsFunc(strings.Fields(t), func(w string) bool { return !resolve.IsTitle(w) }) {
			m.Role = t // "The Prime Minister"
		}
		m.Name = ""
	}
	if (m.Name == "" || m.Type == fact.Loc || m.Type == fact.GPE) && m.Pronoun == "" && len(a.Tokens) > 2 {
		// "CEO of the Refugee Council Enver Solomon": a title phrase the
		// parser headed on the title, ending in a person's full name
		// (or on the place before it: "U.S. President Trump").
		last := a.Tokens[len(a.Tokens)-1]
		// Not "a former advisor for President Donald Trump": there the
		// name is the complement of a preposition, and the phrase another
		// person.
		// But in "CEO of the Refugee Council Enver Solomon", headed on the
		// title, an organisation's name ends right before the person's:
		// the preposition governs the organisation, and the parser ran the
		// person's name into it.
		if lo, hi, typ := nerSpan(s, last); typ == fact.Person && hi == last && (hi > lo || lo > 0 && resolve.IsTitle(s.Tokens[lo-1].Text)) && lo > a.Tokens[0] && !indefinite(s, a) &&
			(!governedByPreposition(s, lo, hi) || resolve.IsTitle(s.Tokens[a.Head].Text) && nameBefore(s, lo)) {
			titled := false
			for _, k := range a.Tokens {
				if k < lo && resolve.IsTitle(s.Tokens[k].Text) {
					titled = true
				}
			}
			if titled {
				m = resolve.Mention{Sentence: si, Subject: subject, Type: fact.Person, Name: withoutLeadingPlace(s.Text[s.Tokens[lo].Start-s.Start : s.Tokens[hi].End-s.Start])}
				if ref, ok := e.reg.Resolve(m); ok {
					return node{name: ref.Name, id: ref.ID, typ: ref.Type}
				}
			}
		}
	}
	if m.Name == "" && m.Pronoun == "" && m.Role == "" {
		if n := classNamed(s, a); n != "" {
			m.Name = n
			if _, typ, ok := resolve.Listed(n); ok {
				m.Type = typ
			}
			text = n
		}
	}
	if m.Pronoun == "it" && !(subject && s.Tokens[a.Head].DepRel == "nsubj" && !nounSubjectBefore(s, a.Head)) {
		// "it" stands for a body only as an active subject with no
		// other subject before it in its sentence: "it had been turned
		// off by pirates" (the transponder), "when it sees another one"
		// (the mouse) are things.
		return node{}
	}
	if m.Name != "" || m.Pronoun != "" || m.Role != "" || m.Body != "" {
		// A name is the argument only when the argument is little more
		// than the name; "the summit with Ishiba" is not Ishiba.
		if officeOf(m, text) {
			// "UN chief", "NATO's secretary-general": a person holding an
			// office of the body, not the body.
		} else if m.Name == "" || nameCovers(m.Name, text) || nameCovers(m.Name, withoutModifiers(s, a)) || titledName(m, text) || describedName(s, a, m) {
			if ref, ok := e.reg.Resolve(m); ok {
				return node{name: ref.Name, id: ref.ID, typ: ref.Type}
			}
		}
	}
	if m.Pronoun != "" {
		// "Police arrested a man on Friday. They released him on bail":
		// "they" stands for the plural subject of the sentence before,
		// when no entity is one (the latest one noted for that sentence:
		// this sentence may have noted one of its own already). Only a
		// sentence-opening "They" as subject: "them" and a "they" later
		// in a sentence stand too often for something else ("... leave
		// them more resistant": the corals).
		if strings.EqualFold(m.Pronoun, "they") && subject && len(a.Tokens) > 0 && a.Tokens[0] <= 1 {
			for k := len(e.plural) - 1; k >= 0; k-- {
				if e.plural[k].si == si-1 {
					return e.plural[k].n
				}
			}
		}
		// A sentence-opening "It" is the thing the sentence before was
		// about ("Typhoon Phanfone hit the Philippines. It also blocked
		// roads"; "It is ..." says nothing and never comes here).
		if strings.EqualFold(m.Pronoun, "it") && subject && len(a.Tokens) > 0 && a.Tokens[0] <= 1 && e.thing.n.name != "" && e.thing.si == si-1 {
			return e.thing.n
		}
		// So is a sentence-opening "He" or "She" with no person named
		// near: the person the sentence before was about ("An engineer
		// was killed at the station. He was working on a travelator").
		if w := strings.ToLower(m.Pronoun); (w == "he" || w == "she") && subject && len(a.Tokens) > 0 && a.Tokens[0] <= 1 &&
			e.single.n.name != "" && e.single.si == si-1 && (e.single.gender == "" || e.single.gender == map[string]string{"he": "m", "she": "f"}[w]) {
			return e.single.n
		}
		return node{} // an unresolved pronoun says nothing about the graph
	}
	if subject {
		// A phrase, not a name ("the summit"): an untyped concept node that
		// is no entity of the registry; fragments are dropped.
		if lowValue(s, a) || isTimeWord(text) {
			return node{}
		}
		n := node{name: text, id: fact.EntityID(text)}
		if h := s.Tokens[a.Head]; h.XPOS == "NN" && (clause.IsOccupation(strings.ToLower(h.Text)) || personNouns[strings.ToLower(h.Text)]) {
			e.single = pluralSubject{si: si, n: n, gender: resolve.Gender(h.Text)}
		}
		if h := s.Tokens[a.Head]; h.XPOS == "NNS" && peoplePlural(h.Text) || strings.EqualFold(h.Text, "police") {
			if k := len(e.plural); k > 0 && e.plural[k-1].si == si {
				e.plural[k-1].n = n
			} else {
				e.plural = append(e.plural, pluralSubject{si: si, n: n})
			}
			if len(e.plural) > 2 {
				e.plural = e.plural[1:]
			}
		}
		return n
	}
	return node{name: text, id: fact.EntityID(text), literal: true}
}

// peoplePlural says whether a plural noun names people, who "they" can
// stand for: "officials", "protesters", "scientists", "residents",
// "politicians", "men" (not "helmets", "issues", "ships").
func peoplePlural(w string) bool {
	w = strings.ToLower(w)
	if peopleNouns[w] {
		return true
	}
	for _, suf := range []string{"ers", "ists", "ians", "ants", "ents", "ors", "ees"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// personNouns are singular nouns for a person that "he" or "she" can
// stand for.
var personNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "suspect": true,
	"victim": true, "officer": true, "driver": true, "passenger": true, "resident": true, "student": true,
	"worker": true, "teenager": true, "child": true, "gunman": true, "attacker": true, "father": true,
	"mother": true, "son": true, "daughter": true, "husband": true, "wife": true, "patient": true, "soldier": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "witness": true, "survivor": true}

// peopleNouns are plural nouns for people without a telling suffix.
var peopleNouns = map[string]bool{"people": true, "men": true, "women": true, "children": true, "officials": true,
	"authorities": true, "troops": true, "police": true, "staff": true, "voters": true, "fans": true, "rebels": true,
	"militants": true, "students": true, "doctors": true, "nurses": true, "judges": true, "victims": true,
	"suspects": true, "witnesses": true, "citizens": true, "experts": true, "analysts": true, "lawmakers": true,
	"senators": true, "ministers": true, "leaders": true, "members": true, "critics": true, "families": true,
	"parents": true, "scholars": true, "crews": true, "guards": true, "soldiers": true, "pilots": true,
	"teams": true, "players": true, "attendees": true, "delegates": true, "candidates": true, "girls": true, "boys": true}

// emptyPredicate are predicates that say nothing without what they point
// to.
var emptyPredicate = map[string]bool{"there": true, "here": true, "like": true, "more": true, "so": true,
	"too": true, "also": true, "that": true, "this": true, "it": true, "such": true, "albeit": true}

// namedApposition returns the name set off by commas right after an
// argument's head noun, which names no one itself, as an argument of its
// own.
func namedApposition(s *nlp.Sentence, a clause.Arg) (clause.Arg, bool) {
	h := a.Head
	if h < 0 || h+2 >= len(s.Tokens) || s.Tokens[h].NER != "O" && s.Tokens[h].NER != "" {
		return a, false
	}
	if u := s.Tokens[h].UPOS; u != "NOUN" && u != "PROPN" {
		return a, false
	}
	// "The mayor of Paris, Anne Hidalgo, declared": the parser hung the
	// name on the title's of-phrase; the name set off after the phrase
	// is the title's.
	if s.Tokens[h].UPOS == "NOUN" && resolve.IsTitle(s.Tokens[h].Text) {
		for n := h + 2; n < len(s.Tokens) && n <= h+5; n++ {
			if s.Tokens[n].Head == h && s.Tokens[n].DepRel == "nmod" && n+1 < len(s.Tokens) && s.Tokens[n+1].Text == "," {
				for k := n + 2; k < len(s.Tokens) && k <= n+5; k++ {
					if s.Tokens[k].Head == n && s.Tokens[k].DepRel == "appos" {
						if lo, hi, typ := nerSpan(s, k); typ == fact.Person && lo == n+2 && hi+1 < len(s.Tokens) && s.Tokens[hi+1].Text == "," {
							return spanArg(s, lo, hi, k), true
						}
					}
				}
			}
		}
	}
	// Set off by commas, or a person's name right after a common noun
	// ("his wife First Lady Melania Trump"), a title between.
	comma := s.Tokens[h+1].Text == ","
	for k := h + 1; k < len(s.Tokens) && k <= h+6; k++ {
		if s.Tokens[k].Head != h || s.Tokens[k].DepRel != "appos" {
			continue
		}
		lo, hi, typ := nerSpan(s, k)
		// "Its founder, Masayoshi Son, will": a name the recogniser took
		// for a place, set off after a noun for a person, is that person.
		person := false
		if comma && (typ == fact.Loc || typ == fact.GPE) && lo == h+2 && personNoun(s.Tokens[h]) &&
			!resolve.IsPlace(s.Text[s.Tokens[lo].Start-s.Start:s.Tokens[hi].End-s.Start]) {
			typ, person = fact.Person, true
		}
		switch {
		case comma:
			if lo != h+2 || typ != fact.Person && typ != fact.Org || hi+1 >= len(s.Tokens) || s.Tokens[hi+1].Text != "," {
				return a, false
			}
			if person {
				b := spanArg(s, lo, hi, k)
				b.Person = true
				return b, true
			}
		default:
			if typ != fact.Person || s.Tokens[h].UPOS != "NOUN" || hi+1 < len(s.Tokens) && (s.Tokens[hi+1].Head == k || s.Tokens[hi+1].Head == h) {
				return a, false
			}
			for i := h + 1; i < lo; i++ {
				if !resolve.IsTitle(s.Tokens[i].Text) && !isCapital(s.Tokens[i].Text) {
					return a, false
				}
			}
		}
		return spanArg(s, lo, hi, k), true
	}
	return a, false
}

// personNoun says whether a common noun names a person: a title, an
// occupation or a noun such as "wife", "suspect", "founder".
func personNoun(t nlp.Token) bool {
	w := strings.ToLower(t.Text)
	return t.UPOS == "NOUN" && (resolve.IsTitle(w) || clause.IsOccupation(w) || personNouns[w] || roleWords[w])
}

// roleWords are nouns for a person's part in an organisation or family
// that are no titles.
var roleWords = map[string]bool{"founder": true, "co-founder": true, "cofounder": true, "owner": true,
	"brother": true, "sister": true, "partner": true, "friend": true}

// spanArg is the argument of words lo..hi headed by head.
func spanArg(s *nlp.Sentence, lo, hi, head int) clause.Arg {
	toks := make([]int, 0, hi-lo+1)
	for i := lo; i <= hi; i++ {
		toks = append(toks, i)
	}
	return clause.Arg{Text: s.Text[s.Tokens[lo].Start-s.Start : s.Tokens[hi].End-s.Start], Tokens: toks, Head: head}
}

// placeTitle says whether a capitalised run is a title after a place or
// people ("United States Senator", "Vermont Governor", "Polish Prime
// Minister"), which names no one.
func placeTitle(name string) bool {
	w := strings.Fields(name)
	n := len(w)
	for n > 0 && resolve.IsTitle(w[n-1]) {
		n--
	}
	if n == len(w) || n == 0 {
		return false
	}
	rest := strings.Join(w[:n], " ")
	return resolve.IsPlace(rest) || resolve.Demonym(rest) != ""
}

// nounCore is a phrase's head noun with the determiners, adjectives,
// numbers, possessives and nouns before it ("A deadly boat fire"), when
// they are all of the phrase before the head.
func nounCore(s *nlp.Sentence, a clause.Arg) (clause.Arg, bool) {
	h := a.Head
	if h < 0 || h >= len(s.Tokens) || len(a.Tokens) == 0 || a.Tokens[0] > h {
		return a, false
	}
	switch s.Tokens[h].UPOS {
	case "NOUN", "PROPN":
	default:
		return a, false
	}
	var toks []int
	for _, i := range a.Tokens {
		if i > h {
			break
		}
		toks = append(toks, i)
	}
	if len(toks) > 6 || toks[len(toks)-1]-toks[0] != len(toks)-1 {
		return a, false // not contiguous: something set off inside
	}
	for _, i := range toks[:len(toks)-1] {
		t := s.Tokens[i]
		switch {
		case t.UPOS == "DET", t.UPOS == "ADJ", t.UPOS == "NUM", t.UPOS == "NOUN", t.UPOS == "PROPN",
			t.XPOS == "POS", t.XPOS == "PRP$", t.XPOS == "HYPH":
		default:
			return a, false
		}
	}
	// The rest of a name headed on its first word: "Sam Jones".
	end := h
	for end+1 < len(s.Tokens) {
		nx := s.Tokens[end+1]
		// "al-Amri": a hyphen and a capitalised word written on.
		if nx.XPOS == "HYPH" && nx.Start == s.Tokens[end].End && end+2 < len(s.Tokens) &&
			s.Tokens[end+2].Start == nx.End && isCapital(s.Tokens[end+2].Text) {
			end += 2
			toks = append(toks, end-1, end)
			continue
		}
		if nx.Head != h || nx.DepRel != "flat" && nx.DepRel != "fixed" {
			break
		}
		end++
		toks = append(toks, end)
	}
	// A name that goes on ("the University of California", "the United
	// States Commission for International Religious Freedom") is not its
	// first words; a person's name ends where "of" starts.
	if k := end + 1; k+1 < len(s.Tokens) && isCapital(s.Tokens[end].Text) && !strings.HasSuffix(s.Tokens[h].NER, "PER") {
		switch strings.ToLower(s.Tokens[k].Text) {
		case "of", "for", "on", "and", "&":
			if isCapital(s.Tokens[k+1].Text) || strings.EqualFold(s.Tokens[k+1].Text, "the") {
				return a, false
			}
		}
	}
	core := a
	core.Tokens = toks
	core.Text = s.Text[s.Tokens[toks[0]].Start-s.Start : s.Tokens[end].End-s.Start]
	return core, true
}

// indefinite says whether the phrase starts with an indefinite
// determiner: "a former advisor", "another minister" introduce someone.
func indefinite(s *nlp.Sentence, a clause.Arg) bool {
	if len(a.Tokens) == 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[a.Tokens[0]].Text) {
	case "a", "an", "another":
		return true
	}
	return false
}

// bareCommon says whether an argument is a lower-case common noun with
// nothing before it that makes it someone in particular: no determiner,
// possessive, name or nationality ("supported social justice",
// "prosecutors said"; not "the judge", "his lawyer", "South Korean
// president").
func bareCommon(s *nlp.Sentence, a clause.Arg) bool {
	if h := s.Tokens[a.Head]; h.UPOS != "NOUN" || isCapital(h.Text) {
		return false
	}
	for _, i := range a.Tokens {
		if i >= a.Head {
			break
		}
		switch t := s.Tokens[i]; {
		case t.UPOS == "DET" || t.UPOS == "PRON" || t.UPOS == "PROPN" || t.UPOS == "PART" || t.XPOS == "POS":
			return false
		case resolve.Demonym(t.Text) != "":
			return false
		}
	}
	return true
}

// capitalisedTitle says whether argument a is a title written with
// capitals and no name, the place or nation before it at most: the
// headline's "UK Prime Minister resigns", "US President says". It is a
// description (the prime minister of the United Kingdom the document
// names), not a name.
func capitalisedTitle(s *nlp.Sentence, a clause.Arg) bool {
	h := s.Tokens[a.Head]
	if !isCapital(h.Text) || !resolve.IsTitle(h.Text) || len(a.Tokens) < 2 {
		return false
	}
	place := false
	for _, i := range a.Tokens {
		t := s.Tokens[i]
		switch {
		case i == a.Head || strings.HasSuffix(t.NER, "PER"):
			if i != a.Head {
				return false
			}
		case resolve.IsTitle(t.Text) || t.UPOS == "DET":
		case resolve.IsPlace(t.Text) || resolve.Demonym(t.Text) != "":
			place = true
		default:
			return false
		}
	}
	return place
}

// thirdPerson are the pronouns that never stand for the one speaking.
var thirdPerson = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// quoted says whether token i stands inside quotation marks of its
// sentence (an odd number of marks before it).
func quoted(s *nlp.Sentence, i int) bool {
	n := 0
	for k := 0; k < i && k < len(s.Tokens); k++ {
		if isQuoteMark(s.Tokens[k].Text) {
			n++
		}
	}
	return n%2 == 1
}

// nameBefore says whether a capitalised word that is no title or person
// ends right before token lo (an organisation's name).
func nameBefore(s *nlp.Sentence, lo int) bool {
	if lo == 0 {
		return false
	}
	b := s.Tokens[lo-1]
	return isProper(b) && isCapital(b.Text) && !resolve.IsTitle(b.Text) && !strings.HasSuffix(b.NER, "PER")
}

// governedByPreposition says whether the name s.Tokens[lo..hi] or a title
// before it hangs from a preposition ("for President Donald Trump").
func governedByPreposition(s *nlp.Sentence, lo, hi int) bool {
	for i := lo; i <= hi; i++ {
		if h := s.Tokens[i].Head; h >= lo && h <= hi {
			continue
		}
		for k, t := range s.Tokens {
			if t.Head == i && t.DepRel == "case" && k < lo {
				return true
			}
		}
	}
	return false
}

// nameCovers reports whether the argument is essentially the name: what is
// left are determiners, titles, demonyms and possessive marks.
func nameCovers(name, text string) bool {
	rest := strings.Replace(text, name, " ", 1)
	if rest == text {
		return false
	}
	for _, w := range strings.Fields(rest) {
		lw := strings.ToLower(w)
		if lw == "the" || lw == "'s" || lw == "’s" || lw == "'" || resolve.IsTitle(lw) || resolve.Demonym(lw) != "" || lw == "," {
			continue
		}
		if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' {
			continue // more of a title: "Prime Minister", "South Korean"
		}
		return false
	}
	return true
}

// bodyNoun returns the kind noun of a short definite description of an
// organisation ("The airline", "the company", "The iPhone maker"), or "":
// "the" and modifiers before a singular kind noun, nothing after it.
func bodyNoun(s *nlp.Sentence, a clause.Arg) string {
	if a.Head < 0 || a.Head >= len(s.Tokens) || len(a.Tokens) > 4 || a.Tokens[len(a.Tokens)-1] != a.Head {
		return ""
	}
	h := s.Tokens[a.Head]
	lemma := strings.ToLower(h.Lemma)
	if h.XPOS != "NN" || !resolve.BodyKind(lemma) || !strings.EqualFold(s.Tokens[a.Tokens[0]].Text, "the") {
		return ""
	}
	// Plain describers only: "The Boeing airframe company" names the body
	// itself, "the largest group" is picked out by rank.
	for _, i := range a.Tokens[1 : len(a.Tokens)-1] {
		t := s.Tokens[i]
		if isCapital(t.Text) || t.XPOS == "JJS" || t.XPOS == "CD" || t.UPOS == "DET" {
			return ""
		}
	}
	return lemma
}

// officeOf says whether text names an office of the body m names, the
// body first and a role noun last ("UN chief", "Apple CEO").
func officeOf(m resolve.Mention, text string) bool {
	at := strings.Index(text, m.Name)
	if m.Name == "" || m.Type == fact.Person || at < 0 {
		return false
	}
	rest := strings.Fields(text[at+len(m.Name):])
	if len(rest) == 0 || len(rest) > 3 {
		return false
	}
	last := strings.ToLower(rest[len(rest)-1])
	return clause.IsRole(last)
}

// titledName reports whether an argument is a person's name after a title
// phrase: "incumbent President of the United States Donald Trump".
func titledName(m resolve.Mention, text string) bool {
	if m.Type != fact.Person || !strings.HasSuffix(text, m.Name) {
		return false
	}
	// Hyphens too: "then-prime-minister Thaksin Shinawatra".
	for _, w := range strings.FieldsFunc(strings.TrimSuffix(text, m.Name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if resolve.IsTitle(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// withoutLeadingPlace drops a country the parser ran into a person's name
// ("United States Donald Trump" → "Donald Trump").
func withoutLeadingPlace(name string) string {
	w := strings.Fields(name)
	for n := 1; n <= 3 && n+2 <= len(w); n++ {
		if resolve.IsPlace(strings.Join(w[:n], " ")) {
			return strings.Join(w[n:], " ")
		}
	}
	return name
}

func isPlaceType(t string) bool { return t == fact.GPE || t == fact.Loc }

var firstPersonSingular = map[string]bool{"i": true, "me": true, "myself": true}

// speaker returns who speaks sentence si when it is an interview answer
// whose speaker is known, else "".
func (e *Extractor) speaker(si int) string {
	if si < 0 || si >= len(e.turns) || e.turns[si] == nil || e.turns[si].interviewer {
		return ""
	}
	return e.turns[si].speaker
}

// speechFactor scales the confidence of facts that a sentence does not
// state as facts: an interviewer's questions and questions in general, and
// in interview answers a subject in the first person the graph cannot name
// ("we", "our study", "my research").
func (e *Extractor) speechFactor(s *nlp.Sentence, si int, x clause.Extraction) float64 {
	f := 1.0
	if strings.HasSuffix(strings.TrimRight(strings.TrimSpace(s.Text), `"'”’)`), "?") {
		f *= 0.5
	}
	if si < 0 || si >= len(e.turns) || e.turns[si] == nil {
		return f
	}
	if e.turns[si].interviewer {
		return f * 0.5
	}
	if len(x.Subject.Tokens) > 0 {
		switch strings.ToLower(s.Tokens[x.Subject.Tokens[0]].Text) {
		case "we", "us", "our", "my", "ours":
			f *= 0.6
		}
	}
	return f
}

// describedName reports whether an argument is a name after a
// description that the news puts before names ("Finnish video game
// developer Perttu Ahola", "coauthor Ana Ruiz", "software company Red
// Hat"), or a person's name with an affiliation after it ("Professor Ana
// Ruiz of Lund University"): the argument's head is in the name, the name ends the
// argument, and what comes before it is only nouns, adjectives, numbers,
// determiners and hyphens, with no verb, preposition or punctuation that
// would make it a phrase of its own. An organisation's place after it
// ("... Ministry of Health in Munich") is allowed too.
func describedName(s *nlp.Sentence, a clause.Arg, m resolve.Mention) bool {
	if m.Name == "" || len(a.Tokens) == 0 || a.Head < 0 || a.Head >= len(s.Tokens) {
		return false
	}
	lo, hi := nameAround(s, a)
	if lo < 0 || a.Head < lo || a.Head > hi {
		return false
	}
	if last := a.Tokens[len(a.Tokens)-1]; last != hi && !(m.Type == fact.Person && affiliation(s, a, hi) || (m.Type == fact.Person || m.Type == "") && agedName(s, a, hi)) &&
		!(m.Type == fact.Org && locatedIn(s, a, hi)) {
		return false
	}
	for _, i := range a.Tokens {
		if i >= lo {
			break
		}
		t := s.Tokens[i]
		switch t.UPOS {
		case "NOUN", "ADJ", "PROPN", "NUM", "DET":
		case "PUNCT":
			if t.XPOS != "HYPH" {
				return false
			}
		case "ADP":
			// "University of Texas Arlington Muslim Student Association
			// president Sehar Memon": "of" inside an organisation's name
			// before a person's.
			if w := strings.ToLower(t.Text); m.Type != fact.Person || (w != "of" && w != "for") || i == 0 || i+1 >= len(s.Tokens) ||
				!isCapital(s.Tokens[i-1].Text) || !isCapital(s.Tokens[i+1].Text) {
				return false
			}
		default:
			return false
		}
		if t.DepRel == "appos" || t.DepRel == "conj" || t.DepRel == "nmod:poss" {
			return false
		}
	}
	return true
}

// affiliation reports whether what follows a person's name (ending at
// token hi) in the argument is one "of"/"from" phrase naming an
// organisation or place: "Michael Siegel of Boston University".
func affiliation(s *nlp.Sentence, a clause.Arg, hi int) bool {
	var rest []int
	for _, i := range a.Tokens {
		if i > hi {
			rest = append(rest, i)
		}
	}
	if len(rest) < 2 || rest[0] != hi+1 {
		return false
	}
	// "John Smith, of Dallas, Texas,": set off by commas, a place's
	// comma inside.
	if s.Tokens[rest[0]].Text == "," && len(rest) > 2 {
		rest = rest[1:]
		// "Daniel Smith, of no fixed address,": any of-phrase set off
		// by commas describes the person named before it.
		if strings.EqualFold(s.Tokens[rest[0]].Text, "of") && !slices.ContainsFunc(rest, func(i int) bool { return s.Tokens[i].UPOS == "VERB" && s.Tokens[i].XPOS != "VBN" }) {
			return true
		}
	}
	switch strings.ToLower(s.Tokens[rest[0]].Text) {
	case "of", "from", "at":
	default:
		return false
	}
	named := false // a capitalised word seen: lower-case words may only describe the name ("of the main opposition Peoples Democratic Party")
	for n, i := range rest[1:] {
		t := s.Tokens[i]
		placeComma := t.Text == "," && n+2 < len(rest) && isCapital(s.Tokens[rest[n+2]].Text)
		describes := !named && (t.UPOS == "ADJ" || t.UPOS == "NOUN") && t.XPOS != "NNS"
		if !(isProper(t) || isCapital(t.Text) || t.UPOS == "DET" || t.UPOS == "CCONJ" || t.UPOS == "ADP" || t.UPOS == "PUNCT" && t.Text != "," && t.Text != ";" || placeComma || describes) {
			return false
		}
		named = named || isProper(t) || isCapital(t.Text)
	}
	last := s.Tokens[rest[len(rest)-1]]
	return isProper(last) || isCapital(last.Text)
}

// locatedIn reports whether what follows an organisation's name (ending
// at token hi) in the argument is where it is: "the Bavarian State
// Ministry of Public Health and Health Care in Munich".
func locatedIn(s *nlp.Sentence, a clause.Arg, hi int) bool {
	var rest []int
	for _, i := range a.Tokens {
		if i > hi {
			rest = append(rest, i)
		}
	}
	if len(rest) < 2 || rest[0] != hi+1 || !strings.EqualFold(s.Tokens[rest[0]].Text, "in") {
		return false
	}
	for _, i := range rest[1:] {
		if t := s.Tokens[i]; !(placeToken(t) || t.UPOS == "DET" || t.Text == ",") {
			return false
		}
	}
	return true
}

// ageHedges may come with an age: "reportedly aged about 68".
var ageHedges = map[string]bool{"about": true, "around": true, "approximately": true, "nearly": true, "almost": true,
	"reportedly": true, "roughly": true, "some": true}

// agedName reports whether what follows a person's name (ending at token
// hi) in the argument is an age set off by commas or brackets, and
// perhaps an affiliation after it: "Mary Jones, 52,", "Smithers, 36 years
// old,", "John Smith, 52, of Ohio", "Ana Ruiz (41)".
func agedName(s *nlp.Sentence, a clause.Arg, hi int) bool {
	var rest []int
	for _, i := range a.Tokens {
		if i > hi {
			rest = append(rest, i)
		}
	}
	if len(rest) < 2 || (s.Tokens[rest[0]].Text != "," && s.Tokens[rest[0]].Text != "(") {
		return false
	}
	aged := false
	for n, i := range rest {
		w := strings.ToLower(s.Tokens[i].Text)
		switch {
		case w == "," || w == "(" || w == ")" || w == "aged" || w == "age" || w == "years" || w == "year" || w == "old" || ageHedges[w]:
		case s.Tokens[i].XPOS == "CD":
			if age, err := strconv.Atoi(w); err != nil || age < 1 || age > 120 {
				return false
			}
			aged = true
		case (aged || n > 0 && s.Tokens[rest[n-1]].Text == ",") && (w == "of" || w == "from" || w == "at"):
			// "John Smith, 52, of Ohio": the affiliation after the age (or
			// after a comma, the age left out of the phrase).
			return affiliation(s, clause.Arg{Tokens: rest[n:]}, i-1)
		default:
			return false
		}
	}
	return aged
}

// firstPersonArg reports whether an argument is "I", "me" or "myself".
func firstPersonArg(s *nlp.Sentence, a clause.Arg) bool {
	return isPronounArg(s, a) && firstPersonSingular[strings.ToLower(s.Tokens[a.Head].Text)]
}
