package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var statsFlags struct {
	db     string
	format string
}

var statsCmd = &cobra.Command{
	Use:     "stats",
	Short:   "Count the documents, facts and entities in the store",
	Example: "  kg stats\n  kg stats --db news.db --format json",
	Args:    exactArgs(0, "no arguments"),
	RunE: func(cmd *cobra.Command, args []string) error {
		if statsFlags.format != "text" && statsFlags.format != "json" {
			return withCode(fmt.Errorf("unknown format %q (want text or json)", statsFlags.format), ExitUsage)
		}
		st, err := openStore(statsFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		s, err := st.Stats(cmd.Context())
		if err != nil {
			return err
		}
		if statsFlags.format == "json" {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		}
		fmt.Printf("store:     %s (%s)\n", printable(st.Name()), st.Kind())
		fmt.Printf("documents: %d\ntriples:   %d\nentities:  %d\nquads:     %d\n", s.Docs, s.Triples, s.Entities, s.Quads)
		if len(s.Top) > 0 {
			fmt.Println("most connected:")
			for _, d := range s.Top {
				fmt.Printf("  %4d  %s (%s)\n", d.Degree, printable(d.Name), d.ID)
			}
		}
		return nil
	},
}

func init() {
	statsCmd.Flags().StringVar(&statsFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	statsCmd.Flags().StringVar(&statsFlags.format, "format", "text", "output: text or json")
	rootCmd.AddCommand(statsCmd)
}
