package bench

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// storeTarget is one of the storage issue's targets for the store alone,
// read off a Go benchmark of graph/.
type storeTarget struct {
	bench, metric string
	target        float64
	atMost        bool // the figure must stay at or below target
}

var storeTargets = []storeTarget{
	{"BenchmarkLoad/bolt", "quads/s", 50000, false},
	{"BenchmarkLoad/postgres", "quads/s", 10000, false},
	{"BenchmarkTwoHop/pernode20", "ms/op", 1, true},
	{"BenchmarkPath/directed", "ms/op", 100, true},
	{"BenchmarkPath/undirected", "ms/op", 100, true},
}

// storeBenchmarks runs graph/'s Go benchmarks (the store alone, on
// synthetic news-like data: loading, and a two-hop neighbourhood and paths
// on a store of about a million quads, built once into the temporary
// directory) and says for each of the targets whether it is met
// and by how much it is missed. They run from the module root, where make
// bench runs; elsewhere they are skipped with a line saying so.
func (b *bencher) storeBenchmarks(ctx context.Context) {
	if _, err := os.Stat("graph/bench_test.go"); err != nil {
		b.skip(Step{Name: "graph benchmarks", Input: "synthetic"}, "skipped: not run from the kg module root")
		return
	}
	for _, run := range [][2]string{{"^BenchmarkLoad$", "1x"}, {"BenchmarkTwoHop/pernode20", "200x"}, {"^BenchmarkPath$", "100x"}} {
		argv := []string{"go", "test", "-run", "^$", "-bench", run[0], "-benchtime", run[1], "./graph"}
		var out bytes.Buffer
		s := Step{Name: "graph benchmarks", Input: "synthetic", Command: strings.Join(argv, " ")}
		b.r.run(ctx, &s, nil, &out, argv...)
		if s.Error != "" {
			s.Rates = map[string]float64{}
			b.res.Steps = append(b.res.Steps, s)
			b.progress(s)
			continue
		}
		for _, r := range parseBenchmarks(out.String()) {
			st := Step{Name: r.name, Input: "synthetic", Rates: r.metrics, Command: ""}
			for _, t := range storeTargets {
				if t.bench != r.name {
					continue
				}
				v, ok := r.metrics[t.metric]
				if !ok {
					continue
				}
				st.Note = verdict(v, t.target, t.metric, t.atMost)
			}
			b.res.Steps = append(b.res.Steps, st)
			b.progress(st)
		}
	}
}

type benchLine struct {
	name    string
	metrics map[string]float64
}

// parseBenchmarks reads `go test -bench` output: each result line is the
// benchmark's name (with a -GOMAXPROCS suffix), the iterations, then
// value-unit pairs. ns/op is given as ms/op.
func parseBenchmarks(out string) []benchLine {
	var res []benchLine
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		m := map[string]float64{}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			if f[i+1] == "ns/op" {
				m["ms/op"] = v / 1e6 // easier to read against the targets
				continue
			}
			m[f[i+1]] = v
		}
		res = append(res, benchLine{name, m})
	}
	return res
}

// verdict says whether v meets target, or by how much it misses it.
func verdict(v, target float64, metric string, atMost bool) string {
	switch {
	case atMost && v <= target, !atMost && v >= target:
		return fmt.Sprintf("target %s %s: met", num(target), metric)
	case atMost:
		return fmt.Sprintf("target %s %s: missed by %.0f%%", num(target), metric, 100*(v-target)/target)
	default:
		return fmt.Sprintf("target %s %s: missed by %.0f%%", num(target), metric, 100*(target-v)/target)
	}
}
