package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word with its byte offsets in the text.
type Token struct {
	Text       string
	Start, End int
}

// Sentence is a run of tokens with the byte span it covers.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// MaxTokens caps sentence length so pathological input stays linear.
const MaxTokens = 200

type tok struct {
	Token
	nl   int  // newlines in the whitespace before the token
	open bool // an opening quote or bracket split off the front of a word
}

var dateLine = regexp.MustCompile(`^\s*date\s+\d{4}-\d{2}-\d{2}\b`)

// Split segments text into sentences.
func Split(text string) []Sentence {
	base := 0
	if m := dateLine.FindStringIndex(text); m != nil {
		base = m[1] // document metadata, not text
	}
	toks := tokenize(text, base)
	return sentences(toks)
}

// Tokenize returns the tokens of text without sentence splitting.
func Tokenize(text string) []Token {
	var out []Token
	for _, t := range tokenize(text, 0) {
		out = append(out, t.Token)
	}
	return out
}

func tokenize(text string, pos int) []tok {
	var out []tok
	nl := 0
	for pos < len(text) {
		r, size := utf8.DecodeRuneInString(text[pos:])
		if isSpace(r) {
			if r == '\n' {
				nl++
			}
			pos += size
			continue
		}
		end := pos
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if isSpace(r) {
				break
			}
			end += size
		}
		first := len(out)
		out = splitChunk(text, pos, end, out)
		if len(out) > first {
			out[first].nl = nl
		}
		nl = 0
		pos = end
	}
	return out
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

var (
	urlRe   = regexp.MustCompile(`^(?i)((https?|ftp)://|www\.)\S+$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$`)
	numRe   = regexp.MustCompile(`^[+-]?(\d+([,.:/]\d+)*|\d*\.\d+)(-\d+([,.]\d+)*)?$`)
	initRe  = regexp.MustCompile(`^(\p{L}\.)+\p{L}?\.?$`) // U.S., e.g., J.
	clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'S", "’S", "N'T", "'RE", "'VE", "'LL", "'D", "'M"}
)

const (
	openers = "\"“‘'([{<«„"
	closers = "\"”’')]}>»,;:!?"
)

// maxChunk bounds the work on one whitespace-free chunk: longer ones (no
// real word is this long) are cut into pieces first, which keeps hostile
// input linear and recursion shallow.
const maxChunk = 256

