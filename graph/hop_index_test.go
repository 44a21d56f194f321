package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/kgraph/kg/fact"
	bolt "go.etcd.io/bbolt"
)

// hubDocs are documents that state the same edges many times, with
// confidences, dates and sentences chosen so that every tie-break of the
// hop's evidence matters: the same best confidence in several documents,
// the same date in two, two facts of one document with equal confidence.
func hubDocs() []input {
	var out []input
	for i := 0; i < 12; i++ {
		text := fmt.Sprintf("Trump met Xi, story %d.", i)
		d := fact.Doc{ID: fact.DocID(text), Name: fmt.Sprintf("news/%02d.txt", i), Date: fmt.Sprintf("2025-03-%02d", 1+i%5), Text: text}
		var ts []fact.Triple
		for s := 0; s < 1+i%3; s++ {
			t := tr(d, s+i%2, "Donald Trump", "donald-trump", fact.Person, "meet", "Xi Jinping", "xi-jinping", fact.Person, fmt.Sprintf("Trump met Xi (%d.%d).", i, s))
			t.Confidence = []float64{0.5, 0.9, 0.9, 0.7}[(i+s)%4]
			ts = append(ts, t)
		}
		// a second hop, and a negated fact that must not count
		ts = append(ts, tr(d, 3, "Xi Jinping", "xi-jinping", fact.Person, "lead", "China", "china", fact.GPE, "Xi leads China."))
		neg := tr(d, 4, "Donald Trump", "donald-trump", fact.Person, "meet", "Xi Jinping", "xi-jinping", fact.Person, "Trump did not meet Xi.")
		neg.Negated, neg.Confidence = true, 1
		ts = append(ts, neg)
		if i == 5 { // one document states an edge twice, equally sure
			v1 := tr(d, 6, "Xi Jinping", "xi-jinping", fact.Person, "visit", "Donald Trump", "donald-trump", fact.Person, "Xi visited Trump again.")
			v2 := tr(d, 5, "Xi Jinping", "xi-jinping", fact.Person, "visit", "Donald Trump", "donald-trump", fact.Person, "Xi visited Trump.")
			ts = append(ts, v1, v2)
		}
		if i == 7 {
			ts[0].DocDate = "2026-01-01" // a fact dated apart from its document
			ts[0].Confidence = 0.9
		}
		out = append(out, input{d, ts, []fact.Entity{
			{ID: "donald-trump", Name: "Donald Trump", Type: fact.Person, Aliases: []string{"Trump"}},
			{ID: "xi-jinping", Name: "Xi Jinping", Type: fact.Person, Aliases: []string{"Xi"}},
			{ID: "china", Name: "China", Type: fact.GPE}}})
	}
	return out
}

