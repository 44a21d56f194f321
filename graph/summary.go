package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
)

// On Bolt, kg keeps compact per-entity summaries beside the adjacency
// index, in the same file and written in the same transaction as the
// quads, so that neighbourhoods, entity lists, statistics and rankings
// need not decode every document:
//
//	kg_nb     entity → its distinct neighbours: for each (direction, other
//	          entity, relation) the number of documents stating it, how many
//	          of them state it with an entity (not a literal) object, and the
//	          smallest such document ID; sorted by that number, highest
//	          first, so the strongest n are a prefix of the record
//	kg_ent    entity → the entity merged across documents (as Entities
//	          returns it), with per-alias and per-merge document counts so
//	          that removing a document updates it exactly
//	kg_entdoc entity NUL doc → that document's mentions, name and type of
//	          the entity (to pick the name again when the document that gave
//	          it is removed)
//	kg_doc    doc → its name, title and date (stores with summary
//	          version 2)
//	kg_meta   docs, triples: counters
//
// They are derived from the documents' records (facts and entities), so
// they change exactly when documents are added, replaced or removed.
var (
	nbBucket        = []byte("kg_nb")
	entBucket       = []byte("kg_ent")
	entDocBucket    = []byte("kg_entdoc")
	docBucket       = []byte("kg_doc")
	kgMetaBucket    = []byte("kg_meta")
	summaryKey      = hkv.Key{kgMetaBucket, []byte("summary")}
	flatKey         = hkv.Key{kgMetaBucket, []byte("flatvalues")} // see boltTx
	docsCountKey    = []byte("docs")
	triplesCountKey = []byte("triples")
)

// summaryVersion is the summaries a new store keeps: "1" the entity
// summaries, "2" also kg_doc.
const summaryVersion = "2"

// hasSummary reports whether the store keeps the entity summaries and the
// document summaries (stores made by an older kg do not; they fall back to
// reading the documents).
func (s *Store) hasSummary() (ents, docs bool) {
	s.bkv.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(kgMetaBucket); b != nil {
			v := string(b.Get(summaryKey[1]))
			ents, docs = v != "", v >= "2"
		}
		return nil
	})
	return ents, docs
}

// nbKey names one neighbour entry of an entity.
type nbKey struct {
	dir   byte   // '>' the entity is the subject, '<' the object
	other string // the other entity
	rel   string // relation lemma with '_' for spaces; "not_" prefix when negated
}

// nbEntry is one neighbour entry with its counts.
type nbEntry struct {
	nbKey
	n   int    // documents stating the fact
	e   int    // of which with an entity (not literal) object
	doc string // smallest document ID stating it (non-negated only)
}

func (e nbEntry) negated() bool { return strings.HasPrefix(e.rel, negPrefix) }

type nbChange struct {
	n, e    int
	minAdd  string // smallest document added
	removed bool
}

type entChange struct {
	doc  string
	rec  entRec
	sign int
}

// sumDelta collects a batch's changes to the summaries.
type sumDelta struct {
	nb            map[string]map[nbKey]*nbChange
	ent           map[string][]entChange
	docRecs       []docChange
	keepDocs      bool // write kg_doc
	docs, triples int
}

type docChange struct {
	doc  fact.Doc
	sign int
}

func newSumDelta() *sumDelta {
	return &sumDelta{nb: map[string]map[nbKey]*nbChange{}, ent: map[string][]entChange{}}
}

// relKey is the relation part of adjacency keys for a fact.
func relKey(lemma string, neg bool) string {
	s := strings.Join(strings.Fields(lemma), "_")
	if neg {
		s = negPrefix + s
	}
	return s
}

