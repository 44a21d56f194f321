package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var neighborsFlags struct {
	db       string
	depth    int
	via      string
	since    string
	evidence bool
	limit    int
	perNode  int
	format   string
}

var neighborsCmd = &cobra.Command{
	Use:   "neighbors ENTITY",
	Short: "List the facts around an entity",
	Long: `Neighbors lists the facts linking an entity to others, and with --depth N
the facts up to N hops away, nearest first. The entity is named by any alias,
case-insensitively, or by ID. At each entity only the --per-node facts that
most documents state are followed (a country in most articles has thousands).`,
	Example: `  kg neighbors "Lee Jae-myung"
  kg neighbors Kishida --depth 2 --evidence
  kg neighbors Japan --via meet --format json`,
	Args: exactArgs(1, "one entity"),
	RunE: func(cmd *cobra.Command, args []string) error {
		if neighborsFlags.format != "text" && neighborsFlags.format != "json" {
			return withCode(fmt.Errorf("unknown format %q (want text or json)", neighborsFlags.format), ExitUsage)
		}
		if neighborsFlags.since != "" && !isDate(neighborsFlags.since) {
			return withCode(fmt.Errorf("--since %q is not a date (YYYY-MM-DD)", neighborsFlags.since), ExitUsage)
		}
		st, err := openStore(neighborsFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		nh, err := st.Neighbors(cmd.Context(), args[0], graph.NeighborOptions{Depth: neighborsFlags.depth,
			Via: neighborsFlags.via, Since: neighborsFlags.since, Evidence: neighborsFlags.evidence, Limit: neighborsFlags.limit,
			PerNode: neighborsFlags.perNode})
		if err != nil {
			return err
		}
		if neighborsFlags.format == "json" {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(nh)
		}
		fmt.Printf("%s (%s): %d fact%s", printable(nh.Center.Name), nh.Center.ID, len(nh.Edges), plural(len(nh.Edges)))
		if nh.Truncated {
			fmt.Printf(" (the strongest; %d in all at %s; --per-node 0 for all)", nh.Totals[nh.Center.ID], printable(nh.Center.Name))
		}
		fmt.Println()
		for _, h := range nh.Edges {
			d := min(nh.Depth[h.From.ID], nh.Depth[h.To.ID]) + 1
			more := ""
			if h.Support > 1 {
				more = fmt.Sprintf("  (%d facts)", h.Support)
			}
			fmt.Printf("  %d  %s -[%s]-> %s%s\n", d, printable(h.From.Name), printable(h.Relation), printable(h.To.Name), more)
			if neighborsFlags.evidence {
				fmt.Printf("       %q (%s, sentence %d)\n", printable(h.Text), printable(h.DocName), h.Sentence+1)
			}
		}
		return nil
	},
}

func init() {
	f := neighborsCmd.Flags()
	f.StringVar(&neighborsFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	f.IntVar(&neighborsFlags.depth, "depth", 1, "hops from the entity")
	f.StringVar(&neighborsFlags.via, "via", "", "only facts with this relation (lemma)")
	f.StringVar(&neighborsFlags.since, "since", "", "only facts from documents dated on or after YYYY-MM-DD")
	f.BoolVar(&neighborsFlags.evidence, "evidence", false, "print the sentence stating each fact")
	f.IntVar(&neighborsFlags.limit, "limit", 0, "print at most this many facts (0: all)")
	f.IntVar(&neighborsFlags.perNode, "per-node", 25, "at each entity, follow only this many facts, those most documents state (0: all)")
	f.StringVar(&neighborsFlags.format, "format", "text", "output: text or json")
	rootCmd.AddCommand(neighborsCmd)
}
