package carb

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Extraction is one tuple: a relation with its arguments, found in (or
// annotated for) a sentence, with the system's confidence.
type Extraction struct {
	Sentence   string
	Confidence float64
	Rel        string
	Args       []string
}

// Format names a file layout.
type Format string

// The formats Read understands.
const (
	Tab      Format = "tab"     // CaRB's: sentence⇥confidence⇥relation⇥arg1⇥arg2…
	Gold     Format = "gold"    // CaRB's gold: sentence⇥relation⇥arg1⇥arg2…
	OpenIE4  Format = "openie4" // confidence⇥context⇥SimpleArgument(…)⇥Relation(…)⇥SimpleArgument(…)⇥sentence
	ClausIE  Format = "clausie" // a sentence line, then index⇥"arg1"⇥"rel"⇥"arg2"⇥confidence lines
	ReVerb   Format = "reverb"  // ReVerb's 18-column output
	PropS    Format = "props"   // confidence⇥sentence⇥relation⇥role⇥arg…
	OpenIE5  Format = "openie5" // same layout as OpenIE-4
	AutoFmt  Format = ""        // guess from the first line
	maxLineB        = 1 << 20
)

// Read parses extractions in the given format. Malformed lines are
// reported with their line number.
func Read(r io.Reader, f Format) ([]Extraction, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLineB)
	var out []Extraction
	var clausieSent string
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if f == AutoFmt {
			f = guess(raw)
		}
		// CaRB's readers strip the line before splitting, so trailing empty
		// fields vanish.
		data := strings.Split(strings.TrimSpace(raw), "\t")
		bad := func(why string) error { return fmt.Errorf("line %d: %s", n, why) }
		switch f {
		case Tab:
			if len(data) < 3 {
				return nil, bad("want sentence, confidence, relation and arguments separated by tabs")
			}
			c, err := strconv.ParseFloat(strings.TrimSpace(data[1]), 64)
			if err != nil {
				return nil, bad(fmt.Sprintf("confidence %q is not a number", data[1]))
			}
			out = append(out, Extraction{Sentence: data[0], Confidence: c, Rel: data[2], Args: data[3:]})
		case Gold:
			if len(data) < 2 {
				return nil, bad("want sentence, relation and arguments separated by tabs")
			}
			x := Extraction{Sentence: strings.TrimSpace(data[0]), Confidence: 1, Rel: strings.TrimSpace(data[1])}
			for _, a := range data[2:] {
				if strings.Contains(a, "C: ") {
					continue // context, not an argument
				}
				x.Args = append(x.Args, strings.TrimSpace(a))
			}
			out = append(out, x)
		case OpenIE4, OpenIE5:
			if len(data) < 6 {
				return nil, bad("want 6 tab-separated OpenIE-4 fields")
			}
			if data[2] == "" || data[3] == "" || data[4] == "" {
				continue // CaRB skips extractions with an empty part
			}
			c, err := strconv.ParseFloat(data[0], 64)
			if err != nil {
				return nil, bad(fmt.Sprintf("confidence %q is not a number", data[0]))
			}
			var parts [3]string
			for i, s := range data[2:5] {
				lo, hi := strings.Index(s, "("), strings.Index(s, ",List(")
				if lo < 0 || hi < lo {
					return nil, bad(fmt.Sprintf("field %q is not Name(text,List(...))", s))
				}
				parts[i] = s[lo+1 : hi]
			}
			args := []string{parts[0], parts[2]}
			if f == OpenIE5 {
				// OpenIE-5 lists several second arguments, "; "-separated.
				args = args[:1]
				for _, s := range strings.Split(data[4], "; ") {
					lo, hi := strings.Index(s, "("), strings.LastIndex(s, ",List(")
					if lo >= 0 && hi > lo {
						args = append(args, s[lo+1:hi])
					}
				}
			}
			out = append(out, Extraction{Sentence: data[5], Confidence: c, Rel: parts[1], Args: args})
		case ClausIE:
			switch len(data) {
			case 1:
				clausieSent = data[0]
			case 5:
				c, err := strconv.ParseFloat(data[4], 64)
				if err != nil {
					return nil, bad(fmt.Sprintf("confidence %q is not a number", data[4]))
				}
				unq := func(s string) string {
					if len(s) >= 2 {
						return s[1 : len(s)-1]
					}
					return ""
				}
				out = append(out, Extraction{Sentence: clausieSent, Confidence: c, Rel: unq(data[2]), Args: []string{unq(data[1]), unq(data[3])}})
			}
		case ReVerb:
			if len(data) < 13 {
				return nil, bad("want ReVerb's tab-separated columns")
			}
			c, err := strconv.ParseFloat(data[11], 64)
			if err != nil {
				return nil, bad(fmt.Sprintf("confidence %q is not a number", data[11]))
			}
			out = append(out, Extraction{Sentence: data[12], Confidence: c, Rel: data[3], Args: []string{data[2], data[4]}})
		case PropS:
			if len(data) < 3 {
				return nil, bad("want PropS's tab-separated columns")
			}
			c, err := strconv.ParseFloat(data[0], 64)
			if err != nil {
				return nil, bad(fmt.Sprintf("confidence %q is not a number", data[0]))
			}
			x := Extraction{Sentence: data[1], Confidence: c, Rel: data[2]}
			for i := 4; i < len(data); i += 2 {
				x.Args = append(x.Args, data[i])
			}
			out = append(out, x)
		default:
			return nil, fmt.Errorf("unknown format %q", f)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return out, nil
}

func guess(line string) Format {
	d := strings.Split(strings.TrimSpace(line), "\t")
	switch {
	case len(d) >= 6 && strings.HasPrefix(d[2], "SimpleArgument("):
		return OpenIE4
	case len(d) == 1:
		return ClausIE
	case len(d) >= 13 && strings.HasPrefix(d[0], "/"):
		return ReVerb
	}
	if len(d) >= 3 {
		if _, err := strconv.ParseFloat(d[1], 64); err == nil {
			return Tab
		}
		if _, err := strconv.ParseFloat(d[0], 64); err == nil {
			return PropS
		}
	}
	return Gold
}
