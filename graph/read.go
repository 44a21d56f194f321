package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/kgraph/kg/fact"
)

// Visitor receives the contents of a store; every exporters.Writer is one.
type Visitor interface {
	Doc(fact.Doc) error
	Entity(fact.Entity) error
	Triple(fact.Triple) error
}

// storedDoc is one document's records as read back from the store.
type storedDoc struct {
	doc   fact.Doc
	ents  []entRec
	facts []factRec
	raw   []quad.Quad // the record quads themselves
}

// eachQuad calls fn for every quad having v in direction dir.
func (s *Store) eachQuad(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("store %s: %v", s.name, oneLine(err))
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("store %s: %v", s.name, oneLine(err))
	}
	return nil
}

// hasDoc reports whether a document with this ID is stored.
func (s *Store) hasDoc(ctx context.Context, id string) (bool, error) {
	found := false
	err := s.eachQuad(ctx, quad.Subject, DocIRI(id), func(q quad.Quad) error {
		if q.Predicate == predType && q.Object == classDoc {
			found = true
		}
		return nil
	})
	return found, err
}

// docIDs lists the stored documents' IDs, sorted.
func (s *Store) docIDs(ctx context.Context) ([]string, error) {
	var ids []string
	err := s.eachQuad(ctx, quad.Object, classDoc, func(q quad.Quad) error {
		if q.Predicate == predType {
			if id := docIDOf(q.Subject); id != "" {
				ids = append(ids, id)
			}
		}
		return nil
	})
	sort.Strings(ids)
	return slices.Compact(ids), err
}

// docsNamed lists the IDs of documents stored under a name.
func (s *Store) docsNamed(ctx context.Context, name string) ([]string, error) {
	var ids []string
	err := s.eachQuad(ctx, quad.Object, quad.String(name), func(q quad.Quad) error {
		if q.Predicate == predSource {
			if id := docIDOf(q.Subject); id != "" {
				ids = append(ids, id)
			}
		}
		return nil
	})
	sort.Strings(ids)
	return slices.Compact(ids), err
}

// readDoc reads one document's records.
func (s *Store) readDoc(ctx context.Context, id string) (*storedDoc, error) {
	return s.readDocPart(ctx, id, true, true)
}