// doc notes that a document with these records was added (sign +1) or
// removed (-1).
func (d *sumDelta) doc(doc fact.Doc, ents []entRec, facts []factRec, sign int) {
	id := doc.ID
	d.docRecs = append(d.docRecs, docChange{fact.Doc{ID: doc.ID, Name: doc.Name, Title: doc.Title, Date: doc.Date}, sign})
	d.docs += sign
	d.triples += sign * len(facts)
	type k3 struct{ s, rel, o string }
	nonLit := map[k3]bool{}
	var order []k3
	for _, f := range facts {
		if f.SID == "" || f.OID == "" {
			continue
		}
		k := k3{f.SID, relKey(f.R, f.Neg), f.OID}
		v, ok := nonLit[k]
		if !ok {
			order = append(order, k)
		}
		nonLit[k] = v || !f.Lit
	}
	for _, k := range order {
		e := 0
		if nonLit[k] {
			e = 1
		}
		d.edge(k.s, nbKey{'>', k.o, k.rel}, id, sign, e)
		d.edge(k.o, nbKey{'<', k.s, k.rel}, id, sign, e)
	}
	byID := map[string]int{}
	var recs []entRec
	for _, r := range ents {
		if i, ok := byID[r.ID]; ok {
			// The same entity twice in one document: one view of it.
			x := &recs[i]
			if r.Mentions > x.Mentions {
				x.Name, x.Type = r.Name, r.Type
			}
			x.Mentions += r.Mentions
			x.Aliases = append(x.Aliases, r.Aliases...)
			x.Merges = append(x.Merges, r.Merges...)
			continue
		}
		byID[r.ID] = len(recs)
		r.Aliases = slices.Clone(r.Aliases)
		r.Merges = slices.Clone(r.Merges)
		recs = append(recs, r)
	}
	for _, r := range recs {
		d.ent[r.ID] = append(d.ent[r.ID], entChange{doc: id, rec: r, sign: sign})
	}
}

func (d *sumDelta) edge(id string, k nbKey, doc string, sign, e int) {
	m := d.nb[id]
	if m == nil {
		m = map[nbKey]*nbChange{}
		d.nb[id] = m
	}
	c := m[k]
	if c == nil {
		c = &nbChange{}
		m[k] = c
	}
	c.n += sign
	c.e += sign * e
	if sign > 0 {
		if c.minAdd == "" || doc < c.minAdd {
			c.minAdd = doc
		}
	} else {
		c.removed = true
	}
}

// apply writes the changes inside the batch's transaction, after the
// quads and the adjacency index.
func (d *sumDelta) apply(ctx context.Context, tx *boltTx) error {
	meta, err := tx.tx.CreateBucketIfNotExists(kgMetaBucket)
	if err != nil {
		return err
	}
	for k, n := range map[string]int{string(docsCountKey): d.docs, string(triplesCountKey): d.triples} {
		if n == 0 {
			continue
		}
		v := counter(meta, []byte(k)) + int64(n)
		if err := meta.Put([]byte(k), binary.AppendVarint(nil, v)); err != nil {
			return err
		}
	}
	var docs *bolt.Bucket
	if d.keepDocs {
		if docs, err = tx.tx.CreateBucketIfNotExists(docBucket); err != nil {
			return err
		}
	}
	for _, c := range d.docRecs {
		if docs == nil {
			break
		}
		if c.sign < 0 {
			err = docs.Delete([]byte(c.doc.ID))
		} else {
			err = docs.Put([]byte(c.doc.ID), appendStr(appendStr(appendStr(nil, c.doc.Name), c.doc.Title), c.doc.Date))
		}
		if err != nil {
			return err
		}
	}
	nb, err := tx.tx.CreateBucketIfNotExists(nbBucket)
	if err != nil {
		return err
	}
	adj := tx.tx.Bucket(adjBucket)
	for _, id := range sortedMapKeys(d.nb) {
		if err := applyNb(nb, adj, id, d.nb[id]); err != nil {
			return err
		}
	}
	ent, err := tx.tx.CreateBucketIfNotExists(entBucket)
	if err != nil {
		return err
	}
	entDoc, err := tx.tx.CreateBucketIfNotExists(entDocBucket)
	if err != nil {
		return err
	}
	for _, id := range sortedMapKeys(d.ent) {
		if err := applyEnt(ent, entDoc, id, d.ent[id]); err != nil {
			return err
		}
	}
	return nil
}

func sortedMapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func counter(b *bolt.Bucket, k []byte) int64 {
	if b == nil {
		return 0
	}
	v, n := binary.Varint(b.Get(k))
	if n <= 0 {
		return 0
	}
	return v
}

var errBadSummary = errors.New("bad summary record")

