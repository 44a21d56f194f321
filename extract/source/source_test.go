package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/fact"
)

func readAll(t *testing.T, args []string, opts Options) ([]fact.Doc, []string) {
	t.Helper()
	var docs []fact.Doc
	var errs []string
	err := Read(context.Background(), args, opts, func(d fact.Doc) error {
		docs = append(docs, d)
		return nil
	}, func(e *Error) { errs = append(errs, e.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNewDoc(t *testing.T) {
	for _, c := range []struct {
		name, in, wantText, wantDate, wantTitle string
	}{
		{"date line", "date 2023-05-18\nLee met Ishiba.", "Lee met Ishiba.", "2023-05-18", ""},
		{"date prefix on the first line", " date 2023-05-18 The leaders met.", "The leaders met.", "2023-05-18", ""},
		{"headline", "Leaders meet\n\nLee met Ishiba.", "Leaders meet\n\nLee met Ishiba.", "", "Leaders meet"},
		{"bom and crlf", "\uFEFFA met B.\r\nC met D.", "A met B.\nC met D.", "", ""},
		{"invalid utf-8 and NUL", "A\xffmet\x00B.", "A\uFFFDmet B.", "", ""},
		{"a sentence about dates is text", "dates 2023-05-18 matter.", "dates 2023-05-18 matter.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, ok := NewDoc("x", "", "", c.in, "")
			if !ok {
				t.Fatal("no document")
			}
			if d.Text != c.wantText || d.Date != c.wantDate || d.Title != c.wantTitle {
				t.Errorf("got text %q date %q title %q", d.Text, d.Date, d.Title)
			}
			if d.ID != fact.DocID(d.Text) {
				t.Error("ID is not the content hash")
			}
		})
	}
	if _, ok := NewDoc("x", "", "", " \n\t", ""); ok {
		t.Error("blank text must give no document")
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "Bob met Carol.")
	write(t, dir, "a/a.md", "Alice met Bob.")
	write(t, dir, "c.jsonl", `{"id":"n1","title":"T","date":"2020-01-02T10:00:00Z","text":"Dan met Eve."}
{"id":2,"text":"Eve met Fay."}
not json
{"title":"no text"}
`)
	write(t, dir, "skip.bin", "\x00\x01")
	write(t, dir, "bin.txt", strings.Repeat("\x00\x01\x02", 100))
	write(t, dir, ".hidden/h.txt", "Hidden met Nobody.")
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	docs, errs := readAll(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{Date: "2024-01-01"})
	var names []string
	for _, d := range docs {
		names = append(names, filepath.Base(d.Name)+"|"+d.Date)
	}
	want := "a.md|2024-01-01 b.txt|2024-01-01 c.jsonl#n1|2020-01-02 c.jsonl#2|2024-01-01"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("docs = %s, want %s", got, want)
	}
	joined := strings.Join(errs, "\n")
	for _, w := range []string{"bin.txt: binary file", "c.jsonl:3: not a JSON object", `c.jsonl:4: no "text" field`, "missing.txt: no such file"} {
		if !strings.Contains(joined, w) {
			t.Errorf("errors lack %q:\n%s", w, joined)
		}
	}
}

func TestReadStdinJSONL(t *testing.T) {
	docs, errs := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(`{"text":"A met B."}` + "\n")})
	if len(docs) != 1 || len(errs) != 0 || docs[0].Text != "A met B." {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", "x")
	os.Chmod(p, 0)
	_, errs := readAll(t, []string{dir}, Options{})
	if len(errs) != 1 || !strings.Contains(errs[0], "secret.txt: permission denied") {
		t.Fatalf("errs = %v", errs)
	}
}
