package main

import (
	"fmt"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var explainFlags struct{ db string }

var explainCmd = &cobra.Command{
	Use:   "explain ENTITY",
	Short: "Show an entity's aliases and why its mentions were merged",
	Long: `Explain shows what kg knows an entity as: its canonical name, type, mention
count, every alias, and one line per merge saying why two mentions were taken
to be the same thing (a short name, a title, a pronoun, …).`,
	Example: "  kg explain Lee\n  kg explain \"President Lee\"",
	Args:    exactArgs(1, "one entity"),
	RunE: func(cmd *cobra.Command, args []string) error {
		st, err := openStore(explainFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		e, err := st.Explain(cmd.Context(), args[0])
		if err != nil {
			return err
		}
		fmt.Printf("%s (%s)\n", printable(e.Name), e.ID)
		fmt.Printf("  type:     %s\n  mentions: %d\n", orDash(e.Type), e.Mentions)
		for _, a := range e.Aliases {
			fmt.Printf("  alias:    %s\n", printable(a))
		}
		for _, m := range e.Merges {
			fmt.Printf("  merged:   %s\n", printable(m))
		}
		if len(e.Merges) == 0 {
			fmt.Println("  merged:   (no merges recorded)")
		}
		return nil
	},
}

func init() {
	explainCmd.Flags().StringVar(&explainFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	rootCmd.AddCommand(explainCmd)
}
