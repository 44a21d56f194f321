package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/resolve"
	"github.com/kgraph/kg/fact"
)

// classNouns are heads that a preceding name is an instance of: "the G-7
// group" is the G7, "the NATO alliance" is NATO.
var classNouns = map[string]bool{
	"group": true, "bloc": true, "alliance": true, "organization": true, "organisation": true,
	"club": true, "coalition": true, "union": true, "federation": true,
}

// classNamed returns the name compounded onto a class noun head, or "".
func classNamed(s *nlp.Sentence, a clause.Arg) string {
	if a.Head <= 0 || a.Head >= len(s.Tokens) || !classNouns[strings.ToLower(s.Tokens[a.Head].Lemma)] {
		return ""
	}
	hi := a.Head - 1
	lo := hi
	for lo >= 0 && s.Tokens[lo].Head == a.Head && s.Tokens[lo].DepRel == "compound" && (isProper(s.Tokens[lo]) || isCapital(s.Tokens[lo].Text)) {
		lo--
	}
	if lo == hi {
		return ""
	}
	return s.Text[s.Tokens[lo+1].Start-s.Start : s.Tokens[hi].End-s.Start]
}

func isCapital(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// lowValue reports whether a phrase subject is better dropped than kept as
// a node: a fragment the parser cut badly (starting with a preposition or
// a conjunction, holding a finite verb or a comma) or a long description
// nobody would look up.
func lowValue(s *nlp.Sentence, a clause.Arg) bool {
	if len(a.Tokens) == 0 {
		return true
	}
	if len(a.Tokens) > 10 {
		return true
	}
	first := s.Tokens[a.Tokens[0]]
	// "At least 20 people", "at most five": a quantity, no phrase with a
	// preposition (the other tests still apply).
	quantity := len(a.Tokens) > 2 && strings.EqualFold(first.Text, "at") &&
		(strings.EqualFold(s.Tokens[a.Tokens[1]].Text, "least") || strings.EqualFold(s.Tokens[a.Tokens[1]].Text, "most"))
	if !quantity && first.UPOS == "ADP" || first.UPOS == "SCONJ" || first.UPOS == "CCONJ" || first.XPOS == "WRB" || first.XPOS == "WP$" && !strings.Contains(a.Text, "'s ") || first.XPOS == "WP" && !strings.HasPrefix(first.Text, "WHO") {
		return true // "when last surveyed US gun owners", "what organizers", "whose destruction" (not the WHO)
	}
	// "not a weird ritual place", "not the first lawsuit": a negated
	// phrase the parser cut out of a clause ("not everyone" is a subject).
	if strings.EqualFold(first.Text, "not") && len(a.Tokens) > 1 {
		switch strings.ToLower(s.Tokens[a.Tokens[1]].Text) {
		case "everyone", "everybody", "all", "every", "many", "much":
		default:
			return true
		}
	}
	for _, i := range a.Tokens {
		t := s.Tokens[i]
		if t.Text == "," && placeComma(s, i) && (i+1 == a.Tokens[len(a.Tokens)-1] || i+2 < len(s.Tokens) && s.Tokens[i+2].Text == ",") && plainArg(s, a) {
			continue // "police in Clairton, Pennsylvania"
		}
		if t.Text == "," || t.Text == ";" {
			return true
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// plainArg says whether an argument holds no verb or conjunction.
func plainArg(s *nlp.Sentence, a clause.Arg) bool {
	return !slices.ContainsFunc(a.Tokens, func(i int) bool {
		u := s.Tokens[i].UPOS
		return u == "VERB" || u == "AUX" || u == "SCONJ" || u == "CCONJ"
	})
}

// placeComma says whether the comma at token i joins a place to the
// larger place it is in: "Clairton, Pennsylvania" (in a plain noun phrase:
// plainArg).
func placeComma(s *nlp.Sentence, i int) bool {
	if i == 0 || i+1 >= len(s.Tokens) || s.Tokens[i-1].UPOS != "PROPN" || s.Tokens[i+1].UPOS != "PROPN" {
		return false
	}
	return placeToken(s.Tokens[i-1]) && placeToken(s.Tokens[i+1])
}

// placeToken says whether a word names a place, by the recogniser or the
// gazetteer.
func placeToken(t nlp.Token) bool {
	return strings.HasSuffix(t.NER, "LOC") || strings.HasSuffix(t.NER, "GPE") || resolve.IsPlace(t.Text)
}

// withoutModifiers is the argument's text from its first word that is not
// a determiner or adjective: "the liberal Lee" → "Lee".
func withoutModifiers(s *nlp.Sentence, a clause.Arg) string {
	for k, i := range a.Tokens {
		t := s.Tokens[i]
		if t.UPOS == "DET" || t.UPOS == "ADJ" && !isCapital(t.Text) {
			continue
		}
		if k == 0 {
			return ""
		}
		last := s.Tokens[a.Tokens[len(a.Tokens)-1]]
		return s.Text[t.Start-s.Start : last.End-s.Start]
	}
	return ""
}

// embedded records the listed names written inside a sentence's phrases
// ("a Group of Seven summit"), so that every way of writing a listed body
// or country joins one entity; it returns their IDs.
func (e *Extractor) embedded(s *nlp.Sentence, si int, exs []clause.Extraction) []string {
	seen := map[int]bool{}
	var ids []string
	for _, x := range exs {
		for _, a := range append([]clause.Arg{x.Subject, x.Object}, x.Extra...) {
			for k := 0; k < len(a.Tokens); k++ {
				for n := 5; n >= 1; n-- {
					if k+n > len(a.Tokens) || a.Tokens[k+n-1]-a.Tokens[k] != n-1 || seen[a.Tokens[k]] {
						continue
					}
					lo, hi := s.Tokens[a.Tokens[k]], s.Tokens[a.Tokens[k+n-1]]
					text := s.Text[lo.Start-s.Start : hi.End-s.Start]
					if strings.TrimSpace(a.Text) == text {
						continue // the argument itself: resolved as a name already
					}
					name, typ, ok := resolve.Listed(text)
					if !ok {
						continue
					}
					ref, ok := e.reg.Resolve(resolve.Mention{Name: text, Type: typ, Sentence: si})
					if !ok {
						continue
					}
					_ = name
					ids = append(ids, ref.ID)
					for j := k; j < k+n; j++ {
						seen[a.Tokens[j]] = true
					}
					break
				}
			}
			ids = append(ids, e.embeddedDescriptions(s, si, a, seen)...)
		}
	}
	return ids
}

// embeddedDescriptions resolves the definite descriptions inside a longer
// phrase: "the South Korean president" in "the South Korean president's
// visit" or "talks with the South Korean president" is a mention of the
// person the document names with that role, though the phrase as a whole
// is not.
func (e *Extractor) embeddedDescriptions(s *nlp.Sentence, si int, a clause.Arg, seen map[int]bool) []string {
	in := map[int]bool{}
	for _, k := range a.Tokens {
		in[k] = true
	}
	var ids []string
	for _, t := range a.Tokens {
		tk := s.Tokens[t]
		if t == a.Head || seen[t] || tk.UPOS != "NOUN" || !(resolve.IsTitle(tk.Lemma) || resolve.IsTitle(tk.Text)) {
			continue
		}
		// The description: t and the words before it that hang from it.
		lo := t
		for lo > 0 && in[lo-1] && under(s, lo-1, t) {
			lo--
		}
		sub := clause.Arg{Head: t}
		for k := lo; k <= t; k++ {
			sub.Tokens = append(sub.Tokens, k)
		}
		sub.Text = s.Text[s.Tokens[lo].Start-s.Start : tk.End-s.Start]
		m := mentionOf(s, si, sub, false)
		if m.Role == "" || m.Country == "" {
			continue
		}
		if ref, ok := e.reg.Resolve(m); ok {
			ids = append(ids, ref.ID)
			for _, k := range sub.Tokens {
				seen[k] = true
			}
		}
	}
	return ids
}

// notePairs tells the registry about "X and Y" in a sentence, before its
// word end, when X and Y are known entities of one kind and the sentence
// names just one such pair there.
func (e *Extractor) notePairs(s *nlp.Sentence, si, end int) {
	var pairs [][2]resolve.Ref
	for i := 1; i+1 < min(end, len(s.Tokens)); i++ {
		if strings.ToLower(s.Tokens[i].Text) != "and" || !nameWord(s.Tokens[i-1]) {
			continue
		}
		llo, lhi := leftConjunct(s, i)
		rlo, rhi, ok := rightConjunct(s, i)
		if !ok {
			continue
		}
		left := s.Text[s.Tokens[llo].Start-s.Start : s.Tokens[lhi].End-s.Start]
		right := s.Text[s.Tokens[rlo].Start-s.Start : s.Tokens[rhi].End-s.Start]
		a, ok1 := e.pairMember(s, si, left, lhi)
		b, ok2 := e.pairMember(s, si, right, rhi)
		if !ok1 || !ok2 || a.ID == b.ID || sameKind(a.Type) != sameKind(b.Type) || a.Type == "" {
			continue
		}
		pairs = append(pairs, [2]resolve.Ref{a, b})
	}
	if len(pairs) == 1 {
		e.reg.NotePair(pairs[0][0], pairs[0][1], si)
	}
}

// noteMeeting notes the two people of a sentence's meeting as a pair
// ("Merz held talks with Zelensky ... The two leaders discussed"), unless
// the sentence named a pair with "and".
func (e *Extractor) noteMeeting(ts []fact.Triple, si int) {
	if e.reg.PairAt(si) {
		return
	}
	for _, t := range ts {
		if t.Relation == "meet" && t.SubjectType == fact.Person && t.ObjectType == fact.Person && !t.Negated && t.SubjectID != t.ObjectID {
			e.reg.NotePair(resolve.Ref{ID: t.SubjectID, Name: t.Subject, Type: t.SubjectType}, resolve.Ref{ID: t.ObjectID, Name: t.Object, Type: t.ObjectType}, si)
			return
		}
	}
}

// leftConjunct returns the span of the name before the "and" at i: the
// run of name words, or the recognised name at its end ("U.S. President
// Joe Biden" gives "Joe Biden").
func leftConjunct(s *nlp.Sentence, i int) (lo, hi int) {
	lo = i - 1
	for lo > 0 && nameWord(s.Tokens[lo-1]) && nameWord(s.Tokens[lo]) {
		lo--
	}
	if l, h, _ := nerSpan(s, i-1); h == i-1 && l > lo {
		lo = l
	}
	return lo, i - 1
}

// rightConjunct returns the span of the name after the "and" at i: the run
// of name words, or a recognised name after a short description ("and
// Chinese leader Xi Jinping", "and his counterpart Fumio Kishida").
func rightConjunct(s *nlp.Sentence, i int) (lo, hi int, ok bool) {
	j := i + 1
	for j < len(s.Tokens) && j <= i+4 && s.Tokens[j].NER == "O" && describing[s.Tokens[j].XPOS] {
		j++
	}
	if j > i+1 && j < len(s.Tokens) && strings.HasPrefix(s.Tokens[j].NER, "B-") {
		_, hi, _ = nerSpan(s, j)
		return j, hi, true
	}
	if !nameWord(s.Tokens[i+1]) {
		return 0, 0, false
	}
	hi = i + 1
	for hi+1 < len(s.Tokens) && nameWord(s.Tokens[hi+1]) && nameWord(s.Tokens[hi]) {
		hi++
	}
	return i + 1, hi, true
}

// describing are the tags of the words of a short description before a
// name: its determiner or possessive, nationality, role and title.
var describing = map[string]bool{"DT": true, "PRP$": true, "JJ": true, "NN": true, "NNP": true}

func nameWord(t nlp.Token) bool {
	return isProper(t) && isCapital(t.Text) || t.XPOS == "HYPH"
}

// sameKind folds LOC into GPE: the tagger does not tell them apart well.
func sameKind(typ string) string {
	if typ == fact.Loc {
		return fact.GPE
	}
	return typ
}

// pairMember finds or records the entity of one name of a pair.
func (e *Extractor) pairMember(s *nlp.Sentence, si int, name string, head int) (resolve.Ref, bool) {
	if r, ok := e.reg.Lookup(name); ok {
		return r, true
	}
	_, _, typ := nerSpan(s, head)
	if resolve.IsPlace(name) {
		typ = fact.GPE // a listed country, whatever the tagger said
	}
	if typ == "" {
		return resolve.Ref{}, false
	}
	return e.reg.Resolve(resolve.Mention{Name: name, Type: typ, Sentence: si})
}

// peel takes the time and place modifiers off a name argument: the parser
// often hangs "in Washington on Monday" on the object of "met Trump", which
// would make the object "Trump in Washington on Monday". The name keeps its
// own words; the modifiers become time and place qualifiers.
func peel(s *nlp.Sentence, a clause.Arg) (clause.Arg, []clause.Arg) {
	if a.Head < 0 || a.Head >= len(s.Tokens) || !isProper(s.Tokens[a.Head]) {
		return a, nil
	}
	in := map[int]bool{}
	for _, i := range a.Tokens {
		in[i] = true
	}
	drop := map[int]bool{}
	var extras []clause.Arg
	for _, k := range a.Tokens {
		t := s.Tokens[k]
		if t.Head != a.Head || k < a.Head || !strings.HasPrefix(t.DepRel, "nmod") || t.DepRel == "nmod:poss" {
			continue
		}
		c := -1
		var sub []int
		for _, j := range a.Tokens {
			if under(s, j, k) {
				if s.Tokens[j].Head == k && s.Tokens[j].DepRel == "case" && j < k {
					c = j
				} else {
					sub = append(sub, j)
				}
			}
		}
		if c < 0 || len(sub) == 0 {
			continue
		}
		text := spanText(s, sub)
		prep := strings.ToLower(s.Tokens[c].Text)
		role := ""
		switch {
		case isTimeWord(text):
			role = "time"
		case (prep == "in" || prep == "at") && isProper(t) && (strings.HasSuffix(t.NER, "LOC") || strings.HasSuffix(t.NER, "GPE") || resolve.IsPlace(text)):
			role = "place"
		default:
			continue
		}
		extras = append(extras, clause.Arg{Text: text, Tokens: sub, Head: k, Prep: prep, Role: role})
		drop[c] = true
		for _, j := range sub {
			drop[j] = true
		}
	}
	if len(extras) == 0 {
		return a, nil
	}
	var keep []int
	for _, k := range a.Tokens {
		if !drop[k] && !(k > a.Head && s.Tokens[k].UPOS == "PUNCT") {
			keep = append(keep, k)
		}
	}
	core := a
	core.Tokens = keep
	core.Text = spanText(s, keep)
	return core, extras
}

// spanText is the text of sorted tokens: the sentence's own spacing where
// they are contiguous, one space where they are not.
func spanText(s *nlp.Sentence, toks []int) string {
	var b strings.Builder
	for n, k := range toks {
		t := s.Tokens[k]
		if n > 0 {
			p := s.Tokens[toks[n-1]]
			if k == toks[n-1]+1 {
				b.WriteString(s.Text[p.End-s.Start : t.Start-s.Start])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.Text[t.Start-s.Start : t.End-s.Start])
	}
	return b.String()
}

// under reports whether token k is in the subtree of token m.
func under(s *nlp.Sentence, k, m int) bool {
	for n := 0; k >= 0 && k < len(s.Tokens) && n <= len(s.Tokens); n++ {
		if k == m {
			return true
		}
		k = s.Tokens[k].Head
	}
	return false
}

// splitTime splits an argument that ends in a time phrase ("Washington on
// Monday", glued into one name by the tagger) into the rest and the time.
func splitTime(s *nlp.Sentence, a clause.Arg) (clause.Arg, []clause.Arg) {
	if isTimeWord(a.Text) {
		return a, nil
	}
	for n, k := range a.Tokens {
		if n == 0 || n == len(a.Tokens)-1 || s.Tokens[k].UPOS != "ADP" {
			continue
		}
		rest := a.Tokens[n+1:]
		if !isTimeWord(spanText(s, rest)) {
			continue
		}
		core := a
		core.Tokens = append([]int(nil), a.Tokens[:n]...)
		core.Text = spanText(s, core.Tokens)
		if core.Head < 0 || core.Head >= k {
			core.Head = core.Tokens[len(core.Tokens)-1]
		}
		t := clause.Arg{Text: spanText(s, rest), Tokens: rest, Head: rest[len(rest)-1], Prep: strings.ToLower(s.Tokens[k].Text), Role: "time"}
		return core, []clause.Arg{t}
	}
	return a, nil
}

// namedPeople registers the people a sentence names outside the arguments
// of its triples ("Wikinews spoke to Anna Berg, who ..." may yield no
// triple about her): each person span of the named-entity tagger is a
// mention, so that the person is an entity with the right mention count
// and later short names and pronouns find her. A one-word span counts only
// when it names someone known already ("Berg").
func (e *Extractor) namedPeople(s *nlp.Sentence, si int, covered map[int]bool) []string {
	var ids []string
	for i := 0; i < len(s.Tokens); i++ {
		if s.Tokens[i].NER != "B-PER" && s.Tokens[i].NER != "B-PERSON" {
			continue
		}
		lo, hi, _ := nerSpan(s, i)
		i = hi
		skip := false
		for k := lo; k <= hi; k++ {
			if covered[k] || !isCapital(s.Tokens[k].Text) && s.Tokens[k].XPOS != "HYPH" {
				skip = true
			}
		}
		if skip {
			continue
		}
		name := s.Text[s.Tokens[lo].Start-s.Start : s.Tokens[hi].End-s.Start]
		if n, _ := resolve.StripTitle(name); n != "" {
			name = n
		}
		name = resolve.StripModifiers(name)
		if len(strings.Fields(name)) < 2 && !e.reg.KnownName(name) || strings.HasPrefix(name, "The ") {
			continue
		}
		if ref, ok := e.reg.Resolve(resolve.Mention{Name: name, Type: fact.Person, Sentence: si}); ok {
			ids = append(ids, ref.ID)
		}
	}
	return ids
}
