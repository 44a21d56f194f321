package graph

import (
	"context"
	"encoding/binary"
	"fmt"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// subjectQuads calls fn for every quad with subject v, in the order
// Cayley's iterator gives them. On Bolt, outside a batch, it reads
// Cayley's buckets directly in one transaction (the subject index, the
// log's primitives, the values): Cayley's own iterator opens a
// transaction and makes five look-ups per quad, which made a path's
// evidence (the records of a few long documents) most of `kg path`.
// TestSubjectQuadsMatchesCayley compares the two.
func (s *Store) subjectQuads(ctx context.Context, v quad.Value, fn func(quad.Quad) error) error {
	if s.bkv != nil && boltReads {
		s.bkv.mu.Lock()
		inBatch := s.bkv.outer != nil
		s.bkv.mu.Unlock()
		if !inBatch {
			var done bool
			err := s.bkv.db.View(func(tx *bolt.Tx) error {
				var err error
				done, err = boltSubjectQuads(tx, s.bkv.flat, v, fn)
				return err
			})
			if done || err != nil {
				return err
			}
		}
	}
	return s.eachQuad(ctx, quad.Subject, v, fn)
}

// boltReads lets tests read through Cayley for comparison.
var boltReads = true

// boltSubjectQuads reads the quads with subject v from Cayley's kv layout;
// done is false if the store lacks what it needs (then nothing was read).
func boltSubjectQuads(tx *bolt.Tx, flat bool, v quad.Value, fn func(quad.Quad) error) (done bool, err error) {
	meta, logb := tx.Bucket([]byte("meta")), tx.Bucket([]byte("log"))
	if meta == nil || logb == nil {
		return false, nil
	}
	indexes, ok := cayleyIndexes(meta)
	if !ok {
		return false, nil
	}
	var index *bolt.Bucket
	width := 0
	for _, ind := range indexes {
		if ind.Dirs[0] == quad.Subject {
			index, width = tx.Bucket(indexBucket(ind)), len(ind.Dirs)
			break
		}
	}
	if index == nil {
		return false, nil
	}
	h := refs.HashOf(v)
	vb := tx.Bucket([]byte{'v', h[0], h[1]})
	if flat {
		vb = tx.Bucket([]byte("v"))
	}
	if vb == nil {
		return true, nil
	}
	idv := vb.Get(h[:])
	if idv == nil {
		return true, nil
	}
	sid, _ := binary.Uvarint(idv)
	prefix := binary.BigEndian.AppendUint64(nil, sid)
	damaged := func(what string, id uint64) error {
		return fmt.Errorf("store is damaged: %s %d", what, id)
	}
	values := map[uint64]quad.Value{sid: v}
	value := func(id uint64) (quad.Value, error) {
		if id == 0 {
			return nil, nil
		}
		if val, ok := values[id]; ok {
			return val, nil
		}
		var p cproto.Primitive
		b := logb.Get(binary.BigEndian.AppendUint64(nil, id))
		if b == nil || proto.Unmarshal(b, &p) != nil {
			return nil, damaged("node", id)
		}
		val, err := pquads.UnmarshalValue(p.Value)
		if err != nil {
			return nil, damaged("value of node", id)
		}
		values[id] = val
		return val, nil
	}
	c := index.Cursor()
	for k, list := c.Seek(prefix); k != nil && len(k) == 8*width && string(k[:8]) == string(prefix); k, list = c.Next() {
		for len(list) > 0 {
			qid, n := binary.Uvarint(list)
			if n <= 0 {
				return true, damaged("index list at quad", qid)
			}
			list = list[n:]
			var p cproto.Primitive
			b := logb.Get(binary.BigEndian.AppendUint64(nil, qid))
			if b == nil || proto.Unmarshal(b, &p) != nil {
				return true, damaged("quad", qid)
			}
			if p.Deleted {
				continue
			}
			var q quad.Quad
			for _, d := range []struct {
				id  uint64
				dst *quad.Value
			}{{p.Subject, &q.Subject}, {p.Predicate, &q.Predicate}, {p.Object, &q.Object}, {p.Label, &q.Label}} {
				if *d.dst, err = value(d.id); err != nil {
					return true, err
				}
			}
			if err := fn(q); err != nil {
				return true, err
			}
		}
	}
	return true, nil
}
