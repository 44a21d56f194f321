package main

import (
	"bufio"
	"bytes"
	"fmt"

	"github.com/kgraph/kg/extract"
	"github.com/spf13/cobra"
)

var openieFlags struct {
	workers int
	format  string
}

var openieCmd = &cobra.Command{
	Use:   "openie [FILE|-]",
	Short: "Extract open-IE tuples, one sentence per line, in CaRB's format",
	Long: `openie reads one sentence per line (tokenised as in CaRB and BenchIE, or plain
text) and writes one extraction per line in CaRB's tab-separated format:
sentence, confidence, relation, arg1, arg2, further arguments. The sentence
is written exactly as given. Sentences are read on their own: no entity
resolution across sentences.`,
	Example: `  kg openie ../shared/bench/carb/data/dev.txt > dev.tsv
  kg eval carb --gold ../shared/bench/carb/data/gold/dev.tsv dev.tsv
  kg openie --format benchie ../shared/bench/benchie/sentences/sample300_en.txt > benchie.txt
  echo "Lee Jae-myung arrived in Tokyo on Saturday ." | kg openie`,
	Args: cobra.MaximumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		if openieFlags.format != "carb" && openieFlags.format != "benchie" {
			return withCode(fmt.Errorf("unknown --format %q (want carb or benchie)", openieFlags.format), ExitUsage)
		}
		name, data, err := readInput(cmd, args)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(cmd.OutOrStdout())
		if err := extract.OpenIE(cmd.Context(), bytes.NewReader(data), w, extract.OpenIEOptions{Workers: openieFlags.workers, BenchIE: openieFlags.format == "benchie"}); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return w.Flush()
	},
}

func init() {
	openieCmd.Flags().IntVar(&openieFlags.workers, "workers", 0, "parallel sentences (0 = one per core)")
	openieCmd.Flags().StringVar(&openieFlags.format, "format", "carb", "output format: carb (sentence⇥confidence⇥relation⇥args) or benchie (id⇥subject⇥relation⇥object)")
	rootCmd.AddCommand(openieCmd)
}
