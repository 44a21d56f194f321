// Package bench measures kg end to end, the way a user runs it: it drives
// the built kg binary on the Wikinews corpus (and on that corpus repeated to
// about 20 MB), times each step, reads each step's peak memory from the
// kernel's resource usage, and compares kg's tagger and entity recogniser
// with prose, the Go library a user would otherwise pick. It is what
// `make bench` runs; figures go to stdout as a table and to a JSON file.
package bench
