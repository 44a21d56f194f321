package exporters

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Namespaces of the vocabularies kg uses.
const (
	nsRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	nsXSD    = "http://www.w3.org/2001/XMLSchema#"
	nsSchema = "https://schema.org/"
	// NSVocab is kg's own vocabulary (kg:sentence, kg:negated, …). It is
	// fixed, not under --base, so the terms mean the same in every dataset.
	NSVocab = "https://kg.example.org/ns#"
)

// iris holds the namespaces minted under one base.
type iris struct {
	base, entity, rel, doc, stmt string
}

// newIRIs checks base and derives the minting namespaces. The base must be
// an absolute IRI that every syntax can carry verbatim: ASCII, no spaces,
// quotes, angle brackets or other characters IRIREF forbids.
func newIRIs(base string) (iris, error) {
	if base == "" {
		base = DefaultBase
	}
	for _, r := range base {
		if r <= ' ' || r >= 0x7f || strings.ContainsRune(`<>"{}|^`+"`"+`\`, r) {
			return iris{}, fmt.Errorf("base IRI %q: character %q is not allowed (percent-encode it)", base, r)
		}
	}
	u, err := url.Parse(base)
	if err != nil {
		return iris{}, fmt.Errorf("base IRI %q: %v", base, err)
	}
	switch {
	case u.Scheme == "http" || u.Scheme == "https":
		if u.Host == "" {
			return iris{}, fmt.Errorf("base IRI %q has no host", base)
		}
	case u.Scheme == "urn" || u.Scheme == "tag":
	default:
		return iris{}, fmt.Errorf("base IRI %q must start with http://, https://, urn: or tag:", base)
	}
	if u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(base, "?#") {
		return iris{}, fmt.Errorf("base IRI %q must not have a query or fragment", base)
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, ":") {
		base += "/"
	}
	return iris{base: base, entity: base + "entity/", rel: base + "rel/", doc: base + "doc/", stmt: base + "stmt/"}, nil
}

// pct percent-encodes s for use as one IRI path segment: only ASCII letters,
// digits, '-' and '_' stay as they are, so the result is safe in every
// syntax (N-Triples IRIREF, Turtle local names, JSON-LD compact IRIs, DOT
// IDs) and never contains '/', '.', ':' or '@'. Invalid UTF-8 is encoded
// byte by byte, which keeps distinct IDs distinct.
func pct(s string) string {
	i := 0
	for i < len(s) && plainByte(s[i]) {
		i++
	}
	if i == len(s) && s != "" {
		return s
	}
	if s == "" {
		return "_" // an empty segment would name the namespace itself
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if plainByte(c) {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func plainByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}

// clean returns s as text every format can carry: valid UTF-8 with only the
// characters XML 1.0 allows (tab, newline, carriage return and printable
// characters); anything else becomes U+FFFD. Clean ASCII is returned as is,
// without allocating.
func clean(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x80 || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError && xmlChar(r) {
				i += n
				continue
			}
		}
		break
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || !xmlChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// xmlChar reports whether r is a Char in XML 1.0.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// truncate shortens s to at most n runes, marking the cut with "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	count := 0
	for i := range s {
		if count == n-1 {
			return s[:i] + "…"
		}
		count++
	}
	return s
}
