package extract

import (
	"os"
	"testing"
	"time"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/resolve"
)

// BenchmarkExtractOverhead measures what extraction (clauses and entity
// resolution) adds on top of parsing, on Wikinews articles: the issue's
// budget is under 20% of parse time. Reported as overhead_%.
func BenchmarkExtractOverhead(b *testing.B) {
	data, err := os.ReadFile("../../shared/corpus/wikinews/articles.jsonl")
	if err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	if len(data) > 200_000 {
		data = data[:200_000] // a few dozen articles; JSON noise is text too
	}
	text := string(data)
	p, err := nlp.Default()
	if err != nil {
		b.Fatal(err)
	}
	annotate := annotator(p) // what kg runs: names written with hyphens are analysed again
	ex := &Extractor{workers: 1, annotate: annotate, reg: resolve.New(nil)}
	var parse, extract time.Duration
	words := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		sents := annotate(text)
		t1 := time.Now()
		pr := parsed{sents: sents}
		for j := range sents {
			pr.exs = append(pr.exs, extractSentence(&sents[j]))
			words += len(sents[j].Tokens)
		}
		ex.resolve(pr)
		t2 := time.Now()
		parse += t1.Sub(t0)
		extract += t2.Sub(t1)
	}
	b.ReportMetric(100*extract.Seconds()/parse.Seconds(), "overhead_%")
	b.ReportMetric(float64(words)/(parse+extract).Seconds(), "words/s")
}
