// Package ner is kg's named-entity recogniser: a first-order structured
// perceptron over IOB2 tags (PER, ORG, LOC) decoded with Viterbi over valid
// tag sequences only, with word, shape, affix, part-of-speech, casing and
// jackknifed gazetteer features; the shipped model is the mean of several
// perceptrons trained with different seeds.
package ner
