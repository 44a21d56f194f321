package resolve

import (
	"fmt"
	"github.com/kgraph/kg/extract/nlp/wordshape"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kgraph/kg/fact"
)

// Mention is one reference to a possible entity, as the extractor saw it.
type Mention struct {
	// Name is the proper name as written ("President Lee", "U.S."), empty
	// for pronouns and descriptions.
	Name string
	// Type is the NER type (fact.Person, fact.Org, fact.GPE, fact.Loc) or "".
	Type string
	// Pronoun is the lower-cased pronoun when the mention is one ("he").
	Pronoun string
	// Role and Country describe a definite description: "the South Korean
	// president" has Role "president" and Country "South Korea".
	Role, Country string
	// Body is the kind noun of a definite description of an organisation
	// ("the airline", "the company", "the iPhone maker": "maker").
	Body string
	// Sentence is the index of the sentence in the document.
	Sentence int
	// At is 1 + the index of the mention's head word in its sentence, 0
	// when unknown: a pronoun's antecedent in the same sentence comes
	// before it ("He was nominated by President Ford" is not Ford).
	At int
	// Subject is set when the mention is a clause subject (pronouns prefer
	// subjects as antecedents).
	Subject bool
	// Gender is "m" or "f" when the mention says it ("King X", "Mrs X"),
	// else "".
	Gender string
	// Not is the ID of an entity a pronoun cannot stand for: its clause's
	// subject, for an object that is no reflexive ("Carter Cooper
	// predeceased her" is not about himself).
	Not string
}

// Ref is what a mention resolved to.
type Ref struct {
	ID, Name, Type string
}

type entity struct {
	fact.Entity
	aliasSet map[string]bool
	// mergeSet holds the reasons in Merges: each reason is kept once, so an
	// entity's explanation grows with the ways it was named, not with how
	// often it was mentioned (see merged).
	mergeSet map[string]bool
	roles    map[string]bool // "president|south-korea", "president|"
	// gender is "m" or "f" once a title or a gendered noun said so, "?"
	// when they disagreed, "" before. pronGender is what the pronouns
	// resolved to it said, in document pronDoc only: a pronoun resolved
	// wrongly must not mislead other documents.
	gender, pronGender string
	pronDoc            int
	// shortDoc says, for a short name's key, the last document that
	// called the entity so.
	shortDoc map[string]int
	lastDoc  int // ordinal of the last document that mentioned it
	firstDoc int // ordinal of the document that created it
	// docMentions counts the mentions in document mentionDoc (the current
	// one, if it equals Registry.doc): what the document's own record says.
	docMentions, mentionDoc int
}

