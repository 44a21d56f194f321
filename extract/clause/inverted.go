package clause

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// repairInvertedSpeech reads news's inverted attributions as the speech
// they are. In "Japan will cut tariffs, said Prime Minister Shigeru Ishiba
// on Monday", "... our farmers," said Ishiba" and the headline form
// "Reefs are dying, say scientists", a say verb after a comma ends the
// sentence with its speaker after it. The parser often makes the speaker
// the verb's object and the verb a conjunct of the clause ("Reefs say
// scientists"); the verb becomes the root, the speaker its subject and
// the clause before the comma its complement. In any case a time or a
// place after the speaker ("Ishiba on Monday", "Ishiba in Tokyo") is when
// and where it was said, not part of who said it: it moves to the verb.
// The sentence is copied, not changed.
func repairInvertedSpeech(s *nlp.Sentence) *nlp.Sentence {
	ts := s.Tokens
	var fixed []nlp.Token
	get := func() []nlp.Token {
		fixed = edited(fixed, ts)
		return fixed
	}
	for v := range ts {
		sp, ok := invertedSpeaker(ts, v)
		if !ok {
			continue
		}
		root := -1
		for i, t := range ts {
			if t.Head < 0 {
				root = i
				break
			}
		}
		if root < 0 || root > v {
			continue
		}
		f := get()
		if root != v {
			// The clause before the comma is what was said.
			f[v].Head, f[v].DepRel = -1, "root"
			f[root].Head, f[root].DepRel = v, "ccomp"
		}
		sp = speakerRun(f, v, sp)
		f[sp].Head, f[sp].DepRel = v, "nsubj"
		// "said Ishiba on Monday", "said Ishiba Monday", "said Ishiba in
		// Tokyo": when and where, not who.
		for i := sp + 1; i < len(f); i++ {
			if f[i].Head == sp && (base(f[i].DepRel) == "nmod" || f[i].UPOS == "PROPN" && timeWords[strings.ToLower(f[i].Text)]) && circumstance(f, i) {
				f[i].Head, f[i].DepRel = v, "obl"
			}
		}
		break // one inverted say verb per sentence
	}
	return withTokens(s, fixed)
}

// invertedSpeaker reports whether token v is a say verb right after a
// comma (and a closing quotation mark) whose speaker follows it and ends
// the sentence, and returns the speaker's head.
func invertedSpeaker(ts []nlp.Token, v int) (int, bool) {
	t := ts[v]
	if t.UPOS != "VERB" || !sayVerbs[strings.ToLower(t.Lemma)] {
		return -1, false
	}
	// Finite; the tagger often reads headline "say" as a bare verb (VB),
	// which is finite here when no "to" or auxiliary comes with it.
	if x := t.XPOS; x != "VBD" && x != "VBZ" && x != "VBP" && x != "VB" {
		return -1, false
	}
	k := v - 1
	for k >= 0 && isCloseQuote(ts[k].Text) {
		k--
	}
	if k < 1 || ts[k].Text != "," {
		return -1, false
	}
	// No subject before the verb: "Lee said" is no inversion.
	for i := 0; i < v; i++ {
		if ts[i].Head != v {
			continue
		}
		switch base(ts[i].DepRel) {
		case "nsubj", "csubj", "expl", "obj", "aux", "mark":
			return -1, false
		}
	}
	sp := -1
	for i := v + 1; i < len(ts); i++ {
		if ts[i].Head != v {
			continue
		}
		switch base(ts[i].DepRel) {
		case "nsubj", "obj", "iobj":
			if u := ts[i].UPOS; sp < 0 && (u == "PROPN" || u == "NOUN" || u == "PRON") {
				sp = i
				continue
			}
		case "obl", "punct", "advmod":
			continue
		}
		return -1, false // "said to be", "said a prayer and left"
	}
	if sp < 0 {
		return -1, false
	}
	// The speaker and the verb's circumstances end the sentence.
	for i := v + 1; i < len(ts); i++ {
		if !dominates(ts, v, i) && ts[i].UPOS != "PUNCT" {
			return -1, false
		}
	}
	return sp, true
}

