package benchie

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Triple is one extraction of a sentence.
type Triple struct {
	Sentence       int
	Subj, Rel, Obj string
}

// Gold holds the fact synsets of each sentence, by sentence id.
type Gold map[int][][]pattern

// pattern is one variant of a fact: three slots, each a list of word
// groups, some optional.
type pattern [3][]group

// group is a word or a bracketed run of words that may be left out as one.
type group struct {
	words    []string
	optional bool
}

// ReadGold parses BenchIE's annotation file.
func ReadGold(r io.Reader) (Gold, error) {
	g := Gold{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	sent, cluster := -1, -1
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case strings.HasPrefix(line, "sent_id:"):
			id, err := strconv.Atoi(strings.TrimPrefix(strings.SplitN(line, "\t", 2)[0], "sent_id:"))
			if err != nil {
				return nil, fmt.Errorf("line %d: bad sentence id", n)
			}
			sent, cluster = id, -1
		case strings.Contains(line, "-->Cluster") || strings.Contains(line, "--> Cluster"):
			if sent < 0 {
				return nil, fmt.Errorf("line %d: cluster before any sentence", n)
			}
			g[sent] = append(g[sent], nil)
			cluster = len(g[sent]) - 1
		default:
			parts := strings.Split(line, " --> ")
			if len(parts) != 3 || cluster < 0 {
				return nil, fmt.Errorf("line %d: want subject --> relation --> object inside a cluster", n)
			}
			var p pattern
			for i, s := range parts {
				p[i] = parseSlot(s)
			}
			g[sent][cluster] = append(g[sent][cluster], p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return g, nil
}

// parseSlot reads "[the] [first] Prime Minister [of Australia]": each
// bracketed run may be left out as a whole.
func parseSlot(s string) []group {
	var out []group
	in := false
	for _, w := range strings.Fields(strings.ToLower(s)) {
		open := strings.HasPrefix(w, "[") && len(w) > 1 && !in
		if open {
			in = true
			w = w[1:]
			out = append(out, group{optional: true})
		}
		closing := in && strings.HasSuffix(w, "]") && len(w) > 1
		if closing {
			w = w[:len(w)-1]
		}
		if in {
			out[len(out)-1].words = append(out[len(out)-1].words, w)
		} else {
			out = append(out, group{words: []string{w}})
		}
		if closing {
			in = false
		}
	}
	return out
}

// ReadTriples parses extractions: sentence id⇥subject⇥relation⇥object.
func ReadTriples(r io.Reader) ([]Triple, error) {
	var out []Triple
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("line %d: want sentence id, subject, relation, object separated by tabs", n)
		}
		id, err := strconv.Atoi(strings.TrimSpace(f[0]))
		if err != nil {
			return nil, fmt.Errorf("line %d: sentence id %q is not a number", n, f[0])
		}
		out = append(out, Triple{id, f[1], f[2], strings.Join(f[3:], " ")})
	}
	return out, sc.Err()
}

// slotMatches reports whether words equal the slot with some of its
// optional groups left out.
func slotMatches(slot []group, words []string) bool {
	memo := map[[2]int]bool{}
	var walk func(i, j int) bool
	walk = func(i, j int) bool {
		if i == len(slot) {
			return j == len(words)
		}
		k := [2]int{i, j}
		if v, ok := memo[k]; ok {
			return v
		}
		g := slot[i]
		v := false
		if j+len(g.words) <= len(words) {
			v = true
			for n, w := range g.words {
				if words[j+n] != w {
					v = false
					break
				}
			}
			v = v && walk(i+1, j+len(g.words))
		}
		if !v && g.optional {
			v = walk(i+1, j)
		}
		memo[k] = v
		return v
	}
	return walk(0, 0)
}

func fields(s string) []string { return strings.Fields(strings.ToLower(s)) }

// Result is a BenchIE score.
type Result struct {
	Precision, Recall, F1 float64
	Extractions, Correct  int
	Facts, Found          int
}

// Score counts an extraction correct when it matches any variant of any
// fact of its sentence, and a fact found when any extraction matches it.
// Sentences missing from the gold are ignored.
func Score(g Gold, sys []Triple) Result {
	var r Result
	found := map[[2]int]bool{}
	for _, t := range sys {
		facts, ok := g[t.Sentence]
		if !ok {
			continue
		}
		r.Extractions++
		s, rel, o := fields(t.Subj), fields(t.Rel), fields(t.Obj)
		hit := false
		for ci, c := range facts {
			for _, p := range c {
				if slotMatches(p[0], s) && slotMatches(p[1], rel) && slotMatches(p[2], o) {
					hit = true
					found[[2]int{t.Sentence, ci}] = true
					break
				}
			}
		}
		if hit {
			r.Correct++
		}
	}
	for _, c := range g {
		r.Facts += len(c)
	}
	r.Found = len(found)
	if r.Extractions > 0 {
		r.Precision = float64(r.Correct) / float64(r.Extractions)
	}
	if r.Facts > 0 {
		r.Recall = float64(r.Found) / float64(r.Facts)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}
