// Package exportcheck validates kg's exports with real third-party tools,
// for tests of the exporters package and of the kg binary: N3.js, Oxigraph
// and jsonld.js (tools/js/check-rdf.mjs), rapper, python3-rdflib, gonum's
// RDF and DOT parsers, Graphviz and two XML parsers. Every checker fails the
// test on any error or any output on stderr, and missing tools skip or fail
// the test as internal/testtools decides.
package exportcheck
