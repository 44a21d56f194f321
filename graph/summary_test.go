package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
)

// TestSummaries checks Bolt's per-entity summaries against the documents
// they are derived from, through additions, replacements and removals:
// every answer read from them equals the one read from the documents, and
// their records equal those of a store built from the final documents.
func TestSummaries(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(120, 11)
	st, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !st.summary || !st.docSummary {
		t.Fatal("a new Bolt store keeps no summaries")
	}
	load(t, st, docs[:80], 30)
	compareSummary(t, st, "after load")

	// Replace some documents (same name, other content), remove others,
	// add the rest, in one batch.
	b, err := st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	final := map[string]input{}
	for _, in := range docs[:80] {
		final[in.doc.Name] = in
	}
	for i := 0; i < 80; i += 7 {
		in := docs[i]
		in.doc.Text += " (updated)"
		in.doc.ID = fact.DocID(in.doc.Text)
		in.triples = append([]fact.Triple(nil), in.triples[:len(in.triples)/2]...)
		for j := range in.triples {
			in.triples[j].Doc = in.doc.ID
			in.triples[j].Negated = j%3 == 0
			in.triples[j].ObjectIsLiteral = j%4 == 1
		}
		if len(in.entities) > 2 {
			in.entities = in.entities[1:]
			in.entities[0].Mentions += 5
		}
		if _, err := b.AddDocument(in.doc, in.triples, in.entities); err != nil {
			t.Fatal(err)
		}
		final[in.doc.Name] = in
	}
	for i := 3; i < 80; i += 11 {
		if err := b.Remove(docs[i].doc.Name); err != nil {
			t.Fatal(err)
		}
		delete(final, docs[i].doc.Name)
	}
	for _, in := range docs[80:] {
		if _, err := b.AddDocument(in.doc, in.triples, in.entities); err != nil {
			t.Fatal(err)
		}
		final[in.doc.Name] = in
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	compareSummary(t, st, "after changes")

	// A store built from the final documents has the same summaries.
	fresh, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	var ins []input
	for _, in := range final {
		ins = append(ins, in)
	}
	load(t, fresh, ins, 1000)
	for _, bk := range [][]byte{nbBucket, entBucket, entDocBucket, docBucket, kgMetaBucket} {
		if a, b := dumpBucket(t, st, bk), dumpBucket(t, fresh, bk); a != b {
			t.Errorf("bucket %s differs from a fresh build's (%d vs %d bytes)", bk, len(a), len(b))
		}
	}

	// Removing everything empties the summaries.
	for name := range final {
		if err := st.Remove(ctx, name); err != nil {
			t.Fatal(err)
		}
	}
	for _, bk := range [][]byte{nbBucket, entBucket, entDocBucket, docBucket} {
		if d := dumpBucket(t, st, bk); d != "" {
			t.Errorf("bucket %s not empty after removing every document: %.200s", bk, d)
		}
	}
	if s, err := st.Stats(ctx); err != nil || s.Docs != 0 || s.Triples != 0 || s.Entities != 0 || len(s.Top) != 0 {
		t.Errorf("stats of an emptied store: %+v, %v", s, err)
	}
}

func dumpBucket(t *testing.T, st *Store, name []byte) string {
	t.Helper()
	var buf bytes.Buffer
	st.bkv.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(name)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			fmt.Fprintf(&buf, "%q=%q\n", k, v)
			return nil
		})
	})
	return buf.String()
}

