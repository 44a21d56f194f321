// Package conllu reads and writes the treebank formats kg trains and scores
// its models on: CoNLL-U (Universal Dependencies) and the IOB2 column files
// of Universal NER. Multiword-token ranges and empty nodes are skipped so a
// sentence is exactly the sequence of syntactic words the parser sees.
package conllu
