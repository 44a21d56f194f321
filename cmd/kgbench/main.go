// Command kgbench is what `make bench` runs: it measures the kg binary end
// to end on the Wikinews corpus (and on that corpus repeated to about
// 20 MB), prints a table and writes bench/results.json. See
// internal/bench for what is measured and how.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/kgraph/kg/internal/bench"
)

func main() {
	// The same program is the measuring helper (see bench.MeasureChild).
	if report := os.Getenv(bench.MeasureEnv); report != "" {
		os.Exit(bench.MeasureChild(report, os.Args[1:]))
	}
	kg := flag.String("kg", "bin/kg", "the kg binary to measure")
	corpus := flag.String("corpus", "../shared/corpus/wikinews/articles.jsonl", "JSON Lines corpus")
	out := flag.String("o", "bench/results.json", "where to write the results")
	scale := flag.Int("scale-mb", 20, "size of the repeated corpus in MB (0 skips)")
	scaleAll := flag.Bool("scale-all", false, "also run kg parse on the repeated corpus (kg extract and kg build --extracted always run)")
	storeBench := flag.Bool("store", true, "also run graph/'s Go benchmarks (the store alone) against the storage targets; needs the module root and the go command")
	pg := flag.String("postgres", os.Getenv("KG_BENCH_POSTGRES"), `postgres:// DSN to measure; "" starts a throwaway server when PostgreSQL is installed; "off" skips`)
	paths := flag.String("paths", "Donald Trump:Boris Johnson,Trump:Joe Biden", "entity pairs for kg path, A:B,C:D")
	prose := flag.String("prose", "", "run prose's tagger and entity recogniser on this text file and exit (used by the bench itself)")
	flag.Parse()
	if *prose != "" {
		if err := bench.ProseMain(*prose, os.Stdout); err != nil {
			fail(err)
		}
		return
	}

	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	kgPath, err := filepath.Abs(*kg)
	if err != nil {
		fail(err)
	}
	if _, err := os.Stat(kgPath); err != nil {
		fail(fmt.Errorf("%s: %v (run make build first)", *kg, err))
	}
	work, err := os.MkdirTemp("", "kg-bench-")
	if err != nil {
		fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	cfg := bench.Config{KG: kgPath, Self: self, Corpus: *corpus, WorkDir: work, ScaleMB: *scale, ScaleAll: *scaleAll,
		Postgres: *pg, StoreBenchmarks: *storeBench, Out: os.Stderr}
	for _, p := range strings.Split(*paths, ",") {
		if a, b, ok := strings.Cut(p, ":"); ok {
			cfg.PathPairs = append(cfg.PathPairs, [2]string{a, b})
		}
	}
	res, err := bench.Run(ctx, cfg)
	stop()
	os.RemoveAll(work)
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
	if f := res.Failed(); len(f) > 0 {
		fail(fmt.Errorf("%d step(s) failed: %s", len(f), strings.Join(f, "; ")))
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "kgbench: %v\n", err)
	os.Exit(1)
}
