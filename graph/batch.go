package graph

import (
	"context"
	"fmt"
	"sync"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
)

// batchKV lets several Cayley writes share one Bolt transaction. While a
// batch is open every transaction Cayley asks for is the batch's own, with
// Commit and Close turned into no-ops; the batch commits or rolls back once.
// This gives kg atomic replace (Cayley's kv ApplyDeltas mishandles a node
// that one batch both adds and removes: the added quad loses that node), and
// lets a build commit many documents per fsync.
//
// Every transaction is kg's own boltTx (boltx.go), which also maps flat
// stores' keys.
type batchKV struct {
	hkv.KV
	db    *bolt.DB
	flat  bool
	mu    sync.Mutex
	outer *boltTx
}

func (b *batchKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	b.mu.Lock()
	outer := b.outer
	b.mu.Unlock()
	if outer != nil {
		return nestedTx{outer}, nil
	}
	return newBoltTx(b.db, rw, b.flat)
}

func (b *batchKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, b, fn)
}

func (b *batchKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, b, fn)
}

type nestedTx struct{ hkv.Tx }

func (nestedTx) Commit(context.Context) error { return nil }
func (nestedTx) Close() error                 { return nil }

// Batch groups document writes into one transaction on Bolt: nothing of it
// is visible or durable until Commit, and an interrupted batch leaves the
// store as it was. On Bolt, new documents are buffered and written by one
// Cayley call at Commit (or every 250,000 quads). On the other backends new documents are written together
// (one Cayley call, one SQL transaction per 50,000 quads) and a replacement
// or removal is its own transaction. While a batch is open, use only it.
type Batch struct {
	st   *Store
	ctx  context.Context
	done bool
	n    int // quads written
	// Off Bolt, additions are buffered and written by one Cayley call (one
	// SQL transaction) at Commit or before any deletion; buffered holds the
	// IDs and names of the documents waiting there.
	pending  []quad.Quad
	buffered map[string]bool
	// preps are the buffered documents as prepared, for the bulk writer
	// (Bolt; see bulk.go).
	preps []*Prepared
	// sum collects the changes to the per-entity summaries (Bolt stores
	// that keep them; see summary.go), written at Commit.
	sum *sumDelta
	// edgeVals are the adjacency index values of the buffered documents'
	// edges (Bolt; see noteEdges), by key.
	edgeVals map[string][]byte
}

// Begin starts a batch of writes. Close it with Commit or Rollback.
func (s *Store) Begin(ctx context.Context) (*Batch, error) {
	if s.readOnly {
		return nil, fmt.Errorf("store %s: %w", s.name, ErrReadOnly)
	}
	s.writeMu.Lock()
	if s.bkv != nil {
		tx, err := newBoltTx(s.bkv.db, true, s.bkv.flat)
		if err != nil {
			s.writeMu.Unlock()
			return nil, fmt.Errorf("store %s: %v", s.name, oneLine(err))
		}
		s.bkv.mu.Lock()
		s.bkv.outer = tx
		s.bkv.mu.Unlock()
	}
	b := &Batch{st: s, ctx: ctx}
	if s.summary {
		b.sum = newSumDelta()
		b.sum.keepDocs = s.docSummary
	}
	return b, nil
}

// Quads is the number of quads the batch added or deleted so far.
func (b *Batch) Quads() int { return b.n }

// Commit makes the batch durable.
func (b *Batch) Commit() error {
	if b.done {
		return nil
	}
	b.done = true
	defer b.st.writeMu.Unlock()
	if b.st.bkv == nil {
		return b.flush()
	}
	bk := b.st.bkv
	err := b.flush()
	if err == nil && b.sum != nil {
		err = b.sum.apply(b.ctx, bk.outer)
	}
	bk.mu.Lock()
	tx := bk.outer
	bk.outer = nil
	bk.mu.Unlock()
	if err != nil {
		tx.Close()
		b.st.reload()
		return fmt.Errorf("store %s: commit failed, store unchanged: %v", b.st.name, oneLine(err))
	}
	if err := tx.Commit(b.ctx); err != nil {
		tx.Close()
		b.st.reload()
		return fmt.Errorf("store %s: commit failed, store unchanged: %v", b.st.name, oneLine(err))
	}
	return nil
}

// Rollback abandons the batch (a no-op after Commit).
func (b *Batch) Rollback() {
	if b.done {
		return
	}
	b.done = true
	defer b.st.writeMu.Unlock()
	if b.st.bkv == nil {
		return
	}
	bk := b.st.bkv
	bk.mu.Lock()
	tx := bk.outer
	bk.outer = nil
	bk.mu.Unlock()
	tx.Close()
	b.st.reload()
}

// reload reopens Cayley over the Bolt file after a rollback: its caches
// and duplicate filter may describe writes that never happened.
func (s *Store) reload() {
	if s.bkv == nil {
		return
	}
	if qs, err := ckv.New(s.bkv, s.copts); err == nil {
		s.qs = qs
	}
}

// AddDocument adds one document within the batch; see Store.AddDocument.
func (b *Batch) AddDocument(d fact.Doc, triples []fact.Triple, entities []fact.Entity) (changed bool, err error) {
	return b.AddPrepared(Prepare(d, triples, entities))
}

