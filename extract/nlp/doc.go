// Package nlp is kg's trained English pipeline: it segments text into
// sentences and tokens with byte offsets, tags parts of speech (UPOS and
// XPOS), lemmatizes, parses dependencies and recognises named entities,
// using models trained by cmd/kgtrain on UD English EWT and Universal NER
// (CC BY-SA 4.0) and embedded in the binary. Sub-packages hold each model
// and its training code.
package nlp
