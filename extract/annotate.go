package extract

import "github.com/kgraph/kg/extract/nlp"

// defaultAnnotator returns kg's trained pipeline (tokenizer, tagger,
// lemmatizer, parser, NER) with its embedded models.
func defaultAnnotator() (func(string) []nlp.Sentence, error) {
	p, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	return p.Annotate, nil
}
