package clause

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/ner"
	"github.com/kgraph/kg/extract/nlp/wordshape"
	"github.com/kgraph/kg/extract/resolve"
)

// roleNouns are the nouns of titles that make a person's role worth a
// triple ("Prime Minister Fumio Kishida" → prime minister of Japan).
var roleNouns = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"prince": true, "princess": true, "emperor": true, "senator": true, "governor": true, "mayor": true,
	"secretary": true, "general": true, "pope": true, "chairman": true, "chairwoman": true, "ceo": true,
	"leader": true, "ambassador": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"director": true, "commander": true, "coach": true, "founder": true, "envoy": true, "monarch": true,
	"chief": true, "head": true, "lawmaker": true, "legislator": true, "dictator": true, "speaker": true,
	"commissioner": true, "nominee": true, "chairperson": true, "treasurer": true, "prosecutor": true,
	"sheriff": true, "councillor": true, "councilor": true, "congressman": true, "congresswoman": true,
	"representative": true, "superintendent": true, "executive": true, "president-elect": true,
	"secretary-general": true, "director-general": true, "attorney-general": true, "governor-general": true,
	"commander-in-chief": true, "prime-minister": true,
	"professor": true, "judge": true, "justice": true, "attorney": true, "magistrate": true, "detective": true,
	"inspector": true, "sergeant": true, "constable": true, "cardinal": true, "archbishop": true, "bishop": true,
	"captain": true, "astronaut": true, "coroner": true,
}

// occupations are what people do for a living: a role, but one held in a
// country rather than of it ("US professional wrestler Jon Huber" is a
// professional wrestler, not the United States' one); of an organisation
// it is ("NASA astronaut").
var occupations = map[string]bool{
	"wrestler": true, "analyst": true, "singer": true, "actor": true, "actress": true, "author": true, "writer": true,
	"journalist": true, "reporter": true, "photographer": true, "astronomer": true, "scientist": true, "researcher": true,
	"economist": true, "lawyer": true, "doctor": true, "nurse": true, "teacher": true, "engineer": true, "artist": true,
	"musician": true, "rapper": true, "comedian": true, "filmmaker": true, "producer": true, "designer": true,
	"architect": true, "athlete": true, "footballer": true, "boxer": true, "cyclist": true, "golfer": true,
	"businessman": true, "businesswoman": true, "entrepreneur": true, "activist": true, "politician": true,
	"poet": true, "novelist": true, "historian": true, "mathematician": true, "physicist": true, "chemist": true,
	"biologist": true, "psychologist": true, "epidemiologist": true, "virologist": true, "pilot": true,
	"firefighter": true, "priest": true, "pastor": true, "rabbi": true, "imam": true, "chef": true, "blogger": true,
	"podcaster": true, "broadcaster": true, "commentator": true, "columnist": true, "editor": true, "publisher": true,
	"adviser": true, "advisor": true, "consultant": true, "strategist": true, "diplomat": true, "cosmonaut": true,
	"lyricist": true, "songwriter": true, "guitarist": true, "drummer": true, "pianist": true, "composer": true,
	"candidate": true,
}

// IsOccupation says whether a lower-case word names an occupation.
func IsOccupation(w string) bool { return occupations[w] }

// IsRole says whether lower-case w is a role noun of a title ("chief",
// "president", "secretary-general").
func IsRole(w string) bool { return roleNouns[w] }

func init() {
	for w, ok := range occupations {
		if ok {
			roleNouns[w] = true
		}
	}
}

// nameHeads returns the heads of proper names: a PROPN that is not itself
// part of another name.
func (p *parse) isNameHead(h int) bool {
	t := p.tok(h)
	if t.UPOS != "PROPN" {
		return false
	}
	return !p.is(h, "flat", "compound", "nmod:desc", "fixed") || p.tok(t.Head).UPOS != "PROPN"
}

// name returns the tokens of the name headed by h: h and its flat parts.
func (p *parse) name(h int) Arg {
	toks := []int{h}
	for _, k := range p.kids[h] {
		if p.is(k, "flat") && k > h {
			toks = append(toks, k)
			toks = append(toks, p.subtree(k)[1:]...)
		}
	}
	// A name's hyphenated parts ("Jae-myung") hang off its last word.
	lo, hi := toks[0], toks[0]
	for _, t := range toks {
		if t < lo {
			lo = t
		}
		if t > hi {
			hi = t
		}
	}
	// The recogniser's span of the head widens a name the parser built of
	// compounds rather than flat words ("Carmel Valley", "Tamil Nadu",
	// "Windsor Locks": only the last word was the name).
	if ner := p.tok(h).NER; len(ner) > 2 && (ner[0] == 'B' || ner[0] == 'I') {
		typ := ner[2:]
		in := func(i int) bool { return p.tok(i).UPOS != "PUNCT" && p.tok(i).UPOS != "NUM" }
		for lo > 0 && p.tok(lo).NER == "I-"+typ && (p.tok(lo-1).NER == "B-"+typ || p.tok(lo-1).NER == "I-"+typ) && in(lo-1) {
			lo--
		}
		for hi+1 < len(p.s.Tokens) && p.tok(hi+1).NER == "I-"+typ && in(hi+1) {
			hi++
		}
	}
	// A capitalised modifier the recogniser left out, right before the
	// name and tagged as a name's word ("Southern California Edison"),
	// unless it is a title or a nation ("President", "British").
	for start := lo == h; start && lo > 0 && p.tok(lo-1).Head == h && p.is(lo-1, "amod", "compound") && p.tok(lo-1).XPOS == "NNP" &&
		(p.tok(h).NER == "" || p.tok(h).NER == "O" || p.tok(lo-1).NER == "O") && p.dep(lo-1, "case", "det") < 0 &&
		!resolve.IsTitle(p.lower(lo-1)) && resolve.Demonym(p.tok(lo-1).Text) == "" && !resolve.IsPlace(p.tok(lo-1).Text) && len(p.kids[lo-1]) == 0; {
		lo--
	}
	var out []int
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return Arg{Text: p.text(out), Tokens: out, Head: h}
}

