// Package parser is kg's dependency parser: greedy labelled arc-hybrid
// transitions scored by an averaged perceptron over Zhang & Nivre-style
// features, trained with a dynamic oracle (so it learns to recover from its
// own mistakes and can train on non-projective trees, whose lost arcs the
// oracle simply costs). The artificial root sits at the end of the buffer and
// only one word may attach to it.
package parser
