package conllu

import (
	"bytes"
	"os"
	"testing"

	"github.com/kgraph/kg/internal/testtools"
)

// FuzzRead: any bytes give sentences or an error, never a panic, and what
// was read writes back to CoNLL-U that reads again to the same sentences.
func FuzzRead(f *testing.F) {
	f.Add([]byte("# text = Hi .\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"))
	f.Add([]byte("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\n"))
	if p := testtools.Root() + "/../shared/nlp/ud-english-ewt/en_ewt-ud-dev.conllu"; fileExists(p) {
		b, _ := os.ReadFile(p)
		f.Add(b[:min(len(b), 4000)])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, sents); err != nil {
			t.Fatalf("write: %v", err)
		}
		again, err := Read(&buf)
		if err != nil {
			t.Fatalf("re-reading written CoNLL-U: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences became %d", len(sents), len(again))
		}
	})
}

// FuzzReadIOB2: any bytes give sentences or an error, never a panic, and
// entity spans stay inside their sentence.
func FuzzReadIOB2(f *testing.F) {
	f.Add([]byte("# id 1\n1\tLee\tB-PER\n2\tmet\tO\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := ReadIOB2(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range sents {
			for _, sp := range Spans(s.Tags) {
				if sp.Start < 0 || sp.End > len(s.Tags) || sp.Start >= sp.End {
					t.Fatalf("span %+v outside %d tags", sp, len(s.Tags))
				}
			}
		}
	})
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
