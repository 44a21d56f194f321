package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var rankFlags struct {
	db     string
	by     string
	top    int
	format string
}

var rankCmd = &cobra.Command{
	Use:   "rank",
	Short: "Rank entities by how central they are in the graph",
	Long: `Rank scores every entity linked by facts: pagerank (each fact links its two
entities both ways), betweenness (how many shortest paths pass through it) or
degree (how many distinct entities it is linked to), and prints the top ones.`,
	Example: "  kg rank\n  kg rank --by betweenness --top 20\n  kg rank --format json",
	Args:    exactArgs(0, "no arguments"),
	RunE: func(cmd *cobra.Command, args []string) error {
		if !slices.Contains(graph.RankMethods, rankFlags.by) {
			return withCode(fmt.Errorf("unknown ranking %q (want %s)", rankFlags.by, strings.Join(graph.RankMethods, ", ")), ExitUsage)
		}
		if rankFlags.format != "text" && rankFlags.format != "json" {
			return withCode(fmt.Errorf("unknown format %q (want text or json)", rankFlags.format), ExitUsage)
		}
		st, err := openStore(rankFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		sc, err := st.Rank(cmd.Context(), rankFlags.by, rankFlags.top)
		if err != nil {
			return err
		}
		if rankFlags.format == "json" {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(sc)
		}
		for i, s := range sc {
			fmt.Printf("%3d  %10.4f  %s (%s)\n", i+1, s.Score, printable(s.Name), s.ID)
		}
		return nil
	},
}

func init() {
	f := rankCmd.Flags()
	f.StringVar(&rankFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	f.StringVar(&rankFlags.by, "by", "pagerank", "pagerank, betweenness or degree")
	f.IntVar(&rankFlags.top, "top", 10, "print this many (0: all)")
	f.StringVar(&rankFlags.format, "format", "text", "output: text or json")
	rootCmd.AddCommand(rankCmd)
}
