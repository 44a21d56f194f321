package nlp

// Token is one word of a sentence with the layers the pipeline adds.
// Offsets are byte offsets into the document text, so every triple can
// point back at its source span.
type Token struct {
	Text       string
	Start, End int
	UPOS       string // universal part of speech (NOUN, VERB, PROPN, ...)
	XPOS       string // Penn Treebank tag (NN, VBD, NNP, ...)
	Lemma      string
	Head       int    // index of the head token in Sentence.Tokens, -1 for the root
	DepRel     string // universal dependency relation (nsubj, obj, obl, ...)
	NER        string // IOB2 entity tag: "O", "B-PER", "I-ORG", "B-LOC", ...
}

// Sentence is one sentence of a document.
type Sentence struct {
	Start, End int // byte offsets of the sentence in the document text
	Text       string
	Tokens     []Token
}
