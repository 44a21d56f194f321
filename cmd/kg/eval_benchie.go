package main

import (
	"fmt"
	"os"

	"github.com/kgraph/kg/extract/benchie"
	"github.com/spf13/cobra"
)

var evalBenchieFlags struct{ gold string }

var evalBenchieCmd = &cobra.Command{
	Use:   "benchie --gold GOLD.txt SYSTEM.txt",
	Short: "Score open-IE triples with BenchIE (prints P R F1)",
	Long: `benchie scores triples (sentence number⇥subject⇥relation⇥object, as written by
kg openie --format benchie and by the systems published with BenchIE)
against BenchIE's fact synsets: a triple is correct when it equals some
variant of a fact exactly (optional words in brackets may be left out), and
a fact is found when any triple matches it.`,
	Example: `  kg openie --format benchie ../shared/bench/benchie/sentences/sample300_en.txt > kg.txt
  kg eval benchie --gold ../shared/bench/benchie/gold/2_annotators/benchie_gold_annotations_en.txt kg.txt`,
	Args: cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		if evalBenchieFlags.gold == "" {
			return withCode(fmt.Errorf("--gold GOLD.txt is required"), ExitUsage)
		}
		gf, err := os.Open(evalBenchieFlags.gold)
		if err != nil {
			return err
		}
		defer gf.Close()
		gold, err := benchie.ReadGold(gf)
		if err != nil {
			return fmt.Errorf("%s: %w", evalBenchieFlags.gold, err)
		}
		if len(gold) == 0 {
			return fmt.Errorf("%s: no facts", evalBenchieFlags.gold)
		}
		sf, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer sf.Close()
		sys, err := benchie.ReadTriples(sf)
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
		}
		r := benchie.Score(gold, sys)
		w := cmd.OutOrStdout()
		fmt.Fprintf(w, "facts %d, found %d; extractions %d, correct %d\n", r.Facts, r.Found, r.Extractions, r.Correct)
		fmt.Fprintln(w, "P\tR\tF1")
		fmt.Fprintf(w, "%.3f\t%.3f\t%.3f\n", r.Precision, r.Recall, r.F1)
		return nil
	},
}

func init() {
	evalBenchieCmd.Flags().StringVar(&evalBenchieFlags.gold, "gold", "", "BenchIE gold fact synsets")
	evalCmd.AddCommand(evalBenchieCmd)
}
