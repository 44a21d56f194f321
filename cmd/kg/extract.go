package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/spf13/cobra"
)

var extractFlags struct {
	input  inputFlags
	format string
}

var extractCmd = &cobra.Command{
	Use:   "extract [FILE|DIR|-]...",
	Short: "Print the triples found in text (stores nothing)",
	Long: `Extract reads text files, directories (recursively: *.txt, *.md, and *.jsonl
with a "text" field) or standard input ("-", the default) and prints one
triple per line, as JSON objects (jsonl) or tab-separated values (tsv).
With --format docs it writes one JSON object per document instead: the
document (content hash, name, title, date), its sentence count, triples and
entities. kg build --extracted stores such a file without parsing again.`,
	Example: `  kg extract seeds/
  echo "Lee Jae-myung met Shigeru Ishiba in Tokyo." | kg extract --format tsv
  kg extract --date 2025-08-23 article.txt
  kg extract --format docs corpus/ > corpus.docs.jsonl && kg build --extracted corpus.docs.jsonl`,
	RunE: func(cmd *cobra.Command, args []string) error {
		var write func(extract.DocResult) error
		out := bufio.NewWriterSize(os.Stdout, 64<<10)
		defer out.Flush()
		switch extractFlags.format {
		case "jsonl":
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			write = func(r extract.DocResult) error {
				for _, t := range r.Triples {
					if err := enc.Encode(t); err != nil {
						return err
					}
				}
				return nil
			}
		case "docs":
			write = func(r extract.DocResult) error { return extract.WriteResult(out, r) }
		case "tsv":
			fmt.Fprintln(out, "doc\tsentence\tsubject\trelation\tobject\tnegated\tmodality\tattribution\tconfidence")
			write = func(r extract.DocResult) error {
				for _, t := range r.Triples {
					_, err := fmt.Fprintf(out, "%s\t%d\t%s\t%s\t%s\t%t\t%s\t%s\t%.3f\n", tsv(r.Doc.Name), t.Sentence,
						tsv(t.Subject), tsv(t.Relation), tsv(t.Object), t.Negated, tsv(t.Modality), tsv(t.Attribution), t.Confidence)
					if err != nil {
						return err
					}
				}
				return nil
			}
		default:
			return withCode(fmt.Errorf("unknown format %q (want jsonl, tsv or docs)", extractFlags.format), ExitUsage)
		}
		_, err := runExtraction(cmd.Context(), args, extractFlags.input, nil, write)
		return err
	},
}

// tsv keeps a value on one cell: tabs and line breaks become spaces.
func tsv(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func init() {
	extractCmd.Flags().StringVar(&extractFlags.format, "format", "jsonl", "output format: jsonl (one triple per line), tsv, or docs (one document per line with its triples and entities, for kg build --extracted)")
	extractFlags.input.register(extractCmd)
	rootCmd.AddCommand(extractCmd)
}
