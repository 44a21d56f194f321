package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// TestBulkWriteMatchesCayley builds one store with kg's bulk writer and
// one through Cayley's ApplyDeltas, from the same documents in the same
// batches, and compares every key and value of the two Bolt files (the
// log's timestamps aside). Between the batches come a replacement and a
// removal (Cayley's path), so each writer also continues the other's work.
func TestBulkWriteMatchesCayley(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(90, 7)
	a, b := fixtureA(), fixtureB()
	changedA := a
	changedA.doc.Text += " More."
	changedA.doc.ID = fact.DocID(changedA.doc.Text)
	changedA.triples = changedA.triples[:2]

	build := func(bulk bool) *Store {
		bulkWrites = bulk
		defer func() { bulkWrites = true }()
		st, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		batch := func(ins ...input) {
			bt, err := st.Begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, in := range ins {
				if _, err := bt.AddDocument(in.doc, in.triples, in.entities); err != nil {
					t.Fatal(err)
				}
			}
			if err := bt.Commit(); err != nil {
				t.Fatal(err)
			}
		}
		batch(append([]input{a}, docs[:40]...)...)
		batch(docs[40:70]...)
		batch(changedA, b) // a replacement, then an addition, in one batch
		if err := st.Remove(ctx, docs[3].doc.Name); err != nil {
			t.Fatal(err)
		}
		batch(append(docs[70:], docs[3])...) // a removed document comes back
		return st
	}
	want := dumpStore(t, build(false))
	before := bulkBatches
	got := dumpStore(t, build(true))
	if n := bulkBatches - before; n < 4 {
		t.Errorf("the bulk writer took %d of the batches, want at least 4", n)
	}
	if len(want) == 0 {
		t.Fatal("empty reference store")
	}
	for name, wb := range want {
		gb := got[name]
		if len(gb) != len(wb) {
			t.Errorf("bucket %q: %d keys written by kg, %d by Cayley", name, len(gb), len(wb))
		}
		n := 0
		for k, wv := range wb {
			if gv, ok := gb[k]; !ok || gv != wv {
				if n++; n <= 3 {
					t.Errorf("bucket %q key %x: kg %x, Cayley %x", name, k, gv, wv)
				}
			}
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("bucket %q only in kg's store", name)
		}
	}
}

// dumpStore reads every bucket of a Bolt store; log primitives lose their
// timestamps, which record when they were written.
func dumpStore(t *testing.T, st *Store) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	err := st.bkv.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			m := map[string]string{}
			out[string(name)] = m
			return b.ForEach(func(k, v []byte) error {
				if v == nil {
					return fmt.Errorf("nested bucket %q in %q", k, name)
				}
				if string(name) == "log" {
					var p cproto.Primitive
					if err := proto.Unmarshal(v, &p); err != nil {
						return err
					}
					p.Timestamp = 0
					var err error
					if v, err = proto.Marshal(&p); err != nil {
						return err
					}
				}
				m[string(k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestAppendPrimitive checks kg's encoding of log primitives against
// protobuf's.
func TestAppendPrimitive(t *testing.T) {
	big := bytes.Repeat([]byte{'x'}, 300)
	for _, p := range []*cproto.Primitive{
		{ID: 1, Timestamp: 1},
		{ID: 300, Subject: 1, Predicate: 2, Object: 1 << 40, Label: 5, Timestamp: 1763900000000000000},
		{ID: 7, Subject: 1, Object: 3, Label: 9, Timestamp: -5},
		{ID: 1 << 62, Timestamp: 12, Value: []byte{1, 2, 3}},
		{ID: 2, Timestamp: 99, Value: big},
	} {
		want, err := proto.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		got := appendPrimitive(nil, p.ID, [4]uint64{p.Subject, p.Predicate, p.Object, p.Label}, p.Timestamp, p.Value)
		if !bytes.Equal(got, want) {
			t.Errorf("%v: kg %x, protobuf %x", p, got, want)
		}
	}
}

// TestBulkWriteCounts: adding the same documents again writes nothing,
// and Cayley's counters agree with the documents.
func TestBulkWriteCounts(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := synthDocs(10, 3)
	total := 0
	for _, in := range docs {
		total += len(Prepare(in.doc, in.triples, in.entities).quads)
	}
	for round := 0; round < 2; round++ {
		bt, err := st.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range docs {
			if _, err := bt.AddDocument(in.doc, in.triples, in.entities); err != nil {
				t.Fatal(err)
			}
		}
		if err := bt.Commit(); err != nil {
			t.Fatal(err)
		}
		if n := quads(t, st); n != int64(total) {
			t.Fatalf("round %d: %d quads stored, documents have %d", round, n, total)
		}
	}
	var ids []string
	for _, d := range read(t, st).docs {
		ids = append(ids, d.ID)
	}
	sort.Strings(ids)
	if len(ids) != len(docs) {
		t.Errorf("%d documents read back, %d added", len(ids), len(docs))
	}
}

// TestSubjectQuadsMatchesCayley reads every document of a Bolt store (with
// a replaced and a removed document, whose quads Cayley keeps as dead
// primitives) directly from the buckets and through Cayley.
func TestSubjectQuadsMatchesCayley(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := fixtureA()
	changedA := a
	changedA.doc.Text += " More."
	changedA.doc.ID = fact.DocID(changedA.doc.Text)
	changedA.triples = changedA.triples[1:]
	docs := append([]input{a, fixtureB()}, synthDocs(30, 11)...)
	for _, in := range append(docs, changedA) {
		add(t, st, in)
	}
	if err := st.Remove(ctx, docs[5].doc.Name); err != nil {
		t.Fatal(err)
	}
	ids, err := st.docIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(docs)-1 {
		t.Fatalf("%d documents stored, want %d", len(ids), len(docs)-1)
	}
	for _, id := range append(ids, a.doc.ID, docs[5].doc.ID, "no-such-doc") {
		boltReads = false
		want, err1 := st.readDoc(ctx, id)
		boltReads = true
		got, err2 := st.readDoc(ctx, id)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v / %v", id, err1, err2)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("document %s read from the buckets:\n%+v\nthrough Cayley:\n%+v", id, got, want)
		}
	}
}
