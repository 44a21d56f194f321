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
	model *perceptron.Model
	gaz   map[string]string // lower word → entity types it occurs in (train)
	caps  map[string]string // lower word → casing profile away from sentence start
}

type ctx struct {
	raw, low, shape, xpos, gaz, caps []string
}

func newCtx(words, xpos []string, gaz, caps map[string]string) *ctx {
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
	return c
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
	)
	if i == 0 {
		f = append(f, H1(35, w), H1(36, c.shape[i]))
	}
	return f
}

// transition returns the features of word i that pair its tag with the
// previous one (prev "<s>" at the start).
func (c *ctx) transition(f []uint64, i int, prev string) []uint64 {
	H1, H2, H3 := perceptron.H1, perceptron.H2, perceptron.H3
	return append(f,
		H1(22, prev), H2(24, prev, c.low[i]), H2(25, prev, c.shape[i]), H2(28, prev, c.xpos[i]),
		H2(32, prev, c.gaz[i]), H3(39, prev, c.caps[i], c.at(c.caps, i+1)),
	)
}

var classes = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nc = 7

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
	var em, tr [nc]float32
	feats := make([]uint64, 0, 48)
	const neg = -1e30
	for i := 0; i < n; i++ {
		feats = c.emission(feats[:0], i)
		em = [nc]float32{}
		m.Score(feats, em[:])
		if i == 0 {
			feats = c.transition(feats[:0], 0, "<s>")
			tr = [nc]float32{}
			m.Score(feats, tr[:])
			for k := 0; k < nc; k++ {
				delta[k] = neg
				if allowed("<s>", classes[k]) {
					delta[k] = em[k] + tr[k]
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
			feats = c.transition(feats[:0], i, classes[p])
			tr = [nc]float32{}
			m.Score(feats, tr[:])
			for k := 0; k < nc; k++ {
				if !allowed(classes[p], classes[k]) {
					continue
				}
				if v := delta[p] + tr[k] + em[k]; v > next[k] {
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

// Tag returns IOB2 tags for words with their XPOS tags.
func (r *Recognizer) Tag(words, xpos []string) []string {
	c := newCtx(words, xpos, r.gaz, r.caps)
	seq := c.viterbi(r.model)
	out := make([]string, len(words))
	for i, k := range seq {
		out[i] = classes[k]
	}
	return out
}

// TrainOptions controls training.
type TrainOptions struct {
	Epochs int
	Seed   int64
	Prune  float32
	Log    io.Writer
	Dev    []Example
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
	tr := perceptron.NewTrainer(classes)
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 64)
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		// The gazetteer seen in training leaves out each sentence's own
		// fold, so the model does not learn to trust it blindly.
		for _, k := range order {
			e := train[k]
			c := newCtx(e.Words, e.XPOS, gaz[k%folds], caps)
			pred := c.viterbi(tr)
			gold := make([]int, len(e.Tags))
			for i, t := range e.Tags {
				gold[i] = index[t] // unknown types count as O (index 0)
			}
			prevName := func(seq []int, i int) string {
				if i == 0 {
					return "<s>"
				}
				return classes[seq[i-1]]
			}
			for i := range gold {
				if pred[i] != gold[i] {
					feats = c.emission(feats[:0], i)
					tr.Update(feats, gold[i], pred[i])
				}
				if pred[i] != gold[i] || i > 0 && pred[i-1] != gold[i-1] {
					feats = c.transition(feats[:0], i, prevName(gold, i))
					tr.Add(feats, gold[i], 1)
					feats = c.transition(feats[:0], i, prevName(pred, i))
					tr.Add(feats, pred[i], -1)
				}
			}
			tr.Tick()
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "ner epoch %d: features %d", ep+1, tr.Features())
			if len(opt.Dev) > 0 {
				r := &Recognizer{model: tr.Average(0), gaz: gaz[len(gaz)-1], caps: caps}
				p, rc, f := r.Score(opt.Dev)
				fmt.Fprintf(opt.Log, " dev P %.2f R %.2f F1 %.2f", p, rc, f)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return &Recognizer{model: tr.Average(opt.Prune), gaz: gaz[len(gaz)-1], caps: caps}
}

const folds = 5

// gazetteer returns folds jackknifed gazetteers (entry k built without the
// sentences i%folds == k) followed by the full one.
func gazetteer(train []Example) []map[string]string {
	build := func(skip int) map[string]string {
		types := map[string]map[string]bool{}
		for i, e := range train {
			if skip >= 0 && i%folds == skip {
				continue
			}
			for _, sp := range conllu.Spans(e.Tags) {
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
	if err := perceptron.WriteMap(w, r.gaz); err != nil {
		return 0, err
	}
	if err := perceptron.WriteMap(w, r.caps); err != nil {
		return 0, err
	}
	return r.model.WriteTo(w)
}

// Read loads a recogniser written by WriteTo.
func Read(br *bufio.Reader) (*Recognizer, error) {
	gaz, err := perceptron.ReadMap(br)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	caps, err := perceptron.ReadMap(br)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	m, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if len(m.Classes) != len(classes) {
		return nil, fmt.Errorf("ner: corrupt model")
	}
	return &Recognizer{model: m, gaz: gaz, caps: caps}, nil
}
