package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/source"
	"github.com/kgraph/kg/fact"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// inputFlags are the flags shared by the commands that read text.
type inputFlags struct {
	date    string
	workers int
}

func (f *inputFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.date, "date", "", "date (YYYY-MM-DD) of documents that give none")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "extraction workers (0 = one per core)")
}

// runExtraction reads the inputs named by args, extracts them and hands
// each document's result to emit in input order. Problems with single
// inputs are reported as they happen and counted in the returned error, so
// the command exits non-zero while still processing the rest.
func runExtraction(ctx context.Context, args []string, f inputFlags, known []fact.Entity, emit func(extract.DocResult) error) (*extract.Extractor, error) {
	if f.date != "" && !source.ValidDate(f.date) {
		return nil, withCode(fmt.Errorf("--date %q is not a YYYY-MM-DD date", f.date), ExitUsage)
	}
	ex, err := extract.New(extract.Options{Workers: f.workers, Known: known})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan fact.Doc, 4)
	bad := 0
	readErr := make(chan error, 1)
	go func() {
		defer close(docs)
		readErr <- source.Read(ctx, args, source.Options{Date: f.date}, func(d fact.Doc) error {
			select {
			case docs <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e *source.Error) {
			bad++
			progressPrintln("kg: " + oneLine(e.Error()))
		})
	}()
	bar := newProgress("documents")
	err = ex.Stream(ctx, docs, func(r extract.DocResult) error {
		bar.Add(1)
		for _, w := range r.Warnings {
			progressPrintln("kg: warning: " + r.Doc.Name + ": " + oneLine(w))
		}
		return emit(r)
	})
	bar.Finish()
	cancel()
	if rerr := <-readErr; err == nil && rerr != nil && rerr != context.Canceled {
		err = rerr
	}
	if err == nil && bad > 0 {
		err = errReported
	}
	return ex, err
}

// progress shows a spinner with a count on a terminal and nothing otherwise.
type progress struct{ bar *progressbar.ProgressBar }

var activeBar *progressbar.ProgressBar

func newProgress(what string) *progress {
	if !term.IsTerminal(int(os.Stderr.Fd())) {
		return &progress{}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	activeBar = bar
	return &progress{bar}
}

func (p *progress) Add(n int) {
	if p.bar != nil {
		p.bar.Add(n)
	}
}

func (p *progress) Finish() {
	if p.bar != nil {
		p.bar.Finish()
		activeBar = nil
	}
}

// progressPrintln writes a line to stderr without garbling a progress bar.
func progressPrintln(s string) {
	if activeBar != nil {
		activeBar.Clear()
	}
	fmt.Fprintln(os.Stderr, s)
}
