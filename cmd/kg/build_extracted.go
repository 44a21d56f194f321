package main

import (
	"context"
	"errors"
	"io"
	"os"
	"runtime"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
)

// loadExtracted reads saved extraction results (kg extract --format docs)
// from the files in args ("-" or none: standard input) and hands each
// document to add, in order. Decoding and preparing the quads run beside
// the writer, on every core. It returns
// the number of distinct entities the documents mention. A damaged record
// or an unreadable file is reported on its own line and skipped; the build
// then exits non-zero.
func loadExtracted(ctx context.Context, args []string, add func(extract.DocResult, *graph.Prepared) error) (int, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type prepared struct {
		r extract.DocResult
		p *graph.Prepared
	}
	docs := make(chan prepared, 16)
	bad := 0
	readErr := make(chan error, 1)
	go func() {
		defer close(docs)
		readErr <- readExtracted(ctx, args, func(r extract.DocResult, p *graph.Prepared) error {
			select {
			case docs <- prepared{r, p}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(msg string) {
			bad++
			progressPrintln("kg: " + oneLine(msg))
		})
	}()
	bar := newProgress("documents")
	entities := map[string]bool{}
	var err error
	for d := range docs {
		if err != nil {
			continue // drain, so the reader can stop
		}
		bar.Add(1)
		for _, e := range d.r.Entities {
			entities[e.ID] = true
		}
		err = add(d.r, d.p)
		if err != nil {
			cancel()
		}
	}
	bar.Finish()
	rerr := <-readErr
	if err == nil && rerr != nil && !errors.Is(rerr, context.Canceled) {
		err = rerr
	}
	if err == nil && bad > 0 {
		err = errReported
	}
	return len(entities), err
}

// readExtracted decodes each input in turn; problems with one input are
// reported through bad and the next input is read.
func readExtracted(ctx context.Context, args []string, emit func(extract.DocResult, *graph.Prepared) error, bad func(string)) error {
	for _, name := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readExtractedFile(name, emit, bad); err != nil {
			return err
		}
	}
	return nil
}

func readExtractedFile(name string, emit func(extract.DocResult, *graph.Prepared) error, bad func(string)) error {
	var r io.Reader = os.Stdin
	if name != "-" {
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			bad(name + ": is a directory (--extracted reads files written by kg extract --format docs)")
			return nil
		}
		f, err := os.Open(name)
		if err != nil {
			bad(err.Error())
			return nil
		}
		defer f.Close()
		r = f
	}
	// Decoding and preparing run on every core: while the writer gathers
	// a batch it waits for them, and they wait while it commits.
	return extract.ReadResultsWith(name, r, runtime.GOMAXPROCS(0), prepareDoc, emit,
		func(e *extract.RecordError) { bad(e.Error()) })
}

func prepareDoc(r extract.DocResult) *graph.Prepared {
	return graph.Prepare(r.Doc, r.Triples, r.Entities)
}
