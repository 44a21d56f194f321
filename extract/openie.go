package extract

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
)

// OpenIEOptions configures OpenIE.
type OpenIEOptions struct {
	Workers int // 0 = one per CPU
	// BenchIE writes BenchIE's format instead of CaRB's: sentence number
	// (from 1)⇥subject⇥relation⇥object, later arguments joined to the object.
	BenchIE bool
}

// OpenIE reads one sentence per line (already tokenised, as in CaRB and
// BenchIE, or plain text) and writes CaRB's format, one extraction per
// line: sentence⇥confidence⇥relation⇥arg1⇥arg2…, the sentence exactly as
// given. Each sentence stands alone: no resolution across sentences.
func OpenIE(ctx context.Context, r io.Reader, w io.Writer, opts OpenIEOptions) error {
	p, err := nlp.Default()
	if err != nil {
		return fmt.Errorf("loading the NLP pipeline: %w", err)
	}
	var lines []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", len(lines)+1, err)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	out := make([][]clause.Extraction, len(lines))
	var wg sync.WaitGroup
	next := make(chan int)
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				words := strings.Fields(lines[i])
				if len(words) == 0 {
					continue
				}
				s := p.AnnotateTokens(words)
				out[i] = OpenIESentence(&s)
			}
		}()
	}
	for i := range lines {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for i, xs := range out {
		for _, x := range xs {
			if opts.BenchIE {
				// BenchIE wants binary facts: the object alone, and each
				// further argument as its own fact with the object moved
				// into the relation ("left him there for" → five hours).
				subj, rel, obj := oneCell(x.OpenIE.Args[0]), oneCell(x.OpenIE.Rel), oneCell(x.OpenIE.Args[1])
				fmt.Fprintf(bw, "%d\t%s\t%s\t%s\n", i+1, subj, rel, obj)
				if len(x.OpenIE.Args) > 2 {
					for _, e := range x.Extra {
						fmt.Fprintf(bw, "%d\t%s\t%s\t%s\n", i+1, subj, oneCell(rel+" "+obj+" "+e.Prep), oneCell(e.Text))
					}
				}
				continue
			}
			fields := []string{lines[i], strconv.FormatFloat(x.Confidence, 'f', 4, 64), oneCell(x.OpenIE.Rel)}
			for _, a := range x.OpenIE.Args {
				fields = append(fields, oneCell(a))
			}
			if _, err := bw.WriteString(strings.Join(fields, "\t") + "\n"); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// OpenIESentence returns the extractions of one sentence that the OpenIE
// benchmarks count: those with a relation and two arguments.
func OpenIESentence(s *nlp.Sentence) []clause.Extraction {
	out := openIERules(s)
	for i := range out {
		out[i].Confidence = learnedConfidence(s, out[i])
	}
	return out
}

// openIERules is OpenIESentence with the rules' own confidence.
func openIERules(s *nlp.Sentence) []clause.Extraction {
	var out []clause.Extraction
	for _, x := range clause.Extract(s) {
		if x.Kind == "nominal" || len(x.OpenIE.Args) < 2 || strings.TrimSpace(x.OpenIE.Rel) == "" {
			continue
		}
		out = append(out, x)
	}
	return out
}

func oneCell(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
