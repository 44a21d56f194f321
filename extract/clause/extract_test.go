package clause

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
)

// sentence builds a parsed sentence from hand-written gold parses, one
// token a line: form lemma UPOS XPOS head(1-based, 0 = root) deprel NER.
// Tests of the clause rules then do not depend on a trained model.
func sentence(t *testing.T, rows string) *nlp.Sentence {
	t.Helper()
	s := &nlp.Sentence{}
	var words []string
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) != 7 {
			t.Fatalf("bad row %q", line)
		}
		head, err := strconv.Atoi(f[4])
		if err != nil {
			t.Fatalf("bad head in %q", line)
		}
		start := len(strings.Join(words, " "))
		if len(words) > 0 {
			start++
		}
		words = append(words, f[0])
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: head - 1, DepRel: f[5], NER: f[6], Start: start, End: start + len(f[0])})
	}
	s.Text = strings.Join(words, " ")
	s.End = len(s.Text)
	return s
}

func render(x Extraction) string {
	out := fmt.Sprintf("%s | %s | %s", x.Subject.Text, x.Rel, x.Object.Text)
	if x.Negated {
		out += " | neg"
	}
	if x.Modality != "" {
		out += " | " + x.Modality
	}
	if !x.Attribution.Empty() {
		out += " | attr=" + x.Attribution.Text
	}
	return out
}