// compareSummary answers the same questions from the summaries and from
// the documents.
func compareSummary(t *testing.T, st *Store, when string) {
	t.Helper()
	ctx := context.Background()
	type answers struct {
		docs  []fact.Doc
		read  *recorder
		ents  []fact.Entity
		stats Stats
		rank  []Score
		nbs   []Neighborhood
	}
	ask := func() answers {
		var a answers
		var err error
		if a.docs, err = st.Docs(ctx); err != nil {
			t.Fatal(err)
		}
		a.read = read(t, st)
		if a.ents, err = st.Entities(ctx); err != nil {
			t.Fatal(err)
		}
		if a.stats, err = st.Stats(ctx); err != nil {
			t.Fatal(err)
		}
		if a.rank, err = st.Rank(ctx, "degree", 0); err != nil {
			t.Fatal(err)
		}
		for i, e := range a.ents {
			if i%9 != 0 {
				continue
			}
			for _, o := range []NeighborOptions{{Depth: 2}, {Depth: 2, PerNode: 3}, {Depth: 1, Via: "meet"}, {Depth: 2, PerNode: 2, Via: "say", Limit: 4}} {
				nh, err := st.Neighbors(ctx, e.ID, o)
				if err != nil {
					t.Fatal(err)
				}
				a.nbs = append(a.nbs, nh)
			}
		}
		return a
	}
	fromSummary := ask()
	st.summary, st.docSummary = false, false
	fromDocs := ask()
	st.summary, st.docSummary = true, true
	if len(fromDocs.ents) == 0 || len(fromDocs.nbs) == 0 {
		t.Fatalf("%s: nothing to compare", when)
	}
	if !reflect.DeepEqual(fromSummary.ents, fromDocs.ents) {
		t.Errorf("%s: entities differ (%d vs %d)", when, len(fromSummary.ents), len(fromDocs.ents))
		for i := range min(len(fromSummary.ents), len(fromDocs.ents)) {
			if !reflect.DeepEqual(fromSummary.ents[i], fromDocs.ents[i]) {
				t.Errorf("first difference: %+v vs %+v", fromSummary.ents[i], fromDocs.ents[i])
				break
			}
		}
	}
	if !reflect.DeepEqual(fromSummary.docs, fromDocs.docs) {
		t.Errorf("%s: documents differ", when)
	}
	if !reflect.DeepEqual(fromSummary.read, fromDocs.read) {
		t.Errorf("%s: Read differs", when)
	}
	if !reflect.DeepEqual(fromSummary.stats, fromDocs.stats) {
		t.Errorf("%s: stats differ:\n%+v\n%+v", when, fromSummary.stats, fromDocs.stats)
	}
	if !reflect.DeepEqual(fromSummary.rank, fromDocs.rank) {
		t.Errorf("%s: degree ranks differ", when)
	}
	for i := range fromDocs.nbs {
		if !reflect.DeepEqual(fromSummary.nbs[i], fromDocs.nbs[i]) {
			t.Errorf("%s: neighbourhood of %s differs:\n%+v\n%+v", when, fromDocs.nbs[i].Center.ID, fromSummary.nbs[i], fromDocs.nbs[i])
			break
		}
	}
}

// TestOldLayout checks that a store made by an earlier kg (Cayley's
// hash-spread value buckets, no summaries) still reads and writes, with the
// answers of a current one.
func TestOldLayout(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	oldLayout = true
	st, err := Open(path, Options{})
	oldLayout = false
	if err != nil {
		t.Fatal(err)
	}
	add(t, st, fixtureA())
	st.Close()
	st, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.summary || st.docSummary || st.bkv.flat || !st.indexed {
		t.Fatalf("old store opened as summary=%v flat=%v indexed=%v", st.summary, st.bkv.flat, st.indexed)
	}
	add(t, st, fixtureB())
	cur := loaded(t, backends(t)[0], fixtureA(), fixtureB())
	for _, s := range []*Store{st, cur} {
		s.bkv.db.View(func(tx *bolt.Tx) error {
			if (tx.Bucket([]byte("v")) != nil) != s.bkv.flat || (tx.Bucket([]byte("n")) != nil) != s.bkv.flat {
				t.Errorf("%s: flat=%v but the value buckets say otherwise", s.Name(), s.bkv.flat)
			}
			return nil
		})
	}
	got, want := read(t, st), read(t, cur)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("old store reads\n%+v\nwant\n%+v", got, want)
	}
	if a, b := quads(t, st), quads(t, cur); a != b {
		t.Errorf("old store has %d quads, current %d", a, b)
	}
	for _, s := range []*Store{st, cur} {
		ps, err := s.Paths(ctx, "Kishida", "South Korea", PathOptions{})
		if err != nil || len(ps) != 1 || len(ps[0].Hops) != 2 {
			t.Errorf("%s: path %+v, %v", s.Name(), ps, err)
		}
		if err := s.Remove(ctx, "news/a.txt"); err != nil {
			t.Fatal(err)
		}
	}
	if a, b := quads(t, st), quads(t, cur); a != b {
		t.Errorf("after rm, old store has %d quads, current %d", a, b)
	}
}
