package bench

import (
	"fmt"
	"io"
	"os"

	"github.com/jdkato/prose/v3"
)

// ProseMain tags the text file and finds its entities with prose, the Go
// library a user would otherwise pick, and writes one line per entity to
// w. The bench runs it in a process of its own (`kgbench -prose FILE`), so
// that its time and memory are measured exactly as kg's commands are,
// model loading included. prose runs on one goroutine.
func ProseMain(textFile string, w io.Writer) error {
	b, err := os.ReadFile(textFile)
	if err != nil {
		return err
	}
	doc, err := prose.NewDocument(string(b))
	if err != nil {
		return fmt.Errorf("%s: prose: %v", textFile, err)
	}
	tokens := 0
	for _, t := range doc.Tokens() {
		if t.Tag != "" {
			tokens++
		}
	}
	ents := doc.Entities()
	for _, e := range ents {
		fmt.Fprintf(w, "%s\t%s\n", e.Label, e.Text)
	}
	fmt.Fprintf(os.Stderr, "prose: %d tagged tokens, %d entities\n", tokens, len(ents))
	return nil
}
