package carb

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Point is one point of the precision–recall curve.
type Point struct {
	Threshold, Precision, Recall float64
}

// Result is a system's score.
type Result struct {
	AUC                   float64
	Precision, Recall, F1 float64 // at the threshold with the best F1
	Threshold             float64
	Curve                 []Point
}

var ptbEscapes = strings.NewReplacer("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}",
	"-lrb-", "(", "-rrb-", ")", "-lsb-", "[", "-rsb-", "]", "-lcb-", "{", "-rcb-", "}")

// Key is how CaRB matches a system's sentence to a gold sentence: spaces,
// PTB bracket escapes and ASCII punctuation do not count.
func Key(sentence string) string {
	s := strings.ReplaceAll(sentence, " ", "")
	s = ptbEscapes.Replace(s)
	return strings.Map(func(r rune) rune {
		if r < 128 && unicode.IsPunct(r) || r < 128 && unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, s)
}

// binary folds the arguments after the first into one ("arg2 arg3 …").
func binary(args []string) []string {
	if len(args) < 2 {
		return args
	}
	return []string{args[0], strings.Join(args[1:], " ")}
}

var beForms = []string{"be", "is", "am", "are", "was", "were", "been", "being"}

// overlap counts gold words found in predicted words, each predicted word
// used once.
func overlap(gold, pred []string) (int, []string) {
	left := append([]string(nil), pred...)
	n := 0
	for _, w := range gold {
		for i, p := range left {
			if p == w {
				n++
				left = append(left[:i], left[i+1:]...)
				break
			}
		}
	}
	return n, left
}

// lenient is CaRB's tuple match on binarised tuples: the relations must
// share a word, and word overlap is pooled over relation and arguments.
func lenient(goldRel string, goldArgs []string, predRel string, predArgs []string) (p, r float64) {
	pw, gw := strings.Fields(predRel), strings.Fields(goldRel)
	pNum, pDen := 0, len(pw)
	rNum, rDen := 0, len(gw)
	m, left := overlap(gw, pw)
	// A predicted "be" matches any form of "be" in the gold relation.
	for _, l := range left {
		if l == "be" {
			for _, f := range beForms {
				if contains(gw, f) {
					m++
					break
				}
			}
			break
		}
	}
	if m == 0 {
		return 0, 0
	}
	pNum += m
	rNum += m
	for i, ga := range goldArgs {
		g := strings.Fields(ga)
		rDen += len(g)
		if i >= len(predArgs) {
			if i < 2 {
				return 0, 0
			}
			continue
		}
		pa := strings.Fields(predArgs[i])
		pDen += len(pa)
		k, _ := overlap(g, pa)
		pNum += k
		rNum += k
	}
	return ratio(pNum, pDen), ratio(rNum, rDen)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

var saidVerbs = []string{"said", "told", "added", "adds", "says"}

// match scores one (gold, predicted) pair as CaRB's default matcher does:
// binary lenient match, and for reported speech also with the predicted
// arguments swapped, keeping the better (precision first, then recall).
func match(g, x Extraction) [2]float64 {
	ga, xa := binary(g.Args), binary(x.Args)
	p, r := lenient(g.Rel, ga, x.Rel, xa)
	said := false
	for _, v := range saidVerbs {
		if strings.Contains(g.Rel, v) {
			said = true
		}
	}
	if !said {
		return [2]float64{p, r}
	}
	sw := xa
	if len(x.Args) >= 2 {
		sw = []string{xa[1], xa[0]}
	}
	p2, r2 := lenient(g.Rel, ga, x.Rel, sw)
	if p2 > p || p2 == p && r2 > r {
		return [2]float64{p2, r2}
	}
	return [2]float64{p, r}
}

// Score compares a system's extractions with the gold tuples.
func Score(gold, pred []Extraction) Result {
	goldBy := map[string][]Extraction{}
	var order []string
	for _, g := range gold {
		k := Key(g.Sentence)
		if _, ok := goldBy[k]; !ok {
			order = append(order, k)
		}
		goldBy[k] = append(goldBy[k], g)
	}
	predBy := map[string][]Extraction{}
	confSet := map[float64]bool{}
	for _, x := range pred {
		k := Key(x.Sentence)
		predBy[k] = append(predBy[k], x)
		confSet[x.Confidence] = true
	}
	thr := make([]float64, 0, len(confSet))
	for c := range confSet {
		thr = append(thr, c)
	}
	sort.Float64s(thr)
	idx := map[float64]int{}
	for i, c := range thr {
		idx[c] = i
	}
	n := len(thr)
	p, pl, r, rl := make([]float64, n+1), make([]float64, n+1), make([]float64, n+1), make([]float64, n+1)
	add := func(a []float64, lo, hi int, v float64) {
		for i := lo; i < hi && i < n; i++ {
			a[i] += v
		}
	}
	for _, k := range order {
		gs, xs := goldBy[k], predBy[k]
		scores := make([][][2]float64, len(gs))
		for i, g := range gs {
			scores[i] = make([][2]float64, len(xs))
			for j, x := range xs {
				scores[i][j] = match(g, x)
			}
		}
		confs := make([]float64, len(xs))
		for j, x := range xs {
			confs[j] = x.Confidence
		}
		sort.Float64s(confs)
		prev := 0
		for _, conf := range confs {
			c := idx[conf]
			if c+1 <= prev {
				continue // a repeated confidence: this range is done
			}
			var kept []int
			for j, x := range xs {
				if x.Confidence >= conf {
					kept = append(kept, j)
				}
			}
			recall := 0.0
			for i := range gs {
				best := 0.0
				for _, j := range kept {
					best = math.Max(best, scores[i][j][1])
				}
				recall += best
			}
			precision := greedy(scores, kept)
			add(p, prev, c+1, precision)
			add(pl, prev, c+1, float64(len(kept)))
			add(r, prev, c+1, recall)
			add(rl, prev, c+1, float64(len(gs)))
			prev = c + 1
		}
		add(rl, prev, n, float64(len(gs)))
	}
	var res Result
	best := math.Inf(-1)
	xs, ys := make([]float64, 0, n+1), make([]float64, 0, n+1)
	for i := 0; i < n; i++ {
		pr := 1.0
		if pl[i] > 0 {
			pr = p[i] / pl[i]
		}
		rc := 0.0
		if rl[i] > 0 {
			rc = r[i] / rl[i]
		}
		res.Curve = append(res.Curve, Point{thr[i], pr, rc})
		xs, ys = append(xs, rc), append(ys, pr)
		if pr+rc > 0 {
			if f := 2 * pr * rc / (pr + rc); f > best {
				best, res.Precision, res.Recall, res.F1, res.Threshold = f, pr, rc, f, thr[i]
			}
		}
	}
	// The curve ends at recall 0, precision 1, as in CaRB.
	xs, ys = append(xs, 0), append(ys, 1)
	for i := 1; i < len(xs); i++ {
		res.AUC += (xs[i-1] - xs[i]) * (ys[i-1] + ys[i]) / 2
	}
	return res
}

// greedy pairs extractions and gold tuples one to one, highest precision
// first, and sums the precisions of the pairs.
func greedy(scores [][][2]float64, kept []int) float64 {
	rows := len(scores)
	m := rows
	if len(kept) < m {
		m = len(kept)
	}
	usedR := make([]bool, rows)
	usedC := map[int]bool{}
	sum := 0.0
	for t := 0; t < m; t++ {
		bi, bj, bp := -1, -1, -1.0
		for i := 0; i < rows; i++ {
			if usedR[i] {
				continue
			}
			for _, j := range kept {
				if usedC[j] {
					continue
				}
				if scores[i][j][0] > bp {
					bi, bj, bp = i, j, scores[i][j][0]
				}
			}
		}
		usedR[bi], usedC[bj] = true, true
		sum += bp
	}
	return sum
}

// Best returns the best (precision, recall) match score of one extraction
// against the gold tuples of its sentence, as the default matcher scores a
// pair. It labels extractions for learning a confidence.
func Best(gold []Extraction, x Extraction) (precision, recall float64) {
	k := Key(x.Sentence)
	for _, g := range gold {
		if Key(g.Sentence) != k {
			continue
		}
		m := match(g, x)
		if m[0] > precision || m[0] == precision && m[1] > recall {
			precision, recall = m[0], m[1]
		}
	}
	return precision, recall
}
