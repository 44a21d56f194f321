package ner

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strings"

	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/kgraph/kg/extract/nlp/perceptron"
	ws "github.com/kgraph/kg/extract/nlp/wordshape"
)

// Example is one training sentence: words, their XPOS tags and IOB2 tags.
type Example struct {
	Words, XPOS, Tags []string
}

// Recognizer tags entities. It is safe for concurrent use.
type Recognizer struct {
	// model scores a word's tag (classes 0..nc-1, emission features) and
	// the pair of its tag and the previous one (classes nc.., transition
	// features): one model, so that both share a weight scale.
	model *perceptron.Model
	gaz   map[string]string // lower word → entity types it occurs in (train)
	caps  map[string]string // lower word → casing profile away from sentence start
	lex   *Lexicon          // names and spellings from word lists
}

type ctx struct {
	raw, low, shape, xpos, gaz, caps []string
	mode                             string // the sentence's casing: "lower", "title", "upper" or ""
	// runFirst, runLast: the first and last word of the run of
	// capitalised words (with inner of, and, &, the) word i is in, "" if
	// it is in none: "Housing" in "Fair Housing Action Center" sees
	// "center", a word that ends organisations.
	runFirst, runLast []string
	// nnpFirst, nnpLast, nnpPos: the first and last word of the run of
	// words tagged NNP/NNPS (two or more) word i is in, and its place in
	// it (B, I, E), "" outside: the tagger's names also in lower-case text.
	nnpFirst, nnpLast, nnpPos []string
	span                      []string // "B-ORG"/"I-ORG": inside a longest match of a training name
	// wn: the WordNet types of the capitalised lemmas the word is part
	// of; wnSpan: "B-" or "I-" and the type of the longest match of a
	// whole WordNet name.
	wn, wnSpan []string
	// gl, glSpan: the same from the name lists (given names, surnames,
	// places).
	gl, glSpan []string
}

func newCtx(words, xpos []string, gaz, caps map[string]string, lex *Lexicon) *ctx {
	n := len(words)
	c := &ctx{raw: words, xpos: xpos, low: make([]string, n), shape: make([]string, n), gaz: make([]string, n), caps: make([]string, n)}
	for i, w := range words {
		c.low[i] = ws.Norm(w)
		c.shape[i] = ws.Shape(w)
		c.gaz[i] = gaz[c.low[i]]
		if p, ok := caps[c.low[i]]; ok {
			c.caps[i] = p
		} else {
			c.caps[i] = "?"
		}
	}
	c.mode = sentenceCase(words)
	c.runs()
	c.nnpRuns()
	c.spans(gaz)
	c.lexicon(lex)
	return c
}

// lexicon looks each word up in the word lists and marks the longest
// matches of whole WordNet names and places.
func (c *ctx) lexicon(lex *Lexicon) {
	n := len(c.raw)
	buf := make([]string, 4*n)
	c.wn, c.wnSpan, c.gl, c.glSpan = buf[:n:n], buf[n:2*n:2*n], buf[2*n:3*n:3*n], buf[3*n:]
	if lex == nil {
		return
	}
	// A place starts at a word with a code: letting places start at short
	// words (San Rafael, New York) lost 0.4-0.8 F1 on dev.
	c.lookUp(lex.Lists, c.gl, c.glSpan)
	c.lookUp(lex.Names, c.wn, c.wnSpan)
}

// lookUp sets each word's codes in table and marks the longest matches of
// its whole names in spans: a name starts at a word with codes and goes on
// over such words and short words (of, the, 's).
func (c *ctx) lookUp(table map[string]string, codes, spans []string) {
	for i, l := range c.low {
		codes[i] = table[l]
	}
	c.markLongest(table, spans, func(j int, first bool) bool {
		return codes[j] != "" || !first && len(c.low[j]) <= 3
	})
}

const maxSpan = 6

// spans marks the longest matches, left to right, of names seen in
// training (gazetteer keys "\x00" + lower-cased words).
func (c *ctx) spans(gaz map[string]string) {
	c.span = make([]string, len(c.raw))
	// Every word of a training name is in the gazetteer, so a match can
	// only go on while the words are.
	c.markLongest(gaz, c.span, func(j int, _ bool) bool { return c.gaz[j] != "" })
}

