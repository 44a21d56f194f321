package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var entitiesFlags struct {
	db     string
	typ    string
	format string
}

var entitiesCmd = &cobra.Command{
	Use:   "entities",
	Short: "List the entities in the store",
	Long: `Entities lists every entity with its type, number of mentions and aliases,
merged across documents, sorted by ID.`,
	Example: "  kg entities\n  kg entities --type PERSON\n  kg entities --format json",
	Args:    exactArgs(0, "no arguments"),
	RunE: func(cmd *cobra.Command, args []string) error {
		if entitiesFlags.format != "text" && entitiesFlags.format != "json" {
			return withCode(fmt.Errorf("unknown format %q (want text or json)", entitiesFlags.format), ExitUsage)
		}
		st, err := openStore(entitiesFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		all, err := st.Entities(cmd.Context())
		if err != nil {
			return err
		}
		ents := all[:0:0]
		for _, e := range all {
			if entitiesFlags.typ == "" || strings.EqualFold(e.Type, entitiesFlags.typ) {
				ents = append(ents, e)
			}
		}
		if entitiesFlags.format == "json" {
			enc := json.NewEncoder(os.Stdout)
			enc.SetEscapeHTML(false)
			for _, e := range ents {
				if err := enc.Encode(e); err != nil {
					return err
				}
			}
			return nil
		}
		for _, e := range ents {
			fmt.Printf("%s\t%s\t%s\t%d\t%s\n", e.ID, printable(e.Name), orDash(e.Type), e.Mentions, printable(strings.Join(e.Aliases, "; ")))
		}
		return nil
	},
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func init() {
	f := entitiesCmd.Flags()
	f.StringVar(&entitiesFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	f.StringVar(&entitiesFlags.typ, "type", "", "only entities of this type (PERSON, ORG, GPE, LOC, …)")
	f.StringVar(&entitiesFlags.format, "format", "text", "output: text (ID, name, type, mentions, aliases; tab-separated) or json (one object per line)")
	rootCmd.AddCommand(entitiesCmd)
}
