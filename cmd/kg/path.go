package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/exporters"
	"github.com/kgraph/kg/exporters/html"
	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var pathFlags struct {
	db         string
	k          int
	undirected bool
	directed   bool
	via        string
	since      string
	format     string
}

var pathCmd = &cobra.Command{
	Use:   "path A B",
	Short: "Show how two entities are connected, with the evidence for each hop",
	Long: `Path finds the shortest chains of facts from entity A to entity B. Entities
are named by any of their aliases, case-insensitively ("Kishida", "president
lee"), or by ID. Each hop shows its relation, its direction, the document and
date it comes from and the sentence that states it.

Facts are followed in their stated direction first; when no such path exists
kg follows them either way and says so (--directed forbids that, --undirected
starts there).`,
	Example: `  kg path Kishida Lee
  kg path -k 3 --undirected "South Korea" Japan
  kg path --via meet --since 2025-01-01 Kishida Lee --format json
  kg path Kishida Lee --format dot | dot -Tsvg > path.svg
  kg path Kishida Lee --format html > path.html`,
	Args: exactArgs(2, "two entities"),
	RunE: func(cmd *cobra.Command, args []string) error {
		switch pathFlags.format {
		case "text", "json", "dot", "html":
		default:
			return withCode(fmt.Errorf("unknown format %q (want text, json, dot or html)", pathFlags.format), ExitUsage)
		}
		if pathFlags.since != "" && !isDate(pathFlags.since) {
			return withCode(fmt.Errorf("--since %q is not a date (YYYY-MM-DD)", pathFlags.since), ExitUsage)
		}
		st, err := openStore(pathFlags.db, graph.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer st.Close()
		opts := graph.PathOptions{K: pathFlags.k, Undirected: pathFlags.undirected, Via: pathFlags.via, Since: pathFlags.since}
		paths, err := st.Paths(cmd.Context(), args[0], args[1], opts)
		if err != nil {
			return err
		}
		either := opts.Undirected
		if len(paths) == 0 && !opts.Undirected && !pathFlags.directed {
			opts.Undirected, either = true, true
			if paths, err = st.Paths(cmd.Context(), args[0], args[1], opts); err != nil {
				return err
			}
		}
		if len(paths) == 0 {
			return fmt.Errorf("no path from %q to %q%s", args[0], args[1], pathFilters())
		}
		switch pathFlags.format {
		case "json":
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(paths)
		case "dot":
			return pathDOT(paths)
		case "html":
			return pathHTML(cmd.Context(), st, paths)
		}
		if either && !pathFlags.undirected {
			fmt.Printf("(no path follows the facts' direction; these follow facts either way)\n")
		}
		for i, p := range paths {
			fmt.Printf("path %d: %d hop%s\n", i+1, len(p.Hops), plural(len(p.Hops)))
			for _, h := range p.Hops {
				arrow := fmt.Sprintf("-[%s]->", printable(h.Relation))
				if !h.Forward {
					arrow = fmt.Sprintf("<-[%s]-", printable(h.Relation))
				}
				fmt.Printf("  %s %s %s\n", printable(h.From.Name), arrow, printable(h.To.Name))
				src := printable(h.DocName)
				if h.Date != "" {
					src += ", " + h.Date
				}
				more := ""
				if h.Support > 1 {
					more = fmt.Sprintf("; %d facts say so", h.Support)
				}
				fmt.Printf("      %q (%s, sentence %d%s)\n", printable(h.Text), src, h.Sentence+1, more)
			}
		}
		return nil
	},
}

func pathFilters() string {
	var f []string
	if pathFlags.via != "" {
		f = append(f, "via "+pathFlags.via)
	}
	if pathFlags.since != "" {
		f = append(f, "since "+pathFlags.since)
	}
	if pathFlags.directed {
		f = append(f, "following facts' direction")
	}
	if len(f) == 0 {
		return ""
	}
	return " (" + strings.Join(f, ", ") + ")"
}

// pathDOT draws the paths with kg's DOT writer, the path highlighted.
func pathDOT(paths []graph.Path) error {
	var hl []string
	seen := map[string]bool{}
	var ents []fact.Entity
	var triples []fact.Triple
	node := func(n graph.Node) {
		if !seen[n.ID] {
			seen[n.ID] = true
			ents = append(ents, fact.Entity{ID: n.ID, Name: n.Name})
		}
	}
	for i, p := range paths {
		for j, h := range p.Hops {
			node(h.From)
			node(h.To)
			if i == 0 {
				if j == 0 {
					hl = append(hl, h.From.ID)
				}
				hl = append(hl, h.To.ID)
			}
			s, o := h.From, h.To
			if !h.Forward {
				s, o = o, s
			}
			triples = append(triples, fact.Triple{Subject: s.Name, SubjectID: s.ID, Relation: h.Relation,
				RelationSurface: h.Relation, Object: o.Name, ObjectID: o.ID, Confidence: h.Confidence,
				Doc: h.Doc, DocName: h.DocName, DocDate: h.Date, Sentence: h.Sentence, Text: h.Text})
		}
	}
	w, err := exporters.NewDOT(os.Stdout, exporters.Options{Highlight: hl})
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := w.Entity(e); err != nil {
			return err
		}
	}
	for _, t := range triples {
		if err := w.Triple(t); err != nil {
			return err
		}
	}
	return w.Close()
}

// pathHTML writes the answer as a self-contained page (the viewer's, with
// the first path highlighted), describing only the entities on the paths.
func pathHTML(ctx context.Context, st *graph.Store, paths []graph.Path) error {
	var ents []fact.Entity
	seen := map[string]bool{}
	for _, p := range paths {
		for _, h := range p.Hops {
			for _, n := range []graph.Node{h.From, h.To} {
				if seen[n.ID] {
					continue
				}
				seen[n.ID] = true
				e, err := st.Lookup(ctx, n.ID)
				if err != nil {
					e = fact.Entity{ID: n.ID, Name: n.Name}
				}
				ents = append(ents, e)
			}
		}
	}
	w := bufio.NewWriter(os.Stdout)
	if err := html.WritePath(w, paths, html.PathOptions{Entities: ents}); err != nil {
		return err
	}
	return w.Flush()
}

// exactArgs is cobra.ExactArgs with kg's usage exit code.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return withCode(fmt.Errorf("want %s, got %d argument%s", what, len(args), plural(len(args))), ExitUsage)
		}
		return nil
	}
}

// printable replaces control characters so stored text cannot drive the
// terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// isDate accepts YYYY-MM-DD.
func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func init() {
	f := pathCmd.Flags()
	f.StringVar(&pathFlags.db, "db", "", "store: a Bolt file path, memory, or postgres://… (default $KG_DB or ./kg.db)")
	f.IntVarP(&pathFlags.k, "k", "k", 1, "number of shortest paths")
	f.BoolVar(&pathFlags.undirected, "undirected", false, "follow facts in either direction")
	f.BoolVar(&pathFlags.directed, "directed", false, "only follow facts in their stated direction")
	f.StringVar(&pathFlags.via, "via", "", "only follow facts with this relation (lemma, e.g. meet)")
	f.StringVar(&pathFlags.since, "since", "", "only use facts from documents dated on or after YYYY-MM-DD")
	f.StringVar(&pathFlags.format, "format", "text", "output: text, json, dot or html (a page with the path highlighted)")
	rootCmd.AddCommand(pathCmd)
}
