package extract

import (
	"regexp"
	"sort"
	"strings"
)

// Interview transcripts (Wikinews prints them as "((WN)) question" and
// "MS answer" paragraphs) put a speaker label before each turn. The label
// is not part of the sentence: parsed with it, "Michael Siegel I am a
// professor" makes "a professor" a subject. interviewTurns finds the
// labels, blanks them out of the text to parse (offsets stay the same) and
// says who speaks each paragraph, so that "I" in an answer is the speaker
// and the interviewer's questions, which state no facts, rank low.

// turn is one labelled paragraph: bytes [start, end) of the document.
type turn struct {
	start, end  int
	speaker     string // the speaker's full name when known
	interviewer bool
}

var (
	interviewerLabel = regexp.MustCompile(`^\(\([^()\n]{1,40}\)\)`)
	initialsLabel    = regexp.MustCompile(`^([A-Z]{2,4})[ \t\x{00a0}]+[A-Z“"'‘(]`)
	nameLabel        = regexp.MustCompile(`^((?:[A-Z][\p{L}'’.-]+ ){1,2}[A-Z][\p{L}'’-]+)[ \t]+(?:I|We|My|Our|Well|Yes|No|The|It|In|This|That|As|There)\b`)
	personName       = regexp.MustCompile(`\b([A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+)+)\b`)
)

// notName are capitalised words that start a sentence, not a name.
var notName = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "This": true,
	"That": true, "It": true, "We": true, "I": true, "He": true, "She": true, "They": true, "But": true, "And": true}

// initials of a name: "Michael Siegel" → "MS".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(w, ".") {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// interviewTurns returns text with the speaker labels blanked out and the
// labelled turns. A document counts as an interview only when it has an
// interviewer label ("((WN))", "((Wikinews))") and at least one answer
// label; otherwise it returns text unchanged and no turns.
func interviewTurns(text string) (string, []turn) {
	if !strings.Contains(text, "((") {
		return text, nil
	}
	type para struct {
		start, end int
		label      string // as written
		labelEnd   int
		kind       byte // 'q' interviewer, 'i' initials, 'n' name
	}
	var paras []para
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		body := line[lead:]
		p := para{start: off, end: end}
		if m := interviewerLabel.FindString(body); m != "" {
			p.label, p.labelEnd, p.kind = m, off+lead+len(m), 'q'
			// "((Perttu Ahola))": the bracketed label of the one who
			// answers, beside "((WN))" for the interviewer.
			if in := strings.TrimSpace(m[2 : len(m)-2]); isPersonLabel(in) {
				p.label, p.kind = in, 'n'
			}
		} else if m := initialsLabel.FindStringSubmatch(body); m != nil {
			p.label, p.labelEnd, p.kind = m[1], off+lead+len(m[1]), 'i'
		} else if m := nameLabel.FindStringSubmatch(body); m != nil && !notName[strings.Fields(m[1])[0]] {
			p.label, p.labelEnd, p.kind = m[1], off+lead+len(m[1]), 'n'
		}
		paras = append(paras, p)
		off = end + 1
	}
	questions, bracketed := 0, 0
	names := map[string]string{} // initials → full-name label
	for _, p := range paras {
		switch p.kind {
		case 'q':
			questions++
		case 'n':
			names[initials(p.label)] = p.label
		}
		if p.kind != 0 && strings.HasPrefix(strings.TrimLeft(text[p.start:p.end], " \t"), "((") {
			bracketed++
		}
	}
	if questions == 0 || bracketed == 0 {
		return text, nil
	}
	// Initials stand for a full name: a name label, or else the person
	// the text names most often with those initials.
	counts := map[string]map[string]int{}
	for _, m := range personName.FindAllString(text, -1) {
		in := initials(m)
		if counts[in] == nil {
			counts[in] = map[string]int{}
		}
		counts[in][m]++
	}
	fullName := func(in string) string {
		if n, ok := names[in]; ok {
			return n
		}
		best, bestN := "", 0
		var cands []string
		for n := range counts[in] {
			cands = append(cands, n)
		}
		sort.Strings(cands)
		for _, n := range cands {
			if counts[in][n] > bestN {
				best, bestN = n, counts[in][n]
			}
		}
		return best
	}
	var turns []turn
	answers := 0
	for _, p := range paras {
		if p.kind == 0 {
			continue
		}
		t := turn{start: p.start, end: p.end}
		switch p.kind {
		case 'q':
			t.interviewer = true
		case 'i':
			t.speaker = fullName(p.label)
			answers++
		case 'n':
			t.speaker = p.label
			answers++
		}
		turns = append(turns, t)
	}
	if answers == 0 {
		return text, nil
	}
	b := []byte(text)
	for _, p := range paras {
		if p.kind == 0 {
			continue
		}
		for i := p.start; i < p.labelEnd; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b), turns
}

// turnAt returns the turn that byte offset off falls in, or nil.
func turnAt(turns []turn, off int) *turn {
	for i := range turns {
		if off >= turns[i].start && off < turns[i].end {
			return &turns[i]
		}
	}
	return nil
}

// isPersonLabel reports whether a bracketed speaker label names a person:
// two to four capitalised words, not the publication.
func isPersonLabel(l string) bool {
	w := strings.Fields(l)
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, x := range w {
		if x[0] < 'A' || x[0] > 'Z' {
			return false
		}
	}
	switch strings.ToLower(l) {
	case "wikinews reporter", "wikinews interviewer":
		return false
	}
	return !strings.Contains(strings.ToLower(l), "wikinews")
}
