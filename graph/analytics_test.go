package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/kgraph/kg/fact"
)

// twoClusters is two triangles of entities joined by one bridge fact.
func twoClusters() input {
	text := "clusters"
	d := fact.Doc{ID: fact.DocID(text), Name: "clusters.txt", Text: text}
	link := func(i int, a, b string) fact.Triple {
		return tr(d, i, a, a, "", "meet", b, b, "", fmt.Sprintf("%s met %s.", a, b))
	}
	return input{doc: d, triples: []fact.Triple{
		link(0, "a1", "a2"), link(1, "a2", "a3"), link(2, "a3", "a1"),
		link(3, "b1", "b2"), link(4, "b2", "b3"), link(5, "b3", "b1"),
		link(6, "a1", "b1"),
	}}
}

func TestRankAndCommunities(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := loaded(t, b, twoClusters())
			ctx := context.Background()
			for _, by := range []string{"degree", "betweenness", "pagerank"} {
				sc, err := st.Rank(ctx, by, 2)
				if err != nil {
					t.Fatal(err)
				}
				// The bridge ends are the most central by every measure
				// (they tie: symmetric graph).
				if len(sc) != 2 || sc[0].ID+sc[1].ID != "a1b1" && sc[0].ID+sc[1].ID != "b1a1" {
					t.Errorf("%s: %+v", by, sc)
				}
			}
			if _, err := st.Rank(ctx, "fame", 1); err == nil {
				t.Error("unknown ranking accepted")
			}
			cs, q, err := st.Communities(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprint(cs)
			if want := "[{1 [{a1 a1} {a2 a2} {a3 a3}]} {2 [{b1 b1} {b2 b2} {b3 b3}]}]"; got != want || q < 0.3 {
				t.Errorf("communities = %s (Q=%.3f), want %s", got, q, want)
			}
		})
	}
}
