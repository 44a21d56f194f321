// Package graph is kg's store: a Cayley quad store (an embedded Bolt file by
// default; memory, PostgreSQL or CockroachDB on request) holding one named
// graph per source document, so that re-ingesting a document is a no-op, a
// changed document replaces its old facts in one transaction and removing a
// document removes exactly what it stated. It reads the facts back in a
// deterministic order for the exporters and answers questions about them:
// paths with evidence, neighbourhoods, Gizmo queries, rankings and
// communities.
//
// # Quad layout
//
// Every quad of a document carries the document's graph label
// <https://kg.example.org/doc/{DocID}>. The document node itself holds the
// authoritative, compact records, each one quad:
//
//	<doc/ID> rdf:type   <kg:Document>
//	<doc/ID> kg:source  "path/or/name"
//	<doc/ID> kg:meta    "{title,date}"^^rdf:JSON
//	<doc/ID> kg:entity  "{entity}"^^rdf:JSON   (one per entity)
//	<doc/ID> kg:fact    "{triple}"^^rdf:JSON   (one per triple)
//
// and, derived from them for traversal and Gizmo queries:
//
//	<entity/S> <rel/LEMMA> <entity/O>        (one edge per distinct fact)
//	<entity/X> rdfs:label "Name"
//	<entity/X> rdf:type   <type/PERSON>
//	<entity/X> kg:key     "lower-cased alias" (one per distinct alias)
//
// where kg: is https://kg.example.org/ns# and every IRI is relative to
// https://kg.example.org/. Negated facts get the edge predicate
// <rel/not_LEMMA>. Because the derived quads are a function of the
// document's records, removing a document needs no label index: its quads
// are recomputed from the records and deleted in the same transaction.
// On Bolt, kg also keeps a sorted adjacency and label index in its own
// buckets of the same file, written in the same transaction as the quads
// (see adjacency.go), so that paths and neighbourhoods are prefix scans,
// and compact per-entity summaries (distinct neighbours with how many
// documents state each edge, the entity merged across documents, counters;
// see summary.go), so that neighbourhoods, entity lists, statistics and
// rankings do not decode every document. Stores made by this kg also keep
// Cayley's value and reference-count keys in two buckets instead of
// 2×65,536 (see boltx.go); older stores keep their layout and fall back to
// reading the documents where they lack the summaries.
//
// # Backends
//
// The default store is one Bolt file (Cayley's kv/bbolt over go.etcd.io/bbolt),
// locked with a POSIX record lock so a second process is told at once which
// process holds it. "memory" is Cayley's memstore. "postgres://…" is
// Cayley's SQL backend; the tests run it against a real server they start
// (graph/internal/pgtest); kg writes through Cayley's RunTx hook with
// multi-row INSERTs and makes new databases without Cayley's foreign keys
// (see pgbulk.go). "cockroach://…" is the same SQL backend speaking
// to CockroachDB, the distributed option; it is not tested here because no
// CockroachDB server can be installed from Debian or npm on this machine.
// On Bolt, a Batch groups many documents into one transaction and writes
// the new ones with one Cayley call at Commit.
//
// Gizmo sees ordinary IRIs and strings, for example
//
//	g.V("<https://kg.example.org/entity/lee-jae-myung>").Out().All()
//	g.V("Lee Jae-myung").In("<http://www.w3.org/2000/01/rdf-schema#label>").Out().All()
package graph
