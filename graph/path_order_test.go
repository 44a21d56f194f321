package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/kgraph/kg/fact"
)

// Many equally short paths: the answer (which k, in which order) must be
// the same on every call, whatever order gonum's maps list neighbours in.
func TestPathsDeterministicAmongTies(t *testing.T) {
	text := "A diamond of equally short paths."
	d := fact.Doc{ID: fact.DocID(text), Name: "diamond.txt", Date: "2025-01-01", Text: text}
	var ts []fact.Triple
	ents := []fact.Entity{{ID: "a", Name: "Alpha", Type: fact.Person, Mentions: 1}, {ID: "z", Name: "Omega", Type: fact.Person, Mentions: 1}}
	for i := 0; i < 12; i++ {
		id := fmt.Sprintf("m%02d", i)
		ents = append(ents, fact.Entity{ID: id, Name: "Middle " + id, Type: fact.Org, Mentions: 1})
		ts = append(ts, tr(d, i, "Alpha", "a", fact.Person, "meet", "Middle "+id, id, fact.Org, "Alpha met "+id+"."))
		ts = append(ts, tr(d, i, "Middle "+id, id, fact.Org, "meet", "Omega", "z", fact.Person, id+" met Omega."))
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, input{d, ts, ents})
			for _, undirected := range []bool{false, true} {
				var first string
				for i := 0; i < 30; i++ {
					ps, err := st.Paths(context.Background(), "Alpha", "Omega", PathOptions{K: 3, Undirected: undirected})
					if err != nil || len(ps) != 3 {
						t.Fatalf("undirected=%v: %d paths, %v", undirected, len(ps), err)
					}
					got := ""
					for _, p := range ps {
						got += hopsString(p) + "; "
					}
					if i == 0 {
						first = got
					} else if got != first {
						t.Fatalf("undirected=%v: call %d answered %s, call 1 %s", undirected, i+1, got, first)
					}
				}
			}
		})
	}
}
