package segment

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // sentences, tokens separated by spaces
	}{
		{"clitics and quotes", "The U.S. President said “we don't know.” Then he left.",
			[]string{"The U.S. President said “ we do n't know . ”", "Then he left ."}},
		{"abbreviations and money", "Mr. Smith's dog cost $1,000.50 (or 5%) in 1910-45.",
			[]string{"Mr. Smith 's dog cost $ 1,000.50 ( or 5 % ) in 1910-45 ."}},
		{"hyphens and dashes", "It was anti-American and al-Ani's co-worker—really... Yes!",
			[]string{"It was anti-American and al - Ani 's co-worker — really ...", "Yes !"}},
		{"names with numbers", "The G-7 and non-G-7 states met over COVID-19 and a 3-year-old plan.",
			[]string{"The G-7 and non-G-7 states met over COVID-19 and a 3 - year - old plan ."}},
		{"acronyms joined by a hyphen", "ABS-CBN reported SARS-CoV-2 cases in US-led tests.",
			[]string{"ABS-CBN reported SARS-CoV-2 cases in US - led tests ."}},
		{"hyphenated given names", "Kim Dae-sung met Lee Jae-myung, Kim Jong-un and Prayuth Chan-o-cha. Jae-in left.",
			[]string{"Kim Dae-sung met Lee Jae-myung , Kim Jong-un and Prayuth Chan-o-cha .", "Jae - in left ."}},
		{"hyphens after names", "The Seoul-based firm, a Trump-era rule and New York-based Acme. Lee Hsien-loong.",
			[]string{"The Seoul - based firm , a Trump - era rule and New York - based Acme .", "Lee Hsien-loong ."}},
		{"editorial insertions", `"[T]he plan," he said, "take[s] time [and] develop[ment]."`,
			[]string{`" [T]he plan , " he said , " take[s] time [ and ] develop[ment] . "`}},
		{"past titles", "A coup removed then-prime-minister Arun Chaiya and ex-President Ola Dahl. Then - what?",
			[]string{"A coup removed then-prime-minister Arun Chaiya and ex-President Ola Dahl .", "Then - what ?"}},
		{"an abbreviation spelt like a word", "It is the mass of the Sun. Roberto Maiolino said so on Sun. Oct. 5 in Boston, Mass.",
			[]string{"It is the mass of the Sun .", "Roberto Maiolino said so on Sun. Oct. 5 in Boston , Mass."}},
		{"headline line", "KISHIDA MEETS YOON\nThe leaders met on Sunday",
			[]string{"KISHIDA MEETS YOON", "The leaders met on Sunday"}},
		{"date line is metadata", "date 2023-05-18\nLee arrived in Japan.",
			[]string{"Lee arrived in Japan ."}},
		{"date line inline", " date 2023-05-18 Lee arrived.", []string{"Lee arrived ."}},
		{"datelines", "Quake kills 40\n\nANKARA, Turkey (AP) — A quake struck.\n\nWASHINGTON, Dec. 5 (Reuters) - Talks ended.\n\nParis (AFP) - It rained.\n\nNEW YORK -- Stocks fell.",
			[]string{"Quake kills 40", "ANKARA , Turkey ( AP ) —", "A quake struck .", "WASHINGTON , Dec. 5 ( Reuters ) -", "Talks ended .", "Paris ( AFP ) -", "It rained .", "NEW YORK --", "Stocks fell ."}},
		{"no datelines", "Paris - the city of light - hosted it.\n\nUS and EU (both members) - not China - agreed. He said: NATO - yes.",
			[]string{"Paris - the city of light - hosted it .", "US and EU ( both members ) - not China - agreed .", "He said : NATO - yes ."}},
		{"url and email", "Mail a@b.com or see www.x.org. The parents' cars can't go.",
			[]string{"Mail a@b.com or see www.x.org .", "The parents ' cars ca n't go ."}},
		{"month abbreviation", "On Jan. 5 it rained. It stopped.",
			[]string{"On Jan. 5 it rained .", "It stopped ."}},
		{"abbreviation at end", "He moved to the U.S. The move was hard.",
			[]string{"He moved to the U.S.", "The move was hard ."}},
		{"wrapped line", "The talks were long and\nproductive, officials said.",
			[]string{"The talks were long and productive , officials said ."}},
		{"paragraphs", "First one\n\nsecond one", []string{"First one", "second one"}},
		{"question and exclamation", "Why? Because! \"Fine,\" she said.",
			[]string{"Why ?", "Because !", "\" Fine , \" she said ."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Split(c.text)
			var have []string
			for _, s := range got {
				var ws []string
				for _, tk := range s.Tokens {
					if c.text[tk.Start:tk.End] != tk.Text {
						t.Errorf("token %q at %d:%d does not match the text", tk.Text, tk.Start, tk.End)
					}
					ws = append(ws, tk.Text)
				}
				have = append(have, strings.Join(ws, " "))
				if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
					t.Errorf("sentence span %d:%d does not cover its tokens", s.Start, s.End)
				}
			}
			if strings.Join(have, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("Split(%q):\n got %q\nwant %q", c.text, have, c.want)
			}
		})
	}
}

func TestSplitCapsLength(t *testing.T) {
	text := strings.Repeat("word ", 1000)
	got := Split(text)
	total := 0
	for _, s := range got {
		if len(s.Tokens) > MaxTokens {
			t.Fatalf("sentence of %d tokens", len(s.Tokens))
		}
		total += len(s.Tokens)
	}
	if total != 1000 {
		t.Errorf("lost tokens: %d of 1000", total)
	}
}

// TestSplitHostile feeds long chunks without spaces; they must come back as
// tokens covering the input (and quickly: the work is linear).
func TestSplitHostile(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("a,", 100000),
		strings.Repeat("x-", 100000),
		strings.Repeat("é.", 50000),
		strings.Repeat("'s", 50000),
		strings.Repeat("\" ", 100000),
		strings.Repeat(") . ", 50000),
	} {
		n := 0
		for _, s := range Split(text) {
			for _, tk := range s.Tokens {
				if text[tk.Start:tk.End] != tk.Text {
					t.Fatalf("token %q does not match its offsets", tk.Text)
				}
				n += len(tk.Text)
			}
		}
		if want := len(strings.ReplaceAll(text, " ", "")); n != want {
			t.Errorf("tokens cover %d of %d non-space bytes", n, want)
		}
	}
}

func TestIsDateline(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"ANKARA , Turkey ( AP ) —", true},
		{"ST. LOUIS ( AP ) —", true},
		{"RIO DE JANEIRO —", true},
		{"SEOUL , Dec. 5 ( Yonhap ) --", true},
		{"London ( Reuters ) -", true},
		{"London -", false},               // a capitalised word and a dash open many sentences
		{"ANKARA Turkey ( AP ) —", false}, // a region after the city only after a comma
		{"The talks ( AP ) —", false},
		{"ANKARA , Turkey ( AP )", false},
		{"( AP ) —", false},
		{"—", false},
	} {
		if got := IsDateline(strings.Fields(c.words)); got != c.want {
			t.Errorf("IsDateline(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}
