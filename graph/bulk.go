package graph

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"slices"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
)

// Bulk writing (Bolt): the documents a build adds are new to the store, so
// each of their quads carries a graph label (the document's IRI) the store
// has never seen, and none of them can already exist. For that case kg
// writes Cayley's kv layout itself, with the keys and values Cayley's
// ApplyDeltas would write — value hashes to node IDs, reference counts, the
// primitives of the log, the quad index lists, the horizon and size
// counters — but hashes and encodes every value while preparing the
// document (off the writer's goroutine) and skips Cayley's per-call
// bookkeeping. TestBulkWriteMatchesCayley compares the two byte for byte
// (timestamps aside). Anything else (a replacement, a removal, a store in
// the older bucket layout, a quad whose values all exist) goes through
// Cayley.

// bulkWrites lets tests build the same store through Cayley for
// comparison; bulkBatches counts the batches the bulk writer took.
var (
	bulkWrites  = true
	bulkBatches int
)

// appendFill is how full bbolt fills the pages of buckets written mostly
// at their end.
const appendFill = 0.9

// docNode is one distinct value of a document's quads: its hash (Cayley's
// key), its Cayley encoding, and how many quad positions hold it.
type docNode struct {
	hash refs.ValueHash
	enc  []byte
	refs int64
}

// prepareNodes lists the distinct values of a document's quads and, per
// quad, the index of each direction's value (subject, predicate, object,
// label; -1 for none). ok is false if a value cannot be encoded, which
// leaves the document to Cayley.
func prepareNodes(qs []quad.Quad) (nodes []docNode, at [][4]int32, ok bool) {
	index := make(map[quad.Value]int32, len(qs))
	at = make([][4]int32, len(qs))
	for i, q := range qs {
		for d, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil {
				at[i][d] = -1
				continue
			}
			n, seen := index[v]
			if !seen {
				enc, err := pquads.MarshalValue(v)
				if err != nil {
					return nil, nil, false
				}
				n = int32(len(nodes))
				index[v] = n
				nodes = append(nodes, docNode{hash: refs.HashOf(v), enc: enc})
			}
			nodes[n].refs++
			at[i][d] = n
		}
	}
	return nodes, at, true
}

// bulkNode is a value of the batch: its node ID, whether this batch
// creates it, and how many quad positions of the batch hold it.
type bulkNode struct {
	hash  refs.ValueHash
	enc   []byte
	id    uint64
	refs  int64
	isNew bool
}

// indexEntry is one quad's key in one of Cayley's quad indexes.
type indexEntry struct {
	key [3]uint64
	id  uint64
}

