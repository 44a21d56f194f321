// Package html writes a knowledge graph as one self-contained interactive
// HTML page (kg view): the graph's data embedded as JSON, the vendored
// cytoscape library and the page's own script and style inlined, so the
// file opens offline and its Content-Security-Policy forbids any network
// access. Entities are coloured by type and sized by rank (or degree),
// relations drawn as labelled arrows; the page searches aliases, shows an
// entity's facts with their evidence, finds shortest paths and filters by
// document, date and relation. Large graphs get positions computed here,
// clustered by community, because a force layout in the browser is too slow.
package html