func applyNb(nb, adj *bolt.Bucket, id string, changes map[nbKey]*nbChange) error {
	entries, err := decodeNb(nb.Get([]byte(id)), 0, false)
	if err != nil {
		return err
	}
	idx := make(map[nbKey]int, len(entries))
	for i, e := range entries {
		idx[e.nbKey] = i
	}
	for k, c := range changes {
		i, ok := idx[k]
		if !ok {
			i = len(entries)
			entries = append(entries, nbEntry{nbKey: k})
			idx[k] = i
		}
		e := &entries[i]
		e.n += c.n
		e.e += c.e
		if c.removed {
			// The smallest document may be gone: ask the adjacency index.
			e.doc = ""
			if !e.negated() && e.n > 0 {
				e.doc = firstAdjDoc(adj, id, k)
			}
		}
		if c.minAdd != "" && (e.doc == "" || c.minAdd < e.doc) {
			e.doc = c.minAdd
		}
	}
	entries = slices.DeleteFunc(entries, func(e nbEntry) bool { return e.n <= 0 })
	if len(entries) == 0 {
		return nb.Delete([]byte(id))
	}
	return nb.Put([]byte(id), encodeNb(id, entries))
}

// firstAdjDoc is the smallest document stating an edge, from the adjacency
// index ("" when none).
func firstAdjDoc(adj *bolt.Bucket, id string, k nbKey) string {
	if adj == nil {
		return ""
	}
	pref := []byte(id + sep + string(k.dir) + k.other + sep + k.rel + sep)
	c := adj.Cursor()
	if key, _ := c.Seek(pref); key != nil && bytes.HasPrefix(key, pref) {
		return string(key[len(pref):])
	}
	return ""
}

func compareNb(a, b nbEntry) int {
	return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.dir, b.dir), strings.Compare(a.other, b.other), strings.Compare(a.rel, b.rel))
}

// encodeNb writes a neighbour record: the number of entries, of
// non-negated entries and of distinct other entities (the degree), then
// the entries strongest first.
func encodeNb(id string, entries []nbEntry) []byte {
	slices.SortFunc(entries, compareNb)
	pos, others := 0, map[string]bool{}
	size := 16
	for _, e := range entries {
		if !e.negated() {
			pos++
		}
		if e.other != id {
			others[e.other] = true
		}
		size += 8 + len(e.other) + len(e.rel) + len(e.doc)
	}
	b := make([]byte, 0, size)
	b = binary.AppendUvarint(b, uint64(len(entries)))
	b = binary.AppendUvarint(b, uint64(pos))
	b = binary.AppendUvarint(b, uint64(len(others)))
	for _, e := range entries {
		b = append(b, e.dir)
		b = binary.AppendUvarint(b, uint64(e.n))
		b = binary.AppendUvarint(b, uint64(e.e))
		b = appendStr(b, e.other)
		b = appendStr(b, e.rel)
		b = appendStr(b, e.doc)
	}
	return b
}

// nbHeader reads a neighbour record's counts: entries, non-negated
// entries, degree.
func nbHeader(b []byte) (all, pos, degree int) {
	d := decoder{b: b}
	all, pos, degree = int(d.uv()), int(d.uv()), int(d.uv())
	if d.bad {
		return 0, 0, 0
	}
	return all, pos, degree
}

// decodeNb reads up to limit entries (all when limit <= 0); with
// positive, only non-negated ones.
func decodeNb(b []byte, limit int, positive bool) ([]nbEntry, error) {
	if len(b) == 0 {
		return nil, nil
	}
	d := decoder{b: b}
	n := int(d.uv())
	d.uv()
	d.uv()
	c := n
	if limit > 0 {
		c = min(n, limit)
	}
	out := make([]nbEntry, 0, c)
	for i := 0; i < n && !d.bad && (limit <= 0 || len(out) < limit); i++ {
		var e nbEntry
		e.dir = d.byte()
		e.n, e.e = int(d.uv()), int(d.uv())
		e.other, e.rel, e.doc = d.str(), d.str(), d.str()
		if positive && e.negated() {
			continue
		}
		out = append(out, e)
	}
	if d.bad {
		return nil, errBadSummary
	}
	return out, nil
}