// readDocPart reads one document's records, without decoding its entity or
// fact records unless asked to (raw then holds only what was decoded).
func (s *Store) readDocPart(ctx context.Context, id string, withEnts, withFacts bool) (*storedDoc, error) {
	sd := &storedDoc{doc: fact.Doc{ID: id}}
	bad := func(what string, err error) error {
		return fmt.Errorf("store %s is damaged: document %s: bad %s record: %v", s.name, id, what, err)
	}
	err := s.subjectQuads(ctx, DocIRI(id), func(q quad.Quad) error {
		if docIDOf(q.Label) != id {
			return nil
		}
		txt, _ := litString(q.Object)
		switch q.Predicate {
		case predSource:
			sd.doc.Name = txt
		case predMeta:
			var r docRec
			if err := json.Unmarshal([]byte(txt), &r); err != nil {
				return bad("meta", err)
			}
			sd.doc.Title, sd.doc.Date = r.Title, r.Date
		case predEntity:
			if !withEnts {
				return nil
			}
			var r entRec
			if err := json.Unmarshal([]byte(txt), &r); err != nil {
				return bad("entity", err)
			}
			sd.ents = append(sd.ents, r)
		case predFact:
			if !withFacts {
				return nil
			}
			var r factRec
			if err := json.Unmarshal([]byte(txt), &r); err != nil {
				return bad("fact", err)
			}
			sd.facts = append(sd.facts, r)
		default:
			if q.Predicate == predType {
				break
			}
			return nil
		}
		sd.raw = append(sd.raw, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(sd.ents, func(a, b entRec) int { return strings.Compare(a.ID, b.ID) })
	return sd, nil
}

// readAll reads every document's records, sorted by document ID.
func (s *Store) readAll(ctx context.Context) ([]*storedDoc, error) {
	ids, err := s.docIDs(ctx)
	if err != nil {
		return nil, err
	}
	docs := make([]*storedDoc, 0, len(ids))
	for _, id := range ids {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		sd, err := s.readDoc(ctx, id)
		if err != nil {
			return nil, err
		}
		docs = append(docs, sd)
	}
	return docs, nil
}

// mergeEntities joins the per-document views of each entity: aliases are
// united, mentions summed, merge reasons united; name and type come from the
// document (in ID order) that mentions the entity most.
func mergeEntities(docs []*storedDoc) []fact.Entity {
	m := newEntMerger()
	for _, d := range docs {
		m.add(d)
	}
	return m.entities()
}

// entMerger merges entity records document by document (in ID order);
// its memory is proportional to the number of entities.
type entMerger struct {
	m map[string]*entAcc
}

type entAcc struct {
	e       fact.Entity
	best    int
	aliases map[string]bool
	merges  map[string]bool
}

func newEntMerger() *entMerger { return &entMerger{m: map[string]*entAcc{}} }

func (em *entMerger) add(d *storedDoc) {
	for _, r := range d.ents {
		a := em.m[r.ID]
		if a == nil {
			a = &entAcc{e: fact.Entity{ID: r.ID}, best: -1, aliases: map[string]bool{}, merges: map[string]bool{}}
			em.m[r.ID] = a
		}
		if r.Mentions > a.best {
			a.best = r.Mentions
			a.e.Name, a.e.Type = r.Name, r.Type
		}
		a.e.Mentions += r.Mentions
		for _, x := range r.Aliases {
			a.aliases[x] = true
		}
		for _, x := range r.Merges {
			a.merges[x] = true
		}
	}
}

func (em *entMerger) entities() []fact.Entity {
	out := make([]fact.Entity, 0, len(em.m))
	for _, a := range em.m {
		if len(a.aliases) > 0 {
			a.e.Aliases = sortedKeys(a.aliases)
		}
		if len(a.merges) > 0 {
			a.e.Merges = sortedKeys(a.merges)
		}
		out = append(out, a.e)
	}
	slices.SortFunc(out, func(a, b fact.Entity) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// compareTriples orders triples by subject ID, relation, object ID, doc,
// sentence, then the remaining text so the order is total.
func compareTriples(a, b fact.Triple) int {
	return cmp.Or(
		strings.Compare(a.SubjectID, b.SubjectID),
		strings.Compare(a.Relation, b.Relation),
		strings.Compare(a.ObjectID, b.ObjectID),
		strings.Compare(a.Doc, b.Doc),
		cmp.Compare(a.Sentence, b.Sentence),
		cmp.Compare(a.Span[0], b.Span[0]),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Object, b.Object),
		strings.Compare(a.RelationSurface, b.RelationSurface),
	)
}

// compareReadOrder is the order in which Read passes triples: by document,
// then compareTriples.
func compareReadOrder(a, b fact.Triple) int {
	return cmp.Or(strings.Compare(a.Doc, b.Doc), compareTriples(a, b))
}

// Read walks the whole store: documents by ID, then entities by ID (merged
// across documents), then each document's triples, documents by ID and
// within a document by subject ID, relation, object ID and sentence. It
// streams: memory holds the entities and one document's records at a time,
// not the store (the order of triples across documents is therefore by
// document first, not by subject; exporters.Writer accepts any order).
func (s *Store) Read(ctx context.Context, v Visitor) error {
	// First pass: documents and entities, without the facts: from the
	// summaries on Bolt, else from the documents' records.
	var ids []string
	var merger *entMerger
	if s.docSummary {
		docs, err := s.sumDocs()
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := v.Doc(d); err != nil {
				return err
			}
			ids = append(ids, d.ID)
		}
	} else {
		var err error
		if ids, err = s.docIDs(ctx); err != nil {
			return err
		}
		if !s.summary {
			merger = newEntMerger()
		}
		for _, id := range ids {
			if err := ctxErr(ctx); err != nil {
				return err
			}
			sd, err := s.readDocPart(ctx, id, merger != nil, false)
			if err != nil {
				return err
			}
			if err := v.Doc(sd.doc); err != nil {
				return err
			}
			if merger != nil {
				merger.add(sd)
			}
		}
	}
	var ents []fact.Entity
	var err error
	if merger != nil {
		ents = merger.entities()
	} else if ents, err = s.sumEntities(); err != nil {
		return err
	}
	for _, e := range ents {
		if err := v.Entity(e); err != nil {
			return err
		}
	}
	ents = nil
	// Second pass: each document's triples.
	for _, id := range ids {
		if err := ctxErr(ctx); err != nil {
			return err
		}
		sd, err := s.readDocPart(ctx, id, false, true)
		if err != nil {
			return err
		}
		triples := make([]fact.Triple, 0, len(sd.facts))
		for _, f := range sd.facts {
			triples = append(triples, f.triple(sd.doc))
		}
		slices.SortStableFunc(triples, compareTriples)
		for _, t := range triples {
			if err := v.Triple(t); err != nil {
				return err
			}
		}
	}
	return nil
}

// Docs returns the stored documents, sorted by ID.
func (s *Store) Docs(ctx context.Context) ([]fact.Doc, error) {
	if s.docSummary {
		return s.sumDocs()
	}
	ids, err := s.docIDs(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]fact.Doc, 0, len(ids))
	for _, id := range ids {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		sd, err := s.readDocPart(ctx, id, false, false)
		if err != nil {
			return nil, err
		}
		out = append(out, sd.doc)
	}
	return out, nil
}

// Entities returns all entities, merged across documents, sorted by ID.
// On Bolt it reads the summaries (summary.go); elsewhere the documents'
// entity records.
func (s *Store) Entities(ctx context.Context) ([]fact.Entity, error) {
	if s.summary {
		return s.sumEntities()
	}
	ids, err := s.docIDs(ctx)
	if err != nil {
		return nil, err
	}
	m := newEntMerger()
	for _, id := range ids {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		sd, err := s.readDocPart(ctx, id, true, false)
		if err != nil {
			return nil, err
		}
		m.add(sd)
	}
	return m.entities(), nil
}