// markLongest sets out to "B-"/"I-" and the type of the longest matches,
// left to right, of names (keys "\x00" + lower-cased words joined by
// spaces); a match may take word j only while in(j, j is its first word).
func (c *ctx) markLongest(names map[string]string, out []string, in func(j int, first bool) bool) {
	n := len(c.raw)
	var key []byte
	for i := 0; i < n; {
		l := 0
		var typ string
		key = append(key[:0], 0)
		for j := i; j < n && j < i+maxSpan && in(j, j == i); j++ {
			if j > i {
				key = append(key, ' ')
			}
			key = append(key, c.low[j]...)
			if t, ok := names[string(key)]; ok {
				l, typ = j-i+1, t
			}
		}
		if l == 0 {
			i++
			continue
		}
		out[i] = "B-" + typ
		for k := i + 1; k < i+l; k++ {
			out[k] = "I-" + typ
		}
		i += l
	}
}

func isCap(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

func (c *ctx) runs() {
	n := len(c.raw)
	c.runFirst, c.runLast = make([]string, n), make([]string, n)
	for i := 0; i < n; {
		if !isCap(c.raw[i]) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if isCap(c.raw[j]) {
				j++
				continue
			}
			if l := c.low[j]; (l == "of" || l == "and" || l == "&" || l == "the" || l == "de" || l == "for") && j+1 < n && isCap(c.raw[j+1]) {
				j += 2
				continue
			}
			break
		}
		if j-i > 1 {
			for k := i; k < j; k++ {
				c.runFirst[k], c.runLast[k] = c.low[i], c.low[j-1]
			}
		}
		i = j
	}
}

func isNNP(x string) bool { return x == "NNP" || x == "NNPS" }

func (c *ctx) nnpRuns() {
	n := len(c.raw)
	buf := make([]string, 3*n)
	c.nnpFirst, c.nnpLast, c.nnpPos = buf[:n:n], buf[n:2*n:2*n], buf[2*n:]
	for i := 0; i < n; {
		if !isNNP(c.xpos[i]) {
			i++
			continue
		}
		j := i + 1
		for j < n && isNNP(c.xpos[j]) {
			j++
		}
		if j-i > 1 {
			for k := i; k < j; k++ {
				c.nnpFirst[k], c.nnpLast[k], c.nnpPos[k] = c.low[i], c.low[j-1], "I"
			}
			c.nnpPos[i], c.nnpPos[j-1] = "B", "E"
		}
		i = j
	}
}

// sentenceCase classifies a sentence by the casing of its words: "lower"
// when no word has a capital (web text: "flights to tampa bay"), "upper"
// when most words are all capitals, "title" when most start with one
// (headlines, titles), "" otherwise.
func sentenceCase(words []string) string {
	var n, up, title int
	for _, w := range words {
		if w == "" {
			continue
		}
		if c := w[0]; 'a' <= c && c <= 'z' {
			n++
		} else if 'A' <= c && c <= 'Z' {
			n++
			title++
			all := len(w) > 1
			for j := 1; j < len(w) && all; j++ {
				all = w[j] < 'a' || w[j] > 'z'
			}
			if all {
				up++
			}
		}
	}
	switch {
	case n < 3:
		return ""
	case title == 0:
		return "lower"
	case up*4 >= n*3:
		return "upper"
	case title*4 >= n*3:
		return "title"
	}
	return ""
}

// casing profiles each word seen at least twice away from sentence start:
// "U" usually capitalised (a name), "l" usually lower case, "m" mixed. A
// capitalised word whose profile is "l" is a common word in a title or
// headline, not a name.
func casing(train []Example) map[string]string {
	upper, total := map[string]int{}, map[string]int{}
	for _, e := range train {
		for i, w := range e.Words {
			if i == 0 || w == "" {
				continue
			}
			l := ws.Norm(w)
			total[l]++
			if w != l && ws.Flags(w)[0] == '1' {
				upper[l]++
			}
		}
	}
	out := map[string]string{}
	for l, n := range total {
		if n < 2 {
			continue
		}
		switch u := upper[l]; {
		case u*10 >= n*9:
			out[l] = "U"
		case u*10 <= n:
			out[l] = "l"
		default:
			out[l] = "m"
		}
	}
	return out
}

func (c *ctx) at(x []string, i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(x) {
		return "</s>"
	}
	return x[i]
}

