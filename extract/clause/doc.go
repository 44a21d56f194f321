// Package clause turns one dependency-parsed sentence (an nlp.Sentence) into
// extractions: subject, relation, object and extra arguments, found clause by
// clause on the Universal Dependencies parse. It handles passives,
// coordination, relative clauses, appositions and titles, nominal events and
// reported speech, and records for each extraction the relation lemma and
// surface words, negation, modality, attribution, time and place qualifiers
// and a confidence score. It works on one sentence at a time and knows
// nothing about documents; resolving who is who is extract/resolve's job.
package clause
