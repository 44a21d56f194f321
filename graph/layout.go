package graph

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/kgraph/kg/fact"
)

// Base is the IRI base of everything kg stores.
const Base = "https://kg.example.org/"

const (
	ns         = Base + "ns#"
	rdfType    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfJSON    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
	rdfsLabel  = "http://www.w3.org/2000/01/rdf-schema#label"
	relPrefix  = Base + "rel/"
	negPrefix  = "not_"
	entityPref = Base + "entity/"
	docPrefix  = Base + "doc/"
	typePrefix = Base + "type/"
)

var (
	predType     = quad.IRI(rdfType)
	predLabel    = quad.IRI(rdfsLabel)
	predSource   = quad.IRI(ns + "source")
	predMeta     = quad.IRI(ns + "meta")
	predEntity   = quad.IRI(ns + "entity")
	predFact     = quad.IRI(ns + "fact")
	predKey      = quad.IRI(ns + "key")
	classDoc     = quad.IRI(ns + "Document")
	jsonDatatype = quad.IRI(rdfJSON)
)

// EntityIRI is the IRI of an entity ID.
func EntityIRI(id string) quad.IRI { return quad.IRI(entityPref + url.PathEscape(id)) }

// DocIRI is the IRI (and graph label) of a document ID.
func DocIRI(id string) quad.IRI { return quad.IRI(docPrefix + url.PathEscape(id)) }

// RelIRI is the edge predicate of a relation lemma; spaces become '_'.
func RelIRI(lemma string, negated bool) quad.IRI {
	s := strings.Join(strings.Fields(lemma), "_")
	if negated {
		s = negPrefix + s
	}
	return quad.IRI(relPrefix + url.PathEscape(s))
}

// TypeIRI is the class of an entity type such as PERSON.
func TypeIRI(t string) quad.IRI { return quad.IRI(typePrefix + url.PathEscape(t)) }

// entityIDOf returns the ID in an entity IRI, or "" for other values.
func entityIDOf(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), entityPref) {
		return ""
	}
	id, err := url.PathUnescape(string(iri[len(entityPref):]))
	if err != nil {
		return ""
	}
	return id
}

func docIDOf(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), docPrefix) {
		return ""
	}
	id, err := url.PathUnescape(string(iri[len(docPrefix):]))
	if err != nil {
		return ""
	}
	return id
}

func jsonLit(v any) quad.Value {
	b, _ := json.Marshal(v) // plain structs of strings and numbers cannot fail
	return quad.TypedString{Value: quad.String(b), Type: jsonDatatype}
}

func litString(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.TypedString:
		return string(v.Value), true
	case quad.String:
		return string(v), true
	}
	return "", false
}

// docRec is the kg:meta record of a document.
type docRec struct {
	Title string `json:"t,omitempty"`
	Date  string `json:"d,omitempty"`
}

// entRec is a kg:entity record: one entity as one document saw it.
type entRec struct {
	ID       string   `json:"id"`
	Name     string   `json:"n"`
	Type     string   `json:"ty,omitempty"`
	Aliases  []string `json:"a,omitempty"`
	Mentions int      `json:"m,omitempty"`
	Merges   []string `json:"mg,omitempty"`
}

func (e entRec) entity() fact.Entity {
	return fact.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: e.Mentions, Merges: e.Merges}
}

// factRec is a kg:fact record: every field of a fact.Triple except the ones
// the document supplies (Doc always; DocName and DocDate unless they differ).
type factRec struct {
	S       string  `json:"s"`
	R       string  `json:"r"`
	O       string  `json:"o"`
	SID     string  `json:"si"`
	OID     string  `json:"oi"`
	ST      string  `json:"st,omitempty"`
	OT      string  `json:"ot,omitempty"`
	Surface string  `json:"rs,omitempty"`
	Neg     bool    `json:"ng,omitempty"`
	Mod     string  `json:"md,omitempty"`
	Attr    string  `json:"at,omitempty"`
	Conf    float64 `json:"c,omitempty"`
	Time    string  `json:"tm,omitempty"`
	Place   string  `json:"pl,omitempty"`
	Lit     bool    `json:"l,omitempty"`
	DocName *string `json:"dn,omitempty"`
	DocDate *string `json:"dd,omitempty"`
	Sent    int     `json:"i"`
	Text    string  `json:"x,omitempty"`
	Span    [2]int  `json:"sp"`
}