// emission returns the features of word i that do not depend on tags.
func (c *ctx) emission(f []uint64, i int) []uint64 {
	w := c.low[i]
	H1, H2, H3 := perceptron.H1, perceptron.H2, perceptron.H3
	f = append(f,
		perceptron.H0(0),
		H1(1, w), H1(2, c.raw[i]), H1(3, c.shape[i]), H1(4, ws.Flags(c.raw[i])),
		H1(5, ws.Suffix(w, 2)), H1(6, ws.Suffix(w, 3)), H1(7, ws.Suffix(w, 4)),
		H1(8, ws.Prefix(w, 2)), H1(9, ws.Prefix(w, 3)),
		H1(10, c.at(c.low, i-1)), H1(11, c.at(c.low, i+1)), H1(12, c.at(c.low, i-2)), H1(13, c.at(c.low, i+2)),
		H1(14, c.at(c.raw, i-1)), H1(15, c.at(c.raw, i+1)),
		H1(16, c.at(c.shape, i-1)), H1(17, c.at(c.shape, i+1)),
		H3(18, c.at(c.shape, i-1), c.shape[i], c.at(c.shape, i+1)),
		H1(19, c.xpos[i]), H2(20, c.at(c.xpos, i-1), c.xpos[i]), H2(21, c.xpos[i], c.at(c.xpos, i+1)),
		H2(26, w, c.at(c.low, i+1)), H2(27, c.at(c.low, i-1), w),
		H1(29, c.gaz[i]), H2(30, c.gaz[i], c.at(c.gaz, i+1)), H2(31, c.at(c.gaz, i-1), c.gaz[i]),
		H2(33, c.xpos[i], c.shape[i]),
		H3(34, c.at(c.xpos, i-1), c.xpos[i], c.at(c.xpos, i+1)),
		H2(37, c.caps[i], c.shape[i]), H2(38, c.at(c.caps, i-1), c.at(c.caps, i+1)),
		H2(40, c.caps[i], c.xpos[i]),
		H2(41, c.mode, c.shape[i]), H3(42, c.mode, c.caps[i], c.xpos[i]),
		H1(43, c.runFirst[i]), H1(44, c.runLast[i]),
		H1(49, c.span[i]), H2(50, c.span[i], c.shape[i]),
		H2(45, c.at(c.low, i-1), c.shape[i]), H2(46, c.shape[i], c.at(c.low, i+1)),
		H1(51, c.nnpFirst[i]), H1(52, c.nnpLast[i]), H3(53, c.nnpPos[i], c.mode, c.shape[i]),
	)
	if i == 0 {
		f = append(f, H1(35, w), H1(36, c.shape[i]))
	}
	f = append(f, H1(54, c.wn[i]), H2(55, c.wn[i], c.shape[i]), H1(61, c.wnSpan[i]), H2(62, c.wnSpan[i], c.shape[i]))
	if c.gl[i] != "" || c.glSpan[i] != "" {
		f = append(f, H2(63, c.gl[i], c.shape[i]), H2(64, c.glSpan[i], c.shape[i]))
		f = append(f, H1(67, c.gl[i]), H2(68, c.at(c.gl, i-1), c.gl[i]), H2(69, c.gl[i], c.at(c.gl, i+1)))
	}
	return f
}

// transition returns the features of word i that score the pair of its
// tag and the previous one (the transition model's classes are pairs, so
// one lookup per feature scores every pair at once).
func (c *ctx) transition(f []uint64, i int) []uint64 {
	H1, H2 := perceptron.H1, perceptron.H2
	return append(f,
		perceptron.H0(22), H1(24, c.low[i]), H1(25, c.shape[i]), H1(28, c.xpos[i]),
		H1(32, c.gaz[i]), H2(39, c.caps[i], c.at(c.caps, i+1)),
	)
}

var classes = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nc = 7

// modelClasses are the tags, then the pairs of a previous tag (or <s>,
// index nc) and a tag.
var modelClasses = func() []string {
	out := append([]string(nil), classes...)
	for p := 0; p <= nc; p++ {
		prev := "<s>"
		if p < nc {
			prev = classes[p]
		}
		for _, c := range classes {
			out = append(out, prev+"|"+c)
		}
	}
	return out
}()

func pair(prev, k int) int { return nc + prev*nc + k }

const nm = nc + (nc+1)*nc

// allowed reports whether tag c may follow tag prev in IOB2 (prev "" or
// "<s>" at the start).
func allowed(prev, c string) bool {
	if !strings.HasPrefix(c, "I-") {
		return true
	}
	return (strings.HasPrefix(prev, "B-") || strings.HasPrefix(prev, "I-")) && prev[2:] == c[2:]
}

type scorer interface {
	Score(feats []uint64, scores []float32)
}

