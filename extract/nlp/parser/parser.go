package parser

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strings"
	"sync"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Example is one training sentence. Heads are 0-based, -1 for the root.
type Example struct {
	Words, UPOS, XPOS []string
	Heads             []int
	Labels            []string
}

// Parser predicts dependency trees. It is safe for concurrent use.
type Parser struct {
	model  *perceptron.Model
	labels []string // label index → name
	lhash  []uint64 // label index → value hash for features
	rootL  int      // index of "root"
}

func (p *Parser) init() {
	p.lhash = make([]uint64, len(p.labels))
	for i, l := range p.labels {
		p.lhash[i] = strHash(l)
	}
}

// move decodes a class: 0 shift, 1..L left with label c-1, L+1..2L right.
func (p *Parser) move(c int) (kind byte, label int) {
	L := len(p.labels)
	switch {
	case c == 0:
		return 'S', -1
	case c <= L:
		return 'L', c - 1
	default:
		return 'R', c - 1 - L
	}
}

func (p *Parser) valid(st *state, c int) bool {
	kind, l := p.move(c)
	switch kind {
	case 'S':
		return st.canShift()
	case 'L':
		if !st.canLeft() {
			return false
		}
		return (st.b == st.n) == (l == p.rootL) // only the root arc ends at the root
	default:
		return st.canRight() && l != p.rootL
	}
}

func (p *Parser) apply(st *state, c int) {
	kind, l := p.move(c)
	switch kind {
	case 'S':
		st.shift()
	case 'L':
		st.left(l)
	default:
		st.right(l)
	}
}

func (p *Parser) best(scores []int32, st *state) int {
	best := -1
	for c := range scores {
		if p.valid(st, c) && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	return best
}

// Parse returns 0-based heads (-1 for the root) and labels.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, labels []string) {
	n := len(words)
	st := newState(n)
	se := newSent(words, xpos, upos)
	feats := make([]uint64, 0, 160)
	scores := make([]int32, len(p.model.Classes))
	for !st.terminal() {
		// Two moves are forced: shift on an empty stack, and the root
		// arc of the last word; they need no scores.
		switch {
		case len(st.stack) == 0:
			st.shift()
		case len(st.stack) == 1 && st.b == n:
			st.left(p.rootL)
		default:
			feats = p.features(feats[:0], st, se)
			clear(scores)
			p.model.ScoreInt(feats, scores)
			p.apply(st, p.best(scores, st))
		}
	}
	heads, labels = make([]int, n), make([]string, n)
	for i := 0; i < n; i++ {
		h := st.heads[i]
		if h == n {
			h = -1
		}
		heads[i] = h
		labels[i] = p.labels[st.labels[i]]
	}
	return heads, labels
}

// TrainOptions controls training.
type TrainOptions struct {
	Epochs  int
	Seed    int64
	Models  int // perceptrons trained with seeds Seed, Seed+1, ... and averaged (default 1)
	Prune   float32
	Explore float64 // probability of following a wrong prediction after epoch 1
	Log     io.Writer
	Dev     []Example
}

