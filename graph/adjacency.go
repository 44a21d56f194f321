package graph

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
)

// On Bolt, kg keeps its own adjacency index beside Cayley's, in the same
// file and the same transactions: one key per (entity, direction,
// neighbour, relation, document) and one per (entity, document) label.
// Walking a neighbourhood is then a prefix scan of sorted keys instead of
// one Cayley quad fetch (a transaction and four value look-ups) per edge,
// which is what makes paths and neighbourhoods fast on big graphs. The
// index is derived from the edge and label quads written, so it changes
// exactly when they do.
var (
	adjBucket  = []byte("kg_adj")
	nameBucket = []byte("kg_name")
	metaKey    = hkv.Key{[]byte("kg_meta"), []byte("adjacency")}
	// kg_key holds one key per (lookup key, entity, document), so that a
	// name is looked up by a prefix scan; stores made before it have no
	// keysKey and look names up through Cayley (entitiesKeyed).
	keyBucket = []byte("kg_key")
	keysKey   = hkv.Key{[]byte("kg_meta"), []byte("keys")}
)

const sep = "\x00"

func adjKey(id, dir, other, rel, doc string) hkv.Key {
	return hkv.Key{adjBucket, []byte(id + sep + dir + other + sep + rel + sep + doc)}
}

// indexOps turns quads into adjacency index writes (and name key writes
// when keys is true).
func indexOps(qs []quad.Quad, keys bool, fn func(k hkv.Key, v []byte) error) error {
	for _, q := range qs {
		s := entityIDOf(q.Subject)
		if s == "" {
			continue
		}
		doc := docIDOf(q.Label)
		if q.Predicate == predKey {
			if k, _ := litString(q.Object); keys && k != "" && !strings.Contains(k, sep) {
				if err := fn(hkv.Key{keyBucket, []byte(k + sep + s + sep + doc)}, []byte{}); err != nil {
					return err
				}
			}
			continue
		}
		if q.Predicate == predLabel {
			name, _ := litString(q.Object)
			if err := fn(hkv.Key{nameBucket, []byte(s + sep + doc)}, []byte(name)); err != nil {
				return err
			}
			continue
		}
		rel, ok := relName(q.Predicate)
		o := entityIDOf(q.Object)
		if !ok || o == "" {
			continue
		}
		if err := fn(adjKey(s, ">", o, rel, doc), nil); err != nil {
			return err
		}
		if err := fn(adjKey(o, "<", s, rel, doc), nil); err != nil {
			return err
		}
	}
	return nil
}

// updateIndex applies deletions and additions to the index inside the
// open batch transaction. Keys are written in sorted order: Bolt splits
// pages only at commit, so unsorted inserts into one transaction shift an
// ever larger in-memory node on every put (a fifth of a fresh load's CPU).
func (b *Batch) updateIndex(dels, adds []quad.Quad) error {
	tx := b.st.bkv.outer
	ctx := b.ctx
	var ops []indexOp
	collect := func(k hkv.Key, v []byte) error {
		ops = append(ops, indexOp{k, v})
		return nil
	}
	keys := b.st.keyIndexed
	if err := indexOps(dels, keys, collect); err != nil {
		return err
	}
	sortOps(ops)
	for _, op := range ops {
		if err := tx.Del(ctx, op.k); err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
	}
	ops = ops[:0]
	if err := indexOps(adds, keys, collect); err != nil {
		return err
	}
	sortOps(ops)
	for _, op := range ops {
		v := op.v
		if v == nil {
			v = b.edgeVals[string(op.k[1])]
		}
		if v == nil {
			v = []byte{}
		}
		if err := tx.Put(ctx, op.k, v); err != nil {
			return err
		}
	}
	return nil
}

// addOps are the index writes of a new document's quads, with the values
// of its edges, sorted: the keys (kg_key) are among them whether or not
// the store keeps that index.
func addOps(qs []quad.Quad, edgeVals map[string][]byte) []indexOp {
	var ops []indexOp
	indexOps(qs, true, func(k hkv.Key, v []byte) error {
		if v == nil {
			v = edgeVals[string(k[1])]
		}
		if v == nil {
			v = []byte{}
		}
		ops = append(ops, indexOp{k, v})
		return nil
	})
	sortOps(ops)
	return ops
}

