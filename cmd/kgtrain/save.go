package main

import (
	"bufio"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kgraph/kg/extract/nlp/gazetteer"
	"github.com/kgraph/kg/extract/nlp/ner"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

// save writes a model gzip-compressed. gzip without a name or time in its
// header gives the same bytes for the same model, so `make models` is
// reproducible.
func save(path string, m io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	if _, err := m.WriteTo(zw); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func loadTagger(path string) (*tagger.Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t, err := tagger.Read(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// jackknife returns jackknifed tags, read from or written to cache when
// one is named (experiments only: make models computes them afresh).
func jackknife(train []tagger.Example, k int, opt tagger.TrainOptions, cache string) (upos, xpos [][]string, err error) {
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var v [2][][]string
			if err := gob.NewDecoder(f).Decode(&v); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", cache, err)
			}
			if len(v[0]) == len(train) {
				return v[0], v[1], nil
			}
		}
	}
	upos, xpos = tagger.Jackknife(train, k, opt)
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		if err := gob.NewEncoder(f).Encode([2][][]string{upos, xpos}); err != nil {
			return nil, nil, err
		}
	}
	return upos, xpos, nil
}

// readNERLexicon reads the recogniser's lexicon from WordNet's nouns. A
// missing file is an error naming the Debian package that installs it
// (scripts/model-deps.sh).
func readNERLexicon(wordNetDir string) (*ner.Lexicon, error) {
	path := filepath.Join(wordNetDir, "data.noun")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s missing: install the Debian package wordnet-base (scripts/model-deps.sh)", path)
	}
	defer f.Close()
	names, err := ner.ReadWordNetNouns(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	lex := &ner.Lexicon{Names: names}
	if *nerLists {
		l, err := gazetteer.ReadDefault()
		if err != nil {
			return nil, err
		}
		lex.Lists = ner.NameLists(l.Given, l.Surnames, l.Places)
	}
	return lex, nil
}