// mention counts n mentions of e in the current document.
func (r *Registry) mention(e *entity, n int) {
	e.Mentions += n
	if e.mentionDoc != r.doc {
		e.mentionDoc, e.docMentions = r.doc, 0
	}
	e.docMentions += n
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// DocMentions returns how often the current document mentions the entity
// (Get's Mentions is the running total over the corpus).
func (r *Registry) DocMentions(id string) int {
	if e := r.byID[id]; e != nil && e.mentionDoc == r.doc {
		return e.docMentions
	}
	return 0
}

type recent struct {
	e        *entity
	sentence int
	subject  bool
	at       int // Mention.At
}

// Registry is the corpus-level set of entities. It is not safe for
// concurrent use: resolution runs sequentially, in document order, so the
// result does not depend on how many workers parsed the documents.
type Registry struct {
	byID   map[string]*entity
	byKey  map[string]*entity
	order  []*entity
	doc    int
	recent []recent // mentions of the current document, oldest first
	// roles of the current document stated anywhere in it, by role key.
	docRoles map[string][]string
	// pair is the last two entities of one kind named together in the
	// current document, and the sentence that named them.
	pairs map[string]pairNote // by entity type
	last  string              // type of the last pair noted
	// GivenName, when set, says whether a word is a given name: a bare
	// given name does not name a person of another document ("Francis",
	// the pope, is not Francis Rooney).
	GivenName func(string) bool
}

type pairNote struct {
	refs     []Ref
	sentence int
}

// New returns a registry that already knows the given entities (for
// example those in the store), so new documents resolve against them.
func New(known []fact.Entity) *Registry {
	r := &Registry{byID: map[string]*entity{}, byKey: map[string]*entity{}}
	for _, k := range known {
		e := r.add(k.Name, k.Type, "")
		e.Mentions = k.Mentions
		for _, m := range k.Merges {
			e.merged(m)
		}
		for _, a := range k.Aliases {
			r.alias(e, a)
		}
		if k.ID != "" && k.ID != e.ID {
			r.byID[k.ID] = e
		}
	}
	return r
}

// StartDoc begins a new document: pronouns and descriptions resolve only
// within it; names resolve across the corpus.
func (r *Registry) StartDoc() {
	r.doc++
	r.recent = r.recent[:0]
	r.docRoles = map[string][]string{}
	r.pairs = map[string]pairNote{}
	r.last = ""
}

// Canonical returns the listed canonical name of an alias ("US" → "United
// States"), or the name itself.
func Canonical(name string) string {
	if i, ok := tableKey[Key(name)]; ok {
		return aliasTable[i].name
	}
	return name
}

// DocRole records, ahead of resolution, that the person a name mention
// refers to holds a role of a place somewhere in the current document.
func (r *Registry) DocRole(m Mention, role, place string) {
	k := strings.ToLower(role) + "|" + Key(place)
	r.docRoles[k] = append(r.docRoles[k], m.Name)
}

// Key normalises a name for matching: case, punctuation, spaces and a
// leading "the" do not count ("U.S." = "US", "G-7" = "G7").
func Key(name string) string {
	s := strings.ToLower(strings.TrimSpace(name))
	s = strings.TrimPrefix(s, "the ")
	// "Apple Inc." and "Apple" are one company.
	for _, suf := range corporateSuffixes {
		if t := strings.TrimRight(strings.TrimSuffix(s, suf), " ,"); t != s && t != "" {
			s = t
			break
		}
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if f, ok := foldLatin[r]; ok {
				b.WriteString(f)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// corporateSuffixes end companies' names without telling them apart.
var corporateSuffixes = []string{" inc.", " inc", " corp.", " ltd.", " ltd", " plc", " llc", " gmbh", " ag", " s.a.", " n.v."}

// foldLatin maps accented Latin letters to plain ones, so that a name
// written with and without its diacritics ("Brudziński", "Brudzinski") is
// one key.
var foldLatin = func() map[rune]string {
	m := map[rune]string{}
	for _, g := range []struct{ to, from string }{
		{"a", "àáâãäåāăą"}, {"c", "çćĉċč"}, {"d", "ďđ"}, {"e", "èéêëēĕėęě"}, {"g", "ĝğġģ"},
		{"h", "ĥħ"}, {"i", "ìíîïĩīĭįı"}, {"j", "ĵ"}, {"k", "ķ"}, {"l", "ĺļľŀł"}, {"n", "ñńņňŉ"},
		{"o", "òóôõöøōŏő"}, {"r", "ŕŗř"}, {"s", "śŝşšș"}, {"t", "ţťŧț"}, {"u", "ùúûüũūŭůűų"},
		{"w", "ŵ"}, {"y", "ýÿŷ"}, {"z", "źżž"}, {"ss", "ß"}, {"ae", "æ"}, {"oe", "œ"},
	} {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	return m
}()

var tableKey map[string]int // alias key → index in aliasTable

func init() {
	tableKey = map[string]int{}
	for i, a := range aliasTable {
		tableKey[Key(a.name)] = i
		for _, s := range a.aliases {
			tableKey[Key(s)] = i
		}
	}
}

// namedAfter are the last words of places and institutions named after a
// titled person: their title is part of the name.
var namedAfter = map[string]bool{
	"market": true, "street": true, "road": true, "avenue": true, "square": true, "bridge": true,
	"park": true, "hospital": true, "university": true, "college": true, "school": true,
	"airport": true, "station": true, "hall": true, "centre": true, "center": true, "museum": true,
	"building": true, "stadium": true, "hotel": true, "church": true, "cathedral": true, "tower": true,
	"library": true, "prize": true, "award": true, "foundation": true, "institute": true, "memorial": true,
	"dam": true, "canal": true, "island": true, "land": true, "bay": true, "strait": true, "sea": true,
}

// NamedAfter says whether a name ends in a word of namedAfter.
func NamedAfter(name string) bool {
	w := strings.Fields(name)
	return len(w) > 0 && namedAfter[strings.ToLower(w[len(w)-1])]
}

// givenTitles are titles that are also given names: written before a
// single name word they are the given name ("Dean Kamen").
var givenTitles = map[string]bool{"dean": true}

// StripTitle removes leading titles, honorifics, demonyms and possessive
// countries from a person's name ("South Korean President Lee Jae-myung",
// "Japan's Prime Minister Fumio Kishida" → the name) and a trailing
// possessive. titled reports whether a title was removed, which makes the
// rest a person's name.
func StripTitle(name string) (stripped string, titled bool) {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	name = strings.ReplaceAll(strings.ReplaceAll(name, " 's ", "'s "), " ’s ", "’s ")
	if NamedAfter(name) {
		return name, false // "Queen Victoria Market", "King Abdullah University"
	}
	w := strings.Fields(name)
	i := 0
	for i < len(w)-1 {
		lw := strings.ToLower(w[i])
		switch {
		case i+2 < len(w) && demonyms[strings.ToLower(w[i]+" "+w[i+1])] != "":
			i += 2
		case titles[lw] && !(givenTitles[lw] && i == 0 && len(w) == 2 && w[0] != lw):
			// "Dean Kamen" is a name, "Dean John Smith" a dean.
			titled = true
			i++
		case nameModifiers[lw] && i+2 < len(w) && titles[strings.ToLower(w[i+1])]:
			// "Republican Representative Francis Rooney", "Only President
			// X": a party or a word of the sentence before a title.
			i++
		case demonyms[lw] != "":
			i++
		case (strings.HasSuffix(w[i], "'s") || strings.HasSuffix(w[i], "’s")) && IsPlace(strings.TrimSuffix(strings.TrimSuffix(w[i], "'s"), "’s")):
			i++
		default:
			return stripInnerTitle(w, i, titled)
		}
	}
	return strings.Join(w[i:], " "), titled
}

// stripInnerTitle handles a title after words that are not titles
// themselves ("Environment Minister John Baird", "Home Secretary Suella
// Braverman", "Roman Catholic Bishop Emeritus X"): when a title word is
// followed only by capitalised words, at least two, those are the name.
func stripInnerTitle(w []string, i int, titled bool) (string, bool) {
	for j := len(w) - 3; j >= i; j-- {
		if !titles[strings.ToLower(w[j])] {
			continue
		}
		rest := w[j+1:]
		ok := true
		for _, x := range rest {
			if x == "" || x[0] < 'A' || x[0] > 'Z' || titles[strings.ToLower(x)] {
				ok = false
			}
		}
		if ok {
			return strings.Join(rest, " "), true
		}
		break
	}
	return strings.Join(w[i:], " "), titled
}

// nameModifiers are words that precede a person's name without being
// part of it (parties, "incumbent", "only").
var nameModifiers = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "labour": true, "conservative": true,
	"liberal": true, "socialist": true, "incumbent": true, "only": true, "then": true,
}

// StripModifiers removes from a person's name the words that precede it
// without being part of it: "Republican Kevin McCarthy" → "Kevin
// McCarthy", "DAB's Starry Lee" → "Starry Lee". At least two words stay.
func StripModifiers(name string) string {
	w := strings.Fields(name)
	i := 0
	// A party word, or an organisation's acronym run into the name
	// ("NASA Bill Ingalls" in a photo credit).
	for i+2 < len(w) && (nameModifiers[strings.ToLower(w[i])] || len(w[i]) >= 2 && strings.ToUpper(w[i]) == w[i] && !strings.Contains(w[i], ".") ||
		strings.HasSuffix(w[i], "'s") || strings.HasSuffix(w[i], "’s")) {
		i++
	}
	return strings.Join(w[i:], " ")
}

// Demonym returns the place a nationality adjective names ("Japanese" →
// "Japan"), or "".
func Demonym(adj string) string { return demonyms[strings.ToLower(strings.TrimSpace(adj))] }

// IsTitle reports whether a word is a title that may precede a name.
func IsTitle(w string) bool { return titles[strings.ToLower(w)] }

func hasNameChar(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) || (r > 127 && unicode.IsLetter(r)) })
}

// Resolve finds or creates the entity a mention names. Pronouns and
// descriptions that match nothing, and names that are not names, return
// ok == false.
func (r *Registry) Resolve(m Mention) (Ref, bool) {
	var e *entity
	switch {
	case m.Pronoun != "":
		e = r.pronoun(m)
	case m.Name == "" && m.Role != "":
		e = r.description(m)
	case m.Name == "" && m.Body != "":
		e = r.body(m)
	case m.Name != "":
		e = r.name(m)
	}
	if e == nil {
		return Ref{}, false
	}
	if e.Type == fact.Person {
		e.gender = mergeGender(e.gender, m.Gender)
		if g := pronounGender[strings.ToLower(m.Pronoun)]; g != "" {
			if e.pronDoc != r.doc {
				e.pronDoc, e.pronGender = r.doc, ""
			}
			e.pronGender = mergeGender(e.pronGender, g)
		}
	}
	r.mention(e, 1)
	e.lastDoc = r.doc
	r.recent = append(r.recent, recent{e, m.Sentence, m.Subject, m.At})
	return Ref{e.ID, e.Name, e.Type}, true
}

func (r *Registry) name(m Mention) *entity {
	name := strings.Join(strings.Fields(m.Name), " ")
	if storm(name) {
		m.Type = "" // "Hurricane Dorian" is named like a person, and is none
	}
	if m.Type == fact.Person || m.Type == "" {
		if n, titled := StripTitle(name); titled || n != name && m.Type == fact.Person {
			name = n
			m.Type = fact.Person
		}
	}
	if !hasNameChar(name) {
		return nil
	}
	k := Key(name)
	if k == "" {
		return nil
	}
	// A one-word name of a person named in full earlier in this document
	// is that person, whatever type the tagger guessed ("Yoon" tagged LOC).
	if len(strings.Fields(name)) == 1 && !IsPlace(name) {
		if e := r.shortName(name, ""); e != nil && e.lastDoc == r.doc {
			return e
		}
		// A title alone ("the Tunisian Prime Minister" → "Minister") names
		// no one: as an entity it joined every prime minister of the
		// corpus. Descriptions resolve by role (see description).
		if IsTitle(name) && (m.Type == fact.Person || m.Type == "") {
			return nil
		}
	}
	if e := r.byKey[k]; e != nil && !r.otherGivenName(e, name) {
		if !compatible(e.Type, m.Type) {
			// Same words, different kind of thing ("Jordan" the person and
			// the country): keep apart under a typed key.
			tk := k + "#" + m.Type
			if e2 := r.byKey[tk]; e2 != nil {
				return r.seen(e2, name)
			}
			e2 := r.add(name, m.Type, "")
			r.byKey[tk] = e2
			return e2
		}
		if e.Type == "" && m.Type != "" && (len(strings.Fields(e.Name)) >= 2 || len(strings.Fields(name)) >= 2) {
			// First met untyped, now named with a type: a full name
			// ("Park Won-soon"); one word ("Twitter") may be the tagger's
			// error.
			e.Type = m.Type
		}
		return r.seen(e, name)
	}
	if i, ok := tableKey[k]; ok {
		a := aliasTable[i]
		e := r.byKey[Key(a.name)]
		if e == nil {
			e = r.add(a.name, a.typ, "")
		}
		if name != e.Name {
			r.alias(e, name)
			e.merged(fmt.Sprintf("%q is a listed alias of %s", name, e.Name))
		}
		for _, s := range a.aliases {
			r.byKey[Key(s)] = e
		}
		return e
	}
	if e := r.shortName(name, m.Type); e != nil {
		return e
	}
	if e := r.acronym(name, m.Type); e != nil {
		return e
	}
	if e := r.knownTail(name, m.Type); e != nil {
		return e
	}
	return r.add(name, m.Type, "")
}

// otherGivenName says whether one-word name, a given name, reached entity
// e only as the short name another document gave it: "Gloria" of one
// story's "Gloria La Riva ... Gloria" is not the child Gloria of the next.
// A surname keeps its alias across documents ("Trump").
func (r *Registry) otherGivenName(e *entity, name string) bool {
	ew := strings.Fields(e.Name)
	if len(ew) < 2 || e.lastDoc == r.doc || strings.Contains(name, " ") || r.GivenName == nil || !r.GivenName(name) {
		return false
	}
	k := Key(name)
	return Key(ew[0]) == k && Key(ew[len(ew)-1]) != k
}

// storm says whether a name is that of a storm: the recogniser calls
// "Hurricane Dorian" and "Typhoon Haiyan" people.
func storm(name string) bool {
	for _, p := range []string{"Hurricane ", "Typhoon ", "Super Typhoon ", "Cyclone ", "Tropical Storm ", "Tropical Depression ", "Storm "} {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			return true
		}
	}
	return false
}

