package clause

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/segment"
	"github.com/kgraph/kg/extract/resolve"
)

// Extract returns the extractions of one parsed sentence, in sentence
// order of their predicates.
func Extract(s *nlp.Sentence) []Extraction {
	if len(s.Tokens) == 0 {
		return nil
	}
	p := newParse(repairInvertedSpeech(repairFiniteModifiers(repairVerbCopulas(repairStrandedPrepositions(repairAdjacentAppositions(repairNames(repairDescribedName(s))))))))
	var out []Extraction
	for i := range s.Tokens {
		out = append(out, p.clauses(i)...)
	}
	out = append(out, p.appositions()...)
	out = append(out, p.titles()...)
	out = append(out, p.lowerTitles()...)
	out = append(out, p.nominals()...)
	// An object that ends inside a hyphenated word ("first state in U.S.
	// with majority" of "majority-female legislature") ends before the
	// phrase the word's start opens; a subject, or an object that
	// begins inside one, is no argument.
	for i := range out {
		if o := out[i].Object; splitsWord(s, o) && !splitsWord(s, Arg{Tokens: o.Tokens[:1]}) {
			out[i].Object = p.beforePartialWord(o)
		}
	}
	return dedupe(slices.DeleteFunc(out, func(x Extraction) bool { return splitsWord(s, x.Subject) || splitsWord(s, x.Object) }))
}

// beforePartialWord cuts an argument ending in a preposition and the
// first part of a hyphenated word before the preposition; it returns the
// argument unchanged unless a noun ends what is left.
func (p *parse) beforePartialWord(a Arg) Arg {
	keep := a.Tokens[:len(a.Tokens)-1]
	if len(keep) > 0 && p.tok(keep[len(keep)-1]).UPOS == "DET" { // "with a majority-female ..."
		keep = keep[:len(keep)-1]
	}
	if len(keep) == 0 || p.tok(keep[len(keep)-1]).UPOS != "ADP" {
		return a // only a whole phrase: "with majority-female legislature"
	}
	keep = keep[:len(keep)-1]
	if len(keep) == 0 {
		return a
	}
	if u := p.tok(keep[len(keep)-1]).UPOS; u != "NOUN" && u != "PROPN" || len(keep) == 1 && u != "PROPN" {
		return a // not a bare common noun left ("lot" of "a lot of ...")
	}
	return p.retoken(a, keep)
}

// splitsWord says whether an argument begins or ends inside a hyphenated
// lower-case word: "the second face" of "the second face-to-face meeting"
// is no argument.
func splitsWord(s *nlp.Sentence, a Arg) bool {
	if len(a.Tokens) == 0 {
		return false
	}
	first, last := a.Tokens[0], a.Tokens[len(a.Tokens)-1]
	toks := s.Tokens
	joined := func(i, j int) bool { return toks[i].End == toks[j].Start }
	hyph := func(i int) bool { return toks[i].XPOS == "HYPH" || toks[i].Text == "-" }
	return last+2 < len(toks) && hyph(last+1) && joined(last, last+1) && joined(last+1, last+2) && lowerWord(toks[last+2].Text) ||
		first >= 2 && hyph(first-1) && joined(first-2, first-1) && joined(first-1, first) && lowerWord(toks[first-2].Text) && lowerWord(toks[first].Text)
}

// lowerWord says whether w starts with a lower-case letter: the words of
// "face-to-face" or "stay-at-home", not "Canadian-US".
func lowerWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

func dedupe(xs []Extraction) []Extraction {
	seen := map[string]bool{}
	var out []Extraction
	for _, x := range xs {
		k := x.Subject.Text + "\x00" + x.Rel + "\x00" + x.Object.Text + "\x00" + x.OpenIE.Rel + "\x00" + strings.Join(x.OpenIE.Args, "\x00")
		if seen[k] || x.Subject.Empty() || x.Object.Empty() || x.Subject.Text == x.Object.Text {
			continue
		}
		seen[k] = true
		out = append(out, x)
	}
	return out
}

// isVerbal reports whether token i heads a clause: a verb, or any word
// with a copula.
func (p *parse) isVerbal(i int) bool {
	u := p.tok(i).UPOS
	if u == "VERB" || (u == "AUX" && p.dep(i, "cop", "aux") < 0 && !p.is(i, "aux", "cop")) {
		return true
	}
	return p.dep(i, "cop") >= 0
}

// subjectOf finds the subjects of predicate v: its own, those of the verb
// it is coordinated with, the noun a relative or participial clause
// modifies, or the controller of an infinitive. inherited says whether the
// subject came from elsewhere (less sure).
func (p *parse) subjectOf(v int, depth int) (subj []Arg, rel bool, inherited bool) {
	if depth > 4 {
		return nil, false, false
	}
	s := p.dep(v, "nsubj", "csubj")
	// Two subjects before one verb is a parser error, usually a title or
	// demonym cut off the name it belongs to ("South Korean | President
	// Lee arrived"): the one nearest the verb is the head.
	// Unless that one is a time ("A boat fire earlier this week
	// resulted in ..."), which says when.
	// Nor when it is a place and the other a person ("Kyle Rittenhouse, the
	// suspect in a shooting in Kenosha, Wisconsin, United States that left
	// two people dead, was released").
	if ss := p.deps(v, "nsubj"); len(ss) > 1 && ss[len(ss)-1] < v {
		s = ss[len(ss)-1]
		if prev := ss[len(ss)-2]; p.timeHead(s) || p.isPlace(s) && strings.HasSuffix(p.tok(prev).NER, "PER") {
			s = prev
		}
	}
	if s >= 0 {
		if isRelPronoun(p.lower(s)) && p.tok(s).UPOS != "PROPN" { // not "The WHO declared"
			if h := p.tok(v).Head; h >= 0 && p.is(v, "acl", "acl:relcl") {
				return p.splitNP(p.coordinated(v, p.describedName(p.whoAntecedent(s, h)))), true, true
			}
			// The parser missed the relative clause ("X, who ..." as
			// parataxis): the noun right before the pronoun is its antecedent.
			if w := p.lower(s); w == "who" || w == "which" {
				k := s - 1
				for k >= 0 && p.tok(k).UPOS == "PUNCT" {
					k--
				}
				for k >= 0 && p.is(k, "flat", "compound") && p.tok(k).Head >= 0 && p.tok(k).Head < k+1 {
					k = p.tok(k).Head
				}
				if k >= 0 && (p.tok(k).UPOS == "PROPN" || p.tok(k).UPOS == "NOUN") {
					if n := p.coordinated(v, k); n != k {
						return p.splitNP(n), true, true
					}
					return []Arg{p.arg(p.whoAntecedent(s, k))}, true, true
				}
			}
			return nil, false, false // "which" with no antecedent says nothing
		}
		return p.splitNP(s), false, false
	}
	h := p.tok(v).Head
	if h < 0 {
		return nil, false, false
	}
	ctrl := p.obliqueController(v, h) // "called on world leaders to cut": who does the infinitive
	switch {
	case p.is(v, "conj") && p.isVerbal(h):
		s, _, _ := p.subjectOf(h, depth+1)
		return s, false, true
	case p.tok(v).XPOS == "VBG" && p.is(v, "acl", "advcl") && p.ofAgent(v) >= 0:
		// "the impeachment of Yoon for declaring martial law": the
		// of-phrase of the noun the gerund hangs from did it.
		return p.splitNP(p.ofAgent(v)), false, true
	case p.is(v, "conj") && p.dep(v, "cop") >= 0 && (p.tok(h).UPOS == "NOUN" || p.tok(h).UPOS == "PROPN"):
		// "The star, X, is a giant" misparsed as coordination: the noun
		// the predicate is coordinated with is its subject.
		return []Arg{p.arg(h)}, false, true
	case p.is(v, "advcl", "acl") && p.tok(v).XPOS == "VBG" && p.withSubject(v) >= 0:
		// "The match ended with Sweden winning three points": the
		// absolute's own subject.
		return p.splitNP(p.withSubject(v)), false, true
	case p.is(v, "acl", "advcl") && p.adverbialGerund(v):
		// "worked as a draftsman before applying", "After winning the
		// primary, Trump ...": the gerund's doer is the clause's subject,
		// not the noun the parser hung it from.
		c := h
		if p.is(v, "acl") {
			c = p.clauseOf(h)
		}
		if c >= 0 && c != v && p.isVerbal(c) {
			s, _, _ := p.subjectOf(c, depth+1)
			return s, false, true
		}
		return nil, false, false
	case p.is(v, "acl") && !p.is(v, "acl:relcl") && p.tok(v).XPOS == "VBG" && p.prepGerund(v) && p.is(h, "obj") &&
		p.tok(h).Head >= 0 && deedVerbs[p.lemma(p.tok(h).Head)]:
		// "accused the government of torturing detainees": the accused
		// did the deed (as the accuser says).
		return p.splitNP(h), false, true
	case p.is(v, "acl") && !p.is(v, "acl:relcl") && p.tok(v).XPOS == "VBG" && p.prepGerund(v) &&
		p.tok(h).UPOS != "PROPN" && p.tok(h).UPOS != "PRON" && !strings.HasSuffix(p.tok(h).NER, "PER"):
		// "859 counts of illegally distributing opioids", "a ban on
		// selling": a gerund after a preposition says what the noun is
		// about, not what the noun did; but "accused Biden of siding
		// with criminals" says what Biden did.
		return nil, false, false
	case p.is(v, "acl") && !p.is(v, "acl:relcl") && p.infinitive(v) && p.tok(h).UPOS == "NOUN" && !strings.HasSuffix(p.tok(h).NER, "PER") &&
		!(p.is(h, "obj", "iobj") && controlVerbs[p.lemma(p.tok(h).Head)]):
		// "the instruction to wear face coverings", "a bid to gain
		// control": a thing does not do what its infinitive says; its
		// possessor does ("its intention to leave"), and a person picked
		// out by rank ("the first woman to win"). The object of a verb of
		// making or letting does it ("allows passengers to transfer", the
		// parser's acl an xcomp).
		if o := p.dep(h, "nmod:poss"); o >= 0 && intentionNouns[p.lemma(h)] {
			if p.tok(o).UPOS == "NOUN" {
				return []Arg{p.arg(o, "case")}, false, true // "the company's" without its "'s"
			}
			return p.splitNP(o), false, true // a name's "'s" is the resolver's to read ("the WHO's")
		}
		if p.ranked(h) {
			return p.splitNP(p.describedName(h)), true, true
		}
		return nil, false, false
	case p.is(v, "acl:relcl", "acl"):
		return p.splitNP(p.describedName(h)), true, true
	case p.is(v, "xcomp"):
		// "allowed the government to extradite": the object does it, after
		// a verb of letting or making; "announced plans to close the
		// factory" (an xcomp the parser made of the noun's infinitive): a
		// thing does not, the subject does.
		if o := p.dep(h, "obj", "iobj"); o >= 0 && (controlVerbs[p.lemma(h)] || p.tok(o).UPOS != "NOUN" || !p.infinitive(v)) {
			return p.splitNP(o), false, true
		}
		if ctrl >= 0 {
			return p.splitNP(ctrl), false, true
		}
		s, _, _ := p.subjectOf(h, depth+1)
		return s, false, true
	case p.is(v, "advcl") && p.dep(v, "mark") < 0:
		// "Arriving in Tokyo, Lee met ...": the subject of the main clause.
		s, _, _ := p.subjectOf(h, depth+1)
		return s, false, true
	case p.is(v, "advcl") && ctrl >= 0:
		return p.splitNP(ctrl), false, true
	case p.is(v, "advcl") && p.infinitive(v) && p.isVerbal(h):
		// "The company cut jobs to save money": a purpose is its
		// subject's, when that is someone who can mean something (a name
		// or pronoun; not "the fire ... to reduce the damage").
		s, _, _ := p.subjectOf(h, depth+1)
		if len(s) == 1 && s[0].Head >= 0 && (p.tok(s[0].Head).UPOS == "PROPN" || p.tok(s[0].Head).UPOS == "PRON" && !isRelPronoun(p.lower(s[0].Head)) ||
			p.tok(s[0].Head).UPOS == "NOUN" && p.people(s[0].Head)) {
			return s, false, true
		}
		return nil, false, false
	}
	return nil, false, false
}

