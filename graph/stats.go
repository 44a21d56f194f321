package graph

import (
	"context"
	"fmt"
	"slices"
)

// Stats summarises a store.
type Stats struct {
	Docs     int      `json:"docs"`
	Quads    int64    `json:"quads"`
	Triples  int      `json:"triples"`
	Entities int      `json:"entities"`
	Top      []Degree `json:"top_connected"`
}

// Degree is an entity with its number of distinct neighbours.
type Degree struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Degree int    `json:"degree"`
}

// QuadCount is the exact number of quads stored.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	// Cayley's kv stores keep an exact count in their metadata; asking for
	// an exact one would scan every quad.
	st, err := s.qs.Stats(ctx, s.kind != "bolt")
	if err != nil {
		return 0, fmt.Errorf("store %s: %v", s.name, oneLine(err))
	}
	return st.Quads.Value, nil
}

// Stats counts documents, quads, triples and entities and lists the ten
// most connected entities. On Bolt it reads the summaries (summary.go);
// elsewhere it reads every document.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	if s.summary {
		st, err := s.sumStats()
		if err != nil {
			return st, err
		}
		st.Quads, err = s.QuadCount(ctx)
		return st, err
	}
	var st Stats
	docs, err := s.readAll(ctx)
	if err != nil {
		return st, err
	}
	st.Docs = len(docs)
	if st.Quads, err = s.QuadCount(ctx); err != nil {
		return st, err
	}
	ents := mergeEntities(docs)
	st.Entities = len(ents)
	names := make(map[string]string, len(ents))
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	nb := map[string]map[string]bool{}
	link := func(a, b string) {
		if nb[a] == nil {
			nb[a] = map[string]bool{}
		}
		nb[a][b] = true
	}
	for _, d := range docs {
		st.Triples += len(d.facts)
		for _, f := range d.facts {
			if f.SID == "" || f.OID == "" || f.SID == f.OID {
				continue
			}
			link(f.SID, f.OID)
			link(f.OID, f.SID)
			if names[f.SID] == "" {
				names[f.SID] = f.S
			}
			if names[f.OID] == "" {
				names[f.OID] = f.O
			}
		}
	}
	for id, n := range nb {
		st.Top = append(st.Top, Degree{ID: id, Name: names[id], Degree: len(n)})
	}
	slices.SortFunc(st.Top, compareDegree)
	if len(st.Top) > 10 {
		st.Top = st.Top[:10]
	}
	return st, nil
}
