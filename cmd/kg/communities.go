package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var communitiesFlags struct {
	db     string
	format string
}

var communitiesCmd = &cobra.Command{
	Use:   "communities",
	Short: "Group entities into communities (Louvain modularity)",
	Long: `Communities partitions the entities linked by facts into groups that are more
linked to each other than to the rest (Louvain modularity, gonum), largest
first, and prints the partition's modularity Q.`,
	Example: "  kg communities\n  kg communities --format json",
	Args:    exactArgs(0, "no arguments"),
	RunE: func(cmd *cobra.Command, args []string) error {
		if communitiesFlags.format != "text" && communitiesFlags.format != "json" {
			return withCode(fmt.Errorf("unknown format %q (want text or json)", communitiesFlags.format), ExitUsage)
		}
		st, err := openStore(communitiesFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		cs, q, err := st.Communities(cmd.Context())
		if err != nil {
			return err
		}
		if communitiesFlags.format == "json" {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(struct {
				Modularity  float64           `json:"modularity"`
				Communities []graph.Community `json:"communities"`
			}{q, cs})
		}
		fmt.Printf("%d communities, modularity %.3f\n", len(cs), q)
		for _, c := range cs {
			names := make([]string, len(c.Members))
			for i, m := range c.Members {
				names[i] = printable(m.Name)
			}
			fmt.Printf("%3d (%d): %s\n", c.ID, len(c.Members), strings.Join(names, ", "))
		}
		return nil
	},
}

func init() {
	communitiesCmd.Flags().StringVar(&communitiesFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	communitiesCmd.Flags().StringVar(&communitiesFlags.format, "format", "text", "output: text or json")
	rootCmd.AddCommand(communitiesCmd)
}
