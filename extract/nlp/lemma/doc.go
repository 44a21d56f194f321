// Package lemma is kg's lemmatizer, learnt from a treebank: an exception
// table of (word, XPOS) → lemma for words seen in training, and for unseen
// words suffix-rewrite rules (strip n bytes, append a string) chosen by the
// longest known word ending for that tag. Given a Lexicon at training time
// (WordNet's lemmas and irregular forms, a word list's capitalised words),
// it keeps WordNet's one-word lemmas in the model, takes the first rule
// whose result is one of them, and knows which capitalised words at the
// start of a sentence are common words.
package lemma
