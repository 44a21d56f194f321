package main

import (
	"bufio"
	"fmt"

	"github.com/kgraph/kg/extract"
	"github.com/spf13/cobra"
)

var openieFlags struct{ workers int }

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
  echo "Lee Jae-myung arrived in Tokyo on Saturday ." | kg openie`,
	Args: cobra.MaximumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		name, data, err := readInput(cmd, args)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(cmd.OutOrStdout())
		if err := extract.OpenIE(cmd.Context(), bytesReader(data), w, extract.OpenIEOptions{Workers: openieFlags.workers}); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return w.Flush()
	},
}

func init() {
	openieCmd.Flags().IntVar(&openieFlags.workers, "workers", 0, "parallel sentences (0 = one per core)")
	rootCmd.AddCommand(openieCmd)
}
