// Package ner is kg's named-entity recogniser: a greedy left-to-right
// averaged perceptron over IOB2 tags (PER, ORG, LOC) with word, shape, affix,
// part-of-speech and tag-history features, decoding only valid IOB2 sequences.
package ner
