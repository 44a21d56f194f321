package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"

	"github.com/kgraph/kg/exporters"
	"github.com/kgraph/kg/fact"
	"github.com/spf13/cobra"
)

var renderFlags struct {
	db, out, cluster, layout, format string
	analytics                        bool
}

// graphvizHelp says how to get Graphviz; render prints it when dot is missing.
const graphvizHelp = "Graphviz is not installed (kg render needs its `dot` program): install it with `sudo apt-get install graphviz` (Debian/Ubuntu), `sudo dnf install graphviz` (Fedora), `brew install graphviz` (macOS) or from https://graphviz.org/download/, or run `kg export --format dot` and render the file elsewhere"

var renderCmd = &cobra.Command{
	Use:   "render",
	Short: "Draw the graph as SVG (or PNG/PDF) with Graphviz",
	Long: `Render writes the DOT export (see kg export --format dot) through Graphviz's
layout programs into an SVG picture (PNG or PDF with --format). Graphviz must
be installed; when it is not, render says how to install it. Warnings from
Graphviz are passed on to standard error. A graph of more than 1500
entities is drawn with the sfdp layout (overlap=prism) unless --layout or
--cluster is given. --analytics fills nodes by community
and sizes them by PageRank (as kg export --analytics does).`,
	Example: `  kg render -o graph.svg
  kg render --cluster doc -o by-document.svg
  kg render --layout sfdp --format png -o big.png
  kg render --analytics -o communities.svg`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		f := renderFlags
		if !slices.Contains([]string{"svg", "png", "pdf"}, f.format) {
			return withCode(fmt.Errorf("unknown format %q (want svg, png or pdf)", f.format), ExitUsage)
		}
		if !slices.Contains([]string{"dot", "neato", "fdp", "sfdp", "circo", "twopi"}, f.layout) {
			return withCode(fmt.Errorf("unknown layout %q (want dot, neato, fdp, sfdp, circo or twopi)", f.layout), ExitUsage)
		}
		if f.cluster != "" && f.cluster != "doc" {
			return withCode(fmt.Errorf("unknown cluster mode %q (want doc)", f.cluster), ExitUsage)
		}
		dotPath, err := exec.LookPath("dot")
		if err != nil {
			return errors.New(graphvizHelp)
		}
		st, err := openFilled(cmd.Context(), f.db)
		if err != nil {
			return err
		}
		defer st.Close()
		var src bytes.Buffer
		opts := exporters.Options{Cluster: f.cluster}
		if f.analytics {
			if opts.Scores, err = exportScores(cmd.Context(), st); err != nil {
				return err
			}
		}
		dw, err := exporters.NewDOT(&src, opts)
		if err != nil {
			return err
		}
		w := &entityCounter{Writer: dw}
		if err := st.Read(cmd.Context(), w); err != nil {
			return err
		}
		layout, args := f.layout, []string(nil)
		if w.n > exporters.DOTLargeGraph && !cmd.Flags().Changed("layout") && f.cluster == "" {
			// The DOT writer packs a large graph's components apart, which
			// dot lays out quickly while no component is large (the
			// Wikinews corpus: 20,000 nodes in 25 CPU-s); sfdp stays fast
			// whatever the graph's shape. overlap=prism keeps labels
			// readable (sfdp lets nodes overlap by default). Clusters need
			// dot.
			layout, args = "sfdp", []string{"-Goverlap=prism"}
			fmt.Fprintf(cmd.ErrOrStderr(), "kg: %d entities: using the sfdp layout (--layout dot forces the default)\n", w.n)
		}
		if err := w.Close(); err != nil {
			return err
		}
		if err := st.Close(); err != nil {
			return err
		}
		return writeAtomic(f.out, cmd.OutOrStdout(), func(out io.Writer) error {
			gv := exec.CommandContext(cmd.Context(), dotPath, append(args, "-K"+layout, "-T"+f.format)...)
			var stderr bytes.Buffer
			gv.Stdin, gv.Stdout, gv.Stderr = &src, out, &stderr
			err := gv.Run()
			msg := strings.TrimSpace(stderr.String())
			if err != nil {
				if msg == "" {
					msg = err.Error()
				}
				return fmt.Errorf("graphviz %s failed: %s", layout, oneLine(msg))
			}
			if msg != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "kg: graphviz: %s\n", oneLine(msg))
			}
			return nil
		})
	},
}

// entityCounter counts entities on their way to the DOT writer.
type entityCounter struct {
	exporters.Writer
	n int
}

func (c *entityCounter) Entity(e fact.Entity) error {
	c.n++
	return c.Writer.Entity(e)
}

func init() {
	f := renderCmd.Flags()
	f.StringVar(&renderFlags.db, "db", "", "graph store (default $KG_DB or kg.db)")
	f.StringVarP(&renderFlags.out, "output", "o", "graph.svg", `file to write ("-" for standard output)`)
	f.StringVar(&renderFlags.format, "format", "svg", "svg, png or pdf")
	f.StringVar(&renderFlags.layout, "layout", "dot", "Graphviz layout: dot, neato, fdp, sfdp, circo or twopi")
	f.StringVar(&renderFlags.cluster, "cluster", "", `"doc" groups nodes by source document`)
	f.BoolVar(&renderFlags.analytics, "analytics", false, "fill nodes by community and size them by PageRank")
	rootCmd.AddCommand(renderCmd)
}
