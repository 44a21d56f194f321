package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime/debug"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var buildFlags struct {
	input inputFlags
	db    string
	wait  time.Duration
	// extracted: the inputs are saved extraction results, not text
	extracted bool
}

var buildCmd = &cobra.Command{
	Use:   "build [FILE|DIR|-]...",
	Short: "Extract triples from text and store them in the graph",
	Long: `Build extracts triples from the inputs (as kg extract does) and stores them in
a Cayley graph: by default the embedded Bolt file kg.db in the working
directory (or $KG_DB). Each document is one named graph, keyed by a hash of
its content: building an unchanged document again changes nothing, and a
changed document replaces its old facts in one transaction, so an
interrupted build leaves every finished document intact.

With --extracted the inputs are files written by kg extract --format docs
(or - for standard input): their documents, triples and entities are
stored as they are, without parsing again. Names in them were resolved
when they were extracted, against the entities of that run.`,
	Example: `  kg build seeds/
  kg build --db news.db ../corpus/articles.jsonl
  kg build --db postgres://kg@127.0.0.1:5432/kg?sslmode=disable seeds/
  kg extract --format docs seeds/ > seeds.docs.jsonl && kg build --extracted seeds.docs.jsonl`,
	RunE: func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		start := time.Now()
		if os.Getenv("GOMEMLIMIT") == "" && buildFlags.db != "memory" {
			debug.SetMemoryLimit(buildMemoryLimit) // not for the memory store: the graph is the heap
		}
		st, err := openStore(buildFlags.db, graph.Options{Wait: buildFlags.wait})
		if err != nil {
			return err
		}
		defer st.Close()
		var known []fact.Entity // what new mentions resolve against
		if !buildFlags.extracted {
			if known, err = st.Entities(ctx); err != nil {
				return err
			}
		}
		var docs, changed, sentences, triples int
		var storeErr error // a failed write: the summary would be untrue
		// Documents are written in batches that share one transaction (one
		// fsync): each document is still all-or-nothing, and a kill loses
		// at most the open batch, which the next build redoes.
		batch, err := st.Begin(ctx)
		if err != nil {
			return err
		}
		// add stores one document; p is its prepared form when the
		// loader made it on another core, else nil.
		add := func(r extract.DocResult, p *graph.Prepared) error {
			if p == nil {
				p = graph.Prepare(r.Doc, r.Triples, r.Entities)
			}
			ok, err := batch.AddPrepared(p)
			if err != nil {
				batch.Rollback()
				batch = nil
				storeErr = err
				return fmt.Errorf("%s: %w", r.Doc.Name, err)
			}
			docs++
			sentences += r.Sentences
			triples += len(r.Triples)
			if ok {
				changed++
			}
			if batch.Quads() >= batchQuads {
				err, batch = batch.Commit(), nil
				if err == nil {
					batch, err = st.Begin(ctx)
				}
				storeErr = err
			}
			return err
		}
		entities := -1
		var runErr error
		if buildFlags.extracted {
			entities, runErr = loadExtracted(ctx, args, add)
		} else {
			var ex *extract.Extractor
			if ex, runErr = runExtraction(ctx, args, buildFlags.input, known, func(r extract.DocResult) error { return add(r, nil) }); ex != nil {
				entities = len(ex.Entities())
			}
		}
		if batch != nil {
			// The batch holds only whole documents: keep them even when the
			// build stops early (Ctrl-C, a bad input), unless a write failed.
			cerr := batch.Commit()
			if runErr == nil {
				runErr = cerr
			}
			if cerr != nil {
				storeErr = cerr
			}
		}
		if entities >= 0 && docs > 0 && storeErr == nil {
			fmt.Printf("built %d documents (%d added or changed, %d unchanged): %d sentences, %d triples, %d entities in %s → %s\n",
				docs, changed, docs-changed, sentences, triples, entities, time.Since(start).Round(time.Millisecond), storeName(buildFlags.db))
		}
		if docs == 0 && runErr == nil {
			runErr = errors.New("no documents to build")
		}
		if err := st.Close(); runErr == nil {
			runErr = err
		}
		return runErr
	},
}

// buildMemoryLimit is kg build's soft memory limit (GOMEMLIMIT overrides
// it). Bolt holds every page a commit touches in memory, and on a large
// store a commit of batchQuads touches most pages of the hash-keyed
// buckets, so without a limit the heap grows with the store up to that
// bound: 809 MB anonymous RSS loading a million quads, 513 MB with the
// limit, for 7% more time (the collector runs more often near it).
const buildMemoryLimit = 512 << 20

// batchQuads is how many quads a build writes per transaction: large
// enough that Bolt's fsync is rare, small enough to bound memory.
const batchQuads = 100_000

// openStore opens the store named by --db and maps a store in use by
// another process to its own exit code.
func openStore(dsn string, opts graph.Options) (*graph.Store, error) {
	st, err := graph.Open(dsn, opts)
	if errors.Is(err, graph.ErrLocked) {
		return nil, withCode(err, ExitLocked)
	}
	return st, err
}

// storeName says which store a --db value means, without any password.
func storeName(dsn string) string {
	if dsn == "" {
		if dsn = os.Getenv("KG_DB"); dsn == "" {
			return "kg.db"
		}
	}
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxx")
			return u.String()
		}
	}
	return dsn
}

func init() {
	buildFlags.input.register(buildCmd)
	buildCmd.Flags().StringVar(&buildFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	buildCmd.Flags().DurationVar(&buildFlags.wait, "wait", 0, "wait this long for a store in use by another kg process")
	buildCmd.Flags().BoolVar(&buildFlags.extracted, "extracted", false, "the inputs are kg extract --format docs files: store them without parsing again")
	rootCmd.AddCommand(buildCmd)
}
