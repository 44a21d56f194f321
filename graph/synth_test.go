package graph

import (
	"fmt"
	"math/rand"

	"github.com/kgraph/kg/fact"
)

// synthDocs makes n news-like documents: each names ~12 entities drawn
// from a Zipf-distributed population (a few very frequent, like countries
// and leaders; a long tail) and states ~25 facts between them.
func synthDocs(n int, seed int64) []input {
	r := rand.New(rand.NewSource(seed))
	const population = 50000
	zipf := rand.NewZipf(r, 1.2, 4, population-1)
	rels := []string{"meet", "say", "visit", "lead", "criticise", "sign", "attack", "support", "join", "announce", "accuse", "win"}
	types := []string{fact.Person, fact.Org, fact.GPE, fact.Loc}
	out := make([]input, n)
	for i := range out {
		text := fmt.Sprintf("synthetic document %d/%d", seed, i)
		d := fact.Doc{ID: fact.DocID(text), Name: fmt.Sprintf("synth/%d.txt", i), Date: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), Text: text}
		ids := map[int]bool{}
		var ents []fact.Entity
		pick := func() int {
			k := int(zipf.Uint64())
			if !ids[k] {
				ids[k] = true
				name := fmt.Sprintf("Entity %d", k)
				ents = append(ents, fact.Entity{ID: fact.EntityID(name), Name: name, Type: types[k%len(types)],
					Aliases: []string{fmt.Sprintf("E%d", k)}, Mentions: 1 + r.Intn(3)})
			}
			return k
		}
		var ts []fact.Triple
		for j := 0; j < 25; j++ {
			a, b := pick(), pick()
			if a == b {
				continue
			}
			sn, on := fmt.Sprintf("Entity %d", a), fmt.Sprintf("Entity %d", b)
			rel := rels[r.Intn(len(rels))]
			txt := fmt.Sprintf("%s did %s with %s in sentence %d.", sn, rel, on, j)
			ts = append(ts, fact.Triple{Subject: sn, SubjectID: fact.EntityID(sn), Relation: rel, RelationSurface: rel,
				Object: on, ObjectID: fact.EntityID(on), Confidence: 0.8, Doc: d.ID, DocName: d.Name, DocDate: d.Date,
				Sentence: j, Text: txt, Span: [2]int{j * 60, j*60 + len(txt)}})
		}
		out[i] = input{d, ts, ents}
	}
	return out
}
