package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/spf13/cobra"
)

var evalUDCmd = &cobra.Command{
	Use:   "ud FILE.conllu",
	Short: "Score the tagger, lemmatizer and parser against a CoNLL-U treebank",
	Long: `ud annotates the gold tokenisation of every sentence and prints UPOS, XPOS
and lemma accuracy, UAS and LAS (universal labels, punctuation included, as
in the CoNLL 2018 shared task), LAS with label subtypes, and the throughput
of the full pipeline on one goroutine.`,
	Example: `  kg eval ud ../shared/nlp/ud-english-ewt/en_ewt-ud-test.conllu`,
	Args:    exactArgs(1, "one CoNLL-U file"),
	RunE: func(cmd *cobra.Command, args []string) error {
		gold, p, err := readGold(cmd, args, conllu.Read)
		if err != nil {
			return err
		}
		s := p.EvalUD(gold)
		w := cmd.OutOrStdout()
		fmt.Fprintf(w, "sentences   %d\nwords       %d\n", s.Sentences, s.Words)
		fmt.Fprintf(w, "UPOS        %.2f%%\nXPOS        %.2f%%\nlemma       %.2f%%\n", s.UPOS, s.XPOS, s.Lemma)
		fmt.Fprintf(w, "UAS         %.2f%%\nLAS         %.2f%%\nLAS (full labels) %.2f%%\n", s.UAS, s.LAS, s.LabelFull)
		fmt.Fprintf(w, "throughput  %.0f tokens/s (tag+lemma+parse+NER, one goroutine)\n", s.TokensPerSec)
		return nil
	},
}

func init() { evalCmd.AddCommand(evalUDCmd) }

// readGold reads a gold file with parse and loads the embedded models that
// are scored against it.
func readGold[T any](cmd *cobra.Command, args []string, parse func(io.Reader) ([]T, error)) ([]T, *nlp.Pipeline, error) {
	_, data, err := readInput(cmd, args)
	if err != nil {
		return nil, nil, err
	}
	gold, err := parse(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", args[0], err)
	}
	if len(gold) == 0 {
		return nil, nil, fmt.Errorf("%s: no sentences", args[0])
	}
	p, err := nlp.Default()
	if err != nil {
		return nil, nil, withCode(err, ExitInternal)
	}
	return gold, p, nil
}