// splitChunk cuts one whitespace-free chunk text[a:b] into tokens.
func splitChunk(text string, a, b int, out []tok) []tok {
	for b-a > maxChunk {
		cut := a + maxChunk
		for cut > a && !utf8.RuneStart(text[cut]) {
			cut--
		}
		out = splitChunk(text, a, cut, out)
		a = cut
	}
	emit := func(s, e int) {
		if e > s {
			out = append(out, tok{Token: Token{text[s:e], s, e}})
		}
	}
	// Leading openers and currency symbols.
	for a < b {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if strings.ContainsRune(openers, r) || strings.ContainsRune("$€£¥", r) {
			if r == '[' && gluedInsertion(text[a:b], true) {
				break // "[T]he": an editor's insertion, one word
			}
			if r == '\'' && a+size < b && (unicode.IsDigit(rune(text[a+size])) || strings.HasPrefix(strings.ToLower(text[a+size:b]), "em")) {
				break // '90s, 'em
			}
			emit(a, a+size)
			out[len(out)-1].open = a+size < b
			a += size
			continue
		}
		break
	}
	// Trailing closers and final periods, collected right to left.
	var tail []tok
	for a < b {
		word := text[a:b]
		r, size := utf8.DecodeLastRuneInString(word)
		if numRe.MatchString(word) || urlRe.MatchString(word) && !strings.ContainsRune(".,;:!?)\"'”’", r) {
			break
		}
		if strings.ContainsRune(closers, r) || r == '%' || r == '…' {
			if r == ']' && gluedInsertion(word, false) {
				break // "take[s]"
			}
			if r == '\'' && strings.HasSuffix(strings.ToLower(word), "s'") && len(word) > 2 {
				tail = append(tail, tok{Token: Token{text[b-size : b], b - size, b}}) // parents'
				b -= size
				break
			}
			tail = append(tail, tok{Token: Token{text[b-size : b], b - size, b}})
			b -= size
			continue
		}
		if r == '.' {
			// A run of periods is one token; a single final period stays on
			// an abbreviation or initial.
			k := b
			for k > a && text[k-1] == '.' {
				k--
			}
			if b-k > 1 {
				tail = append(tail, tok{Token: Token{text[k:b], k, b}})
				b = k
				continue
			}
			if isAbbrev(word) && !(wordAbbrevs[strings.ToLower(strings.TrimSuffix(word, "."))] && len(out) > 0 && determiners[strings.ToLower(out[len(out)-1].Text)]) {
				break
			}
			tail = append(tail, tok{Token: Token{text[b-1 : b], b - 1, b}})
			b--
			continue
		}
		break
	}
	out = splitInner(text, a, b, out)
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// splitInner handles the core of a chunk: URLs and numbers stay whole;
// clitics split off; dashes, most hyphens and other inner punctuation split.
func splitInner(text string, a, b int, out []tok) []tok {
	if a >= b {
		return out
	}
	word := text[a:b]
	if urlRe.MatchString(word) || numRe.MatchString(word) || isAbbrev(word) {
		return append(out, tok{Token: Token{word, a, b}})
	}
	// Clitics: don't → do n't, John's → John 's.
	for _, c := range clitics {
		if len(word) > len(c) && strings.HasSuffix(word, c) {
			cut := b - len(c)
			out = splitInner(text, a, cut, out)
			return append(out, tok{Token: Token{text[cut:b], cut, b}})
		}
	}
	if strings.EqualFold(word, "cannot") {
		return append(out, tok{Token: Token{text[a : a+3], a, a + 3}}, tok{Token: Token{text[a+3 : b], a + 3, b}})
	}
	// Inner punctuation.
	if Editorial(word) {
		return append(out, tok{Token: Token{word, a, b}}) // "[T]he", "take[s]"
	}
	for i := a; i < b; {
		r, size := utf8.DecodeRuneInString(text[i:b])
		split := false
		switch {
		case r == '—' || r == '–' || r == '…' || r == '(' || r == ')' || r == '[' || r == ']' || r == '"' || r == '“' || r == '”' || r == ';' || r == '!' || r == '?':
			split = true
		case r == '-':
			if i+1 < b && text[i+1] == '-' {
				j := i
				for j < b && text[j] == '-' {
					j++
				}
				out = splitInner(text, a, i, out)
				out = append(out, tok{Token: Token{text[i:j], i, j}})
				return splitInner(text, j, b, out)
			}
			split = i > a && i+1 < b && !keepHyphen(text[a:i], text[i+1:b]) && !givenName(text, a, b)
		case r == ',' || r == ':':
			// 1,000 and 10:30 are numbers; "yes,no" is two words.
			split = !(i > a && i+1 < b && isDigit(text[i-1]) && isDigit(text[i+1]))
		case r == '/':
			split = false
		}
		if split {
			out = splitInner(text, a, i, out)
			out = append(out, tok{Token: Token{text[i : i+size], i, i + size}})
			return splitInner(text, i+size, b, out)
		}
		i += size
	}
	return append(out, tok{Token: Token{word, a, b}})
}

// Editorial says whether w is a word with an editor's insertion in square
// brackets glued to it ("[T]he", "take[s]", "develop[ment]"): one word,
// which Unbracket gives back for analysis. A bracketed word on its own
// ("[the]") is not.
func Editorial(w string) bool {
	before, rest, ok := strings.Cut(w, "[")
	inner, after, ok2 := strings.Cut(rest, "]")
	return ok && ok2 && len(inner) <= 4 && allLetters(inner) && (before != "" || after != "") &&
		(before == "" || allLetters(before)) && (after == "" || allLetters(after))
}

// gluedInsertion says whether w starts (start) or ends with a bracketed
// insertion of one to four letters glued to the letters of a word.
func gluedInsertion(w string, start bool) bool {
	if start {
		j := strings.IndexByte(w, ']')
		return j >= 2 && j <= 5 && j+1 < len(w) && isLetter(w[j+1]) && allLetters(w[1:j])
	}
	i := strings.LastIndexByte(w, '[')
	return i >= 1 && len(w)-i >= 3 && len(w)-i <= 6 && isLetter(w[i-1]) && allLetters(w[i+1:len(w)-1])
}

func allLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isLetter(w[k]) {
			return false
		}
	}
	return w != ""
}