// namedLikePerson says whether an entity's name works as a person's does
// (short names, words before it): a person's or a storm's ("Dorian" is
// Hurricane Dorian).
func (e *entity) namedLikePerson() bool { return e.Type == fact.Person || storm(e.Name) }

// knownTail finds a person named by the last words of a longer run of
// capitalised words: "Vermont Bernie Sanders", "United States Donald Trump"
// (a place or title the parser ran into the name) are the person already
// known as "Bernie Sanders", "Donald Trump".
func (r *Registry) knownTail(name, typ string) *entity {
	if typ != fact.Person && typ != "" && typ != fact.Org && typ != fact.Loc && typ != fact.GPE {
		return nil
	}
	w := strings.Fields(name)
	for i := 1; i+2 <= len(w); i++ {
		if surnameParticles[strings.ToLower(w[i])] {
			break // "Alex Van Halen" is not "Van Halen" with a word before it
		}
		tail := strings.Join(w[i:], " ")
		if e := r.byKey[Key(tail)]; e != nil && e.namedLikePerson() && Key(e.Name) == Key(tail) {
			r.alias(e, name)
			e.merged(fmt.Sprintf("%q ends with the name of %s; the words before it are not part of the name", name, e.Name))
			return e
		}
	}
	return nil
}

// innerName says whether k is the key of an inner word of a long name
// that is written before a particle ("Lula" of "Luiz Inacio Lula da
// Silva"): the name such a person goes by. Only within one document.
func innerName(words []string, k string) bool {
	for i := 1; i+1 < len(words); i++ {
		if Key(words[i]) == k && wordshape.NameParticle(words[i+1]) {
			return true
		}
	}
	return false
}

