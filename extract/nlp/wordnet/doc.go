// Package wordnet reads the files of a WordNet 3.0 database (Debian's
// wordnet-base, /usr/share/wordnet): synset lines of the data files and the
// exception lists. kgtrain reads them at training time only; the models keep
// what they need, so nothing reads WordNet at run time. Its morphy
// detachment rules (Detach) serve the lemmatizer and the tagger's
// signatures.
package wordnet
