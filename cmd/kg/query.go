package main

import (
	"encoding/json"
	"os"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var queryFlags struct {
	db      string
	limit   int
	timeout time.Duration
}

var queryCmd = &cobra.Command{
	Use:   "query GIZMO",
	Short: "Run a Gizmo (JavaScript) graph query",
	Long: `Query runs a query in Cayley's Gizmo language and prints the results as JSON,
one per line. Entities are <https://kg.example.org/entity/ID>, relations
<https://kg.example.org/rel/LEMMA>, names are rdfs:label strings (see
"go doc github.com/kgraph/kg/graph" for the layout). The script cannot touch
files or the network, and stops at --timeout and after --limit results.`,
	Example: `  kg query 'g.V("<https://kg.example.org/entity/lee-jae-myung>").Out().All()'
  kg query 'g.V("Lee Jae-myung").In("<http://www.w3.org/2000/01/rdf-schema#label>").Out("<https://kg.example.org/rel/meet>").All()'`,
	Args: exactArgs(1, "one Gizmo query"),
	RunE: func(cmd *cobra.Command, args []string) error {
		st, err := openStore(queryFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		res, qerr := st.Query(cmd.Context(), args[0], queryFlags.limit, queryFlags.timeout)
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		for _, r := range res {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return qerr
	},
}

func init() {
	f := queryCmd.Flags()
	f.StringVar(&queryFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	f.IntVar(&queryFlags.limit, "limit", 1000, "stop after this many results")
	f.DurationVar(&queryFlags.timeout, "timeout", 10*time.Second, "stop the query after this long")
	rootCmd.AddCommand(queryCmd)
}
