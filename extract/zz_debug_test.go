package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
)

func TestZZDebug(t *testing.T) {
	p, _ := nlp.Default()
	for _, s := range p.Annotate(os.Getenv("S")) {
		for _, x := range clause.Extract(&s) {
			fmt.Printf("%s | %q | %s | %q | extra=%v\n", x.Kind, x.Subject.Text, x.Rel, x.Object.Text, x.Extra)
		}
	}
}
