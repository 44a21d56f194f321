package main

import (
	"fmt"
	"os"

	"github.com/kgraph/kg/extract/carb"
	"github.com/spf13/cobra"
)

var evalCarbFlags struct {
	gold, format string
	curve        bool
}

var evalCarbCmd = &cobra.Command{
	Use:   "carb --gold GOLD.tsv SYSTEM.tsv",
	Short: "Score open-IE extractions with CaRB (prints AUC P R F1)",
	Long: `carb scores a system's extractions against CaRB gold tuples exactly as CaRB's
scorer does (binary lenient matching, precision–recall curve over the
confidence thresholds) and prints AUC, then precision, recall and F1 at the
best threshold. SYSTEM.tsv is kg openie's output (CaRB's format) or, with
--format, the output of OpenIE-4/5, ClausIE, ReVerb or PropS as published
with CaRB.`,
	Example: `  kg openie ../shared/bench/carb/data/test.txt > test.tsv
  kg eval carb --gold ../shared/bench/carb/data/gold/test.tsv test.tsv
  kg eval carb --gold ../shared/bench/carb/data/gold/test.tsv --format openie4 \
      ../shared/bench/carb/system_outputs/test/openie4_output.txt`,
	Args: cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		if evalCarbFlags.gold == "" {
			return withCode(fmt.Errorf("--gold GOLD.tsv is required"), ExitUsage)
		}
		switch carb.Format(evalCarbFlags.format) {
		case carb.AutoFmt, carb.Tab, carb.OpenIE4, carb.OpenIE5, carb.ClausIE, carb.ReVerb, carb.PropS:
		default:
			return withCode(fmt.Errorf("unknown --format %q (want tab, openie4, openie5, clausie, reverb or props)", evalCarbFlags.format), ExitUsage)
		}
		gold, err := readCarb(evalCarbFlags.gold, carb.Gold)
		if err != nil {
			return err
		}
		if len(gold) == 0 {
			return fmt.Errorf("%s: no gold tuples", evalCarbFlags.gold)
		}
		sys, err := readCarb(args[0], carb.Format(evalCarbFlags.format))
		if err != nil {
			return err
		}
		res := carb.Score(gold, sys)
		w := cmd.OutOrStdout()
		if evalCarbFlags.curve {
			fmt.Fprintln(w, "threshold\tprecision\trecall")
			for _, p := range res.Curve {
				fmt.Fprintf(w, "%g\t%.4f\t%.4f\n", p.Threshold, p.Precision, p.Recall)
			}
		}
		fmt.Fprintln(w, "AUC\tP\tR\tF1")
		fmt.Fprintf(w, "%.3f\t%.3f\t%.3f\t%.3f\n", res.AUC, res.Precision, res.Recall, res.F1)
		return nil
	},
}

func readCarb(path string, f carb.Format) ([]carb.Extraction, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	xs, err := carb.Read(fh, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return xs, nil
}

func init() {
	evalCarbCmd.Flags().StringVar(&evalCarbFlags.gold, "gold", "", "CaRB gold tuples (sentence⇥relation⇥arg1⇥arg2…)")
	evalCarbCmd.Flags().StringVar(&evalCarbFlags.format, "format", "", "system output format: tab (kg openie, CaRB), openie4, openie5, clausie, reverb, props (default: guess)")
	evalCarbCmd.Flags().BoolVar(&evalCarbFlags.curve, "curve", false, "also print the precision–recall curve")
	evalCmd.AddCommand(evalCarbCmd)
}
