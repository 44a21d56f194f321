package graph

import (
	"context"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/graph/internal/pgtest"
)

// load writes docs into st in batches of batch documents and returns the
// number of quads written.
func load(tb testing.TB, st *Store, docs []input, batch int) int {
	ctx := context.Background()
	n := 0
	for i := 0; i < len(docs); i += batch {
		b, err := st.Begin(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		for _, in := range docs[i:min(i+batch, len(docs))] {
			if _, err := b.AddDocument(in.doc, in.triples, in.entities); err != nil {
				tb.Fatal(err)
			}
		}
		n += b.Quads()
		if err := b.Commit(); err != nil {
			tb.Fatal(err)
		}
	}
	return n
}

// BenchmarkLoad measures loading 2,000 synthetic documents (~100 quads
// each) into a fresh store, 200 documents per transaction.
func BenchmarkLoad(b *testing.B) {
	docs := synthDocs(2000, 1)
	for _, be := range []string{"bolt", "memory", "postgres"} {
		b.Run(be, func(b *testing.B) {
			var quads int
			var el, cpu, scpu time.Duration
			for i := 0; i < b.N; i++ {
				dsn := "memory"
				var srv *pgtest.Server
				switch be {
				case "bolt":
					dsn = filepath.Join(b.TempDir(), "kg.db")
				case "postgres":
					srv = pgtest.Start(b)
					dsn = srv.NewDB(b)
				}
				st, err := Open(dsn, Options{})
				if err != nil {
					b.Fatal(err)
				}
				var s0 time.Duration
				if srv != nil {
					s0 = srv.CPU()
				}
				t0, c0 := time.Now(), cpuTime()
				quads += load(b, st, docs, 200)
				st.Close()
				el += time.Since(t0)
				cpu += cpuTime() - c0
				if srv != nil {
					scpu += srv.CPU() - s0
				}
			}
			b.ReportMetric(float64(quads)/el.Seconds(), "quads/s")
			b.ReportMetric(float64(len(docs)*b.N)/el.Seconds(), "docs/s")
			// The machine is shared: quads per CPU-second is the steadier figure.
			b.ReportMetric(float64(quads)/cpu.Seconds(), "quads/cpu-s")
			if scpu > 0 {
				// kg's and the server's CPU together.
				b.ReportMetric(float64(quads)/(cpu+scpu).Seconds(), "quads/total-cpu-s")
			}
		})
	}
}

// cpuTime is the CPU time (user+system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkOpen(b *testing.B) {
	dsn := filepath.Join(b.TempDir(), "kg.db")
	st, err := Open(dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	load(b, st, synthDocs(200, 2), 200)
	st.Close()
	for _, ro := range []bool{false, true} {
		b.Run(map[bool]string{false: "rw", true: "ro"}[ro], func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				st, err := Open(dsn, Options{ReadOnly: ro})
				if err != nil {
					b.Fatal(err)
				}
				st.Close()
			}
		})
	}
}

// bigStore returns a read-only Bolt store of about a million quads (3,900
// synthetic documents), built once and kept in the temp directory between
// runs, and some of its entity IDs.
func bigStore(b *testing.B) (*Store, []string) {
	// v6: the layout with adjacency values and the kg_key name index.
	path := filepath.Join(os.TempDir(), "kg-bench-1m-v6.db")
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".tmp"
		os.Remove(tmp)
		st, err := Open(tmp, Options{})
		if err != nil {
			b.Fatal(err)
		}
		load(b, st, synthDocs(3900, 7), 300)
		st.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
	}
	// Read the file once so that the figures are those of a store in use
	// (in the page cache), not of the disk: in make bench, the builds
	// before this evict it, and cold reads made a 0.6 ms query take 4 ms.
	if f, err := os.Open(path); err == nil {
		io.Copy(io.Discard, f)
		f.Close()
	}
	st, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	n, _ := st.QuadCount(context.Background())
	b.ReportMetric(float64(n), "quads")
	// Entities as users would ask about them: drawn from the facts, so
	// frequent ones come up more often.
	var ids []string
	r := rand.New(rand.NewSource(3))
	for _, in := range synthDocs(200, 7) {
		t := in.triples[r.Intn(len(in.triples))]
		ids = append(ids, t.SubjectID, t.ObjectID)
	}
	return st, ids
}