// surnameParticles begin surnames of two words or more ("Van Halen", "De
// La Fuente"): a capitalised word before one is a given name.
var surnameParticles = map[string]bool{"van": true, "von": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "du": true, "la": true, "le": true, "al": true, "el": true, "bin": true,
	"ibn": true, "mac": true, "ter": true, "ten": true, "dos": true, "das": true}

// KnownName reports whether a word already names an entity of the current
// document or corpus — a surname of a person named in full in this
// document, or a known name — so that a capitalised word the tagger took
// for a common noun ("Sanders") still resolves.
func (r *Registry) KnownName(name string) bool {
	if _, ok := r.Lookup(name); ok {
		return true
	}
	return r.KnownSurname(name)
}

// KnownSurname reports whether one word is the surname of a person the
// current document named in full ("Day" after "Doris Day").
func (r *Registry) KnownSurname(name string) bool {
	k := Key(name)
	if len(strings.Fields(name)) != 1 || k == "" {
		return false
	}
	for _, e := range r.order {
		ew := strings.Fields(e.Name)
		if e.Type == fact.Person && e.lastDoc == r.doc && len(ew) >= 2 && Key(ew[len(ew)-1]) == k {
			return true
		}
	}
	return false
}

// seen records an alias spelling of an existing entity.
func (r *Registry) seen(e *entity, name string) *entity {
	if name != e.Name && !e.aliasSet[name] {
		r.alias(e, name)
		e.merged(fmt.Sprintf("%q is %s written differently (same letters and digits)", name, e.Name))
	}
	return e
}

func compatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	place := func(t string) bool { return t == fact.GPE || t == fact.Loc }
	return place(a) && place(b)
}

// shortName joins a one-word name to a person already known by a longer
// name that begins or ends with it ("Lee" → "Lee Jae-myung"). Candidates
// mentioned in the current document win; among several equally recent
// candidates none is chosen, so two people with one surname stay apart.
func (r *Registry) shortName(name, typ string) *entity {
	if typ != fact.Person && typ != "" {
		return nil
	}
	w := strings.Fields(name)
	if len(w) != 1 || len(name) >= 2 && strings.ToUpper(name) == name {
		return nil // "NASA" is no one's short name
	}
	k := Key(name)
	var inDoc, other []*entity
	for _, e := range r.order {
		if !e.namedLikePerson() {
			continue
		}
		ew := strings.Fields(e.Name)
		if len(ew) < 2 || (Key(ew[0]) != k && Key(ew[len(ew)-1]) != k && !(e.lastDoc == r.doc && innerName(ew, k))) {
			continue
		}
		if e.lastDoc == r.doc {
			inDoc = append(inDoc, e)
		} else if Key(ew[len(ew)-1]) == k || r.GivenName == nil || !r.GivenName(name) {
			other = append(other, e)
		}
	}
	pick := func(c []*entity, where string) *entity {
		if len(c) != 1 {
			return nil
		}
		e := c[0]
		e.shortDoc[k] = r.doc
		r.alias(e, name)
		e.merged(fmt.Sprintf("%q is the short name of %s (%s)", name, e.Name, where))
		r.byKey[k] = e
		return e
	}
	if len(inDoc) > 0 {
		// Several people with that name in this document: the one the
		// document already calls so (news keeps a bare surname for one
		// person and names the other in full: "Mendez" and "his wife Jonna
		// Mendez"), else the most mentioned one, else the most recent.
		if len(inDoc) > 1 {
			var called []*entity
			for _, c := range inDoc {
				if c.shortDoc[k] == r.doc {
					called = append(called, c)
				}
			}
			if len(called) == 1 {
				c := called[0]
				c.merged(fmt.Sprintf("%q is the short name of %s (the one of %d people with that name the document already called so)", name, c.Name, len(inDoc)))
				c.shortDoc[k] = r.doc
				return c
			}
			// Else the one the document has mentioned most so far: news
			// keeps naming its main person ("President Donald Trump ...,
			// his wife Melania Trump ..., Trump said" is the president);
			// among equals the most recently mentioned.
			most := 0
			for _, c := range inDoc {
				most = max(most, r.DocMentions(c.ID))
			}
			for i := len(r.recent) - 1; i >= 0; i-- {
				for _, c := range inDoc {
					if r.recent[i].e == c && r.DocMentions(c.ID) == most {
						c.shortDoc[k] = r.doc
						c.merged(fmt.Sprintf("%q is the short name of %s (the most mentioned, then the most recently mentioned, of %d people with that name in the document)", name, c.Name, len(inDoc)))
						return c
					}
				}
			}
		}
		return pick(inDoc, "same document")
	}
	return pick(other, "the only person known by that name")
}

