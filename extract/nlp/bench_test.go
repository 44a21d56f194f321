package nlp

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

// benchSentences are EWT dev sentences when the shared data is present
// ($KG_NLP_DATA, default ../shared/nlp beside the repository), else the
// seed articles segmented by the pipeline.
func benchSentences(b *testing.B, p *Pipeline) [][]string {
	b.Helper()
	data := os.Getenv("KG_NLP_DATA") // the directory kgtrain -data reads
	if data == "" {
		data = filepath.Join("..", "..", "..", "shared", "nlp")
	}
	if gold, err := conllu.ReadFile(filepath.Join(data, "ud-english-ewt", "en_ewt-ud-dev.conllu")); err == nil {
		var out [][]string
		for _, s := range gold {
			out = append(out, s.Forms())
		}
		return out
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	var out [][]string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range p.Annotate(string(data)) {
			var w []string
			for _, t := range s.Tokens {
				w = append(w, t.Text)
			}
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		b.Skip("no benchmark text")
	}
	return out
}

func runBench(b *testing.B, fn func(p *Pipeline, words []string)) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b, p)
	tokens := 0
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		fn(p, s)
		tokens += len(s)
	}
	report(b, tokens, cpu0)
}

// BenchmarkTag measures tagging alone (target ≥ 100,000 tokens/s on one core).
func BenchmarkTag(b *testing.B) {
	runBench(b, func(p *Pipeline, w []string) { p.tagger.Tag(w) })
}

// BenchmarkAnnotateTokens measures tag + lemma + parse + NER (target ≥ 30,000 tokens/s).
func BenchmarkAnnotateTokens(b *testing.B) {
	runBench(b, func(p *Pipeline, w []string) { p.AnnotateTokens(w) })
}

// BenchmarkParse measures the parser alone on predicted tags.
func BenchmarkParse(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b, p)
	tags := make([][2][]string, len(sents))
	for i, s := range sents {
		tags[i][0], tags[i][1] = p.tagger.Tag(s)
	}
	tokens := 0
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		k := i % len(sents)
		p.parser.Parse(sents[k], tags[k][0], tags[k][1])
		tokens += len(sents[k])
	}
	report(b, tokens, cpu0)
}

// BenchmarkLoad measures loading the embedded models.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		defaultOnce = *new(sync.Once)
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the process's user+system CPU time in seconds. On a shared
// machine wall-clock throughput depends on the load; tokens per CPU-second
// is what one dedicated core would do.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func report(b *testing.B, tokens int, cpu0 float64) {
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)/cpu, "tokens/cpu-s")
	}
}
