package main

import (
	"fmt"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var rmFlags struct {
	db   string
	wait time.Duration
}

var rmCmd = &cobra.Command{
	Use:   "rm DOC...",
	Short: "Remove documents and the facts only they stated",
	Long: `Rm removes documents, named as they were built (the path or JSONL id) or by
their content ID, with every fact, label and alias that only they supported.
Facts other documents also state stay. Each document is removed atomically.`,
	Example: "  kg rm seeds/000_4fc55ff9900b021f.txt\n  kg rm --db news.db 4c9a957b86aea862",
	Args: func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return withCode(fmt.Errorf("name at least one document"), ExitUsage)
		}
		return nil
	},
	RunE: func(cmd *cobra.Command, args []string) error {
		st, err := openStore(rmFlags.db, graph.Options{Wait: rmFlags.wait})
		if err != nil {
			return err
		}
		defer st.Close()
		for _, a := range args {
			if err := st.Remove(cmd.Context(), a); err != nil {
				return err
			}
			fmt.Printf("removed %s\n", printable(a))
		}
		return st.Close()
	},
}

func init() {
	rmCmd.Flags().StringVar(&rmFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	rmCmd.Flags().DurationVar(&rmFlags.wait, "wait", 0, "wait this long for a store in use by another kg process")
	rootCmd.AddCommand(rmCmd)
}