// Unbracket removes the brackets of an editorial insertion: "[T]he" →
// "The".
func Unbracket(w string) string {
	if !Editorial(w) {
		return w
	}
	return strings.NewReplacer("[", "", "]", "").Replace(w)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

var hyphenPrefixes = map[string]bool{
	"non": true, "post": true, "anti": true, "pro": true, "pre": true, "e": true, "mid": true,
	"cross": true, "co": true, "re": true, "multi": true, "ex": true, "semi": true, "sub": true,
	"inter": true, "counter": true, "x": true, "neo": true, "over": true, "under": true, "self": true,
}

// pastTitle prefixes make a title a past one: news writes "then-President
// X", which EWT never has; split, "then" reads as the verb's adverb
// ("removed then - prime - minister X").
var pastTitle = map[string]bool{"then": true, "ex": true}

// keepHyphen says whether left-right stays one token, as EWT keeps number
// ranges (1969-1970) and prefixed words (anti-American).
func keepHyphen(left, right string) bool {
	if left == "" || right == "" {
		return false
	}
	if isDigit(left[len(left)-1]) && isDigit(right[0]) {
		return true
	}
	// A past title stays whole: then-prime-minister, ex-vice-president.
	if first, _, _ := strings.Cut(left, "-"); pastTitle[strings.ToLower(first)] {
		return true
	}
	if i := strings.LastIndexByte(left, '-'); i >= 0 {
		left = left[i+1:]
	}
	if j := strings.IndexByte(right, '-'); j >= 0 {
		right = right[:j]
	}
	// Names with numbers stay whole: G-7, F-16, COVID-19; so do acronyms
	// joined by a hyphen: ABS-CBN, SARS-CoV.
	if left != "" && unicode.IsUpper(rune(left[0])) && right != "" && strings.Trim(right, "0123456789") == "" {
		return true
	}
	if len(left) >= 2 && strings.ToUpper(left) == left && strings.Trim(left, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" &&
		len(right) >= 2 && unicode.IsUpper(rune(right[0])) && strings.IndexFunc(right[1:], unicode.IsUpper) >= 0 {
		return true
	}
	return hyphenPrefixes[strings.ToLower(left)]
}

// givenName says whether text[a:b] is the hyphenated given name of an
// East Asian name written family name first (Kim Dae-sung, Lee Jae-myung,
// Kim Jong-un, Lee Teng-hui, Prayuth Chan-o-cha): a capitalised syllable,
// then short lower-case syllables, right after a capitalised word. Such
// names stay one token: EWT, which rarely has them, would otherwise teach
// the tagger to read the syllable after the hyphen as in "Seoul-based"
// (sung: VBN).
func givenName(text string, a, b int) bool {
	parts := strings.Split(text[a:b], "-")
	if len(parts) < 2 || !isSyllable(parts[0], true) {
		return false
	}
	for _, part := range parts[1:] {
		if !isSyllable(part, false) || strings.HasSuffix(part, "ed") || strings.HasSuffix(part, "ly") || notSyllable[part] {
			return false
		}
	}
	// The word before: letters, capitalised, one space away.
	if a < 2 || text[a-1] != ' ' {
		return false
	}
	k := a - 1
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	return k < a-1 && 'A' <= text[k] && text[k] <= 'Z'
}

// notSyllable are short words that follow a hyphen after names in news
// (Trump-era, Obama-style) and are no given names.
var notSyllable = map[string]bool{"era": true, "style": true, "like": true, "run": true, "led": true, "born": true, "made": true, "wide": true, "class": true, "level": true, "type": true, "owned": true, "bound": true, "free": true, "proof": true, "based": true, "lite": true}

// isSyllable: 1 to 5 ASCII letters, the first upper case if capital, the
// rest lower case.
func isSyllable(w string, capital bool) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case k == 0 && capital:
			if c < 'A' || c > 'Z' {
				return false
			}
		case c < 'a' || c > 'z':
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

var abbrevs = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof sr jr st mt ft gen sen rep gov lt col maj capt sgt cmdr adm
	pres rev hon supt insp det corp inc ltd co bros no nos vs etc al fig approx dept est jan feb mar apr jun jul aug
	sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ave blvd rd hwy mass calif fla ill pa wash ariz colo
	conn tenn va ky la md mich minn mo nev okla ore wis wyo ala ark del ga kan neb vt ok`) {
		abbrevs[a] = true
	}
}

// wordAbbrevs are abbreviations spelt like common words; after a
// determiner they are the word ("the mass of the Sun. Roberto Maiolino
// said"), whose period ends the sentence.
var wordAbbrevs = map[string]bool{"sun": true, "sat": true, "mass": true, "wash": true, "ill": true, "fig": true, "ark": true, "ore": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "my": true, "your": true}

// isAbbrev reports whether word (ending in ".") keeps its period.
func isAbbrev(word string) bool {
	if !strings.HasSuffix(word, ".") || len(word) < 2 {
		return false
	}
	if initRe.MatchString(word) {
		return true
	}
	return abbrevs[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// Abbreviations after which a capitalised word usually does not start a
// new sentence (titles and months precede names and numbers).
var titles = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof sr st mt ft gen sen rep gov lt col maj capt sgt cmdr adm pres
	rev hon supt insp det no nos vs jan feb mar apr jun jul aug sep sept oct nov dec`) {
		titles[a] = true
	}
}

