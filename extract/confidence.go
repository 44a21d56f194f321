package extract

import (
	"math"
	"strings"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
)

// confKinds are the constructions that get a feature of their own.
var confKinds = []string{"svo", "copula", "passive", "apposition", "title", "nominal", "speech"}

// confFeatureNames name the features of confFeatures, in order; the learned
// weights (confidence_weights.go) are stored in this order.
var confFeatureNames = func() []string {
	n := []string{"bias", "rule", "subj_words", "obj_words", "rel_words", "extras", "sent_words",
		"subj_pronoun", "subj_proper", "obj_proper", "obj_prep", "negated", "modal", "attributed",
		"subj_long", "obj_long", "sent_long", "obj_clause", "rel_be", "subj_det_head",
		"rule_sq", "obj_pronoun", "obj_num", "rel_has_prep", "subj_wh", "args", "subj_clause", "arg_has_rel"}
	for _, k := range confKinds {
		n = append(n, "kind_"+k)
	}
	return n
}()

// confFeatures describes an extraction for the learned confidence: the
// hand-set rule confidence plus the shape of its arguments, relation and
// sentence.
func confFeatures(s *nlp.Sentence, x clause.Extraction) []float64 {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	words := func(t string) float64 { return float64(len(strings.Fields(t))) }
	lg := func(v float64) float64 { return math.Log1p(v) }
	subjW, objW := words(x.Subject.Text), words(x.Object.Text)
	tok := func(i int) nlp.Token {
		if i < 0 || i >= len(s.Tokens) {
			return nlp.Token{}
		}
		return s.Tokens[i]
	}
	sh, oh := tok(x.Subject.Head), tok(x.Object.Head)
	objClause := false
	for _, i := range x.Object.Tokens {
		if t := tok(i); strings.HasPrefix(t.XPOS, "VB") && t.XPOS != "VBG" && t.XPOS != "VBN" {
			objClause = true
		}
	}
	// A subject holding a finite verb, and an argument that repeats the
	// relation's own verb ("the team –note→ the rate noted by the team"),
	// are signs of a clause taken for a phrase.
	subjClause, argRel := false, false
	for _, i := range x.Subject.Tokens {
		if t := tok(i); t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD" {
			subjClause = true
		}
	}
	if rw := strings.Fields(x.Rel); len(rw) > 0 {
		verb := rw[0]
		if verb == "be" && len(rw) > 1 {
			verb = rw[1]
		}
		for _, a := range []clause.Arg{x.Subject, x.Object} {
			for _, i := range a.Tokens {
				if t := tok(i); strings.HasPrefix(t.UPOS, "VERB") && strings.EqualFold(t.Lemma, verb) {
					argRel = true
				}
			}
		}
	}
	f := []float64{
		1, x.Confidence, lg(subjW), lg(objW), lg(words(x.OpenIE.Rel)), lg(float64(len(x.Extra))), lg(float64(len(s.Tokens))),
		b(sh.UPOS == "PRON"), b(isProper(sh)), b(isProper(oh)), b(x.Object.Prep != ""), b(x.Negated), b(x.Modality != ""), b(!x.Attribution.Empty()),
		b(subjW > 6), b(objW > 10), b(len(s.Tokens) > 40), b(objClause), b(x.Rel == "be"), b(sh.UPOS == "DET"),
		x.Confidence * x.Confidence, b(oh.UPOS == "PRON"), b(oh.UPOS == "NUM"), b(relPrep(x.OpenIE.Rel)), b(strings.HasPrefix(sh.XPOS, "W")), float64(len(x.OpenIE.Args)),
		b(subjClause), b(argRel),
	}
	for _, k := range confKinds {
		f = append(f, b(x.Kind == k))
	}
	return f
}

// relPrep reports whether the relation ends in a preposition ("arrived in").
func relPrep(rel string) bool {
	w := strings.Fields(rel)
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "in", "on", "at", "of", "to", "for", "with", "by", "from", "into", "as", "about", "after", "over":
		return true
	}
	return false
}

// learnedConfidence replaces the rule confidence with the logistic model
// trained on CaRB dev (see TestTrainConfidence).
func learnedConfidence(s *nlp.Sentence, x clause.Extraction) float64 {
	f := confFeatures(s, x)
	if len(f) != len(confWeights) {
		return x.Confidence
	}
	z := 0.0
	for i, v := range f {
		z += confWeights[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// fitLogistic fits weights by gradient descent on the cross-entropy with
// soft labels y in 0..1 and an L2 penalty; features are standardised
// inside and the weights returned on the original scale.
func fitLogistic(X [][]float64, y []float64, l2 float64, iters int) []float64 {
	if len(X) == 0 {
		return nil
	}
	d := len(X[0])
	mean, sd := make([]float64, d), make([]float64, d)
	for _, r := range X {
		for j, v := range r {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(len(X))
	}
	for _, r := range X {
		for j, v := range r {
			sd[j] += (v - mean[j]) * (v - mean[j])
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j] / float64(len(X)))
		if sd[j] < 1e-9 {
			sd[j] = 0 // constant: the bias column, or unused
		}
	}
	z := func(r []float64, j int) float64 {
		if sd[j] == 0 {
			if j == 0 {
				return 1
			}
			return 0
		}
		return (r[j] - mean[j]) / sd[j]
	}
	w := make([]float64, d)
	g := make([]float64, d)
	lr := 0.5
	for it := 0; it < iters; it++ {
		for j := range g {
			g[j] = 0
		}
		for i, r := range X {
			s := 0.0
			for j := range w {
				s += w[j] * z(r, j)
			}
			p := 1 / (1 + math.Exp(-s))
			for j := range w {
				g[j] += (p - y[i]) * z(r, j)
			}
		}
		for j := range w {
			reg := l2 * w[j]
			if j == 0 {
				reg = 0
			}
			w[j] -= lr * (g[j]/float64(len(X)) + reg)
		}
	}
	// Back to the raw scale: w·z = Σ w_j (x_j-m_j)/s_j + w_0.
	out := make([]float64, d)
	out[0] = w[0]
	for j := 1; j < d; j++ {
		if sd[j] == 0 {
			continue
		}
		out[j] = w[j] / sd[j]
		out[0] -= w[j] * mean[j] / sd[j]
	}
	return out
}