// viterbi finds the best valid tag sequence under a first-order model.
func (c *ctx) viterbi(m scorer) []int {
	n := len(c.raw)
	if n == 0 {
		return nil
	}
	back := make([][nc]int8, n)
	var delta, next [nc]float32
	var e [nm]float32 // tags, then pairs
	t := e[:]
	feats := make([]uint64, 0, 64)
	const neg = -1e30
	for i := 0; i < n; i++ {
		feats = c.emission(feats[:0], i)
		feats = c.transition(feats, i)
		e = [nm]float32{}
		m.Score(feats, e[:])
		if i == 0 {
			for k := 0; k < nc; k++ {
				delta[k] = neg
				if allowed("<s>", classes[k]) {
					delta[k] = e[k] + t[pair(nc, k)]
				}
			}
			continue
		}
		for k := range next {
			next[k] = neg
		}
		for p := 0; p < nc; p++ {
			if delta[p] <= neg/2 {
				continue
			}
			for k := 0; k < nc; k++ {
				if !allowedIdx[p][k] {
					continue
				}
				if v := delta[p] + t[pair(p, k)] + e[k]; v > next[k] {
					next[k] = v
					back[i][k] = int8(p)
				}
			}
		}
		delta = next
	}
	best := 0
	for k := range delta {
		if delta[k] > delta[best] {
			best = k
		}
	}
	out := make([]int, n)
	out[n-1] = best
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}

var allowedIdx = func() (a [nc][nc]bool) {
	for p := range a {
		for k := range a[p] {
			a[p][k] = allowed(classes[p], classes[k])
		}
	}
	return
}()

// GivenName says whether the recogniser's name lists have w as a given
// name (the lists of kgtrain -ner-lists; false without them).
func (r *Recognizer) GivenName(w string) bool {
	return r.lex != nil && strings.IndexByte(r.lex.Lists[ws.Norm(w)], 'f') >= 0
}

// Tag returns IOB2 tags for words with their XPOS tags.
func (r *Recognizer) Tag(words, xpos []string) []string {
	c := newCtx(words, xpos, r.gaz, r.caps, r.lex)
	seq := c.viterbi(r.model)
	out := make([]string, len(words))
	for i, k := range seq {
		out[i] = classes[k]
	}
	orgRuns(words, out)
	trimEnds(words, out)
	dayFirst(words, out)
	r.placeBeforePerson(words, out)
	lowerInName(words, out)
	particleInName(words, out)
	return out
}

// particleInName joins two people's names the model split at a name
// particle between them: "Luiz Inacio Lula da Silva" is one person, not
// "Luiz Inacio Lula" and "Silva". Only a particle that is one (da, van,
// bin, ...), lower-case, right between the two, and a second name that is
// one word or a capitalised run.
func particleInName(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if tags[i] != "O" || !ws.NameParticle(words[i]) || tags[i+1] != "B-PER" || !strings.HasSuffix(tags[i-1], "-PER") {
			continue
		}
		tags[i], tags[i+1] = "I-PER", "I-PER"
	}
}

// lowerInName ends a person's name at a lower-case word inside it that is
// no name particle: "Kennedy assassin Sirhan Sirhan" names Sirhan Sirhan
// (a headline's "assassin" had been read into one name with "Kennedy").
func lowerInName(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if tags[i] != "I-PER" || w == "" || w[0] < 'a' || w[0] > 'z' || ws.NameParticle(w) || !strings.HasPrefix(tags[i+1], "I-PER") || !isCap(words[i+1]) {
			continue
		}
		for j := i; j >= 0 && (tags[j] == "I-PER" || tags[j] == "B-PER"); j-- {
			b := tags[j] == "B-PER"
			tags[j] = "O"
			if b {
				break
			}
		}
		tags[i+1] = "B-PER"
	}
}

// placeBeforePerson splits a place off the person's name it was run into:
// "Senator from Vermont Bernie Sanders" names Vermont and Bernie Sanders.
// The place is a place of the name lists and no given name or surname,
// and a given name follows it.
func (r *Recognizer) placeBeforePerson(words, tags []string) {
	if r.lex == nil {
		return
	}
	for i := 0; i+2 < len(words); i++ {
		if tags[i] != "B-PER" || tags[i+1] != "I-PER" || tags[i+2] != "I-PER" {
			continue
		}
		place, given := r.lex.Lists[ws.Norm(words[i])], r.lex.Lists[ws.Norm(words[i+1])]
		if strings.IndexByte(place, 'g') >= 0 && strings.IndexAny(place, "fs") < 0 && strings.IndexByte(given, 'f') >= 0 {
			tags[i], tags[i+1] = "B-LOC", "B-PER"
		}
	}
}

