package graph

import (
	"github.com/cayleygraph/quad"
	"github.com/kgraph/kg/fact"
)

// Prepared is one document turned into what the store writes: its records,
// its quads and its adjacency values. Preparing is pure computation, so a
// loader can prepare documents on several cores while one writes them.
type Prepared struct {
	doc      fact.Doc
	ents     []entRec
	facts    []factRec
	quads    []quad.Quad
	edgeVals map[string][]byte
	// nodes and at are the quads' distinct values, hashed and encoded for
	// the bulk writer (bulk.go); nodes is nil if that failed.
	nodes []docNode
	at    [][4]int32
	// ops are the document's adjacency, name and key index writes with
	// their values, sorted (see updateIndex).
	ops []indexOp
}

// Prepare turns a document, its triples and its entities into a Prepared
// for Batch.AddPrepared. A document without an ID gets its content hash.
func Prepare(d fact.Doc, triples []fact.Triple, entities []fact.Entity) *Prepared {
	if d.ID == "" {
		d.ID = fact.DocID(d.Text)
	}
	ents, facts := entRecs(entities), factRecs(triples, d)
	p := &Prepared{doc: d, ents: ents, facts: facts, quads: docQuads(d, ents, facts), edgeVals: edgeValues(d, facts)}
	if nodes, at, ok := prepareNodes(p.quads); ok {
		p.nodes, p.at = nodes, at
	}
	p.ops = addOps(p.quads, p.edgeVals)
	return p
}
