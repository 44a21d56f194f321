package graph

import (
	"bytes"
	"context"
	"errors"

	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// boltTx is the write transaction of a Batch on Bolt. It does what
// hidalgo's bbolt transaction does, but remembers the buckets it has
// opened: hidalgo looks a key's bucket up again on every access (and calls
// CreateBucketIfNotExists on every Put, which in bbolt 1.3 searches twice
// and allocates), which was a quarter of the CPU time of a load. Cayley's
// keys are a bucket and a key within it; deeper keys take the generic path.
//
// With flat set (stores made by this kg; see flatKey), Cayley's value and
// reference-count keys, which it spreads over 2×65,536 buckets named by the
// first two bytes of a value's hash, live in two buckets instead: a load
// looked up, created and rewrote tens of thousands of tiny buckets per
// transaction. The hash is the whole key either way.
type boltTx struct {
	tx      *bolt.Tx
	flat    bool
	buckets map[string]*bolt.Bucket
}

func newBoltTx(db *bolt.DB, rw, flat bool) (*boltTx, error) {
	tx, err := db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &boltTx{tx: tx, flat: flat, buckets: map[string]*bolt.Bucket{}}, nil
}

// flatName maps Cayley's hash-spread bucket names ("v" or "n" and two hash
// bytes) to one bucket each.
func (t *boltTx) flatName(name []byte) []byte {
	if t.flat && len(name) == 3 && (name[0] == 'v' || name[0] == 'n') {
		return name[:1]
	}
	return name
}

// bucket returns the bucket holding key k and the key within it; create
// makes missing buckets. A nil bucket means the key cannot exist.
func (t *boltTx) bucket(k hkv.Key, create bool) (*bolt.Bucket, []byte, error) {
	if len(k) < 2 {
		// Root-level keys are not used by Cayley or kg.
		return nil, nil, errors.New("bolt: key without a bucket")
	}
	name := t.flatName(k[0])
	b := t.buckets[string(name)]
	if b == nil {
		b = t.tx.Bucket(name)
		if b == nil && create {
			var err error
			if b, err = t.tx.CreateBucket(name); err != nil {
				return nil, nil, err
			}
		}
		if b == nil {
			return nil, nil, nil
		}
		t.buckets[string(name)] = b
	}
	for _, p := range k[1 : len(k)-1] {
		c := b.Bucket(p)
		if c == nil && create {
			var err error
			if c, err = b.CreateBucket(p); err != nil {
				return nil, nil, err
			}
		}
		if c == nil {
			return nil, nil, nil
		}
		b = c
	}
	return b, k[len(k)-1], nil
}

func (t *boltTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	b, key, err := t.bucket(k, false)
	if err != nil || b == nil {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(key)
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (t *boltTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		if b, key, err := t.bucket(k, false); err == nil && b != nil {
			vals[i] = b.Get(key)
		}
	}
	return vals, nil
}

func (t *boltTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	b, key, err := t.bucket(k, true)
	if err != nil {
		return err
	}
	if len(key) == 0 && len(v) == 0 {
		return nil // bucket creation only
	}
	return b.Put(key, v)
}

func (t *boltTx) Del(ctx context.Context, k hkv.Key) error {
	b, key, err := t.bucket(k, false)
	if err != nil || b == nil {
		return nil
	}
	return b.Delete(key)
}

func (t *boltTx) Commit(ctx context.Context) error { return t.tx.Commit() }

func (t *boltTx) Close() error {
	err := t.tx.Rollback()
	if errors.Is(err, bolt.ErrTxClosed) {
		return nil
	}
	return err
}

func (t *boltTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	it := &boltIter{tx: t}
	return hkv.ApplyIteratorOptions(it, opts)
}

// boltIter iterates over the keys of one bucket having a prefix. Without a
// WithPrefix option (which Cayley and kg always give) it yields nothing
// and reports an error.
type boltIter struct {
	tx     *boltTx
	bucket hkv.Key // the bucket path
	pref   []byte
	c      *bolt.Cursor
	k, v   []byte
	err    error
	primed bool
}

func (it *boltIter) WithPrefix(pref hkv.Key) hkv.Iterator {
	*it = boltIter{tx: it.tx}
	if len(pref) == 0 {
		it.err = errors.New("bolt: scan without a bucket")
		return it
	}
	if len(pref) == 1 {
		pref = append(pref.Clone(), nil)
	}
	b, p, err := it.tx.bucket(pref, false)
	if err != nil {
		it.err = err
		return it
	}
	it.bucket = pref[:len(pref)-1]
	it.pref = p
	if b != nil {
		it.c = b.Cursor()
	}
	return it
}

func (it *boltIter) Reset() { it.primed, it.k, it.v = false, nil, nil }

func (it *boltIter) Next(ctx context.Context) bool {
	if it.c == nil || it.err != nil {
		if it.bucket == nil && it.err == nil {
			it.err = errors.New("bolt: scan without a bucket")
		}
		return false
	}
	for {
		if !it.primed {
			it.primed = true
			it.k, it.v = it.c.Seek(it.pref)
		} else {
			it.k, it.v = it.c.Next()
		}
		if it.k == nil || !bytes.HasPrefix(it.k, it.pref) {
			it.k, it.v = nil, nil
			return false
		}
		if it.v != nil { // skip nested buckets
			return true
		}
	}
}

func (it *boltIter) Key() hkv.Key {
	if it.k == nil {
		return nil
	}
	k := it.bucket.Clone()
	return append(k, append([]byte{}, it.k...))
}

func (it *boltIter) Val() hkv.Value { return it.v }
func (it *boltIter) Err() error     { return it.err }
func (it *boltIter) Close() error   { it.c = nil; return nil }
