package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/spf13/cobra"
)

var parseInput string

var parseCmd = &cobra.Command{
	Use:   "parse [FILE|-]",
	Short: "Tag, lemmatize, parse and find entities in text; write CoNLL-U",
	Long: `parse runs kg's trained NLP pipeline and writes CoNLL-U: ID, FORM, LEMMA,
UPOS, XPOS, HEAD and DEPREL, with the entity tag in MISC (NER=B-PER, ...).
With --input conllu the given tokenisation (columns 1-2) is kept and the
other columns are predicted, which is how the models are scored.`,
	Example: `  kg parse seeds/000_4fc55ff9900b021f.txt
  echo "Kishida met Yoon in Tokyo." | kg parse
  kg parse --input conllu ../shared/nlp/ud-english-ewt/en_ewt-ud-test.conllu`,
	Args: func(_ *cobra.Command, args []string) error {
		if len(args) > 1 {
			return withCode(fmt.Errorf("want at most one FILE, got %d arguments", len(args)), ExitUsage)
		}
		return nil
	},
	RunE: func(cmd *cobra.Command, args []string) error {
		if parseInput != "text" && parseInput != "conllu" {
			return withCode(fmt.Errorf("--input must be text or conllu, not %q", parseInput), ExitUsage)
		}
		name, data, err := readInput(cmd, args)
		if err != nil {
			return err
		}
		p, err := nlp.Default()
		if err != nil {
			return withCode(err, ExitInternal)
		}
		w := bufio.NewWriter(cmd.OutOrStdout())
		var out []conllu.Sentence
		if parseInput == "conllu" {
			gold, err := conllu.Read(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			for _, g := range gold {
				s := p.AnnotateTokens(g.Forms()).CoNLLU()
				s.Comments = g.Comments
				out = append(out, s)
			}
		} else {
			if !utf8.Valid(data) {
				return fmt.Errorf("%s: not UTF-8 text", name)
			}
			for i, s := range p.Annotate(string(data)) {
				c := s.CoNLLU()
				c.Comments = []string{"sent_id = " + strconv.Itoa(i+1), "text = " + s.Text}
				out = append(out, c)
			}
		}
		if err := conllu.Write(w, out); err != nil {
			return err
		}
		return w.Flush()
	},
}

func init() {
	parseCmd.Flags().StringVar(&parseInput, "input", "text", "input format: text or conllu")
	rootCmd.AddCommand(parseCmd)
}

// readInput reads FILE, or standard input for "-" or no argument.
func readInput(cmd *cobra.Command, args []string) (string, []byte, error) {
	if len(args) == 0 || args[0] == "-" {
		data, err := io.ReadAll(cmd.InOrStdin())
		if err != nil {
			return "-", nil, fmt.Errorf("standard input: %w", err)
		}
		return "standard input", data, nil
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return args[0], nil, err
	}
	return args[0], data, nil
}
