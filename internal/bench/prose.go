package bench

import (
	"os"
	"time"

	"github.com/jdkato/prose/v3"
)

// Prose tags the text and finds its entities with prose, the Go library a
// user would otherwise pick, and returns the step with its words/s. prose
// runs on one goroutine, so the figure is per core.
func Prose(textFile string, words int) Step {
	s := Step{Name: "prose tag+NER", Input: "wikinews", Cores: 1, Rates: map[string]float64{}, Command: "prose.NewDocument (in process)"}
	b, err := os.ReadFile(textFile)
	if err != nil {
		s.Error = err.Error()
		return s
	}
	start := time.Now()
	doc, err := prose.NewDocument(string(b))
	if err != nil {
		s.Error = err.Error()
		return s
	}
	_ = doc.Entities()
	s.Seconds = time.Since(start).Seconds()
	s.Rates["words/s"] = float64(words) / s.Seconds
	return s
}