// bulkWrite writes the prepared documents' quads into the batch's Bolt
// transaction as Cayley would. It returns false, having written nothing,
// when the case is not the one it handles.
func (b *Batch) bulkWrite(preps []*Prepared) (bool, error) {
	bk := b.st.bkv
	if !bulkWrites || bk == nil || !bk.flat || bk.outer == nil || len(preps) == 0 {
		return false, nil
	}
	tx := bk.outer.tx
	logb, meta := tx.Bucket([]byte("log")), tx.Bucket([]byte("meta"))
	if logb == nil || meta == nil {
		return false, nil
	}
	// A flat store's value and count buckets appear with its first values.
	vb, err := tx.CreateBucketIfNotExists([]byte("v"))
	if err != nil {
		return false, err
	}
	nb, err := tx.CreateBucketIfNotExists([]byte("n"))
	if err != nil {
		return false, err
	}
	// New node and quad IDs are above every stored one, so the log, and
	// the index keys that start with a new ID, are appended at the end:
	// pages there can be filled instead of split in half (bbolt's default).
	logb.FillPercent = appendFill
	indexes, ok := cayleyIndexes(meta)
	if !ok {
		return false, nil
	}
	ibs := make([]*bolt.Bucket, len(indexes))
	for i, ind := range indexes {
		if ibs[i] = tx.Bucket(indexBucket(ind)); ibs[i] == nil {
			return false, nil
		}
	}

	// The batch's values, each once.
	byHash := make(map[refs.ValueHash]*bulkNode)
	local := make([][]*bulkNode, len(preps))
	nquads := 0
	for i, p := range preps {
		if p.nodes == nil && len(p.quads) > 0 {
			return false, nil
		}
		nquads += len(p.at)
		local[i] = make([]*bulkNode, len(p.nodes))
		for j := range p.nodes {
			dn := &p.nodes[j]
			n := byHash[dn.hash]
			if n == nil {
				n = &bulkNode{hash: dn.hash, enc: dn.enc}
				byHash[dn.hash] = n
			}
			n.refs += dn.refs
			local[i][j] = n
		}
	}
	nodes := make([]*bulkNode, 0, len(byHash))
	for _, n := range byHash {
		nodes = append(nodes, n)
	}
	// Cayley creates new nodes in the order of their hashes.
	slices.SortFunc(nodes, func(x, y *bulkNode) int { return bytes.Compare(x.hash[:], y.hash[:]) })
	newNodes := 0
	for _, n := range nodes {
		if v := vb.Get(n.hash[:]); v != nil {
			n.id, _ = binary.Uvarint(v)
		}
		if n.id == 0 {
			n.isNew = true
			newNodes++
		}
	}
	// Every quad must have a new value (its document's label), or it might
	// exist already: that needs Cayley's duplicate check.
	for i, p := range preps {
		for _, at := range p.at {
			fresh := false
			for _, k := range at {
				if k >= 0 && local[i][k].isNew {
					fresh = true
					break
				}
			}
			if !fresh {
				return false, nil
			}
		}
	}

	horizon := metaInt(meta, "horizon")
	ts := time.Now().UnixNano()
	arena := newArena()
	next := uint64(horizon) + 1
	for _, n := range nodes {
		if !n.isNew {
			continue
		}
		n.id = next
		next++
		key := arena.copy(n.hash[:])
		if err := vb.Put(key, arena.uvarint(n.id)); err != nil {
			return false, err
		}
		if err := logb.Put(arena.bigEndian(n.id), arena.primitive(n.id, [4]uint64{}, ts, n.enc)); err != nil {
			return false, err
		}
	}
	// Reference counts: existing values add to theirs.
	for _, n := range nodes {
		c := n.refs
		if !n.isNew {
			if v := nb.Get(n.hash[:]); v != nil {
				old, _ := binary.Uvarint(v)
				c += int64(old)
			}
		}
		if err := nb.Put(arena.copy(n.hash[:]), arena.uvarint(uint64(c))); err != nil {
			return false, err
		}
	}
	// The quads, in order, after the nodes.
	entries := make([][]indexEntry, len(indexes))
	for i := range entries {
		entries[i] = make([]indexEntry, 0, nquads)
	}
	for i, p := range preps {
		for _, at := range p.at {
			var dirs [4]uint64 // subject, predicate, object, label
			for d, k := range at {
				if k >= 0 {
					dirs[d] = local[i][k].id
				}
			}
			id := next
			next++
			if err := logb.Put(arena.bigEndian(id), arena.primitive(id, dirs, ts, nil)); err != nil {
				return false, err
			}
			for x, ind := range indexes {
				var e indexEntry
				for j, d := range ind.Dirs {
					e.key[j] = dirs[dirIndex(d)]
				}
				e.id = id
				entries[x] = append(entries[x], e)
			}
		}
	}
	// Index lists: each key's list gets the new quad IDs appended, as
	// Cayley's flushMapBucket does.
	for x, ind := range indexes {
		es := entries[x]
		slices.SortFunc(es, func(a, b indexEntry) int {
			for j := range a.key {
				if a.key[j] != b.key[j] {
					if a.key[j] < b.key[j] {
						return -1
					}
					return 1
				}
			}
			if a.id < b.id {
				return -1
			}
			if a.id > b.id {
				return 1
			}
			return 0
		})
		width := len(ind.Dirs)
		for lo := 0; lo < len(es); {
			hi := lo + 1
			for hi < len(es) && es[hi].key == es[lo].key {
				hi++
			}
			key := arena.alloc(8 * width)
			for j := 0; j < width; j++ {
				binary.BigEndian.PutUint64(key[8*j:], es[lo].key[j])
			}
			old := ibs[x].Get(key)
			val := arena.alloc(len(old) + binary.MaxVarintLen64*(hi-lo))[:len(old)]
			copy(val, old)
			for _, e := range es[lo:hi] {
				val = binary.AppendUvarint(val, e.id)
			}
			if err := ibs[x].Put(key, val); err != nil {
				return false, err
			}
			lo = hi
		}
	}
	if err := putMetaInt(meta, "horizon", int64(next-1)); err != nil {
		return false, err
	}
	if err := putMetaInt(meta, "size", metaInt(meta, "size")+int64(nquads)); err != nil {
		return false, err
	}
	bulkBatches++
	return true, nil
}

