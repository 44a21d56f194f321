// Package benchie scores open information extraction with BenchIE
// (Gashteovski et al., ACL 2022): the gold standard lists, per sentence,
// fact synsets (clusters of equivalent triples with optional words in
// brackets); an extraction is correct only if its subject, relation and
// object each exactly equal a variant of one fact, and a fact is recalled
// when any extraction matches it.
package benchie