// AddPrepared adds a document that Prepare has turned into quads, which
// lets a loader prepare documents on other cores while this one writes.
func (b *Batch) AddPrepared(p *Prepared) (changed bool, err error) {
	if b.done {
		return false, fmt.Errorf("store %s: batch already closed", b.st.name)
	}
	if err := ctxErr(b.ctx); err != nil {
		return false, err
	}
	s, ctx := b.st, b.ctx
	d, ents, facts, adds := p.doc, p.ents, p.facts, p.quads
	if b.buffered[d.ID] {
		return false, nil
	}
	if ok, err := s.hasDoc(ctx, d.ID); err != nil || ok {
		return false, err
	}
	var dels []quad.Quad
	if d.Name != "" && d.Name != "-" {
		if b.buffered["name:"+d.Name] {
			if err := b.flush(); err != nil {
				return false, err
			}
		}
		old, err := s.docsNamed(ctx, d.Name)
		if err != nil {
			return false, err
		}
		for _, id := range old {
			qs, err := b.storedDocQuads(id)
			if err != nil {
				return false, err
			}
			dels = append(dels, qs...)
		}
	}
	if b.sum != nil {
		b.sum.doc(d, ents, facts, +1)
	}
	if len(dels) == 0 {
		if b.buffered == nil {
			b.buffered = map[string]bool{}
		}
		b.buffered[d.ID], b.buffered["name:"+d.Name] = true, true
		b.pending = append(b.pending, adds...)
		if s.bkv != nil {
			b.preps = append(b.preps, p)
		}
		b.n += len(adds)
		if len(b.pending) >= b.flushAt() {
			return true, b.flush()
		}
		return true, nil
	}
	if err := b.flush(); err != nil {
		return false, err
	}
	if s.bkv != nil {
		b.noteEdges(p.edgeVals)
	}
	if err := b.apply(dels, adds); err != nil {
		return false, fmt.Errorf("store %s: adding document %s: %v", s.name, d.Name, oneLine(err))
	}
	return true, nil
}

// Remove deletes a document within the batch; see Store.Remove.
func (b *Batch) Remove(docNameOrID string) error {
	if b.done {
		return fmt.Errorf("store %s: batch already closed", b.st.name)
	}
	s, ctx := b.st, b.ctx
	if err := b.flush(); err != nil {
		return err
	}
	ids, err := s.docsNamed(ctx, docNameOrID)
	if err != nil {
		return err
	}
	if ok, err := s.hasDoc(ctx, docNameOrID); err != nil {
		return err
	} else if ok {
		ids = append(ids, docNameOrID)
	}
	if len(ids) == 0 {
		return fmt.Errorf("store %s has no document named %q", s.name, docNameOrID)
	}
	var dels []quad.Quad
	for _, id := range ids {
		qs, err := b.storedDocQuads(id)
		if err != nil {
			return err
		}
		dels = append(dels, qs...)
	}
	if err := b.apply(dels, nil); err != nil {
		return fmt.Errorf("store %s: removing %s: %v", s.name, docNameOrID, oneLine(err))
	}
	return nil
}

// flush writes the buffered additions.
func (b *Batch) flush() error {
	if len(b.pending) == 0 {
		return nil
	}
	qs, preps := b.pending, b.preps
	b.pending, b.buffered, b.preps = nil, nil, nil
	done, err := b.bulkWrite(preps)
	if err == nil && !done {
		err = b.st.applyDeltas(nil, qs)
	}
	if err != nil {
		return fmt.Errorf("store %s: %v", b.st.name, oneLine(err))
	}
	if b.st.bkv == nil {
		return nil
	}
	if done {
		return b.writeOps(preps)
	}
	for _, p := range preps {
		b.noteEdges(p.edgeVals)
	}
	err = b.updateIndex(nil, qs)
	b.edgeVals = nil
	return err
}

// flushAt is how many buffered quads make a batch write them out. One big
// Cayley call per Bolt transaction is what makes loading fast: Cayley
// updates each shared value's reference count and rewrites each index list
// once per call, and hub entities are in most documents.
func (b *Batch) flushAt() int {
	if b.st.bkv != nil {
		return 250000
	}
	return 50000
}

// storedDocQuads recomputes a stored document's quads and notes its removal
// in the summaries.
func (b *Batch) storedDocQuads(id string) ([]quad.Quad, error) {
	sd, err := b.st.readDoc(b.ctx, id)
	if err != nil {
		return nil, err
	}
	if b.sum != nil {
		b.sum.doc(sd.doc, sd.ents, sd.facts, -1)
	}
	return sd.quads(), nil
}

// apply writes deletions, then additions. Within a Bolt batch they are two
// Cayley calls in one transaction (see batchKV); elsewhere one call.
func (b *Batch) apply(dels, adds []quad.Quad) error {
	b.n += len(dels) + len(adds)
	if b.st.bkv != nil {
		if err := b.st.applyDeltas(dels, nil); err != nil {
			return err
		}
		if err := b.st.applyDeltas(nil, adds); err != nil {
			return err
		}
		err := b.updateIndex(dels, adds)
		b.edgeVals = nil
		return err
	}
	return b.st.applyDeltas(dels, adds)
}