func TestExtract(t *testing.T) {
	for _, c := range []struct {
		name, rows string
		want       []string
	}{
		{"svo with time", `
Anna Anna PROPN NNP 3 nsubj B-PER
Berg Berg PROPN NNP 1 flat I-PER
met meet VERB VBD 0 root O
Olaf Olaf PROPN NNP 3 obj B-PER
on on ADP IN 6 case O
Monday Monday PROPN NNP 3 obl O
. . PUNCT . 3 punct O`, []string{"Anna Berg | meet | Olaf"}},
		{"passive turned active", `
Norway Norway PROPN NNP 3 nsubj:pass B-LOC
was be AUX VBD 3 aux:pass O
invited invite VERB VBN 0 root O
by by ADP IN 5 case O
Sweden Sweden PROPN NNP 3 obl:agent B-LOC
. . PUNCT . 3 punct O`, []string{"Sweden | invite | Norway"}},
		{"coordinated subjects share the predicate", `
Peru Peru PROPN NNP 4 nsubj B-LOC
and and CCONJ CC 3 cc O
Chile Chile PROPN NNP 1 conj B-LOC
signed sign VERB VBD 0 root O
the the DET DT 6 det O
accord accord NOUN NN 4 obj O
. . PUNCT . 4 punct O`, []string{"Peru | sign | the accord", "Chile | sign | the accord"}},
		{"copula, negation and the noun's preposition", `
Brazil Brazil PROPN NNP 5 nsubj B-LOC
is be AUX VBZ 5 cop O
not not PART RB 5 advmod O
a a DET DT 5 det O
member member NOUN NN 0 root O
of of ADP IN 8 case O
the the DET DT 8 det O
alliance alliance NOUN NN 5 nmod O
. . PUNCT . 5 punct O`, []string{"Brazil | be member of | the alliance | neg"}},
		{"copula with a prepositional predicate: the preposition once", `
The the DET DT 2 det O
talks talk NOUN NNS 5 nsubj O
were be AUX VBD 5 cop O
in in ADP IN 5 case O
Tokyo Tokyo PROPN NNP 0 root B-LOC
. . PUNCT . 5 punct O`, []string{"The talks | be in | Tokyo"}},
		{"two subjects of one verb: the one nearest the verb", `
Korean Korean PROPN NNP 4 nsubj O
President President PROPN NNP 3 nmod:desc O
Lee Lee PROPN NNP 4 nsubj B-PER
arrived arrive VERB VBD 0 root O
in in ADP IN 6 case O
Japan Japan PROPN NNP 4 obl B-LOC
. . PUNCT . 4 punct O`, []string{"Lee | arrive in | Japan"}},
		{"modal and prepositional object", `
The the DET DT 2 det O
minister minister NOUN NN 4 nsubj O
will will AUX MD 4 aux O
arrive arrive VERB VB 0 root O
in in ADP IN 6 case O
Lima Lima PROPN NNP 4 obl B-LOC
. . PUNCT . 4 punct O`, []string{"The minister | arrive in | Lima | will"}},
		{"reported speech gives the inner fact an attribution", `
Maria Maria PROPN NNP 2 nsubj B-PER
said say VERB VBD 0 root O
the the DET DT 4 det O
company company NOUN NN 5 nsubj O
opened open VERB VBD 2 ccomp O
a a DET DT 7 det O
factory factory NOUN NN 5 obj O
. . PUNCT . 2 punct O`, []string{"the company | open | a factory | attr=Maria"}},
		{"relative clause subject", `
The the DET DT 2 det O
board board NOUN NN 3 nsubj O
thanked thank VERB VBD 0 root O
Maria Maria PROPN NNP 3 obj B-PER
, , PUNCT , 6 punct O
who who PRON WP 7 nsubj O
founded found VERB VBD 4 acl:relcl O
the the DET DT 9 det O
company company NOUN NN 7 obj O
. . PUNCT . 3 punct O`, []string{"The board | thank | Maria", "Maria | found | the company"}},
		{"title with a demonym", `
French French ADJ JJ 4 amod B-MISC
President President PROPN NNP 4 compound O
Paul Paul PROPN NNP 6 nsubj B-PER
Girard Girard PROPN NNP 3 flat I-PER
visited visit VERB VBD 0 root O
Berlin Berlin PROPN NNP 5 obj B-LOC
. . PUNCT . 5 punct O`, []string{"Paul Girard | president of | France"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := sentence(t, c.rows)
			var got []string
			for _, x := range Extract(s) {
				got = append(got, render(x))
				if x.Confidence <= 0 || x.Confidence > 1 {
					t.Errorf("confidence %v for %s", x.Confidence, render(x))
				}
				for _, a := range []Arg{x.Subject, x.Object} {
					for _, i := range a.Tokens {
						if i < 0 || i >= len(s.Tokens) {
							t.Errorf("token %d outside the sentence in %s", i, render(x))
						}
					}
				}
			}
			for _, w := range c.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("want %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestExtractEmpty checks degenerate input: no tokens, a lone word, a
// verb without arguments.
func TestExtractEmpty(t *testing.T) {
	if xs := Extract(&nlp.Sentence{}); len(xs) != 0 {
		t.Errorf("empty sentence: %v", xs)
	}
	s := sentence(t, `
Stop stop VERB VB 0 root O
. . PUNCT . 1 punct O`)
	if xs := Extract(s); len(xs) != 0 {
		t.Errorf("no arguments: %v", xs)
	}
}

// TestSplitsWord: an argument may not begin or end inside a hyphenated
// lower-case word ("face-to-face"); a hyphen between names is a boundary
// ("Canadian-US scientist James Peebles").
func TestSplitsWord(t *testing.T) {
	text := "the second face-to-face meeting of Canadian-US scientists"
	s := &nlp.Sentence{Text: text, End: len(text)}
	for _, w := range strings.Fields(text) {
		for _, part := range splitHyphens(w) {
			start := strings.Index(text[tokenEnd(s):], part) + tokenEnd(s)
			x := ""
			if part == "-" {
				x = "HYPH"
			}
			s.Tokens = append(s.Tokens, nlp.Token{Text: part, XPOS: x, Start: start, End: start + len(part)})
		}
	}
	// the(0) second(1) face(2) -(3) to(4) -(5) face(6) meeting(7) of(8) Canadian(9) -(10) US(11) scientists(12)
	for _, c := range []struct {
		toks []int
		want bool
	}{
		{[]int{0, 1, 2}, true}, // "the second face"
		{[]int{6, 7}, true},    // "face meeting"
		{[]int{0, 1, 2, 3, 4, 5, 6, 7}, false},
		{[]int{11, 12}, false}, // "US scientists"
		{[]int{9}, false},      // "Canadian"
	} {
		if got := splitsWord(s, Arg{Tokens: c.toks}); got != c.want {
			t.Errorf("splitsWord(%v) = %v, want %v", c.toks, got, c.want)
		}
	}
}

func splitHyphens(w string) []string {
	var out []string
	for i, p := range strings.Split(w, "-") {
		if i > 0 {
			out = append(out, "-")
		}
		out = append(out, p)
	}
	return out
}

func tokenEnd(s *nlp.Sentence) int {
	if len(s.Tokens) == 0 {
		return 0
	}
	return s.Tokens[len(s.Tokens)-1].End
}
