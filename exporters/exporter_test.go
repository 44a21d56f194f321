package exporters

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

func TestNew(t *testing.T) {
	for _, f := range Formats {
		if _, err := New(f, &bytes.Buffer{}, Options{}); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	_, err := New("xml", &bytes.Buffer{}, Options{})
	if err == nil || !strings.Contains(err.Error(), "dot, jsonld, nt, nq, ttl, graphml") {
		t.Errorf("unknown format error %v does not list the formats", err)
	}
	if _, err := New("dot", &bytes.Buffer{}, Options{Cluster: "topic"}); err == nil {
		t.Error("unknown cluster mode accepted")
	}
}

// TestWriteErrors checks that a failing io.Writer surfaces as an error.
func TestWriteErrors(t *testing.T) {
	for _, f := range Formats {
		w, err := New(f, failWriter{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		g := sample()
		for i := 0; i < 2000; i++ { // more than the 64 kB buffer
			g.triples = append(g.triples, g.triples[i%len(g.triples)])
			g.triples[len(g.triples)-1].Sentence = i
			g.triples[len(g.triples)-1].SubjectID = fmt.Sprint("s", i)
		}
		var werr error
		for _, tr := range g.triples {
			if werr = w.Triple(tr); werr != nil {
				break
			}
		}
		if werr == nil {
			werr = w.Close()
		}
		if werr == nil {
			t.Errorf("%s: write error lost", f)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

// BenchmarkFormats measures every format on one core, in triples per
// second, with provenance where the format has it.
func BenchmarkFormats(b *testing.B) {
	const n = 20000
	g := sample()
	triples := make([]fact.Triple, n)
	for i := range triples {
		triples[i] = g.triples[i%len(g.triples)]
		triples[i].SubjectID = fmt.Sprint(triples[i].SubjectID, i/10)
		triples[i].Sentence = i
	}
	for _, f := range Formats {
		for _, prov := range []bool{false, true} {
			if prov && (f == "dot" || f == "graphml") {
				continue
			}
			b.Run(fmt.Sprintf("%s/provenance=%v", f, prov), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					w, _ := New(f, io.Discard, Options{Provenance: prov})
					for j := range triples {
						if err := w.Triple(triples[j]); err != nil {
							b.Fatal(err)
						}
					}
					w.Close()
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "triples/s")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}
