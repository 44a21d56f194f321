package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kgraph/kg/fact"
	"github.com/kgraph/kg/internal/testtools"
)

// FuzzRead feeds arbitrary bytes through the reader as text and as JSON
// Lines: it must never panic, and every document must be valid UTF-8 with
// a content-hash ID and a well-formed date.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"date 2023-05-18\nLee met Ishiba.", "\xef\xbb\xbfA\r\nB\x00", `{"text":"A met B.","date":"2020-01-02"}`} {
		f.Add([]byte(s))
	}
	if seeds, err := filepath.Glob(filepath.Join(testtools.Root(), "seeds", "*.txt")); err == nil {
		for _, p := range seeds {
			b, _ := os.ReadFile(p)
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.txt", "in.jsonl"} {
			err := readStream(name, strings.NewReader(string(data)), Options{}, func(d fact.Doc) error {
				if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, 0) || strings.Contains(d.Text, "\r") {
					t.Fatalf("unclean text %q", d.Text)
				}
				if d.ID != fact.DocID(d.Text) {
					t.Fatal("ID is not the content hash")
				}
				if d.Date != "" && !ValidDate(d.Date) {
					t.Fatalf("bad date %q", d.Date)
				}
				return nil
			}, func(*Error) {})
			if err != nil {
				t.Fatal(err)
			}
		}
	})
}
