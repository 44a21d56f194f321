// Package source reads kg's inputs — files, directories, standard input and
// JSON Lines — into fact.Doc values, one document at a time so that memory
// does not grow with the corpus. It owns the decisions about what counts as
// text: binary files are refused, invalid UTF-8 is repaired, a byte-order
// mark is dropped, and a leading "date YYYY-MM-DD" line becomes the
// document's date instead of its first sentence.
package source
