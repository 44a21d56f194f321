package exporters

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kg/exporters/exportcheck"
	"github.com/kgraph/kg/fact"
)

// hostileStrings is text that has broken exporters before: syntax of every
// output format, invalid encodings, control characters, huge names.
var hostileStrings = []string{
	`Quote "Lee" Jae-myung`,
	`back\slash\`,
	"new\nline\r\nand\ttab",
	`<script>alert(1)</script> & > <`,
	`"]; evil [label="pwned"]; x [`,
	`@context`,
	`{"@id": "@graph"}`,
	"NUL\x00byte and \x07 bell and \x1b[31m",
	"bad \xff\xfe utf8 \xc3",
	"\u202eRTL override\u200f and \u2028 line sep",
	`""" ''' triple quotes`,
	`" . <http://evil/s> <http://evil/p> <http://evil/o> .`,
	`// not a comment /* nor this */ # nor this`,
	`]]> <!-- --> &amp; &#0; \N \G \L`,
	`_:b0`,
	"",
	strings.Repeat("Very long name ", 700), // 10 kB
}

// hostile builds a graph with a hostile string in every text field,
// including IDs and relation lemmas.
func hostile() graphData {
	var g graphData
	for i, h := range hostileStrings {
		id := fmt.Sprintf("h%02d-%s", i, h)
		doc := fact.Doc{ID: id, Name: h, Title: h, Date: h}
		g.docs = append(g.docs, doc)
		g.entities = append(g.entities, fact.Entity{ID: id, Name: h, Type: h, Aliases: []string{h, "alias " + h}, Mentions: i})
	}
	for i, h := range hostileStrings {
		id := g.entities[i].ID
		next := g.entities[(i+1)%len(g.entities)].ID
		g.triples = append(g.triples,
			fact.Triple{Subject: h, SubjectID: id, Relation: h, Object: h, ObjectID: next, Doc: id, Text: h, Modality: h, Attribution: h,
				Time: h, Place: h, RelationSurface: h, Confidence: float64(i) / 7, Span: [2]int{i, -i}},
			fact.Triple{Subject: h, SubjectID: id, Relation: "say", Object: h, ObjectID: h, ObjectIsLiteral: true, Doc: id, Text: h, Negated: i%2 == 0},
		)
	}
	return g
}

// hostileScores gives every hostile entity analytics, with the numbers
// that could break a syntax or a computation: NaN, infinities, zero,
// negative and huge values, communities past the DOT palette.
func hostileScores(g graphData) map[string]NodeScore {
	ranks := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, -1, 1e308, 5e-324, 0.25, 1}
	comms := []int{0, 1, -3, 2, 12, 13, 1 << 40, 1, 3}
	sc := map[string]NodeScore{}
	for i, e := range g.entities {
		sc[e.ID] = NodeScore{PageRank: ranks[i%len(ranks)], Community: comms[i%len(comms)]}
	}
	return sc
}

func TestHostileRDF(t *testing.T) {
	g := hostile()
	scores := hostileScores(g)
	for _, format := range []string{"nt", "nq", "ttl"} {
		for _, opts := range []Options{{}, {Provenance: true}, {Provenance: true, RDF12: true}, {Scores: scores}} {
			t.Run(fmt.Sprintf("%s/prov=%v/rdf12=%v/scores=%v", format, opts.Provenance, opts.RDF12, opts.Scores != nil), func(t *testing.T) {
				t.Parallel() // checkers are mostly waiting on node and python start-up
				out := write(t, format, opts, g)
				got := checkRDF(t, format, out, opts.RDF12)
				// No injection: the parsers read exactly the statements
				// the N-Quads/N-Triples writer put one per line.
				lineFormat := "nt"
				if format == "nq" {
					lineFormat = "nq"
				}
				want := map[string]bool{}
				for _, l := range strings.Split(strings.TrimSpace(string(write(t, lineFormat, opts, g))), "\n") {
					want[l] = true
				}
				if n := strings.Count(got, "\n"); n != len(want) {
					t.Errorf("parsers read %d statements, the writer wrote %d", n, len(want))
				}
				if strings.Contains(got, "\n<http://evil/s>") || strings.HasPrefix(got, "<http://evil/s>") {
					t.Error("a triple was injected")
				}
				// Names come back as written (after repair of what no
				// format can carry).
				for _, h := range hostileStrings[:5] {
					lit := `<http://www.w3.org/2000/01/rdf-schema#label> "` + ntEsc(clean(h)) + `"`
					if !strings.Contains(got, lit) {
						t.Errorf("label %q not read back", h)
					}
				}
				// Every finite score is read back, one per entity.
				if opts.Scores != nil {
					want := 0
					for _, sc := range opts.Scores {
						if finite(sc.PageRank) {
							want++
						}
					}
					if n := strings.Count(got, "<"+NSVocab+"pagerank> "); n != want {
						t.Errorf("%d kg:pagerank values read, want %d", n, want)
					}
					for _, v := range []string{`"-1.0E0"`, `"1.0E308"`, `"4.940656458412465E-324"`} {
						if !strings.Contains(got, "<"+NSVocab+"pagerank> "+v+"^^<"+xsdDouble+">") {
							t.Errorf("kg:pagerank %s not read back", v)
						}
					}
				}
			})
		}
	}
}

func ntEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`).Replace(s)
}

func TestHostileJSONLD(t *testing.T) {
	g := hostile()
	for _, opts := range []Options{{}, {Provenance: true}, {Scores: hostileScores(g)}} {
		out := write(t, "jsonld", opts, g)
		if !json.Valid(out) {
			t.Fatal("invalid JSON")
		}
		got := node(t, "jsonld", writeTemp(t, "h.jsonld", out))
		nq := checkRDF(t, "nq", write(t, "nq", opts, g), false)
		if !sameDataset(t, got, nq) {
			t.Errorf("JSON-LD dataset differs from N-Quads:\nJSON-LD only:\n%s\nN-Quads only:\n%s", setDiff(got, nq), setDiff(nq, got))
		}
	}
}

func TestHostileDOT(t *testing.T) {
	g := hostile()
	hi := []string{g.entities[0].ID, g.entities[1].ID}
	for _, opts := range []Options{{}, {Cluster: "doc", Highlight: hi}, {Scores: hostileScores(g)}, {Cluster: "doc", Highlight: hi, Scores: hostileScores(g)}} {
		out := write(t, "dot", opts, g)
		f, svg := checkDOT(t, out)
		if strings.Contains(svg, "pwned") && strings.Contains(string(out), `label="pwned"`) {
			t.Error("attribute injected")
		}
		// Count what the parser saw: every entity and literal is a node,
		// nothing more.
		nodes := exportcheck.CountDOTNodes(f.Graphs[0].Stmts)
		want := len(g.entities) + len(hostileStrings) + len(dotStyles) - 2
		if opts.Scores != nil {
			want += len(dotCommunityColors) + 1 // the community legend
			// Community colours, and sizes that are numbers whatever the
			// PageRank (NaN, infinite, negative).
			for _, c := range []string{dotCommunityColors[0], dotCommunityColors[1], dotCommunityColors[11], dotOtherCommunity} {
				if !strings.Contains(string(out), `fillcolor="`+c+`"`) {
					t.Errorf("no node filled %s", c)
				}
			}
			sizes := regexp.MustCompile(`(width|fontsize)="([^"]*)"`).FindAllStringSubmatch(string(out), -1)
			for _, m := range sizes {
				if v, err := strconv.ParseFloat(m[2], 64); err != nil || !(v > 0 && v < 100) {
					t.Errorf("%s=%q", m[1], m[2])
				}
			}
			if len(sizes) < 2*len(g.entities) {
				t.Errorf("%d node sizes for %d entities", len(sizes)/2, len(g.entities))
			}
		}
		if nodes > want {
			t.Errorf("parser saw %d node statements, at most %d expected", nodes, want)
		}
	}
}

func TestHostileGraphML(t *testing.T) {
	g := hostile()
	doc := checkGraphML(t, write(t, "graphml", Options{Scores: hostileScores(g)}, g))
	if len(doc.Graph.Edges) != len(g.triples) {
		t.Errorf("%d edges, want %d", len(doc.Graph.Edges), len(g.triples))
	}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "n_label" && n.ID == dotID("e:", g.entities[0].ID) && d.Value != clean(hostileStrings[0]) {
				t.Errorf("label %q read back as %q", hostileStrings[0], d.Value)
			}
		}
	}
}
