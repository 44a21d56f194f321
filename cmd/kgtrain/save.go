package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"github.com/kgraph/kg/extract/nlp/tagger"
	"io"
	"os"
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