// BenchmarkTwoHop measures the two-hop neighbourhood of an entity (edges
// only, no evidence sentences) on the million-quad store, from a name to
// the sorted edges with names: lookup, the summary records of the entity
// and of its kept neighbours, the names. "all" keeps every edge (hubs bring
// tens of thousands); "pernode20" keeps the 20 strongest edges at each
// entity expanded, as kg neighbors does by default.
func BenchmarkTwoHop(b *testing.B) {
	st, ids := bigStore(b)
	ctx := context.Background()
	for _, per := range []int{0, 20} {
		b.Run(map[int]string{0: "all", 20: "pernode20"}[per], func(b *testing.B) {
			b.ResetTimer()
			edges, c0 := 0, cpuTime()
			for i := 0; i < b.N; i++ {
				nh, err := st.Neighbors(ctx, ids[i%len(ids)], NeighborOptions{Depth: 2, PerNode: per})
				if err != nil {
					b.Fatal(err)
				}
				edges += len(nh.Edges)
			}
			cpu := cpuTime() - c0
			b.ReportMetric(float64(edges)/float64(b.N), "edges/op")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(max(edges, 1)), "cpu-ns/edge")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkSummaries measures the whole-store questions on the
// million-quad store: stats, the entity list, a degree ranking, PageRank.
func BenchmarkSummaries(b *testing.B) {
	st, _ := bigStore(b)
	ctx := context.Background()
	for _, q := range []struct {
		name string
		fn   func() error
	}{
		{"stats", func() error { _, err := st.Stats(ctx); return err }},
		{"entities", func() error { _, err := st.Entities(ctx); return err }},
		{"rank-degree", func() error { _, err := st.Rank(ctx, "degree", 10); return err }},
		{"rank-pagerank", func() error { _, err := st.Rank(ctx, "pagerank", 10); return err }},
	} {
		b.Run(q.name, func(b *testing.B) {
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if err := q.fn(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// countVisitor counts what Read passes.
type countVisitor struct{ docs, ents, triples int }

func (c *countVisitor) Doc(fact.Doc) error       { c.docs++; return nil }
func (c *countVisitor) Entity(fact.Entity) error { c.ents++; return nil }
func (c *countVisitor) Triple(fact.Triple) error { c.triples++; return nil }

// BenchmarkRead measures Read (kg export) over the million-quad store and
// the heap it needs: peak-heap-MB is the largest live heap seen by a
// sampler during the run.
func BenchmarkRead(b *testing.B) {
	st, _ := bigStore(b)
	ctx := context.Background()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var m runtime.MemStats
		var p uint64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				peak <- p
				return
			case <-t.C:
				runtime.ReadMemStats(&m)
				p = max(p, m.HeapAlloc)
			}
		}
	}()
	b.ResetTimer()
	c0 := cpuTime()
	var cv countVisitor
	for i := 0; i < b.N; i++ {
		cv = countVisitor{}
		if err := st.Read(ctx, &cv); err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuTime() - c0
	close(stop)
	p := <-peak
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(cv.triples), "triples")
	b.ReportMetric(float64(p-min(p, base.HeapAlloc))/1e6, "peak-heap-MB")
}

// BenchmarkPath measures kg path between two entities on the million-quad
// store: lookup, search and evidence, as the command does after Open.
func BenchmarkPath(b *testing.B) {
	st, ids := bigStore(b)
	ctx := context.Background()
	for _, und := range []bool{false, true} {
		b.Run(map[bool]string{false: "directed", true: "undirected"}[und], func(b *testing.B) {
			found, c0 := 0, cpuTime()
			for i := 0; i < b.N; i++ {
				a, c := ids[(2*i)%len(ids)], ids[(2*i+3)%len(ids)]
				ps, err := st.Paths(ctx, a, c, PathOptions{Undirected: und})
				if err != nil {
					b.Fatal(err)
				}
				if len(ps) > 0 {
					found++
				}
			}
			b.ReportMetric(float64(found)/float64(b.N), "found/op")
			b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
