package main

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

// TestParseWritesCoNLLU runs kg parse on text and reads the output back as
// CoNLL-U: one root per sentence, heads inside the sentence, entity tags in MISC.
func TestParseWritesCoNLLU(t *testing.T) {
	text := "date 2023-05-18\nJapanese Prime Minister Fumio Kishida met Yoon Suk Yeol in Hiroshima on Sunday. They didn't sign a deal.\n"
	r := runKG(t, "", []byte(text), "parse", "-")
	if r.code != 0 {
		t.Fatalf("kg parse: exit %d: %s", r.code, r.stderr)
	}
	sents, err := conllu.Read(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, r.stdout)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2 (the date line is metadata):\n%s", len(sents), r.stdout)
	}
	for _, s := range sents {
		roots := 0
		for _, w := range s.Words {
			if w.Head == 0 {
				roots++
			}
			if !strings.Contains(w.Misc, "NER=") || w.UPOS == "" || w.Lemma == "" || w.DepRel == "" {
				t.Errorf("incomplete word %+v", w)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %q has %d roots", s.Text(), roots)
		}
	}
	if got := strings.Join(sents[1].Forms(), " "); got != "They did n't sign a deal ." {
		t.Errorf("tokens %q, want EWT-style clitics", got)
	}
}

// TestParseKeepsGivenTokens checks --input conllu keeps columns 1-2 and comments.
func TestParseKeepsGivenTokens(t *testing.T) {
	in := "# sent_id = x1\n# text = New York is big.\n1\tNew\t_\t_\t_\t_\t_\t_\t_\t_\n2\tYork\t_\t_\t_\t_\t_\t_\t_\t_\n3\tis\t_\t_\t_\t_\t_\t_\t_\t_\n4\tbig.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	r := runKG(t, "", []byte(in), "parse", "--input", "conllu")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sents, err := conllu.Read(strings.NewReader(r.stdout))
	if err != nil || len(sents) != 1 {
		t.Fatalf("bad output (%v):\n%s", err, r.stdout)
	}
	if got := strings.Join(sents[0].Forms(), " "); got != "New York is big." || sents[0].ID() != "x1" {
		t.Errorf("forms %q id %q, want the input's", got, sents[0].ID())
	}
	if w := sents[0].Words[2]; w.Lemma != "be" {
		t.Errorf("is: %+v", w)
	}
}

// TestParseAndEvalErrors checks bad input gives one line naming the file.
func TestParseAndEvalErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		in   string
		code int
		want string
	}{
		{[]string{"parse", "--input", "xml"}, "", ExitUsage, "--input"},
		{[]string{"parse", "a.txt", "b.txt"}, "", ExitUsage, "at most one"},
		{[]string{"eval", "ud"}, "", ExitUsage, "CoNLL-U"},
		{[]string{"eval", "ner", "a", "b"}, "", ExitUsage, "IOB2"},
		{[]string{"parse", "no-such-file.txt"}, "", ExitFailure, "no-such-file.txt"},
		{[]string{"parse", "--input", "conllu", "-"}, "1\tbad line\n", ExitFailure, "line 1"},
		{[]string{"eval", "ud", "-"}, "just text\n", ExitFailure, "columns"},
		{[]string{"eval", "ner", "-"}, "1\tParis\n", ExitFailure, "TAG"},
		{[]string{"eval", "ner", "-"}, "1\tParis\tX-LOC\n", ExitFailure, "X-LOC"},
		{[]string{"parse", "-"}, "\xff\xfe\x00", ExitFailure, "UTF-8"},
	} {
		r := runKG(t, "", []byte(c.in), c.args...)
		if r.code != c.code || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("kg %v: exit %d, stderr %q; want exit %d and one line containing %q", c.args, r.code, r.stderr, c.code, c.want)
		}
	}
}

// TestEvalUD scores a small gold treebank: the figures must be printed and
// plausible (a broken pipeline scores far lower).
func TestEvalUD(t *testing.T) {
	r := runKG(t, "", nil, "eval", "ud", "../../extract/nlp/testdata/tiny-ewt.conllu")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"UPOS", "XPOS", "lemma", "UAS", "LAS", "tokens/s"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %s:\n%s", want, r.stdout)
		}
	}
	r = runKG(t, "", nil, "eval", "ner", "../../extract/nlp/testdata/tiny-uner.iob2")
	if r.code != 0 || !strings.Contains(r.stdout, "F1") {
		t.Fatalf("eval ner: exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
}