// obliqueController returns the prepositional object of h that does what
// its infinitive v says ("called on world leaders to cut emissions",
// "appealed to residents to stay indoors"), or -1.
func (p *parse) obliqueController(v, h int) int {
	prep, ok := obliqueControl[p.lemma(h)]
	if !ok || !p.infinitive(v) || p.dep(h, "obj", "iobj") >= 0 {
		return -1
	}
	for _, o := range p.deps(h, "obl") {
		if c := p.dep(o, "case"); c >= 0 && o < v && strings.Contains(prep, "|"+p.lower(c)+"|") {
			return o
		}
	}
	return -1
}

// peopleNouns name people who can mean to do something ("Hundreds of
// people gathered ... to protest", "The president travelled to Berlin to
// meet ...").
var peopleNouns = map[string]bool{"people": true, "person": true, "protester": true, "demonstrator": true, "resident": true,
	"official": true, "worker": true, "student": true, "voter": true, "supporter": true, "activist": true, "soldier": true,
	"troop": true, "police": true, "delegation": true, "leader": true, "minister": true, "lawmaker": true, "man": true,
	"woman": true, "fan": true, "farmer": true, "citizen": true, "refugee": true, "migrant": true, "team": true}

// people says whether noun h names people who can mean to do something:
// a role, a people noun, or a count of them ("Hundreds of people").
func (p *parse) people(h int) bool {
	if roleNouns[p.lemma(h)] || peopleNouns[p.lemma(h)] {
		return true
	}
	switch p.lemma(h) {
	case "hundred", "thousand", "dozen", "million", "group", "crowd", "number":
		if n := p.dep(h, "nmod"); n >= 0 {
			return peopleNouns[p.lemma(n)]
		}
	}
	return false
}

// deedVerbs name their object's deed after "of", "for" or "with".
var deedVerbs = map[string]bool{"accuse": true, "charge": true, "suspect": true, "convict": true, "acquit": true,
	"clear": true, "blame": true, "criticise": true, "criticize": true, "praise": true, "thank": true, "indict": true}

// obliqueControl are verbs whose prepositional object does what their
// infinitive says, with the prepositions that mark it.
var obliqueControl = map[string]string{"call": "|on|upon|", "appeal": "|to|", "rely": "|on|upon|", "count": "|on|",
	"wait": "|for|", "look": "|to|", "press": "|for|", "plead": "|with|", "arrange": "|for|", "signal": "|to|", "beg": "|of|"}

// controlVerbs have their object do what their infinitive says: "allowed
// the government to extradite people".
var controlVerbs = map[string]bool{"allow": true, "encourage": true, "ask": true, "tell": true, "urge": true, "force": true,
	"enable": true, "permit": true, "require": true, "order": true, "invite": true, "persuade": true, "help": true,
	"want": true, "expect": true, "advise": true, "warn": true, "instruct": true, "cause": true, "get": true,
	"teach": true, "remind": true, "convince": true, "compel": true, "pressure": true, "train": true, "show": true,
	"authorize": true, "authorise": true, "empower": true, "inspire": true, "prompt": true, "lead": true, "push": true,
	"mandate": true, "oblige": true, "obligate": true, "command": true, "direct": true, "request": true, "forbid": true,
	"sentence": true, "hire": true, "recruit": true, "select": true, "choose": true, "pick": true, "assign": true,
	"send": true, "pay": true, "elect": true, "appoint": true, "nominate": true, "need": true, "beg": true, "challenge": true}

// intentionNouns are what someone means, wants or is able to do: their
// possessor does what their infinitive says ("its intention to leave", not
// "used NASA's telescope to assess changes").
var intentionNouns = map[string]bool{"intention": true, "intent": true, "plan": true, "decision": true, "bid": true,
	"effort": true, "attempt": true, "ability": true, "right": true, "desire": true, "refusal": true, "willingness": true,
	"failure": true, "promise": true, "pledge": true, "commitment": true, "offer": true, "threat": true, "call": true,
	"request": true, "order": true, "proposal": true, "move": true, "push": true, "plea": true, "vow": true, "wish": true,
	"determination": true, "readiness": true, "reluctance": true, "chance": true, "opportunity": true, "need": true,
	"agreement": true, "goal": true, "aim": true, "mission": true, "campaign": true, "quest": true, "struggle": true,
	"conspiracy": true, "unwillingness": true, "inability": true, "eagerness": true, "capacity": true, "power": true,
	"authority": true, "permission": true, "duty": true, "obligation": true, "responsibility": true, "freedom": true,
	"ambition": true, "dream": true, "hope": true, "plot": true, "scheme": true, "strategy": true, "reason": true}

// controlModality is the modality of what a verb of asking or letting
// has its object do ("asked the schools to pay": should; "allowed the
// government to extradite": may).
var controlModality = map[string]string{"ask": "should", "urge": "should", "request": "should", "order": "should",
	"tell": "should", "require": "should", "call": "should", "encourage": "should", "advise": "should",
	"instruct": "should", "direct": "should", "command": "should", "beg": "should", "invite": "should",
	"persuade": "should", "mandate": "should", "oblige": "should", "obligate": "should", "challenge": "should",
	"want": "should", "expect": "will", "allow": "may", "permit": "may", "enable": "may", "authorize": "may",
	"authorise": "may", "empower": "may"}

