// Package fact holds the few types every stage of kg shares: a source
// document, an entity and a triple with its provenance. Data flows one way
// (text → extract → graph → exporters and queries) and these types are what
// flows; they carry no behaviour beyond small helpers.
package fact