// entSum is the kg_ent record: an entity merged across documents.
type entSum struct {
	Docs     int
	Mentions int
	BestM    int
	BestDoc  string
	Name     string
	Type     string
	Aliases  map[string]int // alias → documents giving it
	Merges   map[string]int
}

func (e *entSum) entity(id string) fact.Entity {
	out := fact.Entity{ID: id, Name: e.Name, Type: e.Type, Mentions: e.Mentions}
	if len(e.Aliases) > 0 {
		out.Aliases = sortedMapKeys(e.Aliases)
	}
	if len(e.Merges) > 0 {
		out.Merges = sortedMapKeys(e.Merges)
	}
	return out
}

func encodeEnt(e *entSum) []byte {
	b := binary.AppendVarint(nil, int64(e.Docs))
	b = binary.AppendVarint(b, int64(e.Mentions))
	b = binary.AppendVarint(b, int64(e.BestM))
	b = appendStr(b, e.BestDoc)
	b = appendStr(b, e.Name)
	b = appendStr(b, e.Type)
	for _, m := range []map[string]int{e.Aliases, e.Merges} {
		b = binary.AppendUvarint(b, uint64(len(m)))
		for _, k := range sortedMapKeys(m) {
			b = appendStr(b, k)
			b = binary.AppendUvarint(b, uint64(m[k]))
		}
	}
	return b
}

func decodeEnt(b []byte) (*entSum, error) {
	e := &entSum{Aliases: map[string]int{}, Merges: map[string]int{}}
	if len(b) == 0 {
		return e, nil
	}
	d := decoder{b: b}
	e.Docs, e.Mentions, e.BestM = int(d.v()), int(d.v()), int(d.v())
	e.BestDoc, e.Name, e.Type = d.str(), d.str(), d.str()
	for _, m := range []map[string]int{e.Aliases, e.Merges} {
		n := int(d.uv())
		for i := 0; i < n && !d.bad; i++ {
			k := d.str()
			m[k] = int(d.uv())
		}
	}
	if d.bad {
		return nil, errBadSummary
	}
	return e, nil
}

func applyEnt(ent, entDoc *bolt.Bucket, id string, changes []entChange) error {
	e, err := decodeEnt(ent.Get([]byte(id)))
	if err != nil {
		return err
	}
	rebest := false
	for _, c := range changes {
		r := c.rec
		key := []byte(id + sep + c.doc)
		if c.sign > 0 {
			v := binary.AppendVarint(nil, int64(r.Mentions))
			v = appendStr(v, r.Name)
			v = appendStr(v, r.Type)
			if err := entDoc.Put(key, v); err != nil {
				return err
			}
			if e.Docs == 0 || r.Mentions > e.BestM || (r.Mentions == e.BestM && c.doc < e.BestDoc) {
				e.BestM, e.BestDoc, e.Name, e.Type = r.Mentions, c.doc, r.Name, r.Type
			}
		} else {
			if err := entDoc.Delete(key); err != nil {
				return err
			}
			if c.doc == e.BestDoc {
				rebest = true
			}
		}
		e.Docs += c.sign
		e.Mentions += c.sign * r.Mentions
		for m, xs := range map[*map[string]int][]string{&e.Aliases: r.Aliases, &e.Merges: r.Merges} {
			seen := map[string]bool{}
			for _, x := range xs {
				if seen[x] {
					continue
				}
				seen[x] = true
				if (*m)[x] += c.sign; (*m)[x] <= 0 {
					delete(*m, x)
				}
			}
		}
	}
	if e.Docs <= 0 {
		return ent.Delete([]byte(id))
	}
	if rebest {
		// The document that named the entity is gone: the first document
		// (by ID) with the most mentions names it now.
		e.BestM, e.BestDoc, e.Name, e.Type = 0, "", "", ""
		pref := []byte(id + sep)
		c := entDoc.Cursor()
		first := true
		for k, v := c.Seek(pref); k != nil && bytes.HasPrefix(k, pref); k, v = c.Next() {
			d := decoder{b: v}
			m := int(d.v())
			name, typ := d.str(), d.str()
			if d.bad {
				return errBadSummary
			}
			if first || m > e.BestM {
				first = false
				e.BestM, e.BestDoc, e.Name, e.Type = m, string(k[len(pref):]), name, typ
			}
		}
	}
	return ent.Put([]byte(id), encodeEnt(e))
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decoder reads the summaries' varints and strings; bad is set on
// malformed input.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) uv() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) v() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.bad = true
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) str() string {
	n := d.uv()
	if uint64(len(d.b)) < n {
		d.bad, d.b = true, nil
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// sumEntities lists the entities from kg_ent, sorted by ID.
func (s *Store) sumEntities() ([]fact.Entity, error) {
	var out []fact.Entity
	err := s.bkv.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(entBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			e, err := decodeEnt(v)
			if err != nil {
				return fmt.Errorf("store %s is damaged: entity %s: %v", s.name, k, err)
			}
			out = append(out, e.entity(string(k)))
			return nil
		})
	})
	return out, err
}