// writeOps writes the prepared index writes of documents that the batch
// added, in sorted order (see updateIndex).
func (b *Batch) writeOps(preps []*Prepared) error {
	runs := make([][]indexOp, 0, len(preps))
	for _, p := range preps {
		runs = append(runs, p.ops)
	}
	ops := mergeOps(runs)
	if !b.st.keyIndexed {
		ops = slices.DeleteFunc(ops, func(op indexOp) bool { return bytes.Equal(op.k[0], keyBucket) })
	}
	tx := b.st.bkv.outer
	for _, op := range ops {
		if err := tx.Put(b.ctx, op.k, op.v); err != nil {
			return err
		}
	}
	return nil
}

// edgeValues computes, for a document about to be written, the value of
// each of its adjacency keys: how many of its facts state the edge, and the
// confidence, date and sentence of the best of them (see edgeInfo). A path
// then picks each hop's evidence from the index and reads one document,
// not every document that states the edge (a hub's edges are stated by
// hundreds).
func edgeValues(d fact.Doc, facts []factRec) map[string][]byte {
	type edgeKey struct{ s, o, rel string }
	infos := map[edgeKey]edgeInfo{}
	var order []edgeKey
	for _, f := range facts {
		if f.SID == "" || f.OID == "" || f.Neg {
			continue
		}
		rel, ok := relName(RelIRI(f.R, false))
		if !ok {
			continue
		}
		date := d.Date
		if f.DocDate != nil {
			date = *f.DocDate
		}
		k := edgeKey{f.SID, f.OID, rel}
		in, seen := infos[k]
		if !seen {
			order = append(order, k)
		}
		infos[k] = in.add(edgeInfo{n: 1, conf: f.Conf, date: date, sent: f.Sent})
	}
	vals := make(map[string][]byte, 2*len(order))
	for _, k := range order {
		v := infos[k].encode()
		vals[string(adjKey(k.s, ">", k.o, k.rel, d.ID)[1])] = v
		vals[string(adjKey(k.o, "<", k.s, k.rel, d.ID)[1])] = v
	}
	return vals
}

// noteEdges keeps a document's adjacency values until its quads are
// written (see updateIndex).
func (b *Batch) noteEdges(vals map[string][]byte) {
	if b.edgeVals == nil {
		b.edgeVals = make(map[string][]byte, len(vals))
	}
	for k, v := range vals {
		b.edgeVals[k] = v
	}
}

// edgeInfo is what the index says about the facts of one document that
// state one edge: how many, and the best one by the order paths use
// (most confident, then most recent, then first sentence).
type edgeInfo struct {
	n    int
	conf float64
	date string
	sent int
}

func (a edgeInfo) add(b edgeInfo) edgeInfo {
	if a.n == 0 {
		return b
	}
	n := a.n + b.n
	if compareEvidence(b.conf, b.date, "", b.sent, a.conf, a.date, "", a.sent) < 0 {
		a = b
	}
	a.n = n
	return a
}

// compareEvidence orders the facts that could stand for one hop, best
// first: most confident, then most recent, then first by document and
// sentence. Paths choose evidence by it whether they read the facts
// (betterHop) or the index values (edgeInfo, hopFromIndex), so both ways
// give the same answer.
func compareEvidence(confA float64, dateA, docA string, sentA int, confB float64, dateB, docB string, sentB int) int {
	return cmp.Or(cmp.Compare(confB, confA), strings.Compare(dateB, dateA), strings.Compare(docA, docB), cmp.Compare(sentA, sentB))
}

// encode is "n conf date sent"; stores written before this format have
// empty values, which decodeEdgeInfo reports as unknown.
func (a edgeInfo) encode() []byte {
	return []byte(strconv.Itoa(a.n) + " " + strconv.FormatFloat(a.conf, 'g', -1, 64) + " " + a.date + " " + strconv.Itoa(a.sent))
}

func decodeEdgeInfo(v string) (edgeInfo, bool) {
	f := strings.Split(v, " ")
	if len(f) != 4 {
		return edgeInfo{}, false
	}
	n, err1 := strconv.Atoi(f[0])
	conf, err2 := strconv.ParseFloat(f[1], 64)
	sent, err3 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || err3 != nil || n <= 0 {
		return edgeInfo{}, false
	}
	return edgeInfo{n: n, conf: conf, date: f[2], sent: sent}, true
}

