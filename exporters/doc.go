// Package exporters writes kg's graph in formats other tools load unchanged:
// Graphviz DOT, N-Triples, N-Quads, Turtle, JSON-LD and GraphML. Every format
// is a streaming Writer fed documents, then entities, then triples (the order
// graph.Store.Read produces), and every RDF format is built from one shared
// mapping (rdf.go), so all of them say the same thing. Any text may appear in
// a name or sentence: writers repair invalid UTF-8, replace characters XML
// cannot carry (NUL and other C0 controls) with U+FFFD in every format alike,
// and escape what each syntax needs, so no input can inject syntax.
//
// Negated facts ("Kishida did not meet Lee") are never asserted as plain RDF
// triples: they appear only as reified statements (rdf:Statement, or an RDF
// 1.2 reifier with --rdf12) carrying kg:negated true.
package exporters
