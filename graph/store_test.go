package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/kgraph/kg/fact"
)

// backend opens a fresh, empty store of one kind.
type backend struct {
	name string
	open func(t *testing.T) *Store
}

func backends(t *testing.T) []backend {
	bs := []backend{
		{"bolt", func(t *testing.T) *Store {
			st, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}},
		{"memory", func(t *testing.T) *Store {
			st, err := Open("memory", Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}},
	}
	return append(bs, extraBackends(t)...)
}

// recorder is a Visitor keeping what it saw.
type recorder struct {
	docs     []fact.Doc
	entities []fact.Entity
	triples  []fact.Triple
}

func (r *recorder) Doc(d fact.Doc) error       { r.docs = append(r.docs, d); return nil }
func (r *recorder) Entity(e fact.Entity) error { r.entities = append(r.entities, e); return nil }
func (r *recorder) Triple(t fact.Triple) error { r.triples = append(r.triples, t); return nil }

func read(t *testing.T, st *Store) *recorder {
	t.Helper()
	r := &recorder{}
	if err := st.Read(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return r
}

func quads(t *testing.T, st *Store) int64 {
	t.Helper()
	n, err := st.QuadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func add(t *testing.T, st *Store, in input) bool {
	t.Helper()
	changed, err := st.AddDocument(context.Background(), in.doc, in.triples, in.entities)
	if err != nil {
		t.Fatal(err)
	}
	return changed
}

func TestStoreLifecycle(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			a, c := fixtureA(), fixtureB()
			if !add(t, st, a) || !add(t, st, c) {
				t.Fatal("new documents reported unchanged")
			}
			n := quads(t, st)
			got := read(t, st)
			if len(got.docs) != 2 || got.docs[0].ID > got.docs[1].ID {
				t.Fatalf("docs = %+v", got.docs)
			}
			// Every triple field round-trips.
			want := append(append([]fact.Triple{}, a.triples...), c.triples...)
			sortTriples(want)
			if !reflect.DeepEqual(got.triples, want) {
				t.Fatalf("triples differ:\n got %+v\nwant %+v", got.triples, want)
			}
			// Entities are merged across documents.
			lee := findEntity(got.entities, "lee-jae-myung")
			if lee == nil || lee.Mentions != 5 || !reflect.DeepEqual(lee.Aliases, []string{"Lee", "President Lee"}) ||
				len(lee.Merges) != 2 {
				t.Fatalf("lee = %+v", lee)
			}

			// Re-adding the same documents changes nothing.
			if add(t, st, a) || add(t, st, c) {
				t.Fatal("unchanged document reported changed")
			}
			if m := quads(t, st); m != n {
				t.Fatalf("rebuild changed quads %d -> %d", n, m)
			}

			// A changed document with the same name replaces the old one.
			a2 := fixtureA()
			a2.doc.Text += " More text."
			a2.doc.ID = fact.DocID(a2.doc.Text)
			a2.triples = a2.triples[:1]
			for i := range a2.triples {
				a2.triples[i].Doc = a2.doc.ID
			}
			if !add(t, st, a2) {
				t.Fatal("changed document reported unchanged")
			}
			got = read(t, st)
			if len(got.docs) != 2 {
				t.Fatalf("after replace docs = %+v", got.docs)
			}
			for _, tr := range got.triples {
				if tr.Doc == a.doc.ID {
					t.Fatalf("old document's triple survived: %+v", tr)
				}
			}
			if len(got.triples) != 1+len(c.triples) {
				t.Fatalf("after replace %d triples", len(got.triples))
			}

			checkIndex(t, st)

			// Removing by name removes everything only that document stated.
			if err := st.Remove(context.Background(), a.doc.Name); err != nil {
				t.Fatal(err)
			}
			st2 := b.open(t)
			add(t, st2, c)
			if m, want := quads(t, st), quads(t, st2); m != want {
				t.Fatalf("after rm: %d quads, a store with only the other document has %d", m, want)
			}
			checkIndex(t, st)
			if err := st.Remove(context.Background(), c.doc.ID); err != nil {
				t.Fatal(err)
			}
			if m := quads(t, st); m != 0 {
				t.Fatalf("empty store has %d quads", m)
			}
			if err := st.Remove(context.Background(), "nope.txt"); err == nil {
				t.Fatal("removing an unknown document succeeded")
			}
		})
	}
}

func findEntity(es []fact.Entity, id string) *fact.Entity {
	for i := range es {
		if es[i].ID == id {
			return &es[i]
		}
	}
	return nil
}

func sortTriples(ts []fact.Triple) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && compareReadOrder(ts[j-1], ts[j]) > 0; j-- {
			ts[j-1], ts[j] = ts[j], ts[j-1]
		}
	}
}

// checkIndex compares Bolt's adjacency index with the edges Cayley holds.
func checkIndex(t *testing.T, st *Store) {
	t.Helper()
	if !st.indexed {
		return
	}
	ctx := context.Background()
	for _, id := range []string{"fumio-kishida", "lee-jae-myung", "japan", "south-korea", "pyongyang", "tariffs"} {
		st.indexed = false
		w := newWalker(ctx, st, PathOptions{})
		if err := w.load(id); err != nil {
			t.Fatal(err)
		}
		st.indexed = true
		out, in, err := st.indexEdges(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		// Every indexed edge carries its facts' summary (see noteEdges);
		// Cayley's quads do not, so compare without it.
		for _, es := range [][]edge{out, in} {
			for i := range es {
				if in, ok := decodeEdgeInfo(es[i].info); !ok || in.n < 1 {
					t.Errorf("index of %s: edge %v has no valid value", id, es[i])
				}
				es[i].info = ""
			}
		}
		if fmt.Sprint(sorted(out)) != fmt.Sprint(sorted(w.out[id])) || fmt.Sprint(sorted(in)) != fmt.Sprint(sorted(w.in[id])) {
			t.Errorf("index of %s: out %v in %v; Cayley: out %v in %v", id, out, in, w.out[id], w.in[id])
		}
	}
}

func sorted(es []edge) []string {
	var s []string
	for _, e := range es {
		s = append(s, fmt.Sprint(e))
	}
	slices.Sort(s)
	return s
}

func TestBatch(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			one := loaded(t, b, fixtureA(), fixtureB())
			st := b.open(t)
			ctx := context.Background()
			bt, err := st.Begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			a, c := fixtureA(), fixtureB()
			for i, in := range []input{a, a, c} {
				changed, err := bt.AddDocument(in.doc, in.triples, in.entities)
				if err != nil || changed != (i != 1) {
					t.Fatalf("batch add %d: changed %v, %v", i, changed, err)
				}
			}
			if err := bt.Commit(); err != nil {
				t.Fatal(err)
			}
			if q1, q2 := quads(t, one), quads(t, st); q1 != q2 {
				t.Errorf("batch wrote %d quads, single adds %d", q2, q1)
			}
			// A rolled-back batch leaves nothing.
			bt, _ = st.Begin(ctx)
			bt.Remove(a.doc.Name)
			bt.Rollback()
			if b.name == "bolt" && len(read(t, st).docs) != 2 {
				t.Error("rolled-back removal took effect")
			}
			if _, err := st.AddDocument(ctx, fixtureA().doc, nil, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}