// cayleyIndexes reads the quad indexes Cayley keeps (the store's own
// record of them; Cayley falls back to its legacy pair without one).
func cayleyIndexes(meta *bolt.Bucket) ([]ckv.QuadIndex, bool) {
	data := meta.Get([]byte("indexes"))
	if data == nil {
		return nil, false
	}
	var out []ckv.QuadIndex
	if err := json.Unmarshal(data, &out); err != nil || len(out) == 0 {
		return nil, false
	}
	for _, ind := range out {
		if ind.Unique || len(ind.Dirs) == 0 || len(ind.Dirs) > 3 {
			return nil, false
		}
		for _, d := range ind.Dirs {
			if dirIndex(d) < 0 {
				return nil, false
			}
		}
	}
	return out, true
}

// indexBucket is the bucket name Cayley gives an index: the prefix letters
// of its directions.
func indexBucket(ind ckv.QuadIndex) []byte {
	name := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		name[i] = d.Prefix()
	}
	return name
}

func dirIndex(d quad.Direction) int {
	switch d {
	case quad.Subject:
		return 0
	case quad.Predicate:
		return 1
	case quad.Object:
		return 2
	case quad.Label:
		return 3
	}
	return -1
}

// metaInt and putMetaInt read and write Cayley's counters (little-endian
// 64-bit).
func metaInt(meta *bolt.Bucket, key string) int64 {
	v := meta.Get([]byte(key))
	if len(v) < 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(v))
}

func putMetaInt(meta *bolt.Bucket, key string, n int64) error {
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint64(buf, uint64(n))
	return meta.Put([]byte(key), buf)
}

// arena hands out byte slices that stay valid until the transaction
// commits, as bbolt requires of the keys and values it is given, with one
// allocation per 1 MiB instead of several per quad.
type arena struct{ buf, tmp []byte }

func newArena() *arena { return &arena{} }

func (a *arena) alloc(n int) []byte {
	if len(a.buf)+n > cap(a.buf) {
		size := 1 << 20
		if n > size {
			size = n
		}
		a.buf = make([]byte, 0, size)
	}
	s := a.buf[len(a.buf) : len(a.buf)+n : len(a.buf)+n]
	a.buf = a.buf[:len(a.buf)+n]
	return s
}

func (a *arena) copy(b []byte) []byte {
	s := a.alloc(len(b))
	copy(s, b)
	return s
}

func (a *arena) uvarint(x uint64) []byte {
	var buf [binary.MaxVarintLen64]byte
	return a.copy(binary.AppendUvarint(buf[:0], x))
}

func (a *arena) bigEndian(x uint64) []byte {
	s := a.alloc(8)
	binary.BigEndian.PutUint64(s, x)
	return s
}

// primitive encodes a Cayley log primitive (graph/proto.Primitive) as
// protobuf does: fields in number order, zero values left out. A node has
// a value and no directions; a quad has directions and no value.
func (a *arena) primitive(id uint64, dirs [4]uint64, ts int64, value []byte) []byte {
	a.tmp = appendPrimitive(a.tmp[:0], id, dirs, ts, value)
	return a.copy(a.tmp)
}

func appendPrimitive(s []byte, id uint64, dirs [4]uint64, ts int64, value []byte) []byte {
	field := func(num byte, v uint64) {
		if v != 0 {
			s = append(s, num<<3)
			s = binary.AppendUvarint(s, v)
		}
	}
	field(1, id)
	for i, v := range dirs {
		field(byte(2+i), v)
	}
	field(7, uint64(ts))
	if len(value) > 0 {
		s = append(s, 8<<3|2)
		s = binary.AppendUvarint(s, uint64(len(value)))
		s = append(s, value...)
	}
	return s
}