// nameIn is an entity's label from the adjacency index ("" when none).
func nameIn(tx *bolt.Tx, id string) string {
	b := tx.Bucket(nameBucket)
	if b == nil {
		return ""
	}
	pref := []byte(id + sep)
	if k, v := b.Cursor().Seek(pref); k != nil && bytes.HasPrefix(k, pref) {
		return string(v)
	}
	return ""
}

// sumStats fills Stats from the summaries.
func (s *Store) sumStats() (Stats, error) {
	var st Stats
	err := s.bkv.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(kgMetaBucket)
		st.Docs = int(counter(meta, docsCountKey))
		st.Triples = int(counter(meta, triplesCountKey))
		ents := tx.Bucket(entBucket)
		if ents != nil {
			st.Entities = ents.Stats().KeyN
		}
		nb := tx.Bucket(nbBucket)
		if nb == nil {
			return nil
		}
		var top []Degree
		err := nb.ForEach(func(k, v []byte) error {
			_, _, deg := nbHeader(v)
			if deg == 0 {
				return nil
			}
			d := Degree{ID: string(k), Degree: deg}
			if len(top) == 10 && compareDegree(d, top[9]) >= 0 {
				return nil
			}
			i, _ := slices.BinarySearchFunc(top, d, compareDegree)
			top = slices.Insert(top, i, d)
			if len(top) > 10 {
				top = top[:10]
			}
			return nil
		})
		for i, d := range top {
			name := ""
			if ents != nil {
				if e, err := decodeEnt(ents.Get([]byte(d.ID))); err == nil {
					name = e.Name
				}
			}
			if name == "" {
				name = nameIn(tx, d.ID)
			}
			top[i].Name = name
		}
		st.Top = top
		return err
	})
	return st, err
}

func compareDegree(a, b Degree) int {
	return cmp.Or(cmp.Compare(b.Degree, a.Degree), strings.Compare(a.ID, b.ID))
}

// sumPairs calls fn for every distinct (subject, object) pair of entities
// linked by a non-negated fact with an entity object, subject order.
func (s *Store) sumPairs(fn func(a, b string)) error {
	return s.bkv.db.View(func(tx *bolt.Tx) error {
		nb := tx.Bucket(nbBucket)
		if nb == nil {
			return nil
		}
		return nb.ForEach(func(k, v []byte) error {
			es, err := decodeNb(v, 0, true)
			if err != nil {
				return fmt.Errorf("store %s is damaged: neighbours of %s: %v", s.name, k, err)
			}
			id := string(k)
			for _, e := range es {
				if e.dir == '>' && e.e > 0 && e.other != id {
					fn(id, e.other)
				}
			}
			return nil
		})
	})
}

// sumDocs lists the documents from kg_doc, sorted by ID.
func (s *Store) sumDocs() ([]fact.Doc, error) {
	var out []fact.Doc
	err := s.bkv.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(docBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			d := decoder{b: v}
			doc := fact.Doc{ID: string(k), Name: d.str(), Title: d.str(), Date: d.str()}
			if d.bad {
				return fmt.Errorf("store %s is damaged: document %s: %v", s.name, k, errBadSummary)
			}
			out = append(out, doc)
			return nil
		})
	})
	return out, err
}