// Train learns a parser. Deterministic for a given Seed.
func Train(train []Example, opt TrainOptions) *Parser {
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	set := map[string]bool{"root": true}
	for _, e := range train {
		for _, l := range e.Labels {
			set[l] = true
		}
	}
	labels := make([]string, 0, len(set))
	for l := range set {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	lindex := map[string]int{}
	for i, l := range labels {
		lindex[l] = i
	}
	classes := []string{"S"}
	for _, l := range labels {
		classes = append(classes, "L:"+l)
	}
	for _, l := range labels {
		classes = append(classes, "R:"+l)
	}
	p := &Parser{labels: labels, rootL: lindex["root"]}
	p.init()
	k := max(opt.Models, 1)
	trs := make([]*perceptron.Trainer, k)
	var wg sync.WaitGroup
	for i := range trs { // independent: each has its own trainer and random source
		wg.Add(1)
		go func() {
			defer wg.Done()
			trs[i] = p.trainOne(train, classes, lindex, opt, opt.Seed+int64(i))
		}()
	}
	wg.Wait()
	tr := trs[0]
	if k > 1 {
		tr = perceptron.Mean(trs)
		if opt.Log != nil && len(opt.Dev) > 0 {
			q := &Parser{model: tr.Average(0), labels: labels, rootL: p.rootL}
			q.init()
			uas, las := q.Score(opt.Dev)
			fmt.Fprintf(opt.Log, "parser mean of %d: dev UAS %.2f%% LAS %.2f%%\n", k, uas, las)
		}
	}
	// Pruning the quantised model (not the float weights) makes a model
	// trained unpruned and pruned later byte-identical to one pruned here.
	p.model = tr.Average(0).Prune(opt.Prune)
	p.init()
	return p
}

// trainOne trains one perceptron with the given seed (example order and
// exploration).
func (p *Parser) trainOne(train []Example, classes []string, lindex map[string]int, opt TrainOptions, seed int64) *perceptron.Trainer {
	tr := perceptron.NewTrainer(classes)
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 160)
	scores := make([]float32, len(classes))
	cost := make([]int, len(classes))
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		var right, total int
		for _, k := range order {
			e := train[k]
			n := len(e.Words)
			gold := make([]int, n+1)
			glab := make([]int, n+1)
			for i, h := range e.Heads {
				if h < 0 {
					h = n
				}
				gold[i] = h
				glab[i] = lindex[e.Labels[i]]
			}
			gold[n] = -2
			st := newState(n)
			se := newSent(e.Words, e.XPOS, e.UPOS)
			for !st.terminal() {
				feats = p.features(feats[:0], st, se)
				clear(scores)
				tr.Score(feats, scores)
				cs, cl, cr := st.costs(gold)
				var s0 int = -1
				if len(st.stack) > 0 {
					s0 = st.stack[len(st.stack)-1]
				}
				minCost := 1 << 30
				for c := range classes {
					if !p.valid(st, c) {
						cost[c] = -1
						continue
					}
					kind, l := p.move(c)
					switch kind {
					case 'S':
						cost[c] = cs
					case 'L':
						cost[c] = cl
						if gold[s0] == st.b && l != glab[s0] {
							cost[c]++
						}
					default:
						cost[c] = cr
						if gold[s0] == st.stack[len(st.stack)-2] && l != glab[s0] {
							cost[c]++
						}
					}
					if cost[c] < minCost {
						minCost = cost[c]
					}
				}
				pred, goldBest := -1, -1
				for c := range classes {
					if cost[c] < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if cost[c] == minCost && (goldBest < 0 || scores[c] > scores[goldBest]) {
						goldBest = c
					}
				}
				if cost[pred] > minCost {
					tr.Update(feats, goldBest, pred)
				}
				tr.Tick()
				next := goldBest
				if ep > 0 && cost[pred] > minCost && rng.Float64() < opt.Explore {
					next = pred
				}
				p.apply(st, next)
			}
			for i := 0; i < n; i++ {
				if st.heads[i] == gold[i] {
					right++
				}
				total++
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "parser seed %d epoch %d: train UAS %.2f%% features %d", seed, ep+1, 100*float64(right)/float64(total), tr.Features())
			if len(opt.Dev) > 0 {
				q := &Parser{model: tr.Average(0), labels: p.labels, rootL: p.rootL}
				q.init()
				uas, las := q.Score(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UAS %.2f%% LAS %.2f%%", uas, las)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr
}

// Score returns UAS and LAS (percent, all words including punctuation).
func (p *Parser) Score(gold []Example) (uas, las float64) {
	var u, l, n int
	for _, e := range gold {
		h, lab := p.Parse(e.Words, e.UPOS, e.XPOS)
		for i := range h {
			if h[i] == e.Heads[i] {
				u++
				if base(lab[i]) == base(e.Labels[i]) {
					l++
				}
			}
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return 100 * float64(u) / float64(n), 100 * float64(l) / float64(n)
}

// base strips a label subtype ("nmod:poss" → "nmod"), as the CoNLL 2018
// shared task scores LAS.
func base(l string) string {
	b, _, _ := strings.Cut(l, ":")
	return b
}

// The header names the format and the feature set: a model is only
// meaningful with the feature templates it was trained with.
const (
	magic          = "kgparser2"
	featureVersion = "2"
)

// WriteTo serialises the parser.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	head := []string{magic, featureVersion}
	if err := perceptron.WriteStrings(w, head); err != nil {
		return 0, err
	}
	if err := perceptron.WriteStrings(w, p.labels); err != nil {
		return 0, err
	}
	return p.model.WriteTo(w)
}

// Read loads a parser written by WriteTo.
func Read(r *bufio.Reader) (*Parser, error) {
	head, err := perceptron.ReadStrings(r)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if len(head) != 2 || head[0] != magic || head[1] != featureVersion {
		return nil, fmt.Errorf("parser: not a %s model with feature set %s (retrain with kgtrain)", magic, featureVersion)
	}
	labels, err := perceptron.ReadStrings(r)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	m, err := perceptron.ReadModel(r)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	p := &Parser{model: m, labels: labels, rootL: -1}
	p.init()
	for i, l := range labels {
		if l == "root" {
			p.rootL = i
		}
	}
	if p.rootL < 0 || len(m.Classes) != 1+2*len(labels) {
		return nil, fmt.Errorf("parser: corrupt model")
	}
	return p, nil
}

// Prune returns a copy without weights of magnitude below t.
func (p *Parser) Prune(t float32) *Parser {
	q := *p
	q.model = p.model.Prune(t)
	q.init()
	return &q
}

// Size returns the number of features and weights in the model.
func (p *Parser) Size() (features, weights int) { return p.model.Features(), p.model.Weights() }