// role reads a title phrase: the role ("prime minister") and the country
// it is of (a demonym, a place name or a possessive), with the token
// standing for the country.
func (p *parse) roleOf(toks []int, head int) (role string, country Arg, ok bool) {
	var words []string
	country = Arg{Head: -1}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		w := p.tok(t).Text
		if i+1 < len(toks) && toks[i+1] == t+1 {
			if c := resolve.Demonym(w + " " + p.tok(t+1).Text); c != "" {
				country = Arg{Text: p.text([]int{t, t + 1}), Tokens: []int{t, t + 1}, Head: t + 1, Name: c}
				i++
				continue
			}
			if two := w + " " + p.tok(t+1).Text; resolve.IsPlace(two) { // "United States", tagged ADJ PROPN
				country = Arg{Text: two, Tokens: []int{t, t + 1}, Head: t + 1}
				i++
				continue
			}
		}
		lw := strings.ToLower(w)
		if p.tok(t).UPOS == "ADJ" && p.capital(t) && i+1 < len(toks) && toks[i+1] == t+1 && p.tok(t+1).UPOS == "PROPN" && resolve.Demonym(w) == "" {
			// "New York City chef": "New" opens the place's name.
			if country.Head >= 0 && country.Tokens[len(country.Tokens)-1] == t-1 && country.Name == "" {
				country.Tokens = append(country.Tokens, t)
				country.Text = p.text(country.Tokens)
			} else {
				country = Arg{Text: w, Tokens: []int{t}, Head: t}
			}
			continue
		}
		switch {
		case courtWords[lw] && len(words) == 0 && i+1 < len(toks):
			words = append(words, lw) // "a United States District judge"
		case p.tok(t).UPOS == "DET" || lw == "'s" || lw == "’s" || p.tok(t).UPOS == "PUNCT":
		case resolve.Demonym(w) != "" && (p.tok(t).UPOS == "ADJ" || p.tok(t).UPOS == "PROPN" || w == "U.S." || w == "US"):
			country = Arg{Text: w, Tokens: []int{t}, Head: t, Name: resolve.Demonym(w)}
		case p.tok(t).UPOS == "PROPN" && !resolve.IsTitle(lw):
			if country.Head >= 0 && country.Tokens[len(country.Tokens)-1] == t-1 && country.Name == "" {
				country.Tokens = append(country.Tokens, t)
				country.Text = p.text(country.Tokens)
			} else {
				country = Arg{Text: w, Tokens: []int{t}, Head: t}
			}
		case resolve.IsTitle(lw) || roleNouns[lw] || p.tok(t).UPOS == "NOUN" || p.tok(t).UPOS == "ADJ":
			words = append(words, lw)
		default:
			return "", country, false
		}
	}
	if len(words) == 0 || !roleNouns[strings.TrimSuffix(words[len(words)-1], "s")] {
		return "", country, false
	}
	switch words[0] {
	case "former", "then", "acting":
		return "", country, false // a past role is not a current fact
	}
	return strings.Join(words, " "), country, true
}

// titles finds "Japanese Prime Minister Fumio Kishida", "US President
// Donald Trump", "Japan's Prime Minister ...": a title before a name says
// the person holds a role, of a country when one is named. It reads the
// words, not the tree, because parsers attach the parts of such long names
// in many ways.
func (p *parse) titles() []Extraction {
	var out []Extraction
	toks := p.s.Tokens
	capital := p.capital
	for lo := 0; lo < len(toks); {
		// A capitalised function word or time opening the sentence
		// ("When Representative X of Maryland announced ...", "This
		// Wednesday Greek Foreign Minister X") is no part of a role;
		// "Ex-Prime" is.
		acronym := len(toks[lo].Text) > 1 && strings.ToUpper(toks[lo].Text) == toks[lo].Text && toks[lo].Text != "I" // "WHO Director-General X"
		if !capital(lo) || (functionWord[toks[lo].UPOS] || timeWords[p.lower(lo)]) && !strings.ContainsAny(toks[lo].Text, "-\u2010\u2011") && !acronym {
			lo++
			continue
		}
		hi := lo + 1
		for hi < len(toks) {
			switch {
			case capital(hi) && toks[hi].UPOS != "VERB":
			case wordshape.NameParticle(toks[hi].Text) && hi+1 < len(toks) && capital(hi+1) && capital(hi-1):
				// "President Luiz Inacio Lula da Silva": a particle inside the name
			case wordshape.NameParticle(toks[hi].Text) && hi+2 < len(toks) && toks[hi+1].XPOS == "HYPH" && toks[hi+1].Start == toks[hi].End &&
				toks[hi+2].Start == toks[hi+1].End && capital(hi+2) && capital(hi-1):
				hi += 2 // "Abdel Fattah al-Sisi"
			case toks[hi].XPOS == "HYPH" && hi+1 < len(toks) && toks[hi+1].Start == toks[hi].End && toks[hi].Start == toks[hi-1].End:
				hi++ // "Jae-myung": the hyphen and the part after it
			case (toks[hi].Text == "'s" || toks[hi].Text == "’s") && (p.isPlaceWord(hi-1) || toks[hi-1].UPOS == "PROPN" && hi+1 < len(toks) && capital(hi+1)):
				// "Japan's Prime Minister X", "Labour's Home Secretary X"
			case p.connector(hi) && p.hasRole(lo, hi):
				// "Senator from Vermont X", "CEO of the Red Cross X",
				// "Senator X of Oregon"
				if p.lower(hi+1) == "the" {
					hi++
				}
			default:
				goto done
			}
			hi++
		}
	done:
		if x, ok := p.titleRun(lo, hi); ok {
			out = append(out, x)
		}
		lo = hi
	}
	return out
}

// functionWord holds the closed word classes, which no title begins with.
var functionWord = map[string]bool{
	"ADV": true, "SCONJ": true, "ADP": true, "DET": true, "PRON": true,
	"CCONJ": true, "PART": true, "AUX": true, "INTJ": true,
}

// placeHeads end the names of places: "San Bernardino County".
var placeHeads = map[string]bool{"county": true, "city": true, "province": true, "state": true, "district": true,
	"region": true, "island": true, "islands": true, "republic": true, "kingdom": true, "territory": true,
	"borough": true, "parish": true, "township": true, "village": true, "valley": true}

