// Package tagger is kg's part-of-speech tagger: a greedy left-to-right
// averaged perceptron that predicts the universal (UPOS) and Penn Treebank
// (XPOS) tags jointly, with lexical, affix, shape and context features and
// an ambiguity-class dictionary that gives it a look at the words ahead.
// Train can average several perceptrons trained with successive seeds into
// one model (TrainOptions.Models), which costs nothing at run time.
package tagger