// dayFirst takes a day after "on" out of the entity it begins: "On Friday
// Ford Motor Company announced" names the company, not "Friday Ford".
func dayFirst(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if strings.HasPrefix(tags[i], "B-") && tags[i+1] == "I-"+tags[i][2:] && strings.EqualFold(words[i-1], "on") && weekdays[strings.ToLower(words[i])] {
			tags[i+1] = tags[i]
			tags[i] = "O"
		}
	}
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// trimEnds drops the lower-case function words an entity ends in ("House
// Oversight and" when the model began a new name at "Reform"): no name
// ends in "and", "of" or "the".
func trimEnds(words, tags []string) {
	for i := len(words) - 1; i >= 0; i-- {
		end := i+1 == len(words) || !strings.HasPrefix(tags[i+1], "I-")
		if end && strings.HasPrefix(tags[i], "I-") && trailing[words[i]] {
			tags[i] = "O"
		}
	}
}

// trailing are the words trimEnds drops at an entity's end.
var trailing = map[string]bool{"and": true, "of": true, "the": true, "for": true, "&": true, "or": true, "in": true, "at": true, "on": true, "to": true}

// TrainOptions controls training.
type TrainOptions struct {
	Epochs int
	// Models > 1 trains that many models with seeds Seed, Seed+1, ... and
	// averages their weights (one model at run time).
	Models int
	Seed   int64
	Prune  float32
	Log    io.Writer
	Dev    []Example
	// Lexicon, if not nil, gives features from word lists and is kept in
	// the model.
	Lexicon *Lexicon
	// ListFree of the Models are trained without the Lexicon's name
	// lists (their weights still go into the mean).
	ListFree int
	noLists  bool // set per model by Train
}

// Train learns a recogniser. Deterministic for a given Seed.
func Train(train []Example, opt TrainOptions) *Recognizer {
	if opt.Epochs == 0 {
		opt.Epochs = 10
	}
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	gaz := gazetteer(train)
	caps := casing(train)
	lex := opt.Lexicon
	if lex == nil {
		lex = &Lexicon{}
	}
	if opt.Models < 1 {
		opt.Models = 1
	}
	ts := make([]*perceptron.Trainer, opt.Models)
	for m := range ts {
		o := opt
		o.Seed = opt.Seed + int64(m)
		if m < len(ts)-1 {
			o.Log = nil
		}
		// The last ListFree models do without the name lists, so the
		// mean also weighs the context of names the lists lack (feature
		// bagging): a model that always sees the lists learns to lean on
		// them and under-trains the rest ("Trump said" lost its PER).
		o.noLists = m >= len(ts)-opt.ListFree
		ts[m] = trainOne(train, gaz, caps, lex, o)
	}
	tr := perceptron.Mean(ts)
	if opt.Log != nil && len(ts) > 1 && len(opt.Dev) > 0 {
		r := &Recognizer{model: tr.Average(0), gaz: gaz[len(gaz)-1], caps: caps, lex: lex}
		p, rc, f := r.Score(opt.Dev)
		fmt.Fprintf(opt.Log, "ner mean of %d models: dev P %.2f R %.2f F1 %.2f\n", len(ts), p, rc, f)
	}
	r := &Recognizer{model: tr.Average(opt.Prune), gaz: gaz[len(gaz)-1], caps: caps, lex: lex}
	if opt.Log != nil && len(opt.Dev) > 0 {
		p, rc, f := r.Score(opt.Dev)
		fmt.Fprintf(opt.Log, "ner final (pruned at %g): dev P %.2f R %.2f F1 %.2f\n", opt.Prune, p, rc, f)
	}
	return r
}