// placeArg says whether the recogniser calls an argument's words a place,
// or it is a common noun ("US sport columnist": a columnist of no sport).
func (p *parse) placeArg(a Arg) bool {
	for _, t := range a.Tokens {
		if ner := p.tok(t).NER; strings.HasSuffix(ner, "LOC") || strings.HasSuffix(ner, "GPE") || p.tok(t).UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// courtWords name the court or district a judge or attorney serves,
// part of the title: "U.S. District Judge", "Circuit Court Judge".
var courtWords = map[string]bool{"district": true, "circuit": true, "court": true, "supreme": true, "superior": true,
	"appeals": true, "appellate": true, "federal": true, "crown": true, "municipal": true, "magistrates": true}

// courtTitle says whether token i starts a run of court words ending in
// a role noun before hi ("District Judge", "Superior Court Judge").
func (p *parse) courtTitle(i, hi int) bool {
	k := i
	for k < hi && courtWords[p.lower(k)] {
		k++
	}
	return k > i && k < hi && roleNouns[p.lower(k)]
}

func isHyphenTok(w string) bool { return w == "-" || w == "\u2010" || w == "\u2011" }

func (p *parse) isPlaceWord(i int) bool {
	t := p.tok(i)
	return resolve.IsPlace(t.Text) || strings.HasSuffix(t.NER, "LOC") || strings.HasSuffix(t.NER, "GPE")
}

// connector reports whether token i is "of" or "from" (with "the") before
// a capitalised word, inside a title: "Senator from Vermont".
func (p *parse) connector(i int) bool {
	if l := p.lower(i); l != "of" && l != "from" {
		return false
	}
	j := i + 1
	if j < len(p.s.Tokens) && p.lower(j) == "the" {
		j++
	}
	if j >= len(p.s.Tokens) {
		return false
	}
	return p.capital(j)
}

// capital says whether token i starts with a capital letter.
func (p *parse) capital(i int) bool {
	w := p.tok(i).Text
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// hasRole reports whether tokens [lo, hi) hold a role noun ("Senator").
func (p *parse) hasRole(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if roleNouns[p.lower(k)] {
			return true
		}
	}
	return false
}

// departments are the words after "Secretary of" or "Minister of" that
// name a portfolio, not a country: "Secretary of State X".
var departments = map[string]bool{
	"state": true, "defense": true, "defence": true, "health": true, "education": true, "energy": true,
	"justice": true, "commerce": true, "labor": true, "labour": true, "transport": true,
	"transportation": true, "agriculture": true, "interior": true, "treasury": true, "finance": true,
	"war": true, "housing": true, "culture": true, "trade": true, "foreign affairs": true, "home affairs": true,
}

// hasConnector says whether the run lo..hi has a lower-case word ("Professor
// Carl Lipo of Binghamton University").
func (p *parse) hasConnector(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if t := p.tok(i).Text; t != "" && strings.ToLower(t) == t && t != "-" {
			return true
		}
	}
	return false
}

// bodyRoles are the roles a company's or institution's name comes before
// ("Google CEO", "Senate President"; not "Postmaster General", "Court
// Commissioner", which name offices).
var bodyRoles = map[string]bool{"ceo": true, "president": true, "chairman": true, "chairwoman": true, "chair": true,
	"founder": true, "co-founder": true, "cofounder": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"director": true, "cfo": true, "coo": true, "cto": true, "administrator": true, "owner": true, "boss": true,
	"secretary": true, "secretary-general": true, "director-general": true}

// portfolio are the words of a ministry or office that come before a role
// ("Home Secretary", "Environment Minister"), which name no body.
var portfolio = map[string]bool{"home": true, "foreign": true, "shadow": true, "environment": true, "health": true,
	"education": true, "defence": true, "defense": true, "finance": true, "treasury": true, "interior": true, "justice": true,
	"transport": true, "transportation": true, "trade": true, "labour": true, "labor": true, "energy": true, "agriculture": true,
	"culture": true, "commerce": true, "housing": true, "immigration": true, "security": true, "economy": true, "tourism": true,
	"sport": true, "sports": true, "science": true, "technology": true, "veterans": true, "state": true, "war": true,
	"public": true, "works": true, "water": true, "welfare": true, "employment": true, "industry": true, "development": true,
	"information": true, "planning": true, "budget": true, "cabinet": true, "majority": true, "minority": true,
	"opposition": true, "crown": true, "royal": true, "executive": true, "managing": true, "operating": true, "financial": true,
	"district": true, "county": true, "deputy": true, "assistant": true, "associate": true, "press": true, "general": true,
	"permanent": true, "principal": true, "private": true, "cabinet-level": true, "first": true}

// companyRole says whether w, one capitalised word before a lowercase
// role, is the body the role is of because the role is a company's or
// institution's ("Airbus chief executive X", "Tesla founder X").
func companyRole(w nlp.Token, role []string) bool {
	last := role[len(role)-1]
	return w.UPOS == "PROPN" && w.XPOS == "NNP" && !portfolio[strings.ToLower(w.Text)] && !strings.HasSuffix(w.NER, "PER") &&
		(bodyRoles[last] || last == "executive" || last == "officer")
}

// bodyBefore returns the end of a run of up to three names from word i
// (before hi) that comes right before a role a body has ("Google CEO",
// "United Nations Secretary-General"), or -1: words of no person, no
// portfolio ("Home Secretary") and no role themselves.
func (p *parse) bodyBefore(i, hi int) int {
	for j := i; j < hi-1 && j < i+3; j++ {
		t := p.tok(j)
		if !p.capital(j) || t.XPOS != "NNP" && t.XPOS != "NNPS" && !(t.XPOS == "WP" && strings.ToUpper(t.Text) == t.Text) || portfolio[p.lower(j)] ||
			strings.HasSuffix(t.NER, "PER") || resolve.IsTitle(p.lower(j)) {
			return -1
		}
		if bodyRoles[p.lower(j+1)] {
			if t.UPOS == "ADJ" {
				return -1 // "Republican President X": a party's adjective, no body
			}
			return j + 1
		}
	}
	return -1
}

// titleRun splits a run of capitalised words into country, role and name.
func (p *parse) titleRun(lo, hi int) (Extraction, bool) {
	if resolve.NamedAfter(p.tok(hi-1).Text) && !p.hasConnector(lo, hi) {
		return Extraction{}, false // "Queen Victoria Market" names a place
	}
	// "then-U.S.-president X", "ex-Prime Minister X", "former Vice
	// President X": a past role.
	// "Former Prime Minister X" was one: a role of its own ("former prime
	// minister of Australia"); "then-" and "late" are no current fact.
	past := false
	if lo >= 2 && isHyphenTok(p.tok(lo-1).Text) && p.tok(lo-1).Start == p.tok(lo-2).End {
		switch p.lower(lo - 2) {
		case "then", "late":
			return Extraction{}, false
		case "ex", "former":
			past = true
		}
	}
	if lo >= 1 {
		switch p.lower(lo - 1) {
		case "then", "late", "erstwhile":
			return Extraction{}, false
		case "former", "ex":
			past = true
		}
	}
	i := lo
	if l := p.lower(i); l == "former" || l == "ex" {
		past, i = true, i+1 // "Former Egyptian President X": the demonym is next
	}
	country := Arg{Head: -1}
	var role []string
	roleLo := -1
	// "Labour's Shadow Home Secretary X": an organisation's possessive.
	for j := lo + 1; j < hi-1; j++ {
		if t := p.tok(j).Text; t == "'s" || t == "’s" {
			if !p.isPlaceWord(j-1) && j-lo <= 4 {
				var ts []int
				for k := lo; k < j; k++ {
					ts = append(ts, k)
				}
				country = Arg{Text: p.text(ts), Tokens: ts, Head: j - 1}
				i = j + 1
			}
			break
		}
		if resolve.IsTitle(p.lower(j)) {
			break
		}
	}
	for i < hi {
		w := p.tok(i).Text
		lw := strings.ToLower(w)
		if i+1 < hi {
			if c := resolve.Demonym(w + " " + p.tok(i+1).Text); c != "" && len(role) == 0 {
				country = Arg{Text: c, Tokens: []int{i, i + 1}, Head: i + 1, Name: c}
				i += 2
				continue
			}
		}
		switch {
		case len(role) == 0 && resolve.Demonym(w) != "" && !roleNouns[lw]:
			c := resolve.Demonym(w)
			country = Arg{Text: c, Tokens: []int{i}, Head: i, Name: c}
		case len(role) == 0 && p.isPlaceWord(i) && !resolve.IsTitle(lw) && !p.courtTitle(i, hi):
			j := i + 1
			for j < hi && p.isPlaceWord(j) && !resolve.IsTitle(strings.ToLower(p.tok(j).Text)) && !p.courtTitle(j, hi) {
				j++
			}
			var ts []int
			for k := i; k < j; k++ {
				ts = append(ts, k)
			}
			country = Arg{Text: p.text(ts), Tokens: ts, Head: j - 1}
			i = j
			if i < hi && (p.tok(i).Text == "'s" || p.tok(i).Text == "’s") {
				i++
			}
			continue
		case isHyphenTok(w):
			// "U.S.-president": the hyphen joins the country to the role.
		case resolve.IsTitle(lw) && lw != "mr." && lw != "mr" && lw != "mrs." && lw != "ms." && lw != "dr." && lw != "sir",
			occupations[lw] && i+1 < hi && p.tok(i+1).UPOS == "PROPN": // "Wrestler Jon Huber"
			if roleLo < 0 {
				roleLo = i
			}
			role = append(role, lw)
		case len(role) == 0 && country.Head < 0 && p.bodyBefore(i, hi) > i:
			// "Google CEO Sundar Pichai", "Microsoft President Brad
			// Smith", "United Nations Secretary-General Antonio Guterres":
			// a name before the role that names no portfolio is the body
			// the role is of.
			j := p.bodyBefore(i, hi)
			var ts []int
			for k := i; k < j; k++ {
				ts = append(ts, k)
			}
			country = Arg{Text: p.text(ts), Tokens: ts, Head: j - 1}
			i = j
			continue
		default:
			// "Shadow Home Secretary", "Environment Minister": words
			// before a role noun, none of them in a person's name, are
			// part of the role.
			k := i + 1
			for k < hi && !roleNouns[p.lower(k)] && !strings.HasSuffix(p.tok(k).NER, "PER") && !p.connector(k) {
				k++
			}
			if k+1 >= hi || !roleNouns[p.lower(k)] || p.tok(k+1).UPOS != "PROPN" && !p.connector(k+1) || k-i > 3 {
				goto name
			}
			if roleLo < 0 {
				roleLo = i
			}
			for ; i <= k; i++ {
				role = append(role, p.lower(i))
			}
			continue
		}
		i++
	}
name:
	if len(role) == 0 || i >= hi || !roleNouns[role[len(role)-1]] {
		return Extraction{}, false
	}
	if p.connector(i) {
		// "Senator from Vermont Bernie Sanders", "President of the
		// United States Donald Trump": the place or body, then the name
		// (a person span of the tagger, or else the last two words).
		j := i + 1
		if p.lower(j) == "the" {
			j++
		}
		start := hi - 2
		for k := j + 1; k < hi; k++ {
			if strings.HasSuffix(p.tok(k).NER, "PER") && !strings.HasSuffix(p.tok(k-1).NER, "PER") && strings.HasPrefix(p.tok(k).NER, "B-") {
				start = k
				break
			}
		}
		if start <= j {
			return Extraction{}, false
		}
		// Without a person's span the last two words are a guess, and no
		// person when they name a place or body ("run for District
		// Attorney of San Bernardino County").
		if last := p.tok(hi - 1).Text; !strings.HasSuffix(p.tok(start).NER, "PER") && (placeHeads[strings.ToLower(last)] || ner.OrgHead(last) || resolve.IsPlace(p.text([]int{start, hi - 1}))) {
			return Extraction{}, false
		}
		var ts []int
		for k := j; k < start; k++ {
			ts = append(ts, k)
		}
		if departments[strings.ToLower(p.text(ts))] {
			role = append(role, p.lower(i), strings.ToLower(p.text(ts)))
			country = Arg{Head: -1}
		} else {
			country = Arg{Text: p.text(ts), Tokens: ts, Head: start - 1}
			if c := resolve.Demonym(country.Text); c != "" {
				country.Name = c
			}
		}
		i = start
	} else {
		// "Senator Ron Wyden of Oregon": a place after the name.
		for k := i + 1; k < hi; k++ {
			if !p.connector(k) {
				continue
			}
			j := k + 1
			if p.lower(j) == "the" {
				j++
			}
			var ts []int
			for m := j; m < hi; m++ {
				ts = append(ts, m)
			}
			if len(ts) > 0 && country.Head < 0 && (p.isPlaceWord(hi-1) || resolve.IsPlace(p.text(ts))) {
				country = Arg{Text: p.text(ts), Tokens: ts, Head: hi - 1}
			}
			hi = k
			break
		}
	}
	if i >= hi || p.tok(i).UPOS != "PROPN" {
		return Extraction{}, false
	}
	switch role[0] {
	case "then", "acting", "late":
		return Extraction{}, false // a past role is not a current fact
	case "former", "ex":
		if len(role) == 1 {
			return Extraction{}, false
		}
		role, past = role[1:], true
	case "incumbent", "current", "sitting":
		if len(role) > 1 {
			role = role[1:] // "Incumbent President": the role is president
		}
	}
	// "General Motors", "General Electric": a title word starting an
	// organisation's or a place's name, the rest one word.
	if ner := p.tok(i).NER; hi-i == 1 && (strings.HasSuffix(ner, "ORG") || strings.HasSuffix(ner, "LOC") || strings.HasSuffix(ner, "GPE")) {
		return Extraction{}, false
	}
	// "the Ukrainian General Staff", "the UN General Assembly": "General"
	// before one capitalised word nobody called a person is part of an
	// institution's name.
	if ner := p.tok(i).NER; hi-i == 1 && (ner == "" || ner == "O") && len(role) == 1 && role[0] == "general" {
		return Extraction{}, false
	}
	// "Captain America": a title before a place's name is no person's,
	// unless the recogniser calls it one ("Queen Victoria", "President
	// Washington").
	if hi-i == 1 && resolve.IsPlace(p.tok(i).Text) && !strings.HasSuffix(p.tok(i).NER, "PER") {
		return Extraction{}, false
	}
	var nt []int
	for k := i; k < hi; k++ {
		nt = append(nt, k)
	}
	name := Arg{Text: p.text(nt), Tokens: nt, Head: i}
	var wt []int
	for k := lo; k < i; k++ {
		wt = append(wt, k)
	}
	if past {
		role = append([]string{"former"}, role...)
	}
	return p.roleExtraction(name, strings.Join(role, " "), country, p.text(wt), "title", 0.9), true
}

func (p *parse) roleExtraction(person Arg, role string, country Arg, written, kind string, conf float64) Extraction {
	person.Person = true
	x := Extraction{Subject: person, Confidence: conf, Kind: kind, Attribution: Arg{Head: -1}}
	if f := strings.Fields(role); country.Head >= 0 && len(f) > 0 && occupations[f[len(f)-1]] &&
		(country.Name != "" || !p.capital(country.Head) || resolve.IsPlace(country.Text) || resolve.Demonym(country.Text) != "" || p.placeArg(country)) {
		country = Arg{Head: -1} // "US professional wrestler": a professional wrestler
	}
	if country.Head >= 0 {
		x.Rel = role + " of"
		x.RelSurface = written
		country.Body = true
		x.Object = country
		if x.Object.Name != "" {
			x.Object.Text = x.Object.Name
		}
	} else {
		x.Rel = "be"
		x.RelSurface = written
		x.Object = Arg{Text: role, Head: -1}
	}
	x.OpenIE.Rel = "is"
	x.OpenIE.Args = []string{person.Text, written}
	return x
}

// quantity says whether noun n is counted or measured: it has a number
// that is not a year ("112 km", but not "the 2018 Marvel film").
func (p *parse) quantity(n int) bool {
	k := p.dep(n, "nummod")
	if k < 0 {
		return false
	}
	t := p.tok(k).Text
	return len(t) != 4 || (t < "1000" || t > "2199") || strings.Trim(t, "0123456789") != ""
}

// latinScript says whether every letter of s is a Latin one (Vázquez
// Garced is; हम is not).
func latinScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// orBefore says whether h has a conjunct joined by "or" before word m.
func (p *parse) orBefore(h, m int) bool {
	for _, c := range p.deps(h, "conj") {
		if c < m {
			if cc := p.dep(c, "cc"); cc >= 0 && p.lower(cc) == "or" {
				return true
			}
		}
	}
	return false
}

// appositions: "Lee Jae-myung, the South Korean president, ..." says Lee
// is the South Korean president (and, as a title, president of South Korea).
func (p *parse) appositions() []Extraction {
	var out []Extraction
	for m := range p.s.Tokens {
		if !p.is(m, "appos") {
			continue
		}
		h := p.tok(m).Head
		if u := p.tok(h).UPOS; u != "PROPN" && u != "NOUN" {
			continue
		}
		if u := p.tok(m).UPOS; u != "PROPN" && u != "NOUN" {
			continue
		}
		// After ";" an "apposition" is the next clause's subject, and one
		// whose phrase holds a verb with an object of its own is a clause
		// ("an increase, the rate increased by 5 percent").
		if semicolonBefore(p.s.Tokens, m) || p.holdsClause(m) {
			continue
		}
		// A quantity restated in other units or as a share ("70 miles
		// (112 km)", "4,489,235 votes, 3.27 percent"), a time ("founded it
		// last year") and words outside the Latin script (an interview
		// quoted in Hindi) describe nothing.
		if p.quantity(m) || p.quantity(h) && p.tok(h).UPOS == "NOUN" ||
			timeWords[p.lemma(m)] || timeWords[p.lower(m)] {
			continue
		}
		// "the King or Queen, currently Queen Elizabeth II": after
		// alternatives the apposition names one of them, not the first;
		// "Polish Prime Minister Donald Tusk" hung on "Polish" is a name
		// with its title, not a Pole.
		if p.orBefore(h, m) || p.demonymHead(h) == m {
			continue
		}
		// "at least seventeen in Karol Bagh, New Delhi": a larger place
		// after a place at the end of the phrase is that place's, not the
		// phrase head's.
		if lo := p.phraseStart(m); p.isPlace(m) && lo >= 2 && p.tok(lo-1).Text == "," && p.isPlace(lo-2) && !slices.Contains(p.name(h).Tokens, lo-2) {
			continue
		}
		// "Foreign Secretary, the United Kingdom's chief diplomat": the
		// office is described, and a title alone names no one.
		if resolve.IsTitle(p.lower(h)) && p.dep(h, "flat") < 0 && p.tok(h).UPOS == "PROPN" {
			continue
		}
		// "The mayor of Paris, Anne Hidalgo, declared": a name hung on the
		// place of a title is the title's holder, of that place.
		if t := p.tok(h).Head; t >= 0 && t < h && p.is(h, "nmod") && p.tok(t).UPOS == "NOUN" && roleNouns[p.lemma(t)] &&
			p.tok(m).UPOS == "PROPN" && strings.HasSuffix(p.tok(m).NER, "PER") && p.commaBefore(m) {
			if c := p.dep(h, "case"); c >= 0 && p.lower(c) == "of" {
				place := p.name(h)
				out = append(out, p.roleExtraction(p.name(m), p.lemma(t), place, p.tok(t).Text+" of "+place.Text, "title", 0.8))
				continue
			}
		}
		var subj Arg
		if p.isNameHead(h) {
			subj = p.name(h)
		} else if k := p.personBefore(h, m); k >= 0 {
			// "the death of John Lewis, a civil rights leader": the
			// description is of the person named right before it.
			subj = p.name(k)
		} else {
			subj = p.arg(h)
		}
		obj := p.arg(m)
		if !latinScript(subj.Text) || !latinScript(obj.Text) {
			continue
		}
		// "actors Dan Fogler, Ron Perlman, ...": a plural description
		// names a group, not the one person it stands before.
		if p.tok(m).XPOS == "NNS" && p.tok(subj.Head).UPOS == "PROPN" && p.dep(subj.Head, "conj") < 0 {
			continue
		}
		// ... nor is one name a plural before it ("Wikinews interviews
		// planetary scientist Vlada Stamenković").
		if w := p.tok(h).Text; p.tok(h).XPOS == "NNS" && w != "" && w[0] >= 'a' && w[0] <= 'z' && p.tok(m).UPOS == "PROPN" && p.dep(m, "conj") < 0 && p.tok(m).Head == h {
			continue
		}
		x := Extraction{Subject: subj, Rel: "be", RelSurface: ",", Object: obj, Confidence: p.appositionConfidence(subj, obj), Kind: "apposition", Attribution: Arg{Head: -1}}
		x.OpenIE.Rel = "is"
		x.OpenIE.Args = []string{subj.Text, obj.Text}
		out = append(out, x)
		// A role with its country: "the South Korean president",
		// "prime minister of Japan".
		if p.tok(m).UPOS == "NOUN" && roleNouns[p.lemma(m)] {
			var toks []int
			country := Arg{Head: -1}
			for _, t := range obj.Tokens {
				if t <= m {
					toks = append(toks, t)
				}
			}
			role, c, ok := p.roleOf(toks, m)
			if nm := p.dep(m, "nmod"); nm >= 0 {
				if a := p.arg(nm); a.Prep == "of" && p.tok(nm).UPOS == "PROPN" {
					c = Arg{Text: p.name(nm).Text, Tokens: p.name(nm).Tokens, Head: nm}
					if slices.Contains(c.Tokens, m) {
						// The recogniser's span ran over the role ("a
						// Senior Staff Attorney of the Electronic Frontier
						// Foundation"): the body is what follows "of the".
						var ts []int
						for _, t := range c.Tokens {
							if t > m+1 && !(t == m+2 && p.lower(t) == "the") {
								ts = append(ts, t)
							}
						}
						c = Arg{Head: -1}
						if len(ts) > 0 {
							c = Arg{Text: p.text(ts), Tokens: ts, Head: nm}
						}
					}
				}
			}
			if c.Head >= 0 {
				country = c
			}
			if ok && country.Head >= 0 {
				out = append(out, p.roleExtraction(subj, role, country, obj.Text, "title", 0.8))
			}
		}
		// "Anderson Cooper, her son,", "Carter Cooper, Vanderbilt's
		// son,": a role or family tie owned by a pronoun or a name.
		if p.tok(m).UPOS == "NOUN" && (roleNouns[p.lemma(m)] || kinNouns[p.lemma(m)]) && strings.HasSuffix(p.tok(subj.Head).NER, "PER") {
			var toks []int
			for _, t := range obj.Tokens {
				if t <= m {
					toks = append(toks, t)
				}
			}
			if owner, role, ok := p.ownedRole(toks, m); ok {
				out = append(out, p.roleExtraction(subj, role, owner, obj.Text, "title", 0.75))
			}
		}
		// The role first, the name after it: "Germany's foreign
		// minister, Annalena Baerbock, arrived", "Microsoft's chief
		// executive, Satya Nadella, said".
		if p.tok(h).UPOS == "NOUN" && (roleNouns[p.lemma(h)] || resolve.IsTitle(p.lemma(h)) || kinNouns[p.lemma(h)]) && p.tok(m).UPOS == "PROPN" &&
			strings.HasSuffix(p.tok(m).NER, "PER") && p.dep(h, "nmod:poss") >= 0 {
			var toks []int
			for _, t := range p.subtree(h) {
				if t <= h {
					toks = append(toks, t)
				}
			}
			slices.Sort(toks)
			if role, country, ok := p.roleOf(toks, h); ok && country.Head >= 0 && p.tok(country.Head).UPOS == "PROPN" {
				out = append(out, p.roleExtraction(p.name(m), role, country, subj.Text, "title", 0.8))
			} else if owner, role, ok := p.ownedRole(toks, h); ok {
				// "His lawyer, Roberto Su,": the owner is resolved in
				// the document.
				out = append(out, p.roleExtraction(p.name(m), role, owner, subj.Text, "title", 0.75))
			}
		}
	}
	return out
}

// kinNouns name family ties, which the news writes like roles: "his
// father, Abdullah Kurdi" → Abdullah Kurdi –father of→ (him).
var kinNouns = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "widow": true, "widower": true, "grandson": true, "granddaughter": true,
	"grandfather": true, "grandmother": true, "uncle": true, "aunt": true, "nephew": true, "niece": true, "cousin": true,
	"stepfather": true, "stepmother": true, "stepson": true, "stepdaughter": true, "fiancé": true, "fiancée": true, "fiance": true}