// acronym joins "IAEA" and "International Atomic Energy Agency".
func (r *Registry) acronym(name, typ string) *entity {
	if typ == fact.Person {
		return nil
	}
	isAcr := len(name) >= 2 && len(name) <= 8 && strings.ToUpper(name) == name && !strings.Contains(name, " ")
	for _, e := range r.order {
		// A place and an organisation are never one: "D.C." is not
		// "Disease Control".
		if e.Type == fact.Person || !compatible(e.Type, typ) {
			continue
		}
		var long, short string
		if isAcr {
			long, short = e.Name, name
		} else {
			long, short = name, e.Name
			if len(short) > 8 || strings.ToUpper(short) != short {
				continue
			}
		}
		if IsPlace(short) || IsPlace(long) {
			continue // listed places have their own aliases
		}
		// Two letters name too many things to join across documents:
		// "Davao City" is "D.C." only where the document says so.
		if a := Acronym(long); len(a) >= 2 && a == Key(short) && (len(a) >= 3 || e.lastDoc == r.doc) {
			r.alias(e, name)
			e.merged(fmt.Sprintf("%q and %q: one is the acronym of the other", short, long))
			r.byKey[Key(name)] = e
			return e
		}
	}
	return nil
}

// Acronym returns the lower-case initials of a name's significant words,
// or "" for a name that holds an acronym itself ("ABS-CBN Corporation" is
// not "ACC").
func Acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&", "de", "la",
			// legal forms no acronym spells: "Amazon.com Inc" is not "AI"
			"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "gmbh":
			continue
		}
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return ""
		}
		rs := []rune(w)
		if unicode.IsUpper(rs[0]) {
			b.WriteRune(unicode.ToLower(rs[0]))
		}
	}
	return b.String()
}

func (r *Registry) add(name, typ, reason string) *entity {
	id := fact.EntityID(name)
	if e := r.byID[id]; e != nil {
		return e
	}
	e := &entity{Entity: fact.Entity{ID: id, Name: name, Type: typ}, aliasSet: map[string]bool{}, mergeSet: map[string]bool{}, roles: map[string]bool{}, shortDoc: map[string]int{}, firstDoc: r.doc}
	if reason != "" {
		e.merged(reason)
	}
	r.byID[id] = e
	r.byKey[Key(name)] = e
	r.order = append(r.order, e)
	return e
}

func (r *Registry) alias(e *entity, a string) {
	if a == e.Name || e.aliasSet[a] {
		return
	}
	e.aliasSet[a] = true
	e.Aliases = append(e.Aliases, a)
	if k := Key(a); k != "" && r.byKey[k] == nil {
		r.byKey[k] = e
	}
}

// AddRole records that an entity holds a role, optionally of a place
// ("president" of "South Korea"), so that "the South Korean president" and
// "the president" resolve to it later in the document.
func (r *Registry) AddRole(id, role, place string) {
	e := r.byID[id]
	if e == nil || role == "" {
		return
	}
	role = strings.ToLower(role)
	e.roles[role+"|"+Key(place)] = true
	e.roles[role+"|"] = true
}

func (r *Registry) description(m Mention) *entity {
	want := strings.ToLower(m.Role) + "|" + Key(m.Country)
	for i := len(r.recent) - 1; i >= 0; i-- {
		if r.recent[i].e.roles[want] {
			e := r.recent[i].e
			e.merged(fmt.Sprintf("%q refers to %s, who was named %s earlier in the document", describe(m), e.Name, strings.TrimSuffix(want, "|")))
			return e
		}
	}
	// The document names the holder of this role elsewhere, once.
	if names := r.docRoles[want]; len(names) > 0 && m.Country != "" {
		distinct := map[string]bool{}
		for _, n := range names {
			distinct[n] = true
		}
		if len(distinct) == 1 {
			e := r.name(Mention{Name: names[0], Type: fact.Person})
			if e != nil {
				e.merged(fmt.Sprintf("%q refers to %s, the only %s the document names", describe(m), e.Name, strings.Replace(want, "|", " of ", 1)))
				return e
			}
		}
	}
	return nil
}

func describe(m Mention) string {
	if m.Country != "" {
		return "the " + m.Country + " " + m.Role
	}
	return "the " + m.Role
}

