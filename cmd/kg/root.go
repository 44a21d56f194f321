package main

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes (documented in the README).
const (
	ExitOK       = 0
	ExitFailure  = 1 // bad input, unknown entity, I/O error
	ExitUsage    = 2 // bad flags or arguments
	ExitLocked   = 3 // the store is in use by another kg process
	ExitInternal = 70
)

// exitError carries an exit code with an error.
type exitError struct {
	err  error
	code int
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }
func (e exitError) ExitCode() int { return e.code }

// errReported means the problems were already printed, one line each, as
// they happened: the command fails without another line.
var errReported = errors.New("errors reported above")

// withCode attaches an exit code to err (nil stays nil).
func withCode(err error, code int) error {
	if err == nil {
		return nil
	}
	return exitError{err, code}
}

var rootCmd = &cobra.Command{
	Use:   "kg",
	Short: "Build a knowledge graph from text",
	Long: `kg extracts subject–relation–object triples from English text, stores them
in a Cayley graph (an embedded Bolt file by default), exports them (DOT,
JSON-LD, N-Triples, N-Quads, Turtle, GraphML, HTML) and answers questions
about them (paths with evidence, Gizmo queries, rankings).`,
	Example: `  kg build seeds/
  kg path Kishida Lee
  kg export --format ttl -o graph.ttl`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

// evalCmd groups the evaluation commands (ud, ner, carb, benchie).
var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Score kg's models and extractions against gold data",
}

func init() {
	rootCmd.AddCommand(evalCmd)
	rootCmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return withCode(err, ExitUsage) })
}

// oneLine folds an error message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