// withSubject returns the subject of an absolute "with X V-ing": the
// phrase right before gerund v introduced by "with" (the parser hangs
// it on v's head, or on v), or -1.
func (p *parse) withSubject(v int) int {
	if h := p.tok(v).Head; h >= 0 && withVerbs[p.lemma(h)] {
		return -1 // "collided with a railway bridge causing damage": the verb's own "with"
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		h := p.tok(k).Head
		if (h == p.tok(v).Head || h == v) && p.is(k, "obl", "nmod") {
			if c := p.dep(k, "case"); c >= 0 && p.lower(c) == "with" {
				if lo, hi := p.spanOf(k); lo > c-1 && hi == v-1 {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// withVerbs take a "with" phrase of their own.
var withVerbs = map[string]bool{"collide": true, "meet": true, "speak": true, "talk": true, "deal": true, "agree": true,
	"cooperate": true, "work": true, "clash": true, "negotiate": true, "merge": true, "compete": true, "share": true,
	"fight": true, "communicate": true, "partner": true, "side": true, "interfere": true, "comply": true,
	"associate": true, "charge": true, "collaborate": true, "connect": true, "replace": true, "provide": true}

// namingLemmas give what they name a name: "called", "named", ...
var namingLemmas = map[string]bool{"call": true, "name": true, "dub": true, "nickname": true, "title": true,
	"term": true, "label": true, "brand": true, "christen": true}

// infinitive says whether verb v is a to-infinitive.
func (p *parse) infinitive(v int) bool {
	m := p.dep(v, "mark")
	return m >= 0 && p.lower(m) == "to" && p.tok(v).XPOS == "VB"
}

// ranked says whether noun h is picked out by an ordinal or superlative
// ("the first woman", "the only person", "the youngest player").
func (p *parse) ranked(h int) bool {
	for _, k := range p.kids[h] {
		switch {
		case p.tok(k).XPOS == "JJS":
			return true
		case p.is(k, "amod"):
			switch p.lower(k) {
			case "first", "second", "third", "last", "only", "next":
				return true
			}
		}
	}
	return false
}

// coordinated returns the first of the names coordinated with n when
// verb v, whose subject n stands for, is plural and n singular: "between
// Yoon and Kishida, who are charging ahead" is about both.
func (p *parse) coordinated(v, n int) int {
	if !p.pluralVerb(v) || p.tok(n).XPOS != "NNP" {
		return n
	}
	for k := 0; p.is(n, "conj") && k < 8 && p.tok(p.tok(n).Head).XPOS == "NNP"; k++ {
		n = p.tok(n).Head
	}
	return n
}

// pluralVerb says whether verb v is in the plural present: VBP itself or
// with a VBP auxiliary or copula ("who are charging").
func (p *parse) pluralVerb(v int) bool {
	if p.tok(v).XPOS == "VBP" {
		return true
	}
	for _, k := range p.kids[v] {
		if p.is(k, "aux", "cop") && p.tok(k).XPOS == "VBP" {
			return true
		}
	}
	return false
}

// isPlace says whether token k names a place (by the recogniser or the
// gazetteer).
func (p *parse) isPlace(k int) bool {
	t := p.tok(k)
	return t.UPOS == "PROPN" && (strings.HasSuffix(t.NER, "LOC") || strings.HasSuffix(t.NER, "GPE") || resolve.IsPlace(p.name(k).Text))
}

// adverbialGerund reports whether v is a gerund introduced by a
// subordinator of time or manner ("before applying", "after winning",
// "while driving") with no subject of its own.
func (p *parse) adverbialGerund(v int) bool {
	if p.tok(v).XPOS != "VBG" || p.dep(v, "nsubj", "csubj") >= 0 {
		return false
	}
	m := p.dep(v, "mark", "case")
	if m < 0 || m > v {
		return false
	}
	switch p.lower(m) {
	case "before", "after", "while", "since", "upon", "on", "without", "despite", "by", "when", "until", "through":
		return true
	}
	return false
}

// prepGerund reports whether gerund v follows a preposition of its own
// ("of distributing", "for selling").
func (p *parse) prepGerund(v int) bool {
	m := p.dep(v, "mark", "case")
	return m >= 0 && m < v && p.tok(m).XPOS == "IN"
}

// whoAntecedent returns the noun a "who" clause hung on h is about: h, or,
// when h is a place or an organisation in a person's "from"/"of" phrase
// ("Rai Benjamin from the United States, who finished second"), the
// person.
func (p *parse) whoAntecedent(pron, h int) int {
	if w := p.lower(pron); w != "who" && w != "whom" {
		return h
	}
	t := p.tok(h)
	if strings.HasSuffix(t.NER, "PER") || !(strings.HasSuffix(t.NER, "LOC") || strings.HasSuffix(t.NER, "GPE") || strings.HasSuffix(t.NER, "ORG") || resolve.IsPlace(t.Text)) {
		return h
	}
	if g := t.Head; g >= 0 && p.is(h, "nmod") && (p.tok(g).UPOS == "PROPN" || p.tok(g).UPOS == "NOUN") {
		return g
	}
	// The parser hung the place on the verb: the person named right
	// before "from"/"of".
	if c := p.dep(h, "case"); c >= 0 && c > 0 && (p.lower(c) == "from" || p.lower(c) == "of") {
		k := c - 1
		if strings.HasSuffix(p.tok(k).NER, "PER") && p.tok(k).UPOS == "PROPN" {
			for p.is(k, "flat", "compound") && p.tok(k).Head >= 0 && strings.HasSuffix(p.tok(p.tok(k).Head).NER, "PER") {
				k = p.tok(k).Head
			}
			return k
		}
	}
	return h
}

// describedName is the person or organisation a description in
// apposition stands for ("Michael Avenatti, the California lawyer who
// represented Stormy Daniels": the lawyer is Avenatti), else h.
func (p *parse) describedName(h int) int {
	n := p.tok(h).Head
	// A common noun, or a capitalised one with an article ("Jenkins, a
	// Democrat who represented Cincinnati").
	described := p.tok(h).UPOS == "NOUN" || p.tok(h).UPOS == "PROPN" && p.tok(h).NER == "O" && p.dep(h, "det") >= 0
	if !p.is(h, "appos") || !described || n < 0 || n > h || p.tok(n).UPOS != "PROPN" {
		return h
	}
	if ner := p.tok(n).NER; strings.HasSuffix(ner, "PER") || strings.HasSuffix(ner, "ORG") {
		return n
	}
	return h
}

func isRelPronoun(w string) bool {
	switch w {
	case "who", "which", "that", "whom", "whose":
		return true
	}
	return false
}

func isPronoun(t nlp.Token) bool { return t.UPOS == "PRON" || strings.HasPrefix(t.XPOS, "PRP") }

// demonymHead is the person the parser hung on a demonym it took for the
// phrase's head ("met Polish Prime Minister Donald Tusk": "Polish" the
// object, "Donald Tusk" its apposition), else h.
func (p *parse) demonymHead(h int) int {
	if h < 0 || resolve.Demonym(p.tok(h).Text) == "" || len(p.kids[h]) == 0 {
		return h
	}
	for _, k := range append(p.deps(h, "appos"), p.deps(h, "conj")...) {
		if k > h && p.tok(k).UPOS == "PROPN" && strings.HasSuffix(p.tok(k).NER, "PER") && !p.commaBefore(k) && p.dep(k, "cc") < 0 {
			return k
		}
	}
	return h
}

// splitNP returns a noun phrase and the phrases coordinated with it, each
// as its own argument ("Japan and South Korea" → Japan, South Korea).
func (p *parse) splitNP(h int) []Arg {
	h = p.demonymHead(h)
	// "Conservative Party leader and Prime Minister Boris Johnson": titles
	// coordinated before a name describe that one person, who is the
	// argument.
	if cs := p.conjuncts(h); len(cs) > 1 {
		last := cs[len(cs)-1]
		titles := p.tok(last).UPOS == "PROPN" && strings.HasSuffix(p.tok(last).NER, "PER")
		for _, c := range cs[:len(cs)-1] {
			titles = titles && p.tok(c).UPOS == "NOUN" && roleNouns[p.lemma(c)] && p.dep(c, "det", "nmod:poss") < 0
		}
		if titles {
			return []Arg{p.name(last)}
		}
	}
	var out, companions []Arg
	for _, c := range p.conjuncts(h) {
		// "the US and Japanese leaders": a conjunct without a head noun of
		// its own is a modifier, not a participant; keep the whole phrase.
		if c != h && p.tok(c).UPOS == "ADJ" {
			return []Arg{p.arg(h, "cc", "appos", "acl:relcl", "punct", "parataxis")}
		}
		a := p.arg(c)
		// "Lee, along with Ishiba, signed": the companion did it too.
		for _, k := range p.deps(c, "nmod") {
			if !p.comitative(k) {
				continue
			}
			if rest := p.without(a, k); !rest.Empty() && rest.Head == c {
				a = rest
				with := p.arg(k)
				if w := strings.Fields(with.Text); with.Prep == "along" && len(w) > 1 && strings.EqualFold(w[0], "with") {
					with = p.retoken(with, with.Tokens[1:])
				}
				with.Prep = ""
				companions = append(companions, with)
			}
		}
		out = append(out, a)
	}
	return append(out, companions...)
}

// comitative reports whether nominal k is introduced by "along with",
// "together with", "alongside" or "as well as": a companion of its head
// in what the clause says.
func (p *parse) comitative(k int) bool {
	var words []string
	for _, c := range p.kids[k] {
		if c < k && p.is(c, "case", "fixed", "cc", "advmod") {
			words = append(words, p.lower(c))
			for _, f := range p.deps(c, "fixed") {
				words = append(words, p.lower(f))
			}
		}
	}
	switch strings.Join(words, " ") {
	case "along with", "together with", "alongside", "as well as":
		return true
	}
	return false
}

// relation collects the words of predicate v's relation: auxiliaries,
// negation, copula, the verb and its particle.
type relation struct {
	toks     []int
	lemma    []string // the graph's words
	negated  bool
	modality string
	passive  bool
}

func (p *parse) relationOf(v int) relation {
	var r relation
	for _, k := range p.kids[v] {
		switch {
		case p.is(k, "aux") && p.lemma(k) == "be" && p.beTo(v, k):
			// "is to begin": the be-to future of news, as "is going to".
			if r.modality == "" {
				r.modality = "will"
			}
		case p.is(k, "aux"):
			r.toks = append(r.toks, k)
			if m, ok := modals[p.lower(k)]; ok && p.tok(k).XPOS == "MD" || ok && p.tok(k).UPOS == "AUX" && m != "" && p.lower(k) != "do" {
				if r.modality == "" {
					r.modality = m
				}
			}
			if p.is(k, "aux:pass") {
				r.passive = true
			}
		case p.is(k, "cop"):
			r.toks = append(r.toks, k)
		case p.is(k, "advmod") && negations[p.lower(k)] && k < v+3 && !p.notOnly(k):
			r.toks = append(r.toks, k)
			r.negated = true
		case p.is(k, "advmod") && p.lower(k) == "longer" && k < v && k > 0 && p.lower(k-1) == "no" && p.tok(k-1).Head == k:
			// "will no longer be called a museum"
			r.toks = append(r.toks, k-1, k)
			r.negated = true
		case p.is(k, "compound:prt"):
			r.toks = append(r.toks, k)
		case p.is(k, "nsubj:pass"):
			r.passive = true
		}
	}
	// "Without mentioning any symptoms": what is done without is not done.
	if m := p.dep(v, "mark", "case"); m >= 0 && p.lower(m) == "without" && p.tok(v).XPOS == "VBG" {
		r.negated = true
	}
	// A headline's participle with a subject but no auxiliary is a
	// passive ("Tributes paid to actor X", "Mayor X found dead"): the
	// tagger reads it so in headlines (tagger.TagHeadline).
	if p.tok(v).XPOS == "VBN" && p.dep(v, "aux") < 0 && p.dep(v, "nsubj") >= 0 && !p.endsLikeStatement() {
		r.passive = true
	}
	// "born" is always passive ("people born in the fifty states", "Born
	// Robert Burns, he ..."); "bear" as its relation reads as carrying.
	if p.lower(v) == "born" {
		r.passive = true
	}
	// "candidates elected in this district": a participle modifying a
	// noun is a passive without its auxiliary; likewise one opening a
	// sentence ("Born in 1935, X ...", "Founded in 1990, the company
	// ...": "be founded", not "found").
	if p.tok(v).XPOS == "VBN" && (p.is(v, "acl") && !p.is(v, "acl:relcl") || p.is(v, "advcl") && p.dep(v, "nsubj", "expl") < 0) && p.dep(v, "aux", "obj") < 0 {
		r.passive = true
	}
	// "an area called the Ellipse": a naming participle on a noun is a
	// passive with the name for its object.
	if p.tok(v).XPOS == "VBN" && p.is(v, "acl") && !p.is(v, "acl:relcl") && p.dep(v, "aux") < 0 && namingLemmas[p.lemma(v)] {
		r.passive = true
	}
	// "appeared in court, charged with murder", "detained the man, later
	// identified as X": a transitive verb without object or auxiliary,
	// hung after a comma without a conjunction, is a passive participle
	// whatever its tag.
	if p.is(v, "conj", "advcl") && passiveAfterComma[p.lemma(v)] && p.dep(v, "obj", "aux", "aux:pass", "cc", "nsubj", "nsubj:pass", "mark", "ccomp", "xcomp") < 0 &&
		(p.tok(v).XPOS == "VBN" || p.tok(v).XPOS == "VBD") && p.commaBefore(v) {
		r.passive = true
	}
	// "going to" future: "is going to meet".
	if h := p.tok(v).Head; h >= 0 && p.is(v, "xcomp") && p.lemma(h) == "go" && p.tok(h).XPOS == "VBG" && r.modality == "" {
		r.modality = "will"
	}
	if p.dep(v, "cop") < 0 {
		r.toks = append(r.toks, v)
	}
	// "was sold and renamed": a coordinated verb without auxiliaries of
	// its own shares those of the first verb.
	if h := p.tok(v).Head; h >= 0 && p.is(v, "conj") && len(r.toks) == 1 && p.tok(v).XPOS != "VBD" && p.tok(v).XPOS != "VBZ" && p.tok(v).XPOS != "VBP" {
		// "was arrested and waived extradition": a second verb with an
		// object of its own where the first has none is active; it
		// shares no passive auxiliary.
		active := p.dep(v, "obj") >= 0 && p.dep(h, "obj", "iobj") < 0
		// A conjunct with a copula of its own ("are found in products
		// and are unlikely to pollute") shares only the modality.
		own := p.dep(v, "cop") >= 0
		// Once: the first verb's relation recurses up a chain of
		// conjuncts, and two calls per level would double per level.
		hr := p.relationOf(h)
		if len(hr.toks) > 1 || p.dep(h, "cop") >= 0 {
			for _, k := range hr.toks {
				if own {
					break
				}
				if k != h && p.is(k, "aux") && !(active && p.is(k, "aux:pass")) {
					r.toks = append(r.toks, k)
					if p.is(k, "aux:pass") {
						r.passive = true
					}
				}
				// "was drug tested and questioned": a participle after a
				// "be" the parser made a copula is a passive too.
				if k != h && p.is(k, "cop") && p.tok(v).XPOS == "VBN" && !active {
					r.toks = append(r.toks, k)
					r.passive = true
				}
			}
			if r.modality == "" {
				r.modality = hr.modality
			}
		}
		// "did not arrest or charge the man": the negation of the first
		// verb is the second's too after "or" ("do not have their own
		// ideals and follow one set of values" is ambiguous with "and").
		if hr.negated && p.dep(v, "nsubj", "nsubj:pass") < 0 && (p.coordinatedBy(v, "or") || p.coordinatedBy(v, "nor")) {
			r.negated = true
		}
	}
	sort.Ints(r.toks)
	return r
}

// passiveAfterComma are transitive verbs whose participle, set off by a
// comma after a clause, reports what was done to its subject.
var passiveAfterComma = map[string]bool{"charge": true, "accuse": true, "identify": true, "describe": true, "name": true,
	"sentence": true, "convict": true, "know": true, "base": true, "locate": true, "suspect": true, "injure": true,
	"wound": true, "elect": true, "appoint": true, "hospitalise": true, "hospitalize": true, "detain": true, "arrest": true}

// adjunctPreps open phrases that add circumstances rather than complete
// an adjective ("open including Medicare", "cross-sectional through
// 2015").
var adjunctPreps = map[string]bool{"including": true, "through": true, "during": true, "since": true, "until": true,
	"after": true, "before": true, "despite": true, "within": true, "throughout": true, "like": true, "as": true,
	"because": true, "because of": true, "following": true, "amid": true, "per": true}

// notOnly says whether negation k opens "not only ... but" or "not just
// ...": an addition, not a denial.
func (p *parse) notOnly(k int) bool {
	if k+1 >= len(p.s.Tokens) || p.lower(k) != "not" {
		return false
	}
	n := p.lower(k + 1)
	return n == "only" || n == "just" || n == "merely" || n == "simply"
}

// speakerArg is the argument of the say verb's subject s: the name when
// titles are coordinated before it ("Conservative Party leader and Prime
// Minister Boris Johnson said").
func (p *parse) speakerArg(s int) Arg {
	if a := p.splitNP(s); len(a) == 1 && a[0].Head != s {
		return p.titledSpeaker(a[0])
	}
	a := p.titledSpeaker(p.arg(s))
	// "Critics, including Arm co-founder Hermann Hauser, have warned":
	// the speakers are the critics; the examples set off after them are
	// no part of the name.
	for _, k := range p.kids[s] {
		if c := p.dep(k, "case"); k > s && p.is(k, "nmod") && c >= 0 && p.commaBefore(c) &&
			(p.lower(c) == "including" || p.lower(c) == "such" || p.lower(c) == "like") {
			var toks []int
			for _, t := range a.Tokens {
				if t < c-1 {
					toks = append(toks, t)
				}
			}
			if b := p.retoken(Arg{Head: s}, toks); !b.Empty() {
				return b
			}
		}
	}
	return a
}

// titledSpeaker returns the person a speaker's phrase ends with when a
// role comes right before the name ("University of Texas Arlington Muslim
// Student Association president Sehar Memon", "House Speaker Nancy
// Pelosi"): the speaker is the person; the title is a fact of its own.
func (p *parse) titledSpeaker(a Arg) Arg {
	n := len(a.Tokens)
	if n < 3 || !strings.HasSuffix(p.tok(a.Tokens[n-1]).NER, "PER") {
		return a
	}
	b := n - 1
	for b > 0 && strings.HasPrefix(p.tok(a.Tokens[b]).NER, "I-") && a.Tokens[b-1] == a.Tokens[b]-1 {
		b--
	}
	if b < 2 || !strings.HasPrefix(p.tok(a.Tokens[b]).NER, "B-") {
		return a
	}
	role := p.lower(a.Tokens[b-1])
	if !roleNouns[role] && !resolve.IsTitle(role) {
		return a
	}
	head := -1
	for _, t := range a.Tokens[b:] {
		if h := p.tok(t).Head; h < a.Tokens[b] || h > a.Tokens[n-1] {
			head = t
		}
	}
	if head < 0 {
		return a
	}
	named := p.retoken(a, a.Tokens[b:])
	named.Head = head
	return named
}

// accusation returns the verb of accusing or clearing whose object a
// gerund says the deed of ("accused Trump of ignoring facts", "charged
// him with stealing a car", "acquitted her of killing"), and whether it
// clears; -1 when v is no such gerund.
func (p *parse) accusation(v int) (w int, cleared bool) {
	if p.tok(v).XPOS != "VBG" || !p.is(v, "acl", "advcl") {
		return -1, false
	}
	m := p.dep(v, "mark")
	if m < 0 {
		return -1, false
	}
	switch p.lower(m) {
	case "of", "for", "with":
	default:
		return -1, false
	}
	w = p.tok(v).Head
	if w >= 0 && p.is(w, "obj", "nsubj:pass") {
		w = p.tok(w).Head // on the accused
	}
	if w < 0 {
		return -1, false
	}
	switch p.lemma(w) {
	case "accuse", "charge", "suspect", "blame", "indict", "sue", "fault", "criticize", "criticise", "condemn", "arrest", "investigate":
		return w, false
	case "acquit", "clear", "exonerate", "absolve":
		return w, true
	}
	return -1, false
}

// ownClause says whether adverbial clause c is a sentence of its own
// within the sentence: its own subject after a time or reason
// subordinator ("scored twice as Real Madrid beat Barcelona"). It gives
// its own fact, and is no object of the verb it modifies.
func (p *parse) ownClause(c int) bool {
	m := p.dep(c, "mark")
	if m < 0 || p.dep(c, "nsubj", "nsubj:pass") < 0 {
		return false
	}
	// A finite verb or auxiliary: "served as the consultant leading a
	// team" is no clause.
	tensed := func(i int) bool { x := p.tok(i).XPOS; return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" }
	if !tensed(c) && !slices.ContainsFunc(p.kids[c], func(k int) bool { return p.is(k, "aux", "cop") && tensed(k) }) {
		return false
	}
	switch p.lower(m) {
	case "as", "while", "when", "after", "before", "since", "because", "although", "though", "whereas", "until", "once":
		return true
	}
	return false
}

// closingReport says whether say verb c and its subject close the
// sentence after a comma (", fire officials said.", ", said the agency.").
func (p *parse) closingReport(c int) bool {
	sub := p.subtree(c)
	lo, hi := len(p.s.Tokens), slices.Max(sub)
	for _, k := range sub {
		if p.tok(k).UPOS != "PUNCT" && k < lo {
			lo = k // its comma may hang on it
		}
	}
	if lo == 0 || lo >= len(p.s.Tokens) || p.tok(lo-1).Text != "," {
		return false
	}
	for i := hi + 1; i < len(p.s.Tokens); i++ {
		if p.tok(i).UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// coordinatedBy says whether conjunct v is joined by the conjunction w.
func (p *parse) coordinatedBy(v int, w string) bool {
	c := p.dep(v, "cc")
	return c >= 0 && p.lower(c) == w
}

// beTo says whether "be" auxiliary k comes right before the "to" of
// verb v ("is to begin", "are expected to" is not: there "to" follows a
// participle).
func (p *parse) beTo(v, k int) bool {
	m := p.dep(v, "mark")
	return m == k+1 && m < v && p.lower(m) == "to"
}

// obliques returns v's prepositional and adverbial-noun arguments in order.
func (p *parse) obliques(v int) []Arg {
	var out []Arg
	for _, k := range p.kids[v] {
		if p.is(k, "obl") && !p.is(k, "obl:agent") {
			a := p.arg(k)
			if a.Prep == "according" || a.Prep == "according to" {
				continue
			}
			a.Role = p.role(k, a)
			out = append(out, a)
		}
	}
	return out
}

// endsLikeStatement says whether the sentence ends in a full stop,
// question or exclamation mark (or a quotation closing after one), unlike
// a headline.
func (p *parse) endsLikeStatement() bool {
	for i := len(p.s.Tokens) - 1; i >= 0; i-- {
		switch p.tok(i).Text {
		case ".", "!", "?", "...", "…":
			return true
		case "\"", "”", "'", "’", ")":
			continue
		}
		return false
	}
	return false
}

// timeOff splits a time the parser hung at the end of a noun phrase off
// it ("State media on Saturday", "ended their work yesterday", "the
// Bahamas last week"): it says when the event happened, and the phrase
// names what took part. Only bare times and times after on, at or during.
func (p *parse) timeOff(a Arg) (rest, when Arg, ok bool) {
	h := a.Head
	if h < 0 || len(a.Tokens) == 0 {
		return a, Arg{}, false
	}
	last := a.Tokens[len(a.Tokens)-1]
	for _, k := range p.kids[h] {
		if k < h || !p.is(k, "nmod", "obl:tmod", "obl:unmarked", "advmod") { // nmod: also nmod:tmod, nmod:unmarked
			continue
		}
		t := p.arg(k)
		if len(t.Tokens) == 0 || t.Tokens[len(t.Tokens)-1] != last || !p.timePhrase(k, t) {
			continue
		}
		switch t.Prep {
		case "", "on", "at", "during":
		default:
			continue
		}
		if rest = p.without(a, k); len(rest.Tokens) == 0 || len(rest.Tokens) == len(a.Tokens) {
			return a, Arg{}, false
		}
		t.Role = "time"
		return rest, t, true
	}
	return a, Arg{}, false
}

// timeHead says whether word h is a time word or a year (2006).
func (p *parse) timeHead(h int) bool {
	if timeWords[p.lemma(h)] || timeWords[p.lower(h)] {
		return true
	}
	t := p.tok(h)
	n, err := strconv.Atoi(t.Text)
	return t.UPOS == "NUM" && err == nil && n >= 1000 && n <= 2999 && len(t.Text) == 4
}

// timePhrase says whether phrase a headed by h names a time by its words
// (yesterday, last week, on Saturday, in 2006), not only by its relation:
// "Another brother, 22," is an age.
func (p *parse) timePhrase(h int, a Arg) bool {
	if p.timeHead(h) {
		return true
	}
	for _, k := range a.Tokens {
		if timeWords[p.lower(k)] && p.tok(k).UPOS == "PROPN" {
			return true // "on June 3"
		}
	}
	return false
}

// placeOffPerson splits "the US president in Washington" into the person
// and the place: a place hung on a person object ("meets the president in
// Washington") says where the event happens, but parsers attach it to the
// noun. Only "in" and "at" before a place, only on a person (named, or by
// a title such as "president").
func (p *parse) placeOffPerson(o Arg) (rest, place Arg, ok bool) {
	h := o.Head
	if h < 0 {
		return o, Arg{}, false
	}
	t := p.tok(h)
	if !strings.HasSuffix(t.NER, "PER") && !(t.UPOS == "NOUN" && roleNouns[p.lemma(h)]) {
		return o, Arg{}, false
	}
	for _, m := range p.deps(h, "nmod") {
		a := p.arg(m)
		mt := p.tok(m)
		if a.Prep != "in" && a.Prep != "at" || !(strings.HasSuffix(mt.NER, "LOC") || strings.HasSuffix(mt.NER, "GPE") || resolve.IsPlace(mt.Text)) {
			continue
		}
		if rest = p.without(o, m); len(rest.Tokens) == 0 || len(rest.Tokens) == len(o.Tokens) {
			continue
		}
		a.Role = "place"
		return rest, a, true
	}
	return o, Arg{}, false
}

// role tells time and place arguments apart from others.
func (p *parse) role(h int, a Arg) string {
	t := p.tok(h)
	// "sentenced to 10 years", "raised to 30 days": a length the verb
	// gives, no time of the event.
	if a.Prep == "to" && t.XPOS == "NNS" && p.dep(h, "nummod") >= 0 && p.timeHead(h) {
		return ""
	}
	if p.timeHead(h) || p.is(h, "obl:tmod", "obl:unmarked") && t.UPOS != "PROPN" {
		return "time"
	}
	for _, k := range a.Tokens {
		// "on June 3", "May 26, 1994", but not a time word of a clause
		// inside the phrase ("findings published Tuesday").
		if timeWords[p.lower(k)] && p.tok(k).UPOS == "PROPN" && !p.inClauseUnder(k, h) {
			return "time"
		}
	}
	if ner := t.NER; strings.HasSuffix(ner, "LOC") || strings.HasSuffix(ner, "GPE") {
		return "place"
	}
	switch a.Prep {
	case "in", "at", "near", "outside", "inside":
		if t.UPOS == "PROPN" && (t.NER == "" || t.NER == "O") {
			return "place"
		}
		// "in the neighborhood of Strickland Street", "in the Kabul
		// suburb": a place noun with a name of its own.
		if t.UPOS == "NOUN" && (placeHeads[p.lower(h)] || namedPlaceNouns[p.lower(h)]) {
			for _, k := range p.kids[h] {
				c := p.dep(k, "case")
				if p.tok(k).UPOS == "PROPN" && (p.is(k, "compound") || p.is(k, "nmod") && c >= 0 && p.lower(c) == "of") {
					return "place"
				}
			}
		}
	}
	return ""
}

// means says whether the noun after "by" at h is a bare means of travel
// or contact ("moved by land and sea", "contacted by phone"), which does
// nothing and so is no agent.
func (p *parse) means(h int) bool {
	return p.tok(h).UPOS == "NOUN" && meansNouns[p.lower(h)] && p.dep(h, "det", "nmod:poss") < 0
}

var meansNouns = map[string]bool{"land": true, "sea": true, "air": true, "road": true, "rail": true, "car": true,
	"bus": true, "train": true, "boat": true, "ship": true, "plane": true, "helicopter": true, "foot": true, "bicycle": true,
	"phone": true, "telephone": true, "email": true, "e-mail": true, "mail": true, "post": true, "letter": true, "video": true,
	"videolink": true, "satellite": true, "hand": true, "force": true, "default": true, "accident": true, "mistake": true}

// namedPlaceNouns name kinds of place that news writes with the place's
// name ("the town of Ashford", "the Karachi neighbourhood").
var namedPlaceNouns = map[string]bool{"town": true, "neighborhood": true, "neighbourhood": true, "suburb": true, "area": true,
	"street": true, "capital": true, "port": true, "municipality": true, "prefecture": true, "state": true, "commune": true}

// clauseSubject says whether the object o of a say verb is the subject of
// the clause said, which the parser hung on it as a relative clause
// without a relative word ("said the victims were vulnerable": the
// victims were said to be so, not said).
func (p *parse) clauseSubject(o int) bool {
	for _, k := range p.kids[o] {
		if !p.is(k, "acl:relcl") || k < o {
			continue
		}
		rel := false
		for _, c := range p.kids[k] {
			if c < o+1 || c > k {
				continue
			}
			switch p.tok(c).XPOS {
			case "WDT", "WP", "WP$", "WRB":
				rel = true
			}
		}
		finite := FiniteTag(p.tok(k).XPOS)
		for _, c := range p.deps(k, "cop", "aux") {
			finite = finite || FiniteTag(p.tok(c).XPOS)
		}
		if finite && !rel && p.dep(k, "nsubj") < 0 {
			return true
		}
	}
	return false
}

// loneFunctionWord says whether the argument headed by k is nothing but a
// function word ("established that ..." with "that" as the object and the
// clause's subject hung on it as an apposition).
func (p *parse) loneFunctionWord(k int) bool {
	switch p.tok(k).UPOS {
	case "ADP", "SCONJ", "CCONJ", "PART", "PUNCT", "AUX":
		return len(p.arg(k).Tokens) <= 1
	}
	return false
}

// inClauseUnder says whether token k sits in a clause modifying h: on the
// way up from k to h there is a clausal modifier.
func (p *parse) inClauseUnder(k, h int) bool {
	for i := 0; k != h && k >= 0 && i < len(p.s.Tokens); i++ {
		if p.is(k, "acl", "advcl", "ccomp", "xcomp") { // with their subtypes (acl:relcl)
			return true
		}
		k = p.tok(k).Head
	}
	return false
}

// attribution finds who said the clause v belongs to: the subject of a
// "say" verb above it, a "said X" parenthetical, or "according to X".
func (p *parse) attribution(v int) Arg {
	for k := range p.kids[v] {
		c := p.kids[v][k]
		if p.is(c, "obl") {
			a := p.arg(c)
			if a.Prep == "according" || a.Prep == "according to" {
				return a
			}
		}
		if p.is(c, "parataxis") && sayVerbs[p.lemma(c)] {
			if s := p.sayer(c); s >= 0 {
				return p.speakerArg(s)
			}
		}
		if p.accordingTo(c) {
			// "According to initial reports" parsed as a verb and its
			// complement: the words after "to" are the source.
			var toks []int
			for _, k := range p.subtree(c) {
				if k > c+1 {
					toks = append(toks, k)
				}
			}
			head := toks[0]
			for _, k := range toks {
				if h := p.tok(k).Head; h <= c+1 || h > toks[len(toks)-1] {
					head = k // the phrase's own head: its parent is outside
					break
				}
			}
			if a := p.retoken(Arg{Head: head}, toks); !a.Empty() {
				return a
			}
		}
	}
	// "was arrested after a woman was found dead, police said": the
	// report closing the sentence covers the clauses inside the one it
	// reports (adverbial, conjunct, relative).
	// Up through the clauses that hang on it (adverbial, conjunct,
	// relative, infinitive, a noun's) to a report closing the sentence.
	last := slices.Max(p.subtree(v))
	for i, d := v, 0; d < 8 && p.tok(i).Head >= 0 && p.is(i, "advcl", "conj", "acl", "xcomp", "obj", "obl", "nmod", "appos"); i, d = p.tok(i).Head, d+1 {
		h := p.tok(i).Head
		for _, c := range p.kids[h] {
			// After the whole clause and set off by a comma, closing the
			// sentence: "has destroyed 200 homes and forced 30,000 people
			// to evacuate, fire officials said".
			if c > last && p.is(c, "parataxis") && p.tok(c).UPOS == "VERB" && sayVerbs[p.lemma(c)] && p.closingReport(c) {
				if s := p.sayer(c); s >= 0 {
					return p.speakerArg(s)
				}
			}
			// ", according to officials." closing the sentence.
			if c > last && p.is(c, "obl") && p.closingReport(c) {
				if a := p.arg(c); a.Prep == "according to" {
					return a
				}
			}
		}
	}
	// "launched a new offensive near Kharkiv, according to the Ukrainian
	// General Staff": the source hung deep in an argument of the clause.
	for _, k := range p.subtree(v) {
		if k != v && p.source(k) && p.commaBefore(k) && p.clauseOf(p.tok(k).Head) == v {
			if a := p.arg(k); !a.Empty() {
				return a
			}
		}
	}
	for i, depth := v, 0; i >= 0 && depth < 8; i, depth = p.tok(i).Head, depth+1 {
		h := p.tok(i).Head
		if h < 0 {
			break
		}
		if p.is(i, "ccomp") && sayVerbs[p.lemma(h)] {
			if s := p.sayer(h); s >= 0 {
				return p.speakerArg(s)
			}
		}
		if p.is(i, "parataxis") && sayVerbs[p.lemma(i)] {
			break
		}
	}
	// "The talks went well, Lee said": the say verb is a parataxis or the
	// root with this clause as its parataxis/ccomp dependant.
	if h := p.tok(v).Head; h >= 0 && p.is(v, "parataxis") && sayVerbs[p.lemma(h)] {
		if s := p.sayer(h); s >= 0 {
			return p.speakerArg(s)
		}
	}
	// "X praised Lee on Twitter: "He was the best ..."": a clause inside
	// quotation marks hung on a verb outside them is what that verb's
	// subject said.
	if q := p.quoted(); q != nil && q[v] {
		for i, d := v, 0; d < 8; d++ {
			h := p.tok(i).Head
			if h < 0 {
				break
			}
			if !q[h] && p.isVerbal(h) {
				s := p.dep(h, "nsubj")
				if sayVerbs[p.lemma(h)] {
					s = p.sayer(h) // "Prosecutor Kama Melly QC said": the name, not the title
				}
				if s >= 0 && !q[s] && !isRelPronoun(p.lower(s)) {
					return p.arg(s)
				}
				break
			}
			i = h
		}
	}
	return Arg{Head: -1}
}

// quoted marks the tokens between quotation marks, nil when the sentence
// has none. An opening mark without its closing one quotes the rest of
// the sentence.
func (p *parse) quoted() map[int]bool {
	if p.quotes != nil {
		return *p.quotes
	}
	q := p.findQuoted()
	p.quotes = &q
	return q
}

func (p *parse) findQuoted() map[int]bool {
	var q map[int]bool
	open := false
	for i, t := range p.s.Tokens {
		switch t.Text {
		case "\u201c":
			open = true
			continue
		case "\u201d":
			open = false
			continue
		case "\"", "''", "``":
			open = !open
			continue
		}
		if open {
			if q == nil {
				q = map[int]bool{}
			}
			q[i] = true
		}
	}
	return q
}

// accordingTo reports whether token v is "according" followed by "to"
// and heads words after it: a source ("according to X") the parser read
// as a verb, not a clause.
func (p *parse) accordingTo(v int) bool {
	return p.lower(v) == "according" && v+2 < len(p.s.Tokens) && p.lower(v+1) == "to" && len(p.subtree(v)) > 2 && p.subtree(v)[len(p.subtree(v))-1] > v+1
}

// clauses returns the extractions whose predicate is token v.
func (p *parse) clauses(v int) []Extraction {
	if !p.isVerbal(v) || p.is(v, "aux", "cop", "fixed", "flat", "compound", "reparandum", "case") || p.accordingTo(v) {
		return nil
	}
	// An infinitive that completes its head's meaning is part of the head's
	// relation ("agreed to impose"), not a clause of its own.
	if p.is(v, "xcomp") && p.mergesXcomp(p.tok(v).Head) {
		return nil
	}
	subjs, _, inherited := p.subjectOf(v, 0)
	// A subject found above the predicate (the noun a participle or
	// relative clause modifies) must not contain the clause itself: "the
	// rate noted by the team" is noted by the team, not "the rate noted by
	// the team".
	var keep []Arg
	for _, s := range subjs {
		if s = p.without(s, v); !s.Empty() {
			keep = append(keep, s)
		}
	}
	if subjs = keep; len(subjs) == 0 {
		return nil
	}
	r := p.relationOf(v)
	// "The city asked the schools to pay taxes": what someone is asked
	// or allowed to do is not done yet.
	if r.modality == "" && p.infinitive(v) {
		c := -1 // the verb of asking or letting whose object does v
		if h := p.tok(v).Head; h >= 0 && p.is(v, "xcomp") && p.dep(h, "obj", "iobj") >= 0 {
			c = h
		} else if h >= 0 && p.is(v, "acl") && p.is(h, "obj", "iobj") {
			c = p.tok(h).Head
		}
		if c >= 0 {
			r.modality = controlModality[p.lemma(c)]
		}
	}
	pred := v // where objects and obliques hang
	lemma := []string{p.lemma(v)}
	if c := p.dep(v, "cop"); c >= 0 {
		lemma = []string{"be"}
		if p.tok(v).UPOS == "ADJ" && p.dep(v, "xcomp") >= 0 && p.mergesXcomp(v) {
			// "were ineligible to serve in combat": the adjective is
			// the relation's, or "be to serve" says the opposite.
			lemma = append(lemma, p.lower(v))
			r.toks = append(r.toks, v)
		}
	}
	for _, k := range p.deps(v, "compound:prt") {
		lemma = append(lemma, p.lower(k))
	}
	// Chain subject-control infinitives into the relation.
	for x := p.dep(pred, "xcomp"); x >= 0 && p.mergesXcomp(pred); x = p.dep(pred, "xcomp") {
		xr := p.relationOf(x)
		if m := p.dep(x, "mark"); m >= 0 {
			xr.toks = append(xr.toks, m)
			lemma = append(lemma, p.lower(m))
		}
		r.toks = append(r.toks, xr.toks...)
		if xr.negated {
			r.negated = !r.negated
		}
		if p.dep(x, "cop") >= 0 {
			lemma = append(lemma, "be")
		} else {
			lemma = append(lemma, p.lemma(x))
		}
		for _, k := range p.deps(x, "compound:prt") {
			lemma = append(lemma, p.lower(k))
		}
		pred = x
		if p.dep(x, "cop") >= 0 {
			break
		}
	}
	sort.Ints(r.toks)
	surface := p.text(r.toks)

	conf := 0.85
	if inherited {
		conf -= 0.12
	}
	attr := p.attribution(v)
	if w, cleared := p.accusation(v); w >= 0 {
		// "accused Trump of ignoring facts": what the accuser says, not
		// a fact; "acquitted her of killing": what she did not do.
		if cleared {
			r.negated = true
		}
		if s := p.dep(w, "nsubj"); s >= 0 && attr.Empty() {
			attr = p.speakerArg(s)
		}
	}
	var objs []Arg
	var objPrep, openObj string
	extras := p.obliques(pred)
	agent := Arg{Head: -1}
	if a := p.dep(pred, "obl:agent"); a >= 0 && !p.means(a) {
		agent = p.arg(a)
	} else if a >= 0 {
		extras = append(extras, p.arg(a)) // "moved by land and sea": how, not who
	} else if r.passive {
		for i, e := range extras {
			if e.Prep == "by" && (e.Head < 0 || !p.means(e.Head)) {
				agent = e
				extras = append(extras[:i:i], extras[i+1:]...)
				break
			}
		}
	}
	// "arrested by police on Friday": the time the parser hung on the
	// agent says when.
	if !agent.Empty() {
		if rest, when, ok := p.timeOff(agent); ok {
			agent = rest
			extras = append(extras, when)
		}
	}
	kind := "svo"
	relLemma := strings.Join(lemma, " ")
	openRel := surface
	switch {
	case p.dep(pred, "cop") >= 0:
		kind = "copula"
		plain := relLemma
		objs, objPrep, relLemma, openRel, openObj = p.copulaObject(pred, relLemma, surface)
		if objPrep == "" && relLemma == plain {
			for i := range objs {
				objs[i].Predicate = true // "is the mayor", not "is in Tokyo"
			}
		}
	case p.dep(pred, "obj") >= 0 && !p.loneFunctionWord(p.dep(pred, "obj")) && !(sayVerbs[p.lemma(v)] && p.clauseSubject(p.dep(pred, "obj"))):
		objs = p.splitNP(p.dep(pred, "obj"))
		if io := p.dep(pred, "iobj"); io >= 0 && io < p.dep(pred, "obj") && judgementVerbs[p.lemma(pred)] && p.opensWithDet(p.dep(pred, "obj")) {
			// "declared COVID-19 a pandemic", the name read as an
			// indirect object: it is what was declared.
			objs = p.splitNP(io)
		}
		for i, o := range objs {
			if rest, place, ok := p.placeOffPerson(o); ok {
				objs[i] = rest
				extras = append(extras, place)
			}
			if rest, when, ok := p.timeOff(objs[i]); ok {
				objs[i] = rest
				extras = append(extras, when)
			}
		}
		if io := p.dep(pred, "iobj"); io >= 0 {
			extras = append([]Arg{p.arg(io)}, extras...)
		}
		// "described itself as a leader", "introduced himself as
		// pro-life": what the subject says it is, not the subject again.
		if len(objs) == 1 && reflexives[p.lower(objs[0].Head)] {
			for i, e := range extras {
				if e.Prep == "as" && e.Role == "" {
					objs, objPrep = []Arg{e}, "as"
					extras = append(extras[:i:i], extras[i+1:]...)
					break
				}
			}
		}
		if r.passive {
			// "was elected mayor of the city": the object of a passive
			// describes the subject.
			for i := range objs {
				objs[i].Predicate = true
			}
		}
	case p.dep(pred, "xcomp") >= 0 && !p.mergesXcomp(pred):
		// "became president", "was named ambassador": the complement.
		x := p.dep(pred, "xcomp")
		if n := p.dep(x, "obj", "obl", "nummod"); n >= 0 && p.lower(x) == "aged" && p.tok(n).UPOS == "NUM" {
			// "died aged 78": at the age of 78.
			objs = []Arg{p.arg(n)}
			relLemma += " at age"
			openRel += " aged"
			break
		}
		if u := p.tok(x).UPOS; u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "NUM" {
			objs = p.splitNP(x)
			for i := range objs {
				objs[i].Predicate = true
			}
		} else if io := p.dep(pred, "iobj"); io >= 0 {
			objs = p.splitNP(io) // "told residents to leave": the residents were told
		}
	case p.dep(pred, "ccomp") >= 0 || len(extras) == 0 && p.dep(pred, "advcl") >= 0 && p.dep(p.dep(pred, "advcl"), "mark") >= 0 &&
		!p.ownClause(p.dep(pred, "advcl")):
		c := p.dep(pred, "ccomp")
		if c < 0 {
			c = p.dep(pred, "advcl")
			conf -= 0.1
		}
		if sj := p.dep(c, "nsubj"); sj >= 0 && isRelPronoun(p.lower(sj)) && (p.tok(sj).XPOS == "WDT" || p.tok(sj).XPOS == "WP") {
			// "a job in 1965 that turned out to be at the CIA": a
			// relative clause the parser made the verb's complement.
			break
		}
		a := p.arg(c, "punct")
		if q := p.quoted(); sayVerbs[p.lemma(v)] || sayVerbs[relLemma] || q != nil && q[c] && !q[v] {
			kind = "speech" // a say verb, or any verb with a quotation ("she continued: "...")
		}
		// "There were states ...: Alabama had ...": a clause after a
		// colon or semicolon, or hung on an existential, is a sentence
		// of its own, not what the verb's subject is or does.
		if kind != "speech" && p.is(c, "ccomp") && (p.dep(pred, "expl") >= 0 || p.colonBefore(c) && p.dep(c, "nsubj") >= 0) {
			break
		}
		objs = []Arg{a}
		objPrep = a.Prep
	}
	// "took place on Monday", "made landfall in Elbow Cay": a bare noun
	// that completes the verb's meaning belongs to the relation, and what
	// follows is the object.
	if kind == "svo" && !r.passive && len(objs) == 1 && objs[0].Head >= 0 {
		o := objs[0].Head
		if noun := strings.ToLower(p.tok(o).Text); lightObjects[relLemma+" "+noun] && p.dep(o, "det", "amod", "nmod:poss") < 0 {
			relLemma += " " + noun
			openRel += " " + p.tok(o).Text
			objs, objPrep = nil, ""
			// "took control of the city": the noun's own phrase is the object.
			if m := p.dep(o, "nmod"); m > o {
				if a := p.arg(m); strings.TrimSpace(a.Text) != "" {
					objs, objPrep = []Arg{a}, a.Prep
				}
			}
		}
	}
	// "Neither team scored a goal", "No passengers were hurt": the
	// negative determiner denies the fact of the team, the passengers.
	if len(subjs) == 1 && len(subjs[0].Tokens) > 1 {
		if f := subjs[0].Tokens[0]; (p.lower(f) == "no" || p.lower(f) == "neither") && p.tok(f).UPOS == "DET" && p.lower(f+1) != "one" {
			subjs[0] = p.retoken(subjs[0], subjs[0].Tokens[1:])
			r.negated = !r.negated
		}
	}
	// "A fire yesterday morning destroyed ...": a time the parser hung on
	// the subject says when the event happened.
	for i, sj := range subjs {
		if rest, when, ok := p.timeOff(sj); ok {
			subjs[i] = rest
			extras = append(extras, when)
		}
	}
	if len(objs) == 0 && agent.Empty() {
		// "arrived in Japan": the first non-time oblique is the object.
		// After the verb first: "In a report published Tuesday, water
		// was found in the atmosphere" is found in the atmosphere.
		first := -1
		for i, e := range extras {
			if e.Role != "time" && e.Prep != "" && (first < 0 || e.Head > pred && extras[first].Head < pred) {
				first = i
			}
		}
		for i, e := range extras {
			if i == first {
				objs = []Arg{e}
				objPrep = e.Prep
				// "collaborated with Mickey Hart and Bruce Hornsby": each
				// conjunct of the oblique.
				if e.Head >= 0 && len(p.conjuncts(e.Head)) > 1 {
					same := true // "Florida and Georgia", not "in Nature by researchers ..." run together
					for _, c := range p.conjuncts(e.Head) {
						same = same && p.tok(c).UPOS == p.tok(e.Head).UPOS
					}
					if split := p.splitNP(e.Head); len(split) > 1 && same {
						for k := range split {
							split[k].Prep = e.Prep
						}
						objs = split
					}
				}
				extras = append(extras[:i:i], extras[i+1:]...)
				break
			}
		}
		// Not a bare phrase before the verb: "A total of 39 are confirmed
		// dead, officials told state media" (a clause the parser left
		// hanging) is nothing the officials told; a time is kept
		// ("Yesterday, Kay Hagan died").
		if len(objs) == 0 && len(extras) > 0 && (extras[0].Prep != "" || extras[0].Head > pred || extras[0].Head >= 0 && p.timeHead(extras[0].Head)) {
			objs = []Arg{extras[0]}
			objPrep = extras[0].Prep
			extras = extras[1:]
			conf -= 0.1
		}
	}
	// "dies at 87": the age at death.
	if objPrep == "at" && relLemma == "die" && len(objs) == 1 && len(objs[0].Tokens) == 1 && p.tok(objs[0].Head).UPOS == "NUM" {
		if n, err := strconv.Atoi(p.tok(objs[0].Head).Text); err == nil && n > 0 && n <= 120 {
			relLemma, objPrep = "die at age", ""
		}
	}
	if r.passive && kind == "svo" {
		kind = "passive"
	}
	// "Three firefighters were injured", "The toilet has not been
	// recovered": a passive with nothing after it says what state its
	// subject is in; the participle is the object ("be injured").
	bare := false
	if kind == "passive" && len(objs) == 0 && agent.Empty() && p.tok(v).XPOS == "VBN" && p.dep(v, "xcomp", "ccomp") < 0 && len(lemma) == 1 {
		objs = []Arg{{Text: strings.ToLower(p.tok(v).Text), Tokens: []int{v}, Head: v, Predicate: true}}
		bare = true
	}
	var out []Extraction
	emit := func(subj, obj Arg, rel string, openArgs []string, openRel string, c float64) {
		x := Extraction{Subject: subj, Rel: rel, RelSurface: surface, Object: obj, Extra: extras,
			Negated: r.negated, Modality: r.modality, Attribution: attr, Confidence: c, Kind: kind}
		x.OpenIE.Rel = openRel
		x.OpenIE.Args = openArgs
		out = append(out, x)
	}
	extraText := func() []string {
		var s []string
		for _, e := range extras {
			s = append(s, e.WithPrep())
		}
		return s
	}
	for _, s := range subjs {
		c := conf - lengthPenalty(s)
		if isPronoun(p.tok(s.Head)) {
			c -= 0.05
		}
		if !agent.Empty() {
			// Passive with agent: the graph says it actively.
			active := strings.Join(lemma, " ")
			if p.dep(pred, "cop") >= 0 {
				active = relLemma
			}
			for _, ag := range p.splitNP(agent.Head) {
				if rest, _, ok := p.timeOff(ag); ok {
					ag = rest // its time is among the extras already
				}
				ag.Prep = ""
				open := append([]string{s.Text, "by " + ag.Text}, extraText()...)
				emit(ag, s, active, open, openRel, c-lengthPenalty(ag))
			}
			continue
		}
		for _, o := range objs {
			rel := relLemma
			if r.passive && kind == "passive" {
				// "are predicted to reach": the participle, then the
				// infinitives chained to it.
				rel = "be " + strings.ToLower(segment.Unbracket(p.tok(v).Text)) // "preserve[d]"
				if len(lemma) > 1 {
					rel += " " + strings.Join(lemma[1:], " ")
				}
			}
			if bare {
				rel = "be" // "were injured": be, injured
			}
			orel := openRel
			if objPrep != "" {
				rel += " " + objPrep
				orel += " " + objPrep
			}
			ot := o.Text
			if openObj != "" {
				ot = openObj
			}
			open := append([]string{s.Text, ot}, extraText()...)
			emit(s, o, rel, open, orel, c-lengthPenalty(o)-0.03*float64(len(extras)))
		}
	}
	// "The court found the law unlawful", "named Smith chief executive":
	// the object is what the predicate after it says, as the subject
	// judges (find, rule, call, ...) or makes it (make, name, elect, ...).
	if x := p.smallClause(pred); x >= 0 && (kind == "svo" || kind == "speech") && len(objs) > 0 && len(subjs) > 0 && agent.Empty() {
		pa := p.arg(x)
		pa.Predicate = true
		at := attr
		if judgementVerbs[p.lemma(pred)] {
			at = subjs[0]
		}
		target := p.dep(pred, "obj")
		if io := p.dep(pred, "iobj"); io >= 0 && io < target && x == target {
			target = io
		}
		for _, o := range p.splitNP(target) {
			x := Extraction{Subject: o, Rel: "be", RelSurface: surface, Object: pa, Negated: r.negated, Modality: r.modality,
				Attribution: at, Confidence: conf - 0.1 - lengthPenalty(o) - lengthPenalty(pa), Kind: "copula"}
			x.OpenIE.Rel = "is"
			x.OpenIE.Args = []string{o.Text, pa.Text}
			out = append(out, x)
		}
	}
	// "A court sentenced the former president to three years in
	// prison": the sentenced person's sentence, as news reports it of
	// the person ("X was sentenced to three years").
	if p.lemma(pred) == "sentence" && kind == "svo" && len(objs) > 0 && !r.negated {
		for _, e := range extras {
			if e.Prep != "to" || e.Head < 0 {
				continue
			}
			for _, o := range objs {
				x := Extraction{Subject: o, Rel: "be sentenced to", RelSurface: surface, Object: e, Modality: r.modality,
					Attribution: attr, Confidence: conf - 0.05 - lengthPenalty(o), Kind: "passive", Extra: []Arg{}}
				x.Object.Prep = ""
				x.OpenIE.Rel = "was sentenced to"
				x.OpenIE.Args = []string{o.Text, e.Text}
				out = append(out, x)
			}
			break
		}
	}
	return out
}

// smallClause returns the predicate a verb of judging or making says of
// its object ("found the law unlawful", "called the conduct a breach":
// an open complement, or a second object the parser made of it), or -1.
func (p *parse) smallClause(v int) int {
	if !judgementVerbs[p.lemma(v)] && !makingVerbs[p.lemma(v)] && !asRoleVerbs[p.lemma(v)] {
		return -1
	}
	o := p.dep(v, "obj")
	if o < 0 || o < v {
		return -1
	}
	if io := p.dep(v, "iobj"); io >= 0 && io < o && judgementVerbs[p.lemma(v)] && p.opensWithDet(o) {
		return o // "declared COVID-19 a pandemic": the object is the predicate
	}
	// Right after the object, no comma between ("make any mistake, et
	// cetera"), and no time ("left the campaign trail a few days
	// before").
	_, hi := p.spanOf(o)
	next := func(x int) bool {
		lo, _ := p.spanOf(x)
		return lo == hi+1 && p.tok(lo).UPOS != "PUNCT" && !p.timeHead(x)
	}
	if x := p.dep(v, "xcomp"); x > o && p.dep(x, "mark", "case", "cop") < 0 && next(x) {
		switch {
		case p.tok(x).UPOS == "ADJ":
			return x
		case p.tok(x).UPOS == "NOUN" && !stateVerbs[p.lemma(v)] && (p.dep(x, "det", "nmod:poss") >= 0 || roleVerbs[p.lemma(v)]):
			// "called it a breach"; "elected him president"
			return x
		}
	}
	// "appointed Sabih Khan as its chief operating officer": a role
	// after "as".
	if roleVerbs[p.lemma(v)] || asRoleVerbs[p.lemma(v)] {
		for _, k := range p.deps(v, "obl") {
			if c := p.dep(k, "case"); k > o && c >= 0 && p.lower(c) == "as" && p.tok(k).UPOS == "NOUN" && (roleNouns[p.lemma(k)] || resolve.IsTitle(p.lemma(k)) || IsOccupation(p.lemma(k))) {
				if lo, _ := p.spanOf(k); lo == hi+1 {
					return k
				}
			}
		}
	}
	for _, k := range p.deps(v, "obj") {
		// "called the conduct a breach of the constitution": a second
		// object with its determiner.
		if k > o && p.tok(k).UPOS != "PRON" && p.dep(k, "det", "nmod:poss") >= 0 && !stateVerbs[p.lemma(v)] && next(k) {
			return k
		}
	}
	return -1
}

// opensWithDet says whether k's phrase begins with its determiner ("a
// pandemic"; not "federal government's practice", which the parser split
// from "the United States" before it).
func (p *parse) opensWithDet(k int) bool {
	lo, _ := p.spanOf(k)
	return p.tok(lo).UPOS == "DET" && p.tok(lo).Head == k
}

// spanOf returns the first and last token of k's subtree.
func (p *parse) spanOf(k int) (lo, hi int) {
	lo, hi = k, k
	for _, i := range p.subtree(k) {
		lo, hi = min(lo, i), max(hi, i)
	}
	return lo, hi
}

// judgementVerbs say what their subject holds their object to be;
// makingVerbs make it so.
var (
	judgementVerbs = map[string]bool{"find": true, "rule": true, "declare": true, "deem": true, "consider": true,
		"call": true, "judge": true, "label": true, "brand": true, "pronounce": true, "term": true}
	makingVerbs = map[string]bool{"make": true, "name": true, "elect": true, "appoint": true, "keep": true,
		"leave": true, "render": true, "crown": true, "nominate": true, "dub": true}
	// stateVerbs take only an adjective for what they leave their object
	// ("left him dead", not "left the trail a few days").
	stateVerbs = map[string]bool{"keep": true, "leave": true, "render": true}
	// roleVerbs give their object a role, written without a determiner
	// ("elected him president").
	roleVerbs = map[string]bool{"name": true, "elect": true, "appoint": true, "crown": true, "nominate": true}
	// asRoleVerbs give their object the role named after "as" ("hired X
	// as coach").
	asRoleVerbs = map[string]bool{"hire": true, "select": true, "choose": true, "tap": true, "install": true,
		"promote": true, "confirm": true, "reappoint": true, "re-elect": true, "reelect": true}
)

// mergesXcomp reports whether v's open complement belongs to v's relation
// ("agreed to impose"): it does when v has no object of its own and the
// complement is verbal.
func (p *parse) mergesXcomp(v int) bool {
	x := p.dep(v, "xcomp")
	if x < 0 || p.dep(v, "obj", "iobj") >= 0 { // "told residents to leave": the residents leave
		return false
	}
	u := p.tok(x).UPOS
	return u == "VERB" || p.dep(x, "mark") >= 0 && p.dep(x, "cop") >= 0
}

// copulaObject reads a nominal predicate: "is in Tokyo" → be in, Tokyo;
// "is a member of the party" → be member of, the party (for the graph)
// and is, a member of the party (for the benchmark).
func (p *parse) copulaObject(n int, relLemma, surface string) (objs []Arg, prep, rel, openRel string, openObj string) {
	skip := []string{"nsubj", "csubj", "cop", "aux", "punct", "cc", "conj", "advmod", "mark", "parataxis", "advcl", "obl", "discourse"}
	a := p.arg(n, skip...)
	if a.Prep != "" {
		// "is in Tokyo": the caller adds the preposition to the relation.
		return []Arg{a}, a.Prep, relLemma, surface, ""
	}
	// "is a member of the party": a simple head noun with an of-phrase.
	if u := p.tok(n).UPOS; u == "NOUN" {
		if m := p.dep(n, "nmod"); m >= 0 {
			ma := p.arg(m)
			simple := true
			for _, k := range p.kids[n] {
				if k != m && !p.is(k, "det", "amod", "cop", "nsubj", "punct", "aux", "advmod", "cc", "conj", "nmod:poss", "compound") {
					simple = false
				}
			}
			if simple && ma.Prep != "" && m > n {
				return []Arg{ma}, "", relLemma + " " + p.lemma(n) + " " + ma.Prep, surface, a.Text
			}
		}
	}
	// "was responsible for the attack", "is critical of the plan": an
	// adjective with its prepositional complement.
	if p.tok(n).UPOS == "ADJ" {
		if m := p.dep(n, "obl"); m >= 0 && m > n {
			ma := p.arg(m)
			simple := true
			for _, k := range p.kids[n] {
				if k != m && !p.is(k, "cop", "nsubj", "punct", "aux", "advmod", "cc", "conj") {
					simple = false
				}
			}
			// Right after the adjective, and a preposition that
			// completes one ("including", "through", "since" start
			// adjuncts).
			if lo := p.phraseStart(m); simple && ma.Prep != "" && lo == n+1 && !adjunctPreps[ma.Prep] {
				return []Arg{ma}, "", relLemma + " " + p.lower(n) + " " + ma.Prep, surface, a.Text
			}
		}
		// "was 64 years old": the age, not "old".
		if m := p.dep(n, "obl:unmarked", "obl:npmod"); m >= 0 && m < n && p.lower(n) == "old" {
			toks := append(p.subtree(m), n)
			sort.Ints(toks)
			return []Arg{p.retoken(Arg{Head: n}, toks)}, "", relLemma, surface, ""
		}
	}
	return []Arg{a}, "", relLemma, surface, ""
}

func lengthPenalty(a Arg) float64 {
	n := len(a.Tokens)
	if n <= 6 {
		return 0
	}
	pen := 0.02 * float64(n-6)
	if pen > 0.3 {
		pen = 0.3
	}
	return pen
}

// ofAgent finds, for a gerund clause, the closest proper-noun of-phrase
// before it under the noun it hangs from ("the arrest of X for
// stealing"), or -1.
func (p *parse) ofAgent(v int) int {
	h := p.tok(v).Head
	if h < 0 || p.tok(h).UPOS != "NOUN" {
		return -1
	}
	for k := v - 1; k > h; k-- {
		t := p.tok(k)
		if t.UPOS == "VERB" && !p.is(k, "case") {
			return -1
		}
		if t.UPOS == "PROPN" && p.is(k, "nmod") && p.arg(k).Prep == "of" && dominates(p.s.Tokens, h, k) {
			return k
		}
	}
	return -1
}

// without returns argument a minus the subtree of token v (when a's head
// is outside that subtree), with edge punctuation trimmed again.
func (p *parse) without(a Arg, v int) Arg {
	if a.Head < 0 || dominates(p.s.Tokens, v, a.Head) {
		return a
	}
	var keep []int
	cut := false
	for _, t := range a.Tokens {
		if dominates(p.s.Tokens, v, t) {
			cut = true
			continue
		}
		keep = append(keep, t)
	}
	if !cut {
		return a
	}
	return p.retoken(a, keep)
}

// retoken gives argument a the tokens keep, without punctuation or a
// conjunction left dangling at either edge.
func (p *parse) retoken(a Arg, keep []int) Arg {
	for len(keep) > 0 && (p.tok(keep[0]).UPOS == "PUNCT" || p.tok(keep[0]).UPOS == "CCONJ") {
		keep = keep[1:]
	}
	for len(keep) > 0 && (p.tok(keep[len(keep)-1]).UPOS == "PUNCT" || p.tok(keep[len(keep)-1]).UPOS == "CCONJ") {
		keep = keep[:len(keep)-1]
	}
	a.Tokens = keep
	a.Text = p.text(keep)
	return a
}

// colonBefore reports whether the subtree of c is introduced by ":" or
// ";" (the punctuation right before its first word).
func (p *parse) colonBefore(c int) bool {
	first := p.subtree(c)[0]
	for k := first - 1; k >= 0; k-- {
		switch p.tok(k).Text {
		case ":", ";":
			return true
		}
		return false
	}
	return false
}

// Speaker returns who speaks the quotation of sentence s: the subject,
// outside quotation marks, of a say verb (or of a verb whose quoted
// complement follows a colon) outside them. It is empty when the sentence
// quotes no one.
func Speaker(s *nlp.Sentence) Arg {
	marks := false
	for _, t := range s.Tokens {
		if t.Text == "\"" || t.Text == "\u201c" || t.Text == "\u201d" || t.Text == "``" || t.Text == "''" {
			marks = true
			break
		}
	}
	if !marks {
		return Arg{Head: -1}
	}
	p := newParse(s)
	q := p.quoted()
	for v := range s.Tokens {
		if q[v] || !p.isVerbal(v) {
			continue
		}
		say := sayVerbs[p.lemma(v)]
		if !say {
			// "She continued: "...": a verb with a quotation hung on it.
			for _, k := range p.kids[v] {
				if q[k] && p.is(k, "parataxis", "ccomp", "obj", "dep", "list") {
					say = true
				}
			}
		}
		if !say {
			continue
		}
		if sj := p.dep(v, "nsubj"); sj >= 0 && !q[sj] && !isRelPronoun(p.lower(sj)) {
			return p.arg(sj)
		}
	}
	return Arg{Head: -1}
}
