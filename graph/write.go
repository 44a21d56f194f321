package graph

import (
	"context"
	"errors"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/kgraph/kg/fact"
)

// ErrReadOnly is returned by writes to a store opened with ReadOnly.
var ErrReadOnly = errors.New("store is open read-only")

// AddDocument stores one document with its triples and the entities it
// mentions (with this document's mention counts), in one transaction.
// A document already stored (same content hash) is left alone and changed
// is false. A document with the same Name but other content replaces the
// old one's facts in the same transaction. Names "" and "-" never replace.
// To load many documents fast, use Begin and Batch.AddDocument.
func (s *Store) AddDocument(ctx context.Context, d fact.Doc, triples []fact.Triple, entities []fact.Entity) (changed bool, err error) {
	b, err := s.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer b.Rollback()
	if changed, err = b.AddDocument(d, triples, entities); err != nil {
		return false, err
	}
	return changed, b.Commit()
}

// Remove deletes the document with the given ID or name (all documents of
// that name) and every quad only it stated.
func (s *Store) Remove(ctx context.Context, docNameOrID string) error {
	b, err := s.Begin(ctx)
	if err != nil {
		return err
	}
	defer b.Rollback()
	if err := b.Remove(docNameOrID); err != nil {
		return err
	}
	return b.Commit()
}

// applyDeltas runs deletions and additions as one Cayley call.
func (s *Store) applyDeltas(dels, adds []quad.Quad) error {
	deltas := make([]cgraph.Delta, 0, len(dels)+len(adds))
	for _, q := range dels {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range adds {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if len(deltas) == 0 {
		return nil
	}
	return s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// quads are the quads of a stored document, recomputed from its records.
func (sd *storedDoc) quads() []quad.Quad {
	qs := docQuads(sd.doc, sd.ents, sd.facts)
	// Also delete any record quad that does not round-trip exactly (e.g.
	// written by an older layout), so nothing of the document survives.
	qs = append(qs, sd.raw...)
	return dedupQuads(qs)
}

func entRecs(es []fact.Entity) []entRec {
	out := make([]entRec, 0, len(es))
	for _, e := range es {
		if e.ID == "" {
			e.ID = fact.EntityID(e.Name)
		}
		out = append(out, entRec{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: e.Mentions, Merges: e.Merges})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func factRecs(ts []fact.Triple, d fact.Doc) []factRec {
	out := make([]factRec, 0, len(ts))
	for _, t := range ts {
		out = append(out, newFactRec(t, d))
	}
	return out
}
