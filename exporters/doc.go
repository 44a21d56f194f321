// Package exporters writes kg's graph in formats other tools load unchanged:
// Graphviz DOT, N-Triples, N-Quads, Turtle, JSON-LD and GraphML. Every format
// is a streaming Writer fed documents, then entities, then triples (the order
// graph.Store.Read produces), and every RDF format is built from one shared
// mapping (rdf.go), so all of them say the same thing. Any text may appear in
// a name or sentence: writers repair invalid UTF-8, replace characters XML
// cannot carry (NUL and other C0 controls) with U+FFFD in every format alike,
// and escape what each syntax needs, so no input can inject syntax.
//
// The RDF mapping, under a base IRI (default https://kg.example.org/):
//
//	{base}entity/{EntityID}  a schema:Person | schema:Organization | schema:Place (GPE, LOC) | schema:Thing;
//	                         rdfs:label (canonical name), schema:alternateName (aliases), kg:mentions;
//	                         with analytics (Options.Scores, kg export --analytics) kg:pagerank
//	                         (xsd:double) and kg:community (xsd:integer, 1 = the largest Louvain
//	                         community), in the default graph like the rest of the description
//	{base}doc/{DocID}        a schema:NewsArticle; schema:name (title, else source name), schema:datePublished (xsd:date)
//	{base}rel/{lemma}        one property per relation lemma; a fact is the triple entity rel entity-or-literal,
//	                         in the default graph (N-Triples, Turtle) or the document's named graph (N-Quads, JSON-LD)
//	{base}stmt/{hash}        a statement with --provenance: rdf:Statement with rdf:subject/predicate/object
//	                         (or, with --rdf12, rdf:reifies <<( s p o )>>), kg:document, kg:sentence,
//	                         kg:sentenceIndex, kg:start, kg:end (xsd:integer), kg:confidence (xsd:double),
//	                         kg:negated (xsd:boolean), kg:modality, kg:attribution, kg:relationSurface,
//	                         kg:time (xsd:date when resolved), kg:place
//
// kg: is the fixed vocabulary https://kg.example.org/ns#: mentions,
// pagerank, community, document, sentence, sentenceIndex, start, end,
// confidence, negated, modality, attribution, relationSurface, time, place.
// JSON-LD's @context declares only the prefixes the export uses (rdf: and
// stmt: only with provenance; see NewJSONLD). Path segments are
// percent-encoded so that only ASCII letters, digits, '-' and '_' appear
// raw. Negated facts ("Kishida did not meet Lee") are never asserted as
// plain RDF triples: they appear only as statements carrying kg:negated
// true, with or without --provenance.
//
// GraphML carries analytics as pagerank and community node data. DOT fills
// each node with its community's colour (the twelve largest communities;
// the others share a light grey) and grows it with its PageRank, while the
// shape still shows the entity type; the legend lists types and
// communities, each named by its best-ranked member.
//
// A DOT graph of more than DOTLargeGraph (1500) entities is drawn for
// Graphviz to lay out in under a minute (the Wikinews corpus, 20,000
// nodes: about 26 CPU-s): each literal value once per subject (a
// value many facts share, such as "president", would otherwise join
// unrelated entities into one component of thousands of nodes, which dot
// takes many minutes to lay out), and pack/packmode="array" so that every
// connected component is laid out on its own and the drawings are packed
// in rows, largest first; with Options.Cluster "doc", each document is
// drawn with its own copies of the nodes it mentions. Smaller graphs are
// written as before.
package exporters
