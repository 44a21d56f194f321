// Package wordshape holds the small word-level helpers every kg model's
// features share: lowercasing, digit normalisation, shapes and affixes,
// and the particles inside people's names.
package wordshape