func sentences(toks []tok) []Sentence {
	var out []Sentence
	startIdx := 0
	flush := func(end int) {
		if end > startIdx {
			ts := make([]Token, 0, end-startIdx)
			for _, t := range toks[startIdx:end] {
				ts = append(ts, t.Token)
			}
			out = append(out, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts})
		}
		startIdx = end
	}
	for i := 0; i < len(toks); i++ {
		if i > startIdx && (breakBefore(toks, i) || isDash(toks[i-1].Text) && paragraphStart(toks, startIdx) && datelineEnd(toks[startIdx:i])) {
			flush(i)
		}
		if i+1-startIdx >= MaxTokens {
			flush(i + 1)
		}
	}
	flush(len(toks))
	return out
}

// paragraphStart says whether toks[i] opens a line (or the text).
func paragraphStart(toks []tok, i int) bool {
	return i == 0 || toks[i].nl > 0
}

// breakBefore decides whether a sentence ends before toks[i].
func breakBefore(toks []tok, i int) bool {
	t := toks[i]
	if t.nl >= 2 {
		return true // paragraph
	}
	if isClosing(t.Text) && !t.open && t.nl == 0 {
		return false // closing quotes stay with the sentence they close
	}
	first, _ := utf8.DecodeRuneInString(t.Text)
	lowerNext := unicode.IsLower(first)
	if t.nl == 1 && !lowerNext {
		return true // headline, dateline or a line without final punctuation
	}
	// Find the last non-closing token before i.
	j := i - 1
	for k := 0; k < 4 && j > 0 && isClosing(toks[j].Text) && !toks[j].open; k++ {
		j-- // a few closing quotes or brackets; bounded so runs of them stay linear
	}
	p := toks[j].Text
	if lowerNext {
		return false
	}
	switch {
	case p == "." || p == "!" || p == "?" || strings.Trim(p, ".!?…") == "" && strings.ContainsAny(p, ".!?…"):
		return true
	case strings.HasSuffix(p, ".") && isAbbrev(p):
		low := strings.ToLower(strings.TrimSuffix(p, "."))
		if titles[low] || len(p) <= 2 { // "Mr. Smith", "J. Smith"
			return false
		}
		return starters[strings.ToLower(t.Text)]
	}
	return false
}

func isClosing(s string) bool {
	return s == "\"" || s == "”" || s == "’" || s == "'" || s == ")" || s == "]" || s == "»"
}

// Words that start sentences and are rarely part of a name, used to decide
// whether "the U.S. The ..." ends a sentence at the abbreviation.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an he she it they we i you this that these those there his her their its our
	but and or so yet in on at for with after before when while if as however meanwhile also then thus still
	what who why how where mr mrs ms dr`) {
		starters[w] = true
	}
}