// trainOne runs the structured-perceptron epochs of one model.
func trainOne(train []Example, gaz []map[string]string, caps map[string]string, lex *Lexicon, opt TrainOptions) *perceptron.Trainer {
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	tr := perceptron.NewTrainer(modelClasses)
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 64)
	prev := func(seq []int, i int) int {
		if i == 0 {
			return nc
		}
		return seq[i-1]
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		// The gazetteer seen in training leaves out each sentence's own
		// fold, so the model does not learn to trust it blindly.
		for _, k := range order {
			e := train[k]
			c := newCtx(e.Words, e.XPOS, gaz[k%folds], caps, lex)
			if opt.noLists {
				for i := range c.gl {
					c.gl[i], c.glSpan[i] = "", ""
				}
			}
			pred := c.viterbi(tr)
			gold := make([]int, len(e.Tags))
			for i, t := range e.Tags {
				gold[i] = index[t] // unknown types count as O (index 0)
			}
			for i := range gold {
				if pred[i] != gold[i] {
					feats = c.emission(feats[:0], i)
					tr.Update(feats, gold[i], pred[i])
				}
				if g, p := pair(prev(gold, i), gold[i]), pair(prev(pred, i), pred[i]); g != p {
					feats = c.transition(feats[:0], i)
					tr.Update(feats, g, p)
				}
			}
			tr.Tick()
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "ner epoch %d: features %d", ep+1, tr.Features())
			if len(opt.Dev) > 0 {
				r := &Recognizer{model: tr.Average(0), gaz: gaz[len(gaz)-1], caps: caps, lex: lex}
				p, rc, f := r.Score(opt.Dev)
				fmt.Fprintf(opt.Log, " dev P %.2f R %.2f F1 %.2f", p, rc, f)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr
}

const folds = 5

// gazetteer returns folds jackknifed gazetteers (entry k built without the
// sentences i%folds == k) followed by the full one.
func gazetteer(train []Example) []map[string]string {
	build := func(skip int) map[string]string {
		types := map[string]map[string]bool{}
		names := map[string]map[string]int{}
		for i, e := range train {
			if skip >= 0 && i%folds == skip {
				continue
			}
			for _, sp := range conllu.Spans(e.Tags) {
				if sp.End-sp.Start <= maxSpan {
					ws2 := make([]string, 0, sp.End-sp.Start)
					for j := sp.Start; j < sp.End; j++ {
						ws2 = append(ws2, ws.Norm(e.Words[j]))
					}
					k := "\x00" + strings.Join(ws2, " ")
					if names[k] == nil {
						names[k] = map[string]int{}
					}
					names[k][sp.Type]++
				}
				for j := sp.Start; j < sp.End; j++ {
					w := ws.Norm(e.Words[j])
					if types[w] == nil {
						types[w] = map[string]bool{}
					}
					types[w][sp.Type] = true
				}
			}
		}
		out := map[string]string{}
		for w, ts := range types {
			var l []string
			for t := range ts {
				l = append(l, t)
			}
			sort.Strings(l)
			out[w] = strings.Join(l, "_")
		}
		for k, ts := range names {
			best := ""
			for t, n := range ts {
				if best == "" || n > ts[best] || n == ts[best] && t < best {
					best = t
				}
			}
			out[k] = best
		}
		return out
	}
	var out []map[string]string
	for k := 0; k < folds; k++ {
		out = append(out, build(k))
	}
	return append(out, build(-1))
}

// Score returns entity-level precision, recall and F1 (percent).
func (r *Recognizer) Score(gold []Example) (p, rc, f float64) {
	var tp, np, ng int
	for _, e := range gold {
		pred := conllu.Spans(r.Tag(e.Words, e.XPOS))
		g := conllu.Spans(e.Tags)
		ng += len(g)
		np += len(pred)
		set := map[conllu.Span]bool{}
		for _, s := range g {
			set[s] = true
		}
		for _, s := range pred {
			if set[s] {
				tp++
			}
		}
	}
	return PRF(tp, np, ng)
}

// PRF turns counts into precision, recall and F1 percentages.
func PRF(tp, npred, ngold int) (p, r, f float64) {
	if npred > 0 {
		p = 100 * float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = 100 * float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// WriteTo serialises the recogniser.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	// The order Read reads them in.
	for _, t := range []map[string]string{r.gaz, r.caps, r.lex.Names, r.lex.Lists} {
		if err := perceptron.WriteMap(w, t); err != nil {
			return 0, err
		}
	}
	return r.model.WriteTo(w)
}

// Read loads a recogniser written by WriteTo.
func Read(br *bufio.Reader) (*Recognizer, error) {
	// The training gazetteer, casing profiles, WordNet names, name lists.
	var tables [4]map[string]string
	for i := range tables {
		var err error
		if tables[i], err = perceptron.ReadMap(br); err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
	}
	m, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if len(m.Classes) != nm {
		return nil, fmt.Errorf("ner: corrupt model")
	}
	return &Recognizer{model: m, gaz: tables[0], caps: tables[1], lex: &Lexicon{Names: tables[2], Lists: tables[3]}}, nil
}
