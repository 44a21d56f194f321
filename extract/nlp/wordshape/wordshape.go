package wordshape

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower lowercases s, avoiding an allocation when s is already lower case ASCII.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// Norm is the lexical form features use: lower case, with digits mapped to
// "0" so that numbers, years and times share statistics.
func Norm(s string) string {
	l := Lower(s)
	if strings.IndexAny(l, "0123456789") < 0 {
		return l
	}
	b := []byte(l)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// Shape maps letters to X/x, digits to d and keeps other characters,
// collapsing runs of the same class after two, e.g. "McDonald's" → "XxXxx'x".
func Shape(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		b.WriteRune(c)
		if b.Len() > 12 {
			break
		}
	}
	return b.String()
}

// Suffix returns the last n bytes of s (all of s if shorter), not splitting a rune.
func Suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// Prefix returns the first n bytes of s (all of s if shorter), not splitting a rune.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Flags summarises a word's character classes as a short code: capitalised,
// all caps, has digit, has hyphen, has period.
func Flags(s string) string {
	var f [5]byte
	for i := range f {
		f[i] = '0'
	}
	upper, letters := 0, 0
	for i, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if i == 0 {
					f[0] = '1'
				}
			}
		}
		if unicode.IsDigit(r) {
			f[2] = '1'
		}
		if r == '-' {
			f[3] = '1'
		}
		if r == '.' {
			f[4] = '1'
		}
	}
	if letters > 1 && upper == letters {
		f[1] = '1'
	}
	return string(f[:])
}

// NameParticle says whether w is one of the lower-case words inside
// people's names ("da" in "Lula da Silva", "bin", "van", "von"), which the
// tagger and the recogniser both read as part of the name around them.
func NameParticle(w string) bool { return nameParticles[w] }

var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "van": true, "von": true, "der": true, "den": true,
	"de": true, "da": true, "di": true, "du": true, "del": true, "della": true, "dos": true, "das": true, "do": true, "la": true,
	"le": true, "al": true, "el": true, "ben": true, "y": true, "zu": true, "ter": true, "ten": true, "af": true, "binti": true}
