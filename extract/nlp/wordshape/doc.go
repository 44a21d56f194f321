// Package wordshape holds the small word-level helpers every kg model's
// features share: lowercasing, digit normalisation, shapes and affixes.
package wordshape
