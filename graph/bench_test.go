package graph

import (
	"context"
	"path/filepath"
	"testing"
	"time"
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
	for _, be := range []string{"bolt", "memory"} {
		b.Run(be, func(b *testing.B) {
			var quads int
			var el time.Duration
			for i := 0; i < b.N; i++ {
				dsn := "memory"
				if be == "bolt" {
					dsn = filepath.Join(b.TempDir(), "kg.db")
				}
				st, err := Open(dsn, Options{})
				if err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				quads += load(b, st, docs, 200)
				st.Close()
				el += time.Since(t0)
			}
			b.ReportMetric(float64(quads)/el.Seconds(), "quads/s")
			b.ReportMetric(float64(len(docs)*b.N)/el.Seconds(), "docs/s")
		})
	}
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
