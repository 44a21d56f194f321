package segment

import (
	"unicode"
	"unicode/utf8"
)

// A news dateline opens a story's first paragraph with the place it was
// filed from, often a date and the agency, and a dash: "ANKARA, Turkey
// (AP) —", "WASHINGTON, Dec. 5 (Reuters) -", "Paris (AFP) -". It is no part
// of the sentence after it ("ANKARA ... struck" is no subject), so it is a
// sentence of its own, which the extractor skips (IsDateline).

// maxDateline bounds a dateline's words before its dash.
const maxDateline = 12

// IsDateline says whether words, a sentence, are a dateline.
func IsDateline(words []string) bool {
	n := len(words)
	if n < 2 || n > maxDateline+1 || !isDash(words[n-1]) {
		return false
	}
	place := words[:n-1]
	agency := false
	if k := len(place); k >= 3 && place[k-1] == ")" {
		open := -1
		for j := k - 2; j >= 0 && j >= k-6; j-- {
			if place[j] == "(" {
				open = j
				break
			}
		}
		if open < 1 || open == k-2 {
			return false
		}
		for _, w := range place[open+1 : k-1] {
			if !wordLike(w) {
				return false
			}
		}
		place, agency = place[:open], true
	}
	if len(place) == 0 || !capitalised(place[0]) {
		return false
	}
	// Without an agency the place must be written in capitals
	// ("NEW YORK —"); a capitalised word and a dash open many sentences.
	caps := allCaps(place[0])
	if !agency && !caps {
		return false
	}
	afterComma := false
	for i, w := range place {
		switch {
		case w == ",":
			if i == 0 || place[i-1] == "," {
				return false
			}
			afterComma = true
		case caps && !afterComma && !allCaps(w):
			return false // "ANKARA" then "Turkey" only after a comma
		case capitalised(w) || isDigits(w) || afterComma && (w == "." || w == "de" || w == "of"):
		default:
			return false
		}
	}
	return true
}

// datelineEnd says whether the tokens opening a paragraph, ts, are a
// dateline ending in its dash.
func datelineEnd(ts []tok) bool {
	if len(ts) < 2 || len(ts) > maxDateline+1 || !isDash(ts[len(ts)-1].Text) {
		return false
	}
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = t.Text
	}
	return IsDateline(words)
}

func isDash(w string) bool {
	return w == "—" || w == "–" || w == "-" || w == "--"
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCaps: a word of two or more letters, none lower case ("ANKARA",
// "U.S.", "D.C.").
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r != '.' && r != '-' && r != '\'':
			return false
		}
	}
	return letters >= 2 || letters == 1 && len(w) == 2 && w[1] == '.'
}

func isDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

func wordLike(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '&' {
			return false
		}
	}
	return w != ""
}
