package main

import (
	"fmt"
	"sort"

	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/spf13/cobra"
)

var evalNERCmd = &cobra.Command{
	Use:   "ner FILE.iob2",
	Short: "Score the named-entity recogniser against an IOB2 file",
	Long: `ner tags the gold tokenisation of every sentence (with kg's own part-of-speech
tags) and prints entity-level precision, recall and F1 (an entity counts
when its span and type match), per type and overall, and the throughput.`,
	Example: `  kg eval ner ../shared/nlp/uner-english-ewt/en_ewt-ud-test.iob2`,
	Args:    exactArgs(1, "one IOB2 file"),
	RunE: func(cmd *cobra.Command, args []string) error {
		gold, p, err := readGold(cmd, args, conllu.ReadIOB2)
		if err != nil {
			return err
		}
		s := p.EvalNER(gold)
		w := cmd.OutOrStdout()
		fmt.Fprintf(w, "sentences   %d\ngold entities %d, predicted %d, correct %d\n", s.Sentences, s.Gold, s.Predicted, s.Correct)
		types := make([]string, 0, len(s.PerType))
		for t := range s.PerType {
			types = append(types, t)
		}
		sort.Strings(types)
		fmt.Fprintf(w, "%-8s %7s %7s %7s\n", "type", "P", "R", "F1")
		for _, t := range types {
			v := s.PerType[t]
			fmt.Fprintf(w, "%-8s %7.2f %7.2f %7.2f\n", t, v[0], v[1], v[2])
		}
		fmt.Fprintf(w, "%-8s %7.2f %7.2f %7.2f\n", "all", s.Precision, s.Recall, s.F1)
		fmt.Fprintf(w, "throughput  %.0f tokens/s (tag+NER, one goroutine)\n", s.TokensPerSec)
		return nil
	},
}

func init() { evalCmd.AddCommand(evalNERCmd) }
