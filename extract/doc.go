// Package extract turns documents into triples and entities. It glues the
// stages together: the NLP pipeline parses each document (one worker per
// core), extract/clause finds the facts of each sentence, and
// extract/resolve then decides, sequentially and in input order, which
// entity every subject and object names, so the output never depends on
// the number of workers.
package extract
