package graph

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Score is an entity with a centrality score.
type Score struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Type  string  `json:"type,omitempty"`
	Score float64 `json:"score"`
}

// Community is a group of entities more linked to each other than to the
// rest of the graph.
type Community struct {
	ID      int    `json:"id"`
	Members []Node `json:"members"`
}

// Rank methods.
var RankMethods = []string{"pagerank", "betweenness", "degree"}

// entityGraph is the graph of entities linked by stated, non-negated facts
// whose object is an entity (not a literal value), numbered in ID order so
// results are deterministic.
type entityGraph struct {
	ids   []string
	num   map[string]int64
	ents  map[string]fact.Entity
	dir   *simple.DirectedGraph
	undir *simple.UndirectedGraph
}

func (s *Store) entityGraph(ctx context.Context) (*entityGraph, error) {
	if s.summary {
		return s.sumEntityGraph()
	}
	docs, err := s.readAll(ctx)
	if err != nil {
		return nil, err
	}
	eg := &entityGraph{num: map[string]int64{}, ents: map[string]fact.Entity{},
		dir: simple.NewDirectedGraph(), undir: simple.NewUndirectedGraph()}
	for _, e := range mergeEntities(docs) {
		eg.ents[e.ID] = e
	}
	type pair struct{ a, b string }
	var pairs []pair
	set := map[string]bool{}
	for _, d := range docs {
		for _, f := range d.facts {
			if f.Neg || f.Lit || f.SID == "" || f.OID == "" || f.SID == f.OID {
				continue
			}
			pairs = append(pairs, pair{f.SID, f.OID})
			set[f.SID], set[f.OID] = true, true
			for id, name := range map[string]string{f.SID: f.S, f.OID: f.O} {
				if _, ok := eg.ents[id]; !ok {
					eg.ents[id] = fact.Entity{ID: id, Name: name}
				}
			}
		}
	}
	eg.ids = sortedKeys(set)
	eg.build(func(fn func(a, b string)) {
		for _, p := range pairs {
			fn(p.a, p.b)
		}
	})
	return eg, nil
}

// sumEntityGraph builds the entity graph from the summaries (Bolt).
func (s *Store) sumEntityGraph() (*entityGraph, error) {
	ents, err := s.sumEntities()
	if err != nil {
		return nil, err
	}
	eg := &entityGraph{num: map[string]int64{}, ents: make(map[string]fact.Entity, len(ents)),
		dir: simple.NewDirectedGraph(), undir: simple.NewUndirectedGraph()}
	for _, e := range ents {
		eg.ents[e.ID] = e
	}
	type pair struct{ a, b string }
	var pairs []pair
	set := map[string]bool{}
	if err := s.sumPairs(func(a, b string) {
		pairs = append(pairs, pair{a, b})
		set[a], set[b] = true, true
	}); err != nil {
		return nil, err
	}
	eg.ids = sortedKeys(set)
	var unnamed []string
	for _, id := range eg.ids {
		if _, ok := eg.ents[id]; !ok {
			unnamed = append(unnamed, id)
		}
	}
	if len(unnamed) > 0 {
		s.bkv.db.View(func(tx *bolt.Tx) error {
			for _, id := range unnamed {
				eg.ents[id] = fact.Entity{ID: id, Name: nameIn(tx, id)}
			}
			return nil
		})
	}
	eg.build(func(fn func(a, b string)) {
		for _, p := range pairs {
			fn(p.a, p.b)
		}
	})
	return eg, nil
}

// build numbers eg.ids and adds the edges of the pairs.
func (eg *entityGraph) build(pairs func(fn func(a, b string))) {
	for i, id := range eg.ids {
		eg.num[id] = int64(i)
		eg.dir.AddNode(simple.Node(i))
		eg.undir.AddNode(simple.Node(i))
	}
	pairs(func(a, b string) {
		f, t := simple.Node(eg.num[a]), simple.Node(eg.num[b])
		// Facts link their entities both ways for ranking: who is talked
		// about matters, whether as subject or object.
		eg.dir.SetEdge(simple.Edge{F: f, T: t})
		eg.dir.SetEdge(simple.Edge{F: t, T: f})
		eg.undir.SetEdge(simple.Edge{F: f, T: t})
	})
}

// Rank scores entities by PageRank (damping 0.85, every fact a link both
// ways), betweenness or degree (distinct neighbours), with gonum, and
// returns the top n (all when n <= 0), best first.
func (s *Store) Rank(ctx context.Context, by string, n int) ([]Score, error) {
	eg, err := s.entityGraph(ctx)
	if err != nil {
		return nil, err
	}
	var sc map[int64]float64
	switch by {
	case "", "pagerank":
		sc = pageRank(eg.dir, len(eg.ids), 0.85, 1e-10)
	case "betweenness":
		sc = network.Betweenness(eg.undir)
	case "degree":
		sc = map[int64]float64{}
		for i := range eg.ids {
			sc[int64(i)] = float64(eg.undir.From(int64(i)).Len())
		}
	default:
		return nil, fmt.Errorf("unknown ranking %q (use %s)", by, strings.Join(RankMethods, ", "))
	}
	out := make([]Score, 0, len(eg.ids))
	for i, id := range eg.ids {
		e := eg.ents[id]
		out = append(out, Score{ID: id, Name: e.Name, Type: e.Type, Score: sc[int64(i)]})
	}
	slices.SortStableFunc(out, func(a, b Score) int { return cmp.Compare(b.Score, a.Score) })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// Communities partitions the entity graph by Louvain modularity (gonum,
// resolution 1, fixed seed) and returns the communities largest first,
// members by ID, with the partition's modularity Q.
func (s *Store) Communities(ctx context.Context) ([]Community, float64, error) {
	eg, err := s.entityGraph(ctx)
	if err != nil {
		return nil, 0, err
	}
	if len(eg.ids) == 0 {
		return nil, 0, nil
	}
	red := community.Modularize(eg.undir, 1, rand.NewPCG(1, 2))
	comms := red.Communities()
	q := community.Q(eg.undir, comms, 1)
	out := make([]Community, 0, len(comms))
	for _, c := range comms {
		var m []Node
		for _, n := range c {
			id := eg.ids[n.ID()]
			m = append(m, Node{ID: id, Name: eg.ents[id].Name})
		}
		slices.SortFunc(m, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
		out = append(out, Community{Members: m})
	}
	slices.SortFunc(out, func(a, b Community) int {
		return cmp.Or(cmp.Compare(len(b.Members), len(a.Members)), strings.Compare(a.Members[0].ID, b.Members[0].ID))
	})
	for i := range out {
		out[i].ID = i + 1
	}
	return out, q, nil
}
