package lemma

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kg/extract/nlp/perceptron"
	"github.com/kgraph/kg/extract/nlp/wordnet"
	ws "github.com/kgraph/kg/extract/nlp/wordshape"
)

// Example is one training word.
type Example struct {
	Form, XPOS, Lemma string
}

// Lemmatizer maps (form, XPOS) to a lemma. It is safe for concurrent use.
type Lemmatizer struct {
	exact map[string]string // form+"\t"+xpos → lemma (case as in training)
	lower map[string]string // lower(form)+"\t"+xpos → lemma
	rules map[string]string // xpos+"\t"+suffix → rule "n:add"
	abbr  map[string]string // abbreviated name → the name (Sept → September), learnt from training abbreviations
	known map[string]uint8  // lower-case lemma → parts of speech (posBit) and nameBit, from a Lexicon; nil without one
}

const maxSuffix = 6

// Lemma returns the lemma of form tagged xpos.
func (l *Lemmatizer) Lemma(form, xpos string) string {
	if lem, ok := l.exact[form+"\t"+xpos]; ok {
		return lem
	}
	low := ws.Lower(form)
	if lem, ok := l.lower[low+"\t"+xpos]; ok {
		if form != low && xpos == "NNP" && (ws.Lower(lem) == low || ws.Lower(lem) == strings.TrimSuffix(low, ".")) {
			// Only the case differs: a name keeps the case it is written
			// in. A lemma that is another word (Sept. → September) is kept.
			if allCaps(form) && len(form) > 3 && ws.Lower(lem) == low {
				return lem // TEHRAN → Tehran, as seen in training
			}
			return form
		}
		return lem
	}
	if xpos == "CD" && thousands(form) {
		return strings.ReplaceAll(form, ",", "") // 12,000 → 12000, as EWT
	}
	if xpos == "NNPS" {
		// A plural of a WordNet noun loses its plural as a common noun
		// would, keeping its capital: Books → Book, Forces → Force.
		if l.known != nil && form != low {
			if lem := l.Lemma(low, "NNS"); lem != low && l.known[lem]&posBit('n') != 0 {
				if allCaps(form) {
					return strings.ToUpper(lem)
				}
				r, n := utf8.DecodeRuneInString(lem)
				return string(unicode.ToUpper(r)) + lem[n:]
			}
		}
		// Plural names keep their case but lose the plural: Palestinians → Palestinian.
		for k := min(maxSuffix, len(form)); k >= 1; k-- {
			if r, ok := l.rules["NNPS\t"+form[len(form)-k:]]; ok {
				if lem, ok := apply(form, r, k); ok {
					return lem
				}
			}
		}
		return form
	}
	if xpos == "NNP" && letters(strings.TrimSuffix(form, ".")) {
		if lem, ok := l.abbr[strings.TrimSuffix(form, ".")]; ok {
			return lem
		}
	}
	if xpos == "NNP" || xpos == "ADD" || strings.IndexFunc(form, isLetter) < 0 || innerUpper(form) && !allCaps(form) {
		return form // names, addresses, numbers and acronyms are their own lemmas
	}
	pos := posBit(wordnet.POS(xpos))
	if xpos == "JJ" && l.known != nil && l.known[low]&posBit('a') == 0 && (strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "en")) {
		// A participle the tagger took for an adjective (fined,
		// exceeded): unknown as an adjective to the lexicon but its verb
		// known, it is the verb's form.
		if v := l.Lemma(form, "VBN"); l.known[v]&posBit('v') != 0 {
			return v
		}
	}
	// The rule of the longest suffix seen in training, unless a lexicon
	// knows the lemma a shorter one gives and not its (smelled: smell,
	// not smel).
	first := ""
	for k := min(maxSuffix, len(low)); k >= 0; k-- {
		if r, ok := l.rules[xpos+"\t"+low[len(low)-k:]]; ok {
			if lem, ok := apply(low, r, k); ok {
				if l.known == nil || pos == 0 || l.known[lem]&pos != 0 {
					return l.silentE(low, lem, xpos)
				}
				if first == "" {
					first = lem
				}
			}
		}
	}
	if l.known != nil && pos != 0 {
		// WordNet's detachment rules (morphy), vetted the same way.
		for _, d := range wordnet.Detach[xpos] {
			if b, ok := strings.CutSuffix(low, d[0]); ok && b != "" {
				if lem := b + d[1]; l.known[lem]&pos != 0 {
					return lem
				}
			}
		}
	}
	if first != "" {
		if l.known[low]&pos != 0 {
			return low // no rule gives a known lemma, but the form is one (debris, scissors)
		}
		return first
	}
	return low
}

// silentE puts back the e a regular -ed or -ing form drops when the stem
// ends in one vowel and one consonant: "fined" and "pined" are forms of
// fine and pine, not of the verbs fin and pin, whose forms double the
// consonant (finned, pinned). Only when the lexicon knows the verb with e.
func (l *Lemmatizer) silentE(low, lem, xpos string) string {
	switch xpos {
	case "VBD", "VBN", "VBG":
	default:
		return lem
	}
	if l.known == nil || l.known[lem+"e"]&posBit('v') == 0 || low != lem+"ed" && low != lem+"ing" {
		return lem
	}
	n := len(lem)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if n < 3 || vowel(lem[n-1]) || strings.IndexByte("wxy", lem[n-1]) >= 0 || !vowel(lem[n-2]) || vowel(lem[n-3]) {
		return lem
	}
	return lem + "e"
}