// TestHopEvidenceFromIndex: on Bolt a hop's evidence and support come from
// the adjacency index's values and one document; they must be exactly what
// reading every supporting document gives (the memory store's way, and
// Bolt's own for stores written before the values existed).
func TestHopEvidenceFromIndex(t *testing.T) {
	ctx := context.Background()
	docs := hubDocs()
	mem, err := Open("memory", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	path := filepath.Join(t.TempDir(), "kg.db")
	st, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		add(t, mem, d)
		add(t, st, d)
	}
	// A changed document replaces an old one: its edges get values too.
	changed := docs[3]
	changed.doc.Text += " Updated."
	changed.doc.ID = fact.DocID(changed.doc.Text)
	for i := range changed.triples {
		changed.triples[i].Doc = changed.doc.ID
		changed.triples[i].Confidence = 0.9
	}
	add(t, mem, changed)
	add(t, st, changed)

	queries := []struct {
		a, b string
		opts PathOptions
	}{
		{"Trump", "Xi", PathOptions{}},
		{"Trump", "China", PathOptions{K: 2}},
		{"China", "Trump", PathOptions{Undirected: true}},
		{"Trump", "Xi", PathOptions{Since: "2025-03-04"}},
		{"Xi", "Trump", PathOptions{Via: "visit"}},
	}
	want := map[int][]Path{}
	for i, q := range queries {
		ps, err := mem.Paths(ctx, q.a, q.b, q.opts)
		if err != nil || len(ps) == 0 {
			t.Fatalf("memory %s → %s: %v, %d paths", q.a, q.b, err, len(ps))
		}
		want[i] = ps
	}
	// The order itself (compareEvidence), on the reference store: of the
	// facts as sure as any (0.9), the most recent (a fact dated 2026-01-01
	// in a document of 2025); of two equally sure facts in one document,
	// the first sentence.
	if h := want[0][0].Hops[0]; h.Confidence != 0.9 || h.Date != "2026-01-01" {
		t.Errorf("Trump → Xi evidence: confidence %v, date %s; want 0.9, 2026-01-01", h.Confidence, h.Date)
	}
	if h := want[4][0].Hops[0]; h.Sentence != 5 || h.Support != 2 {
		t.Errorf("Xi → Trump via visit: sentence %d, support %d; want 5, 2", h.Sentence, h.Support)
	}
	check := func(what string) {
		t.Helper()
		for i, q := range queries {
			got, err := st.Paths(ctx, q.a, q.b, q.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want[i]) {
				t.Errorf("%s, %s → %s %+v:\n got %+v\nwant %+v", what, q.a, q.b, q.opts, got, want[i])
			}
		}
	}
	if st.indexed != true {
		t.Fatal("a new Bolt store keeps no adjacency index")
	}
	empty := 0
	st.bkv.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(adjBucket).ForEach(func(k, v []byte) error {
			if _, ok := decodeEdgeInfo(string(v)); !ok {
				empty++
			}
			return nil
		})
	})
	if empty > 0 {
		t.Errorf("%d adjacency keys have no value", empty)
	}
	if !st.summary {
		t.Fatal("a new Bolt store keeps no summaries")
	}
	check("index values, search by summaries")
	st.summary = false // the search by per-document adjacency keys (stores without summaries)
	check("index values, search by adjacency keys")
	st.summary = true
	// A store written before the values: every value empty.
	if err := st.bkv.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(adjBucket)
		var keys [][]byte
		b.ForEach(func(k, _ []byte) error { keys = append(keys, append([]byte(nil), k...)); return nil })
		for _, k := range keys {
			if err := b.Put(k, []byte{}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	check("no index values, search by summaries")
	st.summary = false
	check("no index values, search by adjacency keys")
	st.summary = true
}

// TestKeyIndex: names looked up through the kg_key index find the same
// entities as through Cayley's key quads, after additions, a replacement
// and a removal.
func TestKeyIndex(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "kg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !st.keyIndexed {
		t.Fatal("a new Bolt store keeps no key index")
	}
	docs := append(hubDocs(), fixtureA(), fixtureB())
	for _, d := range docs {
		add(t, st, d)
	}
	compare := func(what string, want map[string]int) {
		t.Helper()
		for _, name := range []string{"Trump", "donald trump", "Xi", "China", "Lee", "President Lee", "Kishida", "nobody"} {
			st.keyIndexed = true
			fast, err := st.entitiesKeyed(ctx, lookupKey(name))
			if err != nil {
				t.Fatal(err)
			}
			st.keyIndexed = false
			slow, err := st.entitiesKeyed(ctx, lookupKey(name))
			st.keyIndexed = true
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(fast)
			slices.Sort(slow)
			if !slices.Equal(fast, slow) || len(fast) != want[name] {
				t.Errorf("%s: %q: index %v, Cayley %v, want %d", what, name, fast, slow, want[name])
			}
		}
	}
	compare("built", map[string]int{"Trump": 1, "donald trump": 1, "Xi": 1, "China": 1, "Lee": 1, "President Lee": 1, "Kishida": 1})
	if err := st.Remove(ctx, fixtureB().doc.Name); err != nil {
		t.Fatal(err)
	}
	compare("after removing the only document calling Lee 'President Lee'", map[string]int{"Trump": 1, "donald trump": 1, "Xi": 1, "China": 1, "Lee": 1, "Kishida": 1})
}
