package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

func loaded(t *testing.T, b backend, docs ...input) *Store {
	st := b.open(t)
	for _, d := range docs {
		add(t, st, d)
	}
	return st
}

// hopsString renders a path as "a -rel-> b <-rel- c" for comparison.
func hopsString(p Path) string {
	var sb strings.Builder
	for i, h := range p.Hops {
		if i == 0 {
			sb.WriteString(h.From.ID)
		}
		if h.Forward {
			sb.WriteString(" -" + h.Relation + "-> ")
		} else {
			sb.WriteString(" <-" + h.Relation + "- ")
		}
		sb.WriteString(h.To.ID)
	}
	return sb.String()
}

func TestPaths(t *testing.T) {
	cases := []struct {
		a, b string
		opts PathOptions
		want []string // paths; nil: none
	}{
		{"Kishida", "South Korea", PathOptions{}, []string{"fumio-kishida -meet-> lee-jae-myung -lead-> south-korea"}},
		{"fumio kishida", "lee", PathOptions{}, []string{"fumio-kishida -meet-> lee-jae-myung"}},
		{"japan", "South Korea", PathOptions{}, nil},
		{"japan", "South Korea", PathOptions{Undirected: true}, []string{"japan <-lead- fumio-kishida -meet-> lee-jae-myung -lead-> south-korea"}},
		{"japan", "South Korea", PathOptions{Undirected: true, Via: "lead"}, nil},
		{"Kishida", "South Korea", PathOptions{Since: "2025-02-01"}, nil},
		{"Lee", "Pyongyang", PathOptions{Undirected: true}, nil}, // the only edge is negated
		{"<https://kg.example.org/entity/fumio-kishida>", "south-korea", PathOptions{K: 3}, []string{"fumio-kishida -meet-> lee-jae-myung -lead-> south-korea"}},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, fixtureA(), fixtureB())
			for _, c := range cases {
				ps, err := st.Paths(context.Background(), c.a, c.b, c.opts)
				if err != nil {
					t.Fatalf("%s → %s: %v", c.a, c.b, err)
				}
				var got []string
				for _, p := range ps {
					got = append(got, hopsString(p))
				}
				if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("%s → %s %+v:\n got %q\nwant %q", c.a, c.b, c.opts, got, c.want)
				}
			}
			// Every hop cites its sentence and document.
			ps, _ := st.Paths(context.Background(), "Kishida", "South Korea", PathOptions{})
			h := ps[0].Hops
			if h[0].Text != "Kishida met Lee in Tokyo." || h[0].DocName != "news/a.txt" || h[0].Date != "2025-01-02" ||
				h[1].Text != "Lee leads South Korea." || h[1].DocName != "news/b.txt" || h[1].Sentence != 1 ||
				h[0].From.Name != "Fumio Kishida" || h[1].To.Name != "South Korea" || h[0].Support != 1 {
				t.Errorf("hops = %+v", h)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	other := input{doc: fact.Doc{ID: "c1", Name: "c.txt", Text: "Lee Jun-seok spoke."}, entities: []fact.Entity{
		{ID: "lee-jun-seok", Name: "Lee Jun-seok", Type: fact.Person, Aliases: []string{"Lee"}, Mentions: 1}}}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, fixtureA(), fixtureB(), other)
			ctx := context.Background()
			for q, want := range map[string]string{"President LEE": "lee-jae-myung", "Kishida": "fumio-kishida",
				"lee-jun-seok": "lee-jun-seok", "Jun-seok": "lee-jun-seok", "korea": "south-korea"} {
				e, err := st.Lookup(ctx, q)
				if err != nil || e.ID != want {
					t.Errorf("Lookup(%q) = %v, %v; want %s", q, e.ID, err, want)
				}
			}
			_, err := st.Lookup(ctx, "lee")
			var amb *AmbiguousError
			if !errors.As(err, &amb) || len(amb.Candidates) != 2 || !strings.Contains(err.Error(), "Lee Jun-seok") {
				t.Errorf("Lookup(lee) = %v", err)
			}
			_, err = st.Lookup(ctx, "Kishda")
			var unk *UnknownEntityError
			if !errors.As(err, &unk) || !strings.Contains(err.Error(), "did you mean Fumio Kishida") {
				t.Errorf("Lookup(Kishda) = %v", err)
			}
		})
	}
}

func TestNeighbors(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, fixtureA(), fixtureB())
			nh, err := st.Neighbors(context.Background(), "Lee", NeighborOptions{Depth: 2, Evidence: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range nh.Edges {
				got = append(got, h.From.ID+" "+h.Relation+" "+h.To.ID+" | "+h.Text)
			}
			want := []string{
				"fumio-kishida meet lee-jae-myung | Kishida met Lee in Tokyo.",
				"lee-jae-myung lead south-korea | Lee leads South Korea.",
				"fumio-kishida lead japan | Kishida leads Japan.",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("neighbors:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// TestPathsSkipValues: a fact's object may be a value ("tariffs"), which
// two entities can share without being connected; paths go through
// entities only.
func TestPathsSkipValues(t *testing.T) {
	text := "Pyongyang will review tariffs."
	d := fact.Doc{ID: fact.DocID(text), Name: "news/c.txt", Date: "2025-03-04", Text: text}
	tc := tr(d, 0, "Pyongyang", "pyongyang", fact.GPE, "review", "tariffs", "tariffs", "", text)
	tc.ObjectIsLiteral = true
	c := input{d, []fact.Triple{tc}, []fact.Entity{{ID: "pyongyang", Name: "Pyongyang", Type: fact.GPE, Mentions: 1}}}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, fixtureA(), fixtureB(), c)
			ps, err := st.Paths(context.Background(), "Japan", "Pyongyang", PathOptions{Undirected: true, K: 3})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				t.Errorf("path through a value: %s", hopsString(p))
			}
			// The value is still a neighbour: only paths skip it.
			ns, err := st.Neighbors(context.Background(), "Pyongyang", NeighborOptions{Depth: 1})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(fmt.Sprint(ns), "tariffs") {
				t.Errorf("neighbours of Pyongyang lost the value: %v", ns)
			}
		})
	}
}

// TestPathsSkipMostlyValueEdges (Bolt, whose summaries count the documents
// stating each edge with an entity object): one document making an entity
// of a value does not turn the value into a link for the edges that other
// documents state as values.
func TestPathsSkipMostlyValueEdges(t *testing.T) {
	mk := func(name, subj, sid string, lit bool, ents ...fact.Entity) input {
		text := subj + " is president (" + name + ")."
		d := fact.Doc{ID: fact.DocID(text), Name: name, Date: "2025-03-04", Text: text}
		tt := tr(d, 0, subj, sid, fact.Person, "be", "president", "president", "", text)
		tt.ObjectIsLiteral = lit
		return input{d, []fact.Triple{tt}, append(ents, fact.Entity{ID: sid, Name: subj, Type: fact.Person, Mentions: 1})}
	}
	st := loaded(t, backends(t)[0],
		mk("a.txt", "Ann Able", "ann-able", true),
		mk("a2.txt", "Ann Able", "ann-able", true),
		mk("b.txt", "Ann Able", "ann-able", false, fact.Entity{ID: "president", Name: "President", Type: fact.Person, Mentions: 1}),
		mk("c.txt", "Cy Cole", "cy-cole", true),
	)
	if st.kind != "bolt" {
		t.Fatal("the first backend is not Bolt")
	}
	ps, err := st.Paths(context.Background(), "Ann Able", "Cy Cole", PathOptions{Undirected: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Errorf("path through a value: %s", hopsString(p))
	}
}
