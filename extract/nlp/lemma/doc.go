// Package lemma is kg's lemmatizer, learnt from a treebank: an exception
// table of (word, XPOS) → lemma for words seen in training, and for unseen
// words suffix-rewrite rules (strip n bytes, append a string) chosen by the
// longest known word ending for that tag.
package lemma
