// Package perceptron is the averaged multiclass perceptron under every kg
// model: hashed features, sparse rows while training (an update touches two
// classes, so rows stay short), and a compact read-only Model with quantised
// weights in an open-addressing table for fast, allocation-free scoring.
package perceptron