// circumstance reports whether the phrase headed by i, a modifier after
// a speaker, is a time or a place ("on Monday", "in Tokyo").
func circumstance(ts []nlp.Token, i int) bool {
	prep := ""
	for _, t := range ts {
		if t.Head == i && base(t.DepRel) == "case" {
			prep = strings.ToLower(t.Text)
			break
		}
	}
	switch prep {
	case "of", "from", "for", "with", "to", "by":
		return false // "Ana Ruiz of Lund University" is who
	}
	h := ts[i]
	if timeWords[strings.ToLower(h.Text)] {
		return true // "on Monday", and "Monday" alone
	}
	return prep != "" && (strings.HasSuffix(h.NER, "LOC") || strings.HasSuffix(h.NER, "GPE"))
}

func isCloseQuote(s string) bool {
	return s == `"` || s == "”" || s == "'" || s == "’" || s == "''"
}

// sayer returns the subject of say verb v, -1 if none. Two subjects
// before the verb, the first with no named entity in it and the second a
// person, are a title or description cut off the name ("Finance |
// Minister Ana Ruiz said"): the person is the speaker. Otherwise the
// first stays ("Howard Rubel, a lawyer for X, said", "Sky | News said"),
// or the person it is in apposition with.
func (p *parse) sayer(v int) int {
	ss := p.deps(v, "nsubj")
	if len(ss) > 1 && ss[len(ss)-1] < v && strings.HasSuffix(p.tok(ss[len(ss)-1]).NER, "PER") {
		named := false
		for _, k := range p.subtree(ss[0]) {
			if ner := p.tok(k).NER; ner != "" && ner != "O" {
				named = true
			}
		}
		if !named {
			return ss[len(ss)-1]
		}
	}
	s := p.dep(v, "nsubj")
	// "Merz pledged aid and said Germany would deliver more": a say verb
	// coordinated with a verb shares its subject.
	if s < 0 && p.is(v, "conj") {
		if h := p.tok(v).Head; h >= 0 && h < v && p.isVerbal(h) {
			return p.sayer(h)
		}
	}
	// "A senior official defended the approach, saying ...": a
	// participle after its clause has that clause's subject.
	// Only on the sentence's main verb, in the active ("stated the trial
	// would not be impartial, saying he anticipated ..." is not the
	// trial's saying).
	if s < 0 && p.is(v, "advcl") && p.tok(v).XPOS == "VBG" && p.dep(v, "mark") < 0 {
		if h := p.tok(v).Head; h >= 0 && h < v && p.isVerbal(h) && p.tok(h).Head < 0 && p.dep(h, "nsubj:pass") < 0 {
			return p.sayer(h)
		}
	}
	// "argued the government's lawyer, Richard Keen": the name a
	// description is given is the speaker.
	if s >= 0 && p.tok(s).UPOS == "NOUN" {
		// Not "many generals, including President Grant": one of them.
		if a := p.dep(s, "appos"); a > s && strings.HasPrefix(p.tok(a).NER, "B-") && strings.HasSuffix(p.tok(a).NER, "PER") {
			for _, k := range p.subtree(a) {
				if k < a && p.is(k, "case", "mark") {
					return s
				}
			}
			return a
		}
	}
	return s
}

// speakerRun makes the proper nouns right after an inverted say verb one
// speaker: the parser often splits "said Finance Minister Ana Ruiz on
// Tuesday" into a subject "Finance Minister" and a name hung on the date.
// The speaker is headed on its last person name (else on sp); the words
// of the run attached outside it join that head. It returns the head.
func speakerRun(f []nlp.Token, v, sp int) int {
	lo, hi := v+1, v+1
	if lo >= len(f) || f[lo].UPOS != "PROPN" {
		return sp
	}
	for hi+1 < len(f) && !timeWords[strings.ToLower(f[hi+1].Text)] && (f[hi+1].UPOS == "PROPN" || f[hi+1].XPOS == "HYPH" && hi+2 < len(f) && f[hi+2].UPOS == "PROPN") {
		hi++
	}
	if sp < lo || sp > hi || hi == lo {
		return sp
	}
	h := sp
	for i := hi; i >= lo; i-- {
		if strings.HasSuffix(f[i].NER, "PER") && strings.HasPrefix(f[i].NER, "B-") {
			h = i
			break
		}
	}
	f[h].Head, f[h].DepRel = v, "nsubj"
	for i := lo; i <= hi; i++ {
		if i == h || f[i].Head >= lo && f[i].Head <= hi {
			continue
		}
		f[i].Head = h
		if i < h {
			f[i].DepRel = "compound"
		} else {
			f[i].DepRel = "flat"
		}
	}
	return h
}