func newFactRec(t fact.Triple, d fact.Doc) factRec {
	r := factRec{S: t.Subject, R: t.Relation, O: t.Object, SID: t.SubjectID, OID: t.ObjectID,
		ST: t.SubjectType, OT: t.ObjectType, Surface: t.RelationSurface, Neg: t.Negated,
		Mod: t.Modality, Attr: t.Attribution, Conf: t.Confidence, Time: t.Time, Place: t.Place,
		Lit: t.ObjectIsLiteral, Sent: t.Sentence, Text: t.Text, Span: t.Span}
	if t.DocName != d.Name {
		s := t.DocName
		r.DocName = &s
	}
	if t.DocDate != d.Date {
		s := t.DocDate
		r.DocDate = &s
	}
	return r
}

func (r factRec) triple(d fact.Doc) fact.Triple {
	t := fact.Triple{Subject: r.S, Relation: r.R, Object: r.O, SubjectID: r.SID, ObjectID: r.OID,
		SubjectType: r.ST, ObjectType: r.OT, RelationSurface: r.Surface, Negated: r.Neg,
		Modality: r.Mod, Attribution: r.Attr, Confidence: r.Conf, Time: r.Time, Place: r.Place,
		ObjectIsLiteral: r.Lit, Doc: d.ID, DocName: d.Name, DocDate: d.Date, Sentence: r.Sent,
		Text: r.Text, Span: r.Span}
	if r.DocName != nil {
		t.DocName = *r.DocName
	}
	if r.DocDate != nil {
		t.DocDate = *r.DocDate
	}
	return t
}

// docQuads returns every quad of one document: its records and the quads
// derived from them. Removing a document deletes exactly this set.
func docQuads(d fact.Doc, ents []entRec, facts []factRec) []quad.Quad {
	label := DocIRI(d.ID)
	dn := label
	qs := make([]quad.Quad, 0, 3+4*len(ents)+2*len(facts))
	add := func(s, p, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	add(dn, predType, classDoc)
	add(dn, predSource, quad.String(d.Name))
	add(dn, predMeta, jsonLit(docRec{Title: d.Title, Date: d.Date}))
	for _, e := range ents {
		add(dn, predEntity, jsonLit(e))
		ei := EntityIRI(e.ID)
		if e.Name != "" {
			add(ei, predLabel, quad.String(e.Name))
		}
		if e.Type != "" {
			add(ei, predType, TypeIRI(e.Type))
		}
		for _, k := range keysOf(e.Name, e.Aliases) {
			add(ei, predKey, quad.String(k))
		}
	}
	named := map[string]bool{}
	for _, e := range ents {
		named[e.ID] = e.Name != ""
	}
	for _, f := range facts {
		add(dn, predFact, jsonLit(f))
		if f.SID != "" && f.OID != "" {
			add(EntityIRI(f.SID), RelIRI(f.R, f.Neg), EntityIRI(f.OID))
		}
		// Values and unrecorded entities still get a readable label.
		for id, name := range map[string]string{f.SID: f.S, f.OID: f.O} {
			if id != "" && name != "" && !named[id] {
				named[id] = true
				add(EntityIRI(id), predLabel, quad.String(name))
			}
		}
	}
	return dedupQuads(qs)
}

// keysOf returns the distinct lookup keys of an entity's name and aliases.
func keysOf(name string, aliases []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range append([]string{name}, aliases...) {
		k := lookupKey(a)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// lookupKey normalises a name for case-insensitive lookup.
func lookupKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func dedupQuads(qs []quad.Quad) []quad.Quad {
	// The values kg writes are compared as they are (formatting them, as
	// quad.StringOf does, cost 3% of a load); any other kind of value read
	// back from a store is compared by its string form.
	seen := make(map[[3]quad.Value]bool, len(qs))
	var seenStr map[[3]string]bool
	out := qs[:0]
	for _, q := range qs {
		if plainValue(q.Subject) && plainValue(q.Predicate) && plainValue(q.Object) {
			k := [3]quad.Value{q.Subject, q.Predicate, q.Object}
			if seen[k] {
				continue
			}
			seen[k] = true
		} else {
			if seenStr == nil {
				seenStr = map[[3]string]bool{}
			}
			k := [3]string{quad.StringOf(q.Subject), quad.StringOf(q.Predicate), quad.StringOf(q.Object)}
			if seenStr[k] {
				continue
			}
			seenStr[k] = true
		}
		out = append(out, q)
	}
	return out
}

// plainValue reports whether v is one of the comparable value kinds kg
// writes.
func plainValue(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.String, quad.TypedString:
		return true
	}
	return false
}

func decodeDocRec(v quad.Value) (docRec, error) {
	var r docRec
	txt, _ := litString(v)
	err := json.Unmarshal([]byte(txt), &r)
	return r, err
}