// ownedRole splits a role phrase (tokens toks, head h) whose possessor is
// a possessive pronoun ("his lawyer", "its chief executive"), a name with
// a family tie ("Vanderbilt's son") or a definite description ("The
// airline's chairman") into that possessor, which the document resolves
// to someone it has named, and the role's words.
func (p *parse) ownedRole(toks []int, h int) (owner Arg, role string, ok bool) {
	poss := p.dep(h, "nmod:poss")
	if poss < 0 {
		return Arg{}, "", false
	}
	var own, words []int
	for _, t := range toks {
		switch {
		case dominates(p.s.Tokens, poss, t):
			if p.tok(t).UPOS != "PART" {
				own = append(own, t)
			}
		case p.tok(t).UPOS == "NOUN" || p.tok(t).UPOS == "ADJ":
			words = append(words, t)
		default:
			return Arg{}, "", false
		}
	}
	switch t := p.tok(poss); {
	case t.UPOS == "PRON" && len(own) == 1:
		switch p.lower(poss) {
		case "his", "her", "its", "their":
		default:
			return Arg{}, "", false
		}
	case t.UPOS == "PROPN" && kinNouns[p.lemma(h)] && !slices.ContainsFunc(own, func(i int) bool { return p.tok(i).UPOS != "PROPN" }):
		// "Vanderbilt's son, Anderson Cooper": a family tie of a name.
	case t.UPOS == "NOUN" && len(own) == 2 && p.lower(own[0]) == "the" && t.XPOS == "NN":
		// "The airline's chairman, Ahmet Bolat,": the organisation the
		// document resolves the description to (or no fact).
	default:
		return Arg{}, "", false
	}
	if len(words) == 0 || words[len(words)-1] != h {
		return Arg{}, "", false
	}
	if kinNouns[p.lemma(h)] {
		// "her other son", "his second wife", "her late husband": the tie.
		return Arg{Text: p.text(own), Tokens: own, Head: poss}, p.lemma(h), true
	}
	var r []string
	for _, t := range words {
		r = append(r, p.lower(t))
	}
	return Arg{Text: p.text(own), Tokens: own, Head: poss}, strings.Join(r, " "), true
}

