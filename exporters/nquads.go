package exporters

import "io"

// NewNQuads returns a writer of N-Quads: entity and document descriptions
// in the default graph, each fact (and its provenance) in the named graph
// of the document that states it, {base}doc/{DocID}.
func NewNQuads(w io.Writer, opts Options) (Writer, error) {
	return newLineWriter(w, opts, true)
}
