package html

import (
	"io"
	"strconv"

	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/graph"
)

// PathOptions configure a path answer's page.
type PathOptions struct {
	// Title is shown in the header; "" makes one from the path's ends.
	Title string
	// Entities, when given, describe the entities on the paths (type,
	// aliases); entities not described are drawn as MISC.
	Entities []fact.Entity
}

// WritePath writes the answer of kg path as one page: the paths' entities
// and facts, the first path highlighted, a button for each other one.
func WritePath(w io.Writer, paths []graph.Path, opts PathOptions) error {
	title := opts.Title
	if title == "" && len(paths) > 0 && len(paths[0].Hops) > 0 {
		hops := paths[0].Hops
		title = "Path from " + hops[0].From.Name + " to " + hops[len(hops)-1].To.Name
	}
	b := newBuilder(title)
	on := map[string]bool{}
	for _, p := range paths {
		for _, h := range p.Hops {
			on[h.From.ID], on[h.To.ID] = true, true
		}
	}
	for _, e := range opts.Entities {
		if on[e.ID] {
			b.entity(e)
		}
	}
	seen := map[[5]string]int{} // a hop shared by several paths is one fact
	for _, p := range paths {
		if len(p.Hops) == 0 {
			continue
		}
		pj := pathJSON{From: b.end(p.Hops[0].From.ID, p.Hops[0].From.Name, "", false)}
		for _, h := range p.Hops {
			t := fact.Triple{
				Subject: h.From.Name, SubjectID: h.From.ID, Object: h.To.Name, ObjectID: h.To.ID,
				Relation: h.Relation, RelationSurface: h.Relation, Confidence: h.Confidence,
				Doc: h.Doc, DocName: h.DocName, DocDate: h.Date, Sentence: h.Sentence, Text: h.Text,
			}
			if !h.Forward {
				t.Subject, t.SubjectID, t.Object, t.ObjectID = t.Object, t.ObjectID, t.Subject, t.SubjectID
			}
			key := [5]string{t.SubjectID, t.Relation, t.ObjectID, t.Doc, strconv.Itoa(t.Sentence)}
			k, ok := seen[key]
			if !ok {
				k = len(b.data.Facts)
				seen[key] = k
				b.triple(t)
			}
			pj.Facts = append(pj.Facts, k)
		}
		last := p.Hops[len(p.Hops)-1].To
		pj.To = b.end(last.ID, last.Name, "", false)
		b.data.Paths = append(b.data.Paths, pj)
	}
	b.finish(Options{})
	return writePage(w, &b.data)
}