type indexOp struct {
	k hkv.Key
	v []byte
}

// sortOps orders ops by bucket, then key; of equal keys the last written
// stays last, so the outcome is the unsorted one.
func sortOps(ops []indexOp) {
	slices.SortStableFunc(ops, compareOps)
}

// mergeOps merges sorted runs of index writes into one sorted list, two
// runs at a time (cheaper than sorting them together: each write is
// compared about log2(runs) times). Runs are documents, whose keys differ.
func mergeOps(runs [][]indexOp) []indexOp {
	if len(runs) == 0 {
		return nil
	}
	for len(runs) > 1 {
		next := make([][]indexOp, 0, (len(runs)+1)/2)
		for i := 0; i+1 < len(runs); i += 2 {
			a, b := runs[i], runs[i+1]
			m := make([]indexOp, 0, len(a)+len(b))
			for len(a) > 0 && len(b) > 0 {
				if compareOps(b[0], a[0]) < 0 {
					m, b = append(m, b[0]), b[1:]
				} else {
					m, a = append(m, a[0]), a[1:]
				}
			}
			next = append(next, append(append(m, a...), b...))
		}
		if len(runs)%2 == 1 {
			next = append(next, runs[len(runs)-1])
		}
		runs = next
	}
	return runs[0]
}

func compareOps(a, b indexOp) int {
	for i := 0; i < len(a.k) && i < len(b.k); i++ {
		if c := bytes.Compare(a.k[i], b.k[i]); c != 0 {
			return c
		}
	}
	return len(a.k) - len(b.k)
}

// hasMeta reports whether a kg_meta flag is set.
func (s *Store) hasMeta(k hkv.Key) bool {
	if s.bkv == nil {
		return false
	}
	ctx := context.Background()
	ok := false
	s.bkv.View(ctx, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, k)
		ok = err == nil && len(v) > 0
		return nil
	})
	return ok
}

// indexEdges reads one entity's edges from the index.
func (s *Store) indexEdges(ctx context.Context, id string) (out, in []edge, err error) {
	return s.indexEdgesFrom(ctx, id, "")
}

// indexEdgesFrom reads the edges of entity id whose index keys continue
// with after: "" for all, ">"+other+sep (or "<"+other+sep) for those to
// (or from) one neighbour.
func (s *Store) indexEdgesFrom(ctx context.Context, id, after string) (out, in []edge, err error) {
	prefix := []byte(id + sep)
	err = s.bkv.View(ctx, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{adjBucket, []byte(id + sep + after)}))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			rest := k[len(k)-1][len(prefix):]
			if len(rest) == 0 {
				continue
			}
			dir := rest[0]
			parts := bytes.SplitN(rest[1:], []byte(sep), 3)
			if len(parts) != 3 {
				continue
			}
			other, rel, doc := string(parts[0]), string(parts[1]), string(parts[2])
			if dir == '>' {
				out = append(out, edge{from: id, to: other, rel: rel, doc: doc, info: string(it.Val())})
			} else {
				in = append(in, edge{from: other, to: id, rel: rel, doc: doc, info: string(it.Val())})
			}
		}
		return it.Err()
	})
	return out, in, err
}

// indexKeyed returns the IDs of the entities with lookup key k, from the
// kg_key index.
func (s *Store) indexKeyed(k string) ([]string, error) {
	var ids []string
	prefix := []byte(k + sep)
	err := s.bkv.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(keyBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for key, _ := c.Seek(prefix); key != nil && bytes.HasPrefix(key, prefix); {
			id, _, _ := strings.Cut(string(key[len(prefix):]), sep)
			ids = append(ids, id)
			// Skip the entity's other documents: seek past "id\x00\xff".
			key, _ = c.Seek(append(append(append([]byte{}, prefix...), id...), 0, 0xff))
		}
		return nil
	})
	return ids, err
}

// indexName reads an entity's label from the index ("" when none).
func (s *Store) indexName(ctx context.Context, id string) string {
	name := ""
	s.bkv.View(ctx, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{nameBucket, []byte(id + sep)}))
		defer it.Close()
		if it.Next(ctx) {
			name = string(it.Val())
		}
		return it.Err()
	})
	return name
}
