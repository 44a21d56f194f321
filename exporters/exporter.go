package exporters

import (
	"fmt"
	"io"
	"strings"

	"github.com/kgraph/kg/fact"
)

// Writer is one export format. Callers pass all documents first, then all
// entities sorted by ID, then the triples, then Close. graph.Store.Read
// streams the triples document by document (documents by ID), each
// document's sorted by subject ID, relation, object and sentence. Writers
// stay valid for any order; the order only makes the output compact and
// deterministic.
type Writer interface {
	Doc(fact.Doc) error
	Entity(fact.Entity) error
	Triple(fact.Triple) error
	// Close flushes; it does not close the underlying io.Writer.
	Close() error
}

// DefaultBase is the namespace entity, relation, document and statement IRIs
// are minted under when Options.Base is empty.
const DefaultBase = "https://kg.example.org/"

// Options tune the writers; the zero value is a sensible default.
type Options struct {
	// Base is the IRI namespace for minted IRIs (RDF formats); it must be an
	// absolute http(s) or urn IRI. A missing trailing '/' is added.
	Base string
	// Provenance adds, for every fact, a reified statement with its
	// sentence, offsets, confidence, negation, modality and attribution.
	Provenance bool
	// RDF12 writes reifiers with RDF 1.2 triple terms instead of RDF 1.1
	// reification (N-Triples, N-Quads and Turtle only).
	RDF12 bool
	// Cluster "doc" groups DOT nodes by source document.
	Cluster string
	// Highlight is a path of entity IDs that DOT draws in red.
	Highlight []string
	// Scores are graph analytics by entity ID (kg export --analytics).
	// RDF formats describe each scored entity with kg:pagerank and
	// kg:community beside its label (in the default graph); GraphML adds
	// pagerank and community node data; DOT fills nodes by community and
	// sizes them by PageRank. Nil writes no analytics.
	Scores map[string]NodeScore
}

// NodeScore is what graph analytics say about one entity.
type NodeScore struct {
	// PageRank is the entity's PageRank in the entity graph (scores of all
	// entities sum to 1).
	PageRank float64
	// Community numbers the entity's Louvain community, 1 for the largest;
	// 0 means none.
	Community int
}

// Formats lists the format names New accepts.
var Formats = []string{"dot", "jsonld", "nt", "nq", "ttl", "graphml"}

// New returns the writer for format writing to w.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	if opts.Cluster != "" && opts.Cluster != "doc" {
		return nil, fmt.Errorf("unknown cluster mode %q (want doc)", opts.Cluster)
	}
	switch format {
	case "dot":
		return NewDOT(w, opts)
	case "nt", "ntriples", "n-triples":
		return NewNTriples(w, opts)
	case "nq", "nquads", "n-quads":
		return NewNQuads(w, opts)
	case "ttl", "turtle":
		return NewTurtle(w, opts)
	case "jsonld", "json-ld":
		return NewJSONLD(w, opts)
	case "graphml":
		return NewGraphML(w, opts)
	}
	return nil, fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(Formats, ", "))
}
