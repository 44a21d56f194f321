// Command kgbench is what `make bench` runs: it measures the kg binary end
// to end on the Wikinews corpus and writes bench/results.json.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgraph/kg/internal/bench"
)

func main() {
	kg := flag.String("kg", "bin/kg", "the kg binary to measure")
	corpus := flag.String("corpus", "../shared/corpus/wikinews/articles.jsonl", "JSON Lines corpus")
	out := flag.String("o", "bench/results.json", "where to write the results")
	scale := flag.Int("scale-mb", 20, "size of the repeated corpus in MB (0 skips)")
	pg := flag.String("postgres", os.Getenv("KG_BENCH_POSTGRES"), "postgres:// DSN to measure PostgreSQL too")
	paths := flag.String("paths", "Donald Trump:Boris Johnson,Trump:China", "entity pairs for kg path, A:B,C:D")
	flag.Parse()

	work, err := os.MkdirTemp("", "kg-bench-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(work)
	cfg := bench.Config{KG: *kg, Corpus: *corpus, WorkDir: work, ScaleMB: *scale, Postgres: *pg, Out: os.Stderr}
	for _, p := range strings.Split(*paths, ",") {
		if a, b, ok := strings.Cut(p, ":"); ok {
			cfg.PathPairs = append(cfg.PathPairs, [2]string{a, b})
		}
	}
	res, err := bench.Run(context.Background(), cfg)
	if err != nil {
		fail(err)
	}
	bench.WriteTable(os.Stdout, res)
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fail(err)
	}
	b, _ := json.MarshalIndent(res, "", "  ")
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "kgbench: results in %s\n", *out)
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "kgbench: %v\n", err)
	os.Exit(1)
}