// abbreviations maps every prefix of at least three letters of the names
// that training words abbreviate (Sept. → September, Fri → Friday) to the
// name, when no other such name has that prefix.
func abbreviations(targets map[string]bool) map[string]string {
	names := make([]string, 0, len(targets))
	for t := range targets {
		names = append(names, t)
	}
	sort.Strings(names)
	out, clash := map[string]string{}, map[string]bool{}
	for _, t := range names {
		for k := 3; k < len(t); k++ {
			p := t[:k]
			if o, ok := out[p]; ok && o != t {
				clash[p] = true
			}
			out[p] = t
		}
	}
	for p := range clash {
		delete(out, p)
	}
	return out
}

// letters reports a word of ASCII letters only.
func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			return false
		}
	}
	return s != ""
}

// thousands reports a number written with thousands separators: 1,100 or
// 243,000.50.
func thousands(s string) bool {
	s, _, _ = strings.Cut(s, ".")
	groups := strings.Split(s, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for i, g := range groups {
		if i > 0 && len(g) != 3 {
			return false
		}
		for _, c := range g {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// allCaps reports a word of upper-case ASCII letters only (RFP, DUI):
// EWT lower-cases such words unless they are names.
func allCaps(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return len(s) > 1
}

// innerUpper reports an upper-case letter after the first character
// (iPhone, McDonald): such words are brands, left as they are. Words in
// capitals only (RFP) are lower-cased unless tagged as names.
func innerUpper(s string) bool {
	if strings.ContainsAny(s, "./") {
		return false // file names and paths are lower-cased in EWT
	}
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isLetter(r rune) bool {
	return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r > 127
}

// rule returns the edit turning form into lemma, "strip:append".
func rule(form, lemma string) string {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	return strconv.Itoa(len(form)-p) + ":" + lemma[p:]
}

// apply applies rule r, found under a suffix of form of length suf; a rule
// may only rewrite that suffix (the rule "4:good" of best → good must not
// turn closest into clogood).
func apply(form, r string, suf int) (string, bool) {
	n, add, _ := strings.Cut(r, ":")
	k, err := strconv.Atoi(n)
	if err != nil || k > len(form) || k > suf || k == len(form) && add == "" {
		return "", false
	}
	return form[:len(form)-k] + add, true
}

// Train learns a lemmatizer from words with gold tags and lemmas, and from
// a lexicon if lex is not nil.
func Train(train []Example, lex *Lexicon) *Lemmatizer {
	type key = string
	exact := map[key]map[string]int{}
	lower := map[key]map[string]int{}
	rules := map[key]map[string]int{}
	inc := func(m map[key]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	abbrTargets := map[string]bool{}
	for _, e := range train {
		if e.Lemma == "" || e.Lemma == "_" {
			continue
		}
		if p := strings.TrimSuffix(e.Form, "."); e.XPOS == "NNP" && len(p) >= 3 && len(p) < len(e.Lemma) && strings.HasPrefix(e.Lemma, p) && letters(e.Lemma) {
			abbrTargets[e.Lemma] = true
		}
		inc(exact, e.Form+"\t"+e.XPOS, e.Lemma)
		low := ws.Lower(e.Form)
		inc(lower, low+"\t"+e.XPOS, e.Lemma)
		if e.XPOS == "NNP" {
			continue
		}
		if e.XPOS == "NNPS" { // case-preserving rules
			r := rule(e.Form, e.Lemma)
			for k := 1; k <= maxSuffix && k <= len(e.Form); k++ {
				inc(rules, e.XPOS+"\t"+e.Form[len(e.Form)-k:], r)
			}
			continue
		}
		r := rule(low, ws.Lower(e.Lemma))
		for k := 0; k <= maxSuffix && k <= len(low); k++ {
			if k == len(low) && strings.HasPrefix(r, strconv.Itoa(k)+":") {
				break // a rewrite of the whole word (are → be) is no suffix rule: share must not become shbe
			}
			inc(rules, e.XPOS+"\t"+low[len(low)-k:], r)
		}
	}
	l := &Lemmatizer{exact: best(exact), lower: best(lower), rules: best(rules), abbr: abbreviations(abbrTargets)}
	// Drop exact entries the lower-case table already gets right, and rules
	// that a shorter suffix already implies, to keep the model small.
	for k, v := range l.exact {
		form, xpos, _ := strings.Cut(k, "\t")
		if l.lower[ws.Lower(form)+"\t"+xpos] == v {
			delete(l.exact, k)
		}
	}
	if lex != nil {
		l.addLexicon(lex)
	}
	return l
}

// best keeps the most frequent value per key (ties broken alphabetically).
func best(m map[string]map[string]int) map[string]string {
	out := make(map[string]string, len(m))
	for k, vs := range m {
		cands := make([]string, 0, len(vs))
		for v := range vs {
			cands = append(cands, v)
		}
		sort.Strings(cands)
		b := cands[0]
		for _, v := range cands[1:] {
			if vs[v] > vs[b] {
				b = v
			}
		}
		out[k] = b
	}
	return out
}

// WriteTo serialises the lemmatizer.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	for _, m := range []map[string]string{l.exact, l.lower, l.rules, l.abbr, knownString(l.known)} {
		if err := perceptron.WriteMap(w, m); err != nil {
			return 0, err
		}
	}
	return 0, nil
}

// Read loads a lemmatizer written by WriteTo.
func Read(r *bufio.Reader) (*Lemmatizer, error) {
	var ms [5]map[string]string
	for i := range ms {
		m, err := perceptron.ReadMap(r)
		if err != nil {
			return nil, fmt.Errorf("lemmatizer: %w", err)
		}
		ms[i] = m
	}
	l := &Lemmatizer{exact: ms[0], lower: ms[1], rules: ms[2], abbr: ms[3]}
	if len(ms[4]) > 0 {
		l.known = parseKnown(ms[4])
	}
	return l, nil
}