var personPronouns = map[string]bool{"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true, "herself": true}

var pronounGender = map[string]string{"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}

// genderedNouns are titles and nouns that say whether a person is a man or
// a woman: "King X", "X, his wife".
var genderedNouns = map[string]string{
	"mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m", "duke": "m", "emperor": "m",
	"baron": "m", "count": "m", "father": "m", "brother": "m", "son": "m", "husband": "m", "widower": "m",
	"uncle": "m", "nephew": "m", "grandfather": "m", "boy": "m", "man": "m", "businessman": "m",
	"chairman": "m", "spokesman": "m", "congressman": "m", "monk": "m", "fr.": "m", "sheikh": "m",
	"mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f",
	"queen": "f", "princess": "f", "lady": "f", "duchess": "f", "empress": "f", "baroness": "f",
	"countess": "f", "mother": "f", "sister": "f", "daughter": "f", "wife": "f", "widow": "f", "aunt": "f",
	"niece": "f", "grandmother": "f", "girl": "f", "woman": "f", "businesswoman": "f", "chairwoman": "f",
	"spokeswoman": "f", "congresswoman": "f", "actress": "f", "nun": "f",
}

// Gender returns "m" or "f" when a title or noun says whether a person is
// a man or a woman ("King", "Mrs.", "wife"), else "".
func Gender(word string) string { return genderedNouns[strings.ToLower(word)] }

// mergeGender adds evidence g to what is known (old): evidence that
// disagrees makes it unknown ("?") for good.
func mergeGender(old, g string) string {
	switch {
	case g == "" || old == g || old == "?":
		return old
	case old == "":
		return g
	}
	return "?"
}

// genderOf is "m" or "f" when titles and nouns, or else this document's
// pronouns, agree on it; "" when unknown.
func (r *Registry) genderOf(e *entity) string {
	g := e.gender
	if g == "" && e.pronDoc == r.doc {
		g = e.pronGender
	}
	if g == "?" {
		return ""
	}
	return g
}

// KnownGender says whether the person a gendered pronoun m ("his",
// "her") stands for is known, before this mention, to be of its gender:
// a title owned by "his" is no fact about a person of unknown gender. It
// records nothing.
func (r *Registry) KnownGender(m Mention) bool {
	want := pronounGender[strings.ToLower(m.Pronoun)]
	if want == "" {
		return false
	}
	e, _ := r.pronounTarget(m)
	return e != nil && r.genderOf(e) == want
}

// NoteGender records that a person is a man ("m") or a woman ("f"), as a
// title or description of the person says ("King X", "X, his wife").
func (r *Registry) NoteGender(id, g string) {
	if e := r.byID[id]; e != nil && e.Type == fact.Person {
		e.gender = mergeGender(e.gender, g)
	}
}

// itSubject resolves "it" as a subject to the organisation that was the
// subject just before it, earlier in the sentence or in the one before
// ("NASA interrupted its coverage ... It also credited Leonov"): news goes
// on about a body with "it". Any other entity in between (a thing "it"
// may stand for) and "it" is left alone.
func (r *Registry) itSubject(m Mention) *entity {
	for i := len(r.recent) - 1; i >= 0; i-- {
		c := r.recent[i]
		if c.sentence == m.Sentence && m.At > 0 && c.at > m.At {
			continue
		}
		if m.Sentence-c.sentence > 1 {
			return nil
		}
		if !c.subject {
			continue
		}
		if c.e.Type != fact.Org {
			return nil
		}
		c.e.merged(fmt.Sprintf("%q refers to %s, the organisation that was the subject just before it", m.Pronoun, c.e.Name))
		return c.e
	}
	return nil
}

// body resolves a definite description of an organisation ("the
// airline", "the company said") to the subject of the last two sentences
// when that is an organisation it fits: one whose name holds the kind noun
// ("Turkish Airlines" for "the airline"), or any, for a general noun
// (company, firm, carrier, ...).
func (r *Registry) body(m Mention) *entity {
	noun := strings.TrimSuffix(strings.ToLower(m.Body), "s")
	for i := len(r.recent) - 1; i >= 0; i-- {
		c := r.recent[i]
		if c.sentence == m.Sentence && m.At > 0 && c.at > m.At || !c.subject {
			continue
		}
		if m.Sentence-c.sentence > 2 {
			return nil
		}
		// The latest subject, only when it is an organisation that fits:
		// "telling Wikinews the company extends its condolences" is the
		// company that was the subject just before, not an older one.
		if c.e.Type != fact.Org || !bodyKinds[noun] && !strings.Contains(strings.ToLower(c.e.Name), noun) {
			return nil
		}
		c.e.merged(fmt.Sprintf("%q refers to %s, the organisation that was the subject just before it", "the "+m.Body, c.e.Name))
		return c.e
	}
	return nil
}

// bodyKinds are the kind nouns news uses for an organisation it has
// named: true for a noun any organisation may be called (company, firm,
// carrier, ...), false for one only an organisation whose name holds it
// is ("the airline": Turkish Airlines).
var bodyKinds = map[string]bool{"company": true, "firm": true, "carrier": true, "maker": true,
	"automaker": true, "carmaker": true, "planemaker": true, "chipmaker": true, "retailer": true, "lender": true,
	"insurer": true, "manufacturer": true, "conglomerate": true, "startup": true, "giant": true,
	"corporation": true, "broadcaster": true, "publisher": true, "airline": false, "bank": false, "club": false}

// BodyKind says whether lower-case noun is a kind noun of an
// organisation ("the airline", "the company"): what Mention.Body holds.
func BodyKind(noun string) bool {
	_, ok := bodyKinds[noun]
	return ok
}

// pronoun resolves "he"/"she" to the closest person of the last two
// sentences, preferring a subject (failing one, to the only person of the
// five before when the document's first sentences name that person), and "it" as a subject to the
// organisation just before it (itSubject); other pronouns are left alone
// because their antecedent is too often not an entity.
func (r *Registry) pronoun(m Mention) *entity {
	e, why := r.pronounTarget(m)
	if e != nil && why != "" {
		e.merged(why)
	}
	return e
}

// pronounTarget is pronoun without its record: the entity and the reason
// to note for it.
func (r *Registry) pronounTarget(m Mention) (*entity, string) {
	p := strings.ToLower(m.Pronoun)
	if p == "it" && m.Subject {
		return r.itSubject(m), ""
	}
	if !personPronouns[p] {
		return nil, ""
	}
	want := pronounGender[p]
	var best *entity
	for i := len(r.recent) - 1; i >= 0; i-- {
		c := r.recent[i]
		if m.Sentence-c.sentence > 2 {
			break
		}
		if c.e.Type != fact.Person || c.sentence == m.Sentence && m.At > 0 && c.at > m.At || c.e.ID == m.Not {
			continue
		}
		if g := r.genderOf(c.e); g != "" && g != want {
			continue // "she" is not the king named just before
		}
		if c.subject {
			best = c.e
			break
		}
		if best == nil {
			best = c.e
		}
	}
	if best != nil {
		return best, fmt.Sprintf("%q refers to %s, the closest person mentioned before it", p, best.Name)
	}
	// None in the last two sentences: a profile goes on about its one
	// person after sentences about other things ("Imus' syndicated radio
	// show ... aired ...; The show was simulcast ...; He was once named
	// ..."). Only when one person was mentioned in the five sentences
	// before it, known to be of the pronoun's gender,
	for i := len(r.recent) - 1; i >= 0; i-- {
		c := r.recent[i]
		if m.Sentence-c.sentence > 5 {
			break
		}
		if c.e.Type != fact.Person || c.sentence == m.Sentence || r.genderOf(c.e) != want || c.e.ID == m.Not {
			continue
		}
		if best != nil && best != c.e {
			return nil, ""
		}
		best = c.e
	}
	// And only the person the document is about, named in its headline
	// or first sentence: in a long interview "she" goes on about whoever
	// was asked about last.
	// Long documents (interviews, transcripts) are left out, and so is a
	// pronoun after the sentence's first word, which may stand for a
	// person its sentence names by a common noun ("The attacker ...
	// claimed he was wrongfully imprisoned").
	if best == nil || m.Sentence > 40 || m.At > 1 || !slices.ContainsFunc(r.recent, func(c recent) bool { return c.e == best && c.sentence <= 1 }) {
		return nil, ""
	}
	return best, fmt.Sprintf("%q refers to %s, whom the document is about, the only person mentioned in the sentences before it", p, best.Name)
}

// merged records a reason for a merge into e, once: a reason met again
// (every later "Trump" of a document is the short name of Donald Trump for
// the same reason) adds nothing. Before, every mention appended its reason,
// so an entity's Merges, and every document's record of it, grew with the
// number of mentions in the whole corpus; the store and the explanations
// (kg explain) always showed each reason once.
func (e *entity) merged(reason string) {
	if e.mergeSet[reason] {
		return
	}
	e.mergeSet[reason] = true
	e.Merges = append(e.Merges, reason)
}

// Get returns the current state of one entity.
func (r *Registry) Get(id string) (fact.Entity, bool) {
	e := r.byID[id]
	if e == nil {
		return fact.Entity{}, false
	}
	return snapshot(e), true
}

func snapshot(e *entity) fact.Entity {
	out := e.Entity
	out.Aliases = append([]string(nil), e.Aliases...)
	sort.Strings(out.Aliases)
	out.Merges = append([]string(nil), e.Merges...)
	return out
}

// Entities returns every entity, sorted by ID.
func (r *Registry) Entities() []fact.Entity {
	out := make([]fact.Entity, 0, len(r.order))
	for _, e := range r.order {
		out = append(out, snapshot(e))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

var placeKeys map[string]bool

func init() {
	placeKeys = map[string]bool{}
	for _, c := range demonyms {
		placeKeys[Key(c)] = true
	}
	for _, a := range aliasTable {
		if a.typ == fact.GPE {
			placeKeys[Key(a.name)] = true
			for _, s := range a.aliases {
				placeKeys[Key(s)] = true
			}
		}
	}
	for _, p := range subnational {
		placeKeys[Key(p)] = true
	}
}

// IsPlace reports whether a name is a country or other listed place, so a
// bare LOC tag or an untagged proper noun can be typed GPE.
func IsPlace(name string) bool { return placeKeys[Key(name)] }

// Phrase registers a subject that is a phrase rather than a name ("the
// summit"): it becomes an untyped entity matched only by its exact words.
func (r *Registry) Phrase(text string) Ref {
	k := "phrase:" + strings.ToLower(strings.Join(strings.Fields(text), " "))
	e := r.byKey[k]
	if e == nil {
		nk := Key(text)
		before, had := r.byKey[nk]
		e = r.add(text, "", "")
		// A phrase is found only by its exact words, never by a name.
		if had {
			r.byKey[nk] = before
		} else if r.byKey[nk] == e {
			delete(r.byKey, nk)
		}
		r.byKey[k] = e
	}
	r.mention(e, 1)
	e.lastDoc = r.doc
	return Ref{e.ID, e.Name, e.Type}
}

// Lookup finds the entity a name already stands for, without recording a
// mention.
func (r *Registry) Lookup(name string) (Ref, bool) {
	k := Key(name)
	e := r.byKey[k]
	if e == nil {
		if i, ok := tableKey[k]; ok {
			e = r.byKey[Key(aliasTable[i].name)]
		}
	}
	if e == nil {
		return Ref{}, false
	}
	return Ref{e.ID, e.Name, e.Type}, true
}

// NotePair records that a sentence of the current document names two
// entities of one kind together ("Japan and South Korea"), the antecedent
// of a later "both countries", "the two leaders" or "they".
func (r *Registry) NotePair(a, b Ref, sentence int) {
	if a.ID == "" || b.ID == "" || a.ID == b.ID {
		return
	}
	if r.pairs == nil {
		r.pairs = map[string]pairNote{}
	}
	r.pairs[a.Type] = pairNote{[]Ref{a, b}, sentence}
	r.last = a.Type
}

// PairAt says whether a pair was noted for sentence si.
func (r *Registry) PairAt(si int) bool {
	for _, p := range r.pairs {
		if p.sentence == si {
			return true
		}
	}
	return false
}

// pluralKinds maps the nouns of "both countries" / "the two leaders" to the
// entity types they can stand for.
var pluralKinds = map[string][]string{
	"countries": {fact.GPE}, "nations": {fact.GPE}, "neighbours": {fact.GPE}, "neighbors": {fact.GPE},
	"governments": {fact.GPE}, "sides": {fact.GPE, fact.Org, fact.Person},
	"leaders": {fact.Person}, "men": {fact.Person}, "women": {fact.Person}, "presidents": {fact.Person},
	"companies": {fact.Org}, "firms": {fact.Org}, "groups": {fact.Org}, "organisations": {fact.Org}, "organizations": {fact.Org},
}

// Plural resolves "both countries", "the two leaders" and a subject "they"
// to the pair of entities last named together, when that is unambiguous:
// the pair is recent (for "they", the same or the previous sentence) and of
// the kind the noun names.
func (r *Registry) Plural(text string, sentence int) ([]Ref, bool) {
	w := strings.Fields(strings.ToLower(text))
	var p pairNote
	switch {
	case len(w) == 1 && (w[0] == "they" || w[0] == "them"):
		p = r.pairs[r.last]
		if len(p.refs) != 2 || sentence-p.sentence > 1 {
			return nil, false
		}
	case pairPhrase(w):
		for _, t := range pluralKinds[w[len(w)-1]] {
			q := r.pairs[t]
			if t == fact.GPE && len(q.refs) == 0 {
				q = r.pairs[fact.Loc]
			}
			if len(q.refs) == 2 && sentence-q.sentence <= 5 && (len(p.refs) == 0 || q.sentence > p.sentence) {
				p = q
			}
		}
		if len(p.refs) != 2 {
			return nil, false
		}
	default:
		return nil, false
	}
	for _, ref := range p.refs {
		if e := r.byID[ref.ID]; e != nil {
			r.mention(e, 1)
			e.merged(fmt.Sprintf("%q includes %s, one of the two named together just before", strings.ToLower(text), e.Name))
		}
	}
	return append([]Ref(nil), p.refs...), true
}

// PairPhrase says whether text is "both countries", "the two leaders",
// "the two Asian neighbours" or such, which Plural resolves to a pair.
func PairPhrase(text string) bool { return pairPhrase(strings.Fields(strings.ToLower(text))) }

func pairPhrase(w []string) bool {
	// Up to two words between: "the two Asian neighbours", "both
	// European countries".
	switch {
	case len(w) >= 2 && len(w) <= 4 && w[0] == "both":
		return pluralKinds[w[len(w)-1]] != nil
	case len(w) >= 3 && len(w) <= 5 && w[0] == "the" && w[1] == "two":
		return pluralKinds[w[len(w)-1]] != nil
	}
	return false
}

// Listed reports whether a name is, letter for letter, a name or alias in
// the curated table, and returns its canonical name and type.
func Listed(name string) (canonical, typ string, ok bool) {
	i, found := tableKey[Key(name)]
	if !found {
		return "", "", false
	}
	a := aliasTable[i]
	if a.name == name {
		return a.name, a.typ, true
	}
	for _, s := range a.aliases {
		if s == name {
			return a.name, a.typ, true
		}
	}
	return "", "", false
}

// EndDoc merges, at the end of a document, a one-word name the document
// used before it named the person in full ("Lee said ..." then "Lee
// Jae-myung"): when exactly one person of the document has that word as
// first or last name, the short entity joins the person. It returns the
// IDs that changed, so the document's triples can be rewritten.
func (r *Registry) EndDoc() map[string]Ref {
	moved := map[string]Ref{}
	var keep []*entity
	for _, e := range r.order {
		if e.firstDoc != r.doc || len(strings.Fields(e.Name)) != 1 || (e.Type != fact.Person && e.Type != "" && e.Type != fact.Loc && e.Type != fact.Org) || IsPlace(e.Name) {
			keep = append(keep, e)
			continue
		}
		k := Key(e.Name)
		var cand []*entity
		for _, f := range r.order {
			fw := strings.Fields(f.Name)
			if f != e && f.Type == fact.Person && f.lastDoc == r.doc && len(fw) >= 2 && (Key(fw[0]) == k || Key(fw[len(fw)-1]) == k || innerName(fw, k)) {
				cand = append(cand, f)
			}
		}
		if len(cand) != 1 {
			keep = append(keep, e)
			continue
		}
		f := cand[0]
		r.alias(f, e.Name)
		for _, a := range e.Aliases {
			r.alias(f, a)
		}
		// e was first named in this document: its mentions are this
		// document's (and, before, any earlier ones it had).
		f.Mentions += e.Mentions - e.docMentions*btoi(e.mentionDoc == r.doc)
		r.mention(f, e.docMentions*btoi(e.mentionDoc == r.doc))
		f.merged(fmt.Sprintf("%q, used before the full name in the same document, is the short name of %s", e.Name, f.Name))
		r.byKey[k] = f
		for key, x := range r.byKey {
			if x == e {
				r.byKey[key] = f
			}
		}
		r.byID[e.ID] = f
		moved[e.ID] = Ref{f.ID, f.Name, f.Type}
	}
	r.order = keep
	return moved
}
