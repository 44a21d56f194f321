package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/kgraph/kg/exporters/html"
	"github.com/kgraph/kg/graph"
	"github.com/spf13/cobra"
)

var viewFlags struct {
	db, out, serve, title, rank string
}

var viewCmd = &cobra.Command{
	Use:   "view",
	Short: "Write the graph as one interactive HTML page, or serve it on loopback",
	Long: `View writes the whole graph as one self-contained HTML page (no network
needed to open it): entities coloured by type and sized by rank (PageRank
unless --rank says otherwise), relations as labelled arrows, a search box
for any alias, a side panel with each fact's evidence sentence, source and
date, a shortest-path form and filters by document, date and relation.
Large graphs are laid out by community and drawn biggest entities first;
search, panel and paths still cover all of it. With --serve it serves the
page on a loopback address instead (never on the network) until
interrupted.`,
	Example: `  kg view -o graph.html
  kg view --db news.db -o news.html
  kg view --serve 127.0.0.1:8080`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		if !slices.Contains(graph.RankMethods, viewFlags.rank) {
			return withCode(fmt.Errorf("--rank %q: want one of %s", viewFlags.rank, strings.Join(graph.RankMethods, ", ")), ExitUsage)
		}
		if viewFlags.serve != "" {
			if _, err := html.LoopbackAddr(viewFlags.serve); err != nil {
				return withCode(err, ExitUsage)
			}
		}
		st, err := openFilled(cmd.Context(), viewFlags.db)
		if err != nil {
			return err
		}
		defer st.Close()
		title := viewFlags.title
		if title == "" {
			title = "kg: " + filepath.Base(storeName(viewFlags.db))
		}
		// Communities are left to the page: it clusters what it draws
		// (leaves hang off their node), so colours match the layout.
		opts := html.Options{Title: title, Rank: map[string]float64{}}
		scores, err := st.Rank(cmd.Context(), viewFlags.rank, 0)
		if err != nil {
			return err
		}
		for _, s := range scores {
			opts.Rank[s.ID] = s.Score
		}
		var page bytes.Buffer
		w := html.New(&page, opts)
		if err := st.Read(cmd.Context(), w); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		if err := st.Close(); err != nil {
			return err
		}
		if viewFlags.serve != "" {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return html.Serve(ctx, viewFlags.serve, page.Bytes(), func(url string) {
				fmt.Fprintf(cmd.OutOrStdout(), "serving %s (Ctrl-C stops)\n", url)
			})
		}
		return writeAtomic(viewFlags.out, cmd.OutOrStdout(), func(w io.Writer) error {
			_, err := w.Write(page.Bytes())
			return err
		})
	},
}

func init() {
	f := viewCmd.Flags()
	f.StringVar(&viewFlags.db, "db", "", "graph store (default $KG_DB or kg.db)")
	f.StringVarP(&viewFlags.out, "output", "o", "graph.html", `page to write ("-" for standard output)`)
	f.StringVar(&viewFlags.serve, "serve", "", "serve the page on this loopback HOST:PORT instead of writing it")
	f.StringVar(&viewFlags.title, "title", "", "page title (default: the store's name)")
	f.StringVar(&viewFlags.rank, "rank", "pagerank", "size entities by "+strings.Join(graph.RankMethods, ", "))
	rootCmd.AddCommand(viewCmd)
}