// nominals: "his first formal summit with Ishiba", "the third meeting
// between Yoon and Kishida", "Lee's visit to Japan" state events.
func (p *parse) nominals() []Extraction {
	var out []Extraction
	for n := range p.s.Tokens {
		if p.tok(n).UPOS != "NOUN" {
			continue
		}
		ev, ok := eventNouns[p.lemma(n)]
		if !ok {
			ev, ok = eventNouns[p.lower(n)]
		}
		if !ok {
			continue
		}
		var subjs, objs []Arg
		conf := 0.65
		if s := p.dep(n, "nmod:poss"); s >= 0 {
			subjs = p.splitNP(s)
		}
		for _, k := range p.deps(n, "nmod") {
			a := p.arg(k)
			switch a.Prep {
			case ev.prep, "with":
				objs = append(objs, p.splitNP(k)...)
			case "between", "among":
				parts := p.splitNP(k)
				if len(parts) >= 2 && len(subjs) == 0 {
					subjs, objs = parts[:1], parts[1:]
				}
			}
		}
		if len(subjs) == 0 && (p.is(n, "obj") || p.is(n, "obl")) {
			// "Lee held talks with Ishiba": the subject of the verb.
			if v := p.tok(n).Head; v >= 0 && p.isVerbal(v) {
				subjs, _, _ = p.subjectOf(v, 0)
				conf -= 0.1
			}
		}
		for _, s := range subjs {
			for _, o := range objs {
				o.Prep = ""
				x := Extraction{Subject: s, Rel: ev.verb, RelSurface: p.tok(n).Text, Object: o, Confidence: conf - lengthPenalty(o), Kind: "nominal", Attribution: p.attribution(p.clauseOf(n))}
				x.OpenIE.Rel = p.tok(n).Text + " " + ev.prep
				x.OpenIE.Args = []string{s.Text, o.Text}
				out = append(out, x)
			}
		}
	}
	return out
}

