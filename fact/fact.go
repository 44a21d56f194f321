package fact

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Entity types used across kg. They follow the names of OntoNotes/spaCy
// because that is what users of NLP tools already know.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE" // countries, cities, states: places with a government
	Loc    = "LOC" // other places
	Date   = "DATE"
	Misc   = "MISC"
)

// Doc is one source document.
type Doc struct {
	// ID is the content hash of the document (see DocID); it names the
	// document's graph in the store, so an unchanged document is recognised.
	ID string `json:"id"`
	// Name is where the document came from: a path, "-" or a JSONL id.
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
	// Date is the publication date, YYYY-MM-DD, when known.
	Date string `json:"date,omitempty"`
	Text string `json:"-"`
}

// Entity is one real-world thing, merged from all its mentions.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions"`
	// Merges explains, one line per merge, why mentions were joined.
	Merges []string `json:"merges,omitempty"`
}

// Triple is one fact stated by one sentence of one document.
type Triple struct {
	Subject         string  `json:"subject"`
	Relation        string  `json:"relation"`
	Object          string  `json:"object"`
	SubjectID       string  `json:"subject_id"`
	ObjectID        string  `json:"object_id"`
	SubjectType     string  `json:"subject_type"`
	ObjectType      string  `json:"object_type"`
	RelationSurface string  `json:"relation_surface"`
	Negated         bool    `json:"negated"`
	Modality        string  `json:"modality"`
	Attribution     string  `json:"attribution"`
	Confidence      float64 `json:"confidence"`
	// Time and Place are qualifiers stated with the fact ("on Sunday",
	// "in Hiroshima"); Time is resolved to a date where that is unambiguous.
	Time  string `json:"time,omitempty"`
	Place string `json:"place,omitempty"`
	// ObjectIsLiteral marks objects that are values or phrases rather than
	// entities ("a 15% tariff"); they are still given an ID.
	ObjectIsLiteral bool   `json:"object_literal,omitempty"`
	Doc             string `json:"doc"`
	DocName         string `json:"doc_name,omitempty"`
	DocDate         string `json:"doc_date"`
	Sentence        int    `json:"sentence"`
	Text            string `json:"text"`
	Span            [2]int `json:"span"`
}

// DocID returns the content hash that identifies a document's text.
func DocID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// EntityID returns a stable, readable ID for a canonical entity name:
// lower-case ASCII words joined by '-', accents folded. Names with no ASCII
// letters or digits (e.g. Hangul) get a short hash so IDs stay ASCII.
func EntityID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// combining accent left by NFKD: drop it
		default:
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	if b.Len() == 0 || strings.ContainsFunc(name, func(r rune) bool { return r >= 128 && unicode.IsLetter(r) && !isLatin(r) }) {
		h := sha256.Sum256([]byte(name))
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(hex.EncodeToString(h[:4]))
	}
	return b.String()
}

func isLatin(r rune) bool { return unicode.Is(unicode.Latin, r) }
