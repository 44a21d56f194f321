package exporters

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/fact"
)

func TestJSONLD(t *testing.T) {
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"sample.jsonld", Options{}},
		{"sample-provenance.jsonld", Options{Provenance: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // checkers are mostly waiting on node and python start-up
			out := write(t, "jsonld", c.opts, sample())
			golden(t, c.name, out)
			var v map[string]any
			if err := json.Unmarshal(out, &v); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			// jsonld.js (safe mode, remote documents refused) must read
			// exactly the N-Quads export's dataset.
			got := node(t, "jsonld", writeTemp(t, "g.jsonld", out))
			nq := checkRDF(t, "nq", write(t, "nq", c.opts, sample()), false)
			if !sameDataset(t, got, nq) {
				t.Errorf("JSON-LD dataset differs from N-Quads:\nJSON-LD only:\n%s\nN-Quads only:\n%s", setDiff(got, nq), setDiff(nq, got))
			}
			checkContextUsed(t, out)
		})
	}
	if _, err := New("jsonld", &bytes.Buffer{}, Options{RDF12: true}); err == nil {
		t.Error("JSON-LD accepted --rdf12")
	}
}

func FuzzJSONLD(f *testing.F) {
	f.Add("@context", "@id", "\"}]", "\u2028\x00\xff", true)
	f.Fuzz(func(t *testing.T, s, rel, o, id string, lit bool) {
		g := graphData{
			docs:     []fact.Doc{{ID: id, Title: s}},
			entities: []fact.Entity{{ID: id, Name: s, Aliases: []string{o, rel}}},
			triples:  []fact.Triple{{Subject: s, SubjectID: id, Relation: rel, Object: o, ObjectID: o, ObjectIsLiteral: lit, Doc: id, Text: o, Negated: lit}},
		}
		out := write(t, "jsonld", Options{Provenance: !lit}, g)
		var v struct {
			Context map[string]string `json:"@context"`
			Graph   []map[string]any  `json:"@graph"`
		}
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		// No text may become a key: every key is a keyword kg writes or a
		// compact IRI with a declared prefix.
		var walk func(any)
		walk = func(x any) {
			switch x := x.(type) {
			case map[string]any:
				for k, val := range x {
					// Absolute IRIs are keys too: rdf: terms when the
					// context does not declare rdf (see NewJSONLD), and
					// IRIs whose local part a compact IRI cannot carry.
					if i := strings.IndexByte(k, ':'); !(k == "@id" || k == "@type" || k == "@graph" || k == "@value" || i > 0 && v.Context[k[:i]] != "" ||
						i > 0 && strings.HasPrefix(k[i:], "://") && v.Context[k[:i]] == "") {
						t.Fatalf("unexpected key %q", k)
					}
					walk(val)
				}
			case []any:
				for _, y := range x {
					walk(y)
				}
			}
		}
		for _, n := range v.Graph {
			walk(n)
		}
	})
}

// checkContextUsed fails t unless every prefix the @context declares is
// used in the body: the context lists only the terms used.
func checkContextUsed(t testing.TB, out []byte) {
	t.Helper()
	exportcheck.JSONLDContextUsed(t, writeTemp(t, "ctx.jsonld", out))
}