// clauseOf returns the predicate whose clause token i is in.
func (p *parse) clauseOf(i int) int {
	for d := 0; i >= 0 && d < 10; d++ {
		if p.isVerbal(i) {
			return i
		}
		h := p.tok(i).Head
		if h < 0 {
			return i
		}
		i = h
	}
	return i
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// holdsClause reports whether the phrase headed by m contains a verb that
// reads as finite though the parser made it a modifier.
func (p *parse) holdsClause(m int) bool {
	for _, t := range p.subtree(m, phraseSkip...) {
		if t != m && p.tok(t).UPOS == "VERB" && p.is(t, "acl", "amod") && !p.is(t, "acl:relcl") && misattachedFinite(p.s.Tokens, t) {
			return true
		}
	}
	return false
}

// appositionConfidence rates an apposition by its shape. A true apposition
// follows its noun after a comma, a dash or a bracket and is short; the
// parser also calls appositions what are photo credits, lists and names
// run together ("NASA Bill Ingalls Image"), and a person is seldom a
// place ("Greg Allen, Texas" says where he is from).
func (p *parse) appositionConfidence(subj, obj Arg) float64 {
	c := 0.75
	if len(obj.Tokens) > 0 {
		first := obj.Tokens[0]
		if obj.Prep != "" {
			c -= 0.2 // "in the Department of ...": no apposition
		}
		if first > 0 {
			switch p.tok(first - 1).Text {
			case ",", "(", "-", "–", "—", ":":
			default:
				c -= 0.25
			}
		}
	}
	for _, a := range []Arg{subj, obj} {
		if len(a.Tokens) == 0 {
			continue
		}
		// A phrase starting with a preposition or conjunction is a
		// fragment the parser cut badly ("of Sunday evening").
		switch p.tok(a.Tokens[0]).UPOS {
		case "ADP", "SCONJ", "CCONJ", "PART", "AUX", "VERB":
			c -= 0.35
		}
		// A verb of its own outside a relative clause: a clause.
		for _, t := range a.Tokens {
			if t != a.Head && p.tok(t).UPOS == "VERB" && !p.is(t, "acl:relcl") && p.inRelative(t, a.Head) < 0 && (p.finite(t) || t == a.Tokens[len(a.Tokens)-1]) {
				c -= 0.2
				break
			}
		}
	}
	if n := len(obj.Tokens); n > 8 {
		c -= 0.02 * float64(n-8)
	}
	// "Lee, the president": a description with its determiner is the
	// typical apposition; two names side by side ("Court, Franklin
	// Roosevelt", "War, Endgame") are more often a list, a title or a
	// credit than one thing named twice, unless both are places.
	if subj.Head >= 0 && obj.Head >= 0 {
		sh, oh := p.tok(subj.Head), p.tok(obj.Head)
		place := func(t nlp.Token) bool {
			return strings.HasSuffix(t.NER, "LOC") || strings.HasSuffix(t.NER, "GPE") || resolve.IsPlace(t.Text)
		}
		switch {
		case oh.UPOS == "NOUN" && p.dep(obj.Head, "det", "nmod:poss") >= 0:
			c += 0.05
		case oh.UPOS == "PROPN" && sh.UPOS == "PROPN" && !(place(sh) && place(oh)):
			c -= 0.15
		case len(obj.Tokens) == 1:
			c -= 0.1
		}
	}
	if n := len(subj.Tokens); n > 5 {
		c -= 0.03 * float64(n-5)
	}
	if subj.Head >= 0 && obj.Head >= 0 && strings.HasSuffix(p.tok(subj.Head).NER, "PER") {
		if ner := p.tok(obj.Head).NER; strings.HasSuffix(ner, "LOC") || strings.HasSuffix(ner, "GPE") || strings.HasSuffix(ner, "ORG") {
			c -= 0.3
		}
	}
	if c < 0.2 {
		c = 0.2
	}
	return c
}

// inRelative returns the relative clause between token t and head h that
// t belongs to, or -1.
func (p *parse) inRelative(t, h int) int {
	for i, d := t, 0; i >= 0 && i != h && d < len(p.s.Tokens); i, d = p.tok(i).Head, d+1 {
		if p.is(i, "acl:relcl") {
			return i
		}
	}
	return -1
}

// placeNouns describe a place: "Kerman, Soleimani's hometown".
var placeNouns = map[string]bool{"hometown": true, "birthplace": true, "capital": true, "city": true, "town": true,
	"village": true, "province": true, "state": true, "country": true, "region": true, "island": true,
	"home": true, "district": true, "county": true, "port": true, "suburb": true, "neighbourhood": true, "neighborhood": true}

// personBefore returns the head of a person's name that ends right before
// the comma introducing apposition m, inside the phrase of the common noun
// h the parser attached m to, or -1; a place's when m describes a place
// (placeNouns). Only a description (a common noun) is moved: "the death
// of John Lewis, a civil rights leader".
func (p *parse) personBefore(h, m int) int {
	if p.tok(h).UPOS != "NOUN" || p.tok(m).UPOS != "NOUN" || strings.HasSuffix(p.tok(h).NER, "PER") {
		return -1
	}
	first := -1
	for _, t := range p.subtree(m, phraseSkip...) {
		if p.tok(t).UPOS != "PUNCT" {
			first = t
			break
		}
	}
	k := first - 1
	if k < 1 || p.tok(k).Text != "," {
		return -1
	}
	k--
	// A person, or a place described as one ("the procession in Kerman,
	// Soleimani's hometown").
	typ := "PER"
	if placeNouns[p.lemma(m)] {
		typ = "LOC"
		if strings.HasSuffix(p.tok(k).NER, "GPE") {
			typ = "GPE"
		}
	}
	if !strings.HasSuffix(p.tok(k).NER, typ) || p.tok(k).UPOS != "PROPN" || !dominates(p.s.Tokens, h, k) {
		return -1
	}
	// Climb to the head of the name.
	for p.is(k, "flat", "compound") && p.tok(k).Head >= 0 && strings.HasSuffix(p.tok(p.tok(k).Head).NER, typ) {
		k = p.tok(k).Head
	}
	if k == h {
		return -1
	}
	return k
}

// lowerTitles finds roles written in lowercase between a body and a
// person's name, as news writes them: "Google chief executive Sundar
// Pichai", "France's interior minister Gérald Darmanin", "Harbour Trust
// chairman Omar Reid". The body is a run of capitalised words (with "of",
// "for", "the" inside, and "'s" at its end) right before one to four
// lowercase words that end in a role noun; the name is two or more
// capitalised proper nouns right after, at least one tagged a person.
// Without a body the role is still a fact ("coach Ana Ruiz" → be coach).
func (p *parse) lowerTitles() []Extraction {
	var out []Extraction
	toks := p.s.Tokens
	capital := p.capital
	for r := 1; r+1 < len(toks); r++ {
		if !roleNouns[p.lower(r)] || capital(r) || !capital(r+1) {
			continue
		}
		// The name: capitalised proper nouns after the role, honorifics
		// ("Dr") skipped.
		n := r + 1
		for n < len(toks) && resolve.IsTitle(p.lower(n)) && capital(n) {
			n++
		}
		hi := n
		person := false
		for hi < len(toks) && capital(hi) && toks[hi].UPOS == "PROPN" {
			if strings.HasSuffix(toks[hi].NER, "PER") {
				person = true
			}
			hi++
		}
		if hi-n < 2 || !person {
			continue
		}
		// The role: lowercase nouns, adjectives and "and" before it.
		lo := r
		for lo-1 >= 0 && r-(lo-1) < 4 && !capital(lo-1) && (toks[lo-1].UPOS == "NOUN" || toks[lo-1].UPOS == "ADJ" || p.lower(lo-1) == "and") {
			lo--
		}
		if p.lower(lo) == "and" {
			lo++
		}
		var role []string
		for k := lo; k <= r; k++ {
			role = append(role, p.lower(k))
		}
		formerly := false // "former prime minister Tony Abbott": a role of its own
		switch role[0] {
		case "then", "acting", "late", "future", "previous", "past", "onetime", "erstwhile":
			continue // not a current role
		case "former", "ex", "retired":
			role = role[1:]
			lo++
			formerly = true
		case "current", "incumbent", "sitting":
			role = role[1:]
			lo++
		}
		if len(role) == 0 {
			continue
		}
		if lo > 0 {
			switch p.lower(lo - 1) {
			case "then", "late", "future", "previous":
				continue
			case "former", "ex", "retired":
				formerly = true
			}
			if isHyphenTok(toks[lo-1].Text) {
				continue // "then-prime-minister X", "director-general X"
			}
		}
		// The body before the role.
		country := Arg{Head: -1}
		b := lo - 1
		if b >= 0 && (toks[b].Text == "'s" || toks[b].Text == "’s") {
			b--
		}
		end := b
		inside := func(k int) bool { // "and" inside an organisation's name
			return strings.HasPrefix(toks[k].NER, "I-") && !strings.HasSuffix(toks[k].NER, "PER")
		}
		joined := func(k int) bool { // "Sea-Eye": a hyphen inside a capitalised word
			return k > 0 && k+1 < len(toks) && isHyphenTok(toks[k].Text) && toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End && capital(k-1)
		}
		for b >= 0 && (capital(b) && toks[b].UPOS != "VERB" && toks[b].UPOS != "PUNCT" && !strings.HasSuffix(toks[b].NER, "PER") || b < end && joined(b) ||
			b > 0 && (p.lower(b) == "of" || p.lower(b) == "for" || p.lower(b) == "the" || (p.lower(b) == "and" || p.lower(b) == "&") && (inside(b) || !strings.HasSuffix(toks[b-1].NER, "PER") && b+1 < lo && capital(b+1))) && capital(b-1)) {
			b--
		}
		for b < end && (p.lower(b+1) == "of" || p.lower(b+1) == "and" || timeWords[p.lower(b+1)] || toks[b+1].UPOS != "PROPN" && toks[b+1].UPOS != "ADJ" && toks[b+1].UPOS != "NOUN" && toks[b+1].UPOS != "NUM") {
			b++ // "The Democratic Party", "Yesterday Google": not part of the body
		}
		if b < end && (p.lower(b+1) == "former" || p.lower(b+1) == "ex") {
			formerly = true // "Former CIA deputy director X"
			b++
		}
		if b >= 0 && b < end && (p.lower(b) == "former" || p.lower(b) == "ex") {
			formerly = true // "the former CIA deputy director X"
		}
		if b == end-1 && (p.lower(end) == "former" || p.lower(end) == "ex") {
			formerly, b = true, end // "Former prime minister X"
		}
		if end >= 0 {
			switch p.lower(end) {
			case "of", "for", "and", "the":
				b = end // "J. R. Myers for president": no body
			}
		}
		if b == end-1 && !strings.HasPrefix(toks[end].Text, "'") {
			// One word: a body only if it names one (a tagged
			// organisation or place, a listed place, a demonym, an
			// acronym); a title word joins the role ("Prime minister").
			w := toks[end]
			acronym := len(w.Text) >= 2 && strings.ToUpper(w.Text) == w.Text
			named := strings.HasSuffix(w.NER, "ORG") || strings.HasSuffix(w.NER, "LOC") || strings.HasSuffix(w.NER, "GPE")
			if resolve.IsTitle(w.Text) || p.lower(end) == "major" {
				role = append([]string{p.lower(end)}, role...)
				lo = end
				b = end
			} else if !(named || acronym || resolve.IsPlace(w.Text) || resolve.Demonym(w.Text) != "" || companyRole(w, role)) {
				b = end
			}
		}
		if b < end {
			var ts []int
			for k := b + 1; k <= end; k++ {
				ts = append(ts, k)
			}
			if !strings.HasSuffix(toks[end].NER, "PER") {
				country = Arg{Text: p.text(ts), Tokens: ts, Head: end}
				if c := resolve.Demonym(country.Text); c != "" {
					country.Name = c
				}
			}
		}
		var nt []int
		for k := n; k < hi; k++ {
			nt = append(nt, k)
		}
		name := Arg{Text: p.text(nt), Tokens: nt, Head: n}
		first := lo
		if country.Head >= 0 {
			first = country.Tokens[0]
		}
		var wt []int
		for k := first; k < n; k++ {
			wt = append(wt, k)
		}
		if formerly {
			role = append([]string{"former"}, role...)
		}
		out = append(out, p.roleExtraction(name, strings.Join(role, " "), country, p.text(wt), "title", 0.8))
	}
	return out
}

// phraseStart is the first word of k's phrase, its punctuation aside.
func (p *parse) phraseStart(k int) int {
	lo := k
	for _, i := range p.subtree(k) {
		if i < lo && p.tok(i).UPOS != "PUNCT" {
			lo = i
		}
	}
	return lo
}
