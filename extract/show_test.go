package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
)

// TestShow prints the parse and extractions of $KG_SHOW (a debugging aid
// for reading what the extractor does with a sentence; skipped otherwise).
func TestShow(t *testing.T) {
	src := os.Getenv("KG_SHOW")
	if src == "" {
		t.Skip("set KG_SHOW to a sentence")
	}
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := p.AnnotateTokens(strings.Fields(src))
	for i, tk := range s.Tokens {
		fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\t%s\n", i, tk.Text, tk.Lemma, tk.UPOS, tk.Head, tk.DepRel, tk.NER)
	}
	for _, x := range OpenIESentence(&s) {
		fmt.Printf("%.2f %s | %s | %q | graph: %s | %s | %s\n", x.Confidence, x.Kind, x.OpenIE.Rel, x.OpenIE.Args, x.Subject.Text, x.Rel, x.Object.Text)
	}
}
