package exporters

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

func TestTurtle(t *testing.T) {
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"sample.ttl", Options{}},
		{"sample-provenance.ttl", Options{Provenance: true}},
		{"sample-rdf12.ttl", Options{Provenance: true, RDF12: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // checkers are mostly waiting on node and python start-up
			out := write(t, "ttl", c.opts, sample())
			golden(t, c.name, out)
			got := checkRDF(t, "ttl", out, c.opts.RDF12)
			// Turtle says exactly what N-Triples says.
			nt := checkRDF(t, "nt", write(t, "nt", c.opts, sample()), c.opts.RDF12)
			if c.opts.RDF12 {
				if got != nt {
					t.Errorf("Turtle and N-Triples differ:\n%s", setDiff(got, nt))
				}
				return
			}
			if !sameDataset(t, got, nt) {
				t.Errorf("Turtle is not isomorphic to N-Triples:\nTurtle only:\n%s\nN-Triples only:\n%s", setDiff(got, nt), setDiff(nt, got))
			}
			if !strings.Contains(string(out), "@prefix schema: <https://schema.org/> .") || !strings.Contains(string(out), "entity:lee-jae-myung\n    a schema:Person ;") {
				t.Error("Turtle does not use prefixes or group by subject")
			}
		})
	}
}

func TestPNLocal(t *testing.T) {
	for s, want := range map[string]bool{"lee": true, "be%20of": true, "-x": false, "a.b": false, "%2": false, "%zz": false, "": false, "a/b": false, "_x": true} {
		if pnLocal(s) != want {
			t.Errorf("pnLocal(%q) = %v", s, !want)
		}
	}
}

func FuzzTurtle(f *testing.F) {
	f.Add("Lee", "meet", "x\"\"\"y", "-id", false)
	f.Fuzz(func(t *testing.T, s, rel, o, id string, lit bool) {
		g := graphData{
			entities: []fact.Entity{{ID: id, Name: s, Aliases: []string{o}}},
			triples:  []fact.Triple{{Subject: s, SubjectID: id, Relation: rel, Object: o, ObjectID: o, ObjectIsLiteral: lit, Doc: id, Text: o}},
		}
		out := string(write(t, "ttl", Options{Provenance: true}, g))
		// Every line is a prefix, a statement start, a continuation or blank:
		// text never escapes its quotes onto a line of its own.
		for _, l := range strings.Split(out, "\n") {
			if l != "" && !strings.HasPrefix(l, "@prefix ") && !strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "entity:") &&
				!strings.HasPrefix(l, "stmt:") && !strings.HasPrefix(l, "<") {
				t.Fatalf("unexpected line %q", l)
			}
		}
	})
}
