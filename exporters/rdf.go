package exporters

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kg/fact"
)

// This file is the RDF layer shared by N-Triples, N-Quads, Turtle and
// JSON-LD: one mapping from kg's facts to quads, so the formats can only
// differ in syntax.

type termKind uint8

const (
	noTerm     termKind = iota // the default graph
	iriTerm                    // ns+val
	litTerm                    // val is the lexical form, ns the datatype ("" = xsd:string)
	tripleTerm                 // RDF 1.2 triple term tt
)

// term is an RDF term. IRIs are kept as namespace and local part so that
// writers can print prefixed names without re-parsing, and so that minting
// an IRI does not allocate.
type term struct {
	kind termKind
	ns   string
	val  string
	tt   *[3]term
}

func iri(ns, local string) term { return term{kind: iriTerm, ns: ns, val: local} }
func str(s string) term         { return term{kind: litTerm, val: clean(s)} }
func typed(lex, dt string) term { return term{kind: litTerm, ns: dt, val: lex} }

func (t term) equal(u term) bool {
	if t.kind != u.kind || t.ns != u.ns || t.val != u.val {
		return false
	}
	if t.kind == tripleTerm {
		return t.tt[0].equal(u.tt[0]) && t.tt[1].equal(u.tt[1]) && t.tt[2].equal(u.tt[2])
	}
	return true
}

// quad is one statement; g.kind == noTerm means the default graph.
type quad struct{ s, p, o, g term }

// Vocabulary terms.
var (
	rdfType      = iri(nsRDF, "type")
	rdfStatement = iri(nsRDF, "Statement")
	rdfSubject   = iri(nsRDF, "subject")
	rdfPredicate = iri(nsRDF, "predicate")
	rdfObject    = iri(nsRDF, "object")
	rdfReifies   = iri(nsRDF, "reifies")
	rdfsLabel    = iri(nsRDFS, "label")
	schemaName   = iri(nsSchema, "name")
	schemaAlt    = iri(nsSchema, "alternateName")
	schemaDate   = iri(nsSchema, "datePublished")
	schemaNews   = iri(nsSchema, "NewsArticle")
	kgMentions   = iri(NSVocab, "mentions")
	kgSentence   = iri(NSVocab, "sentence")
	kgSentIndex  = iri(NSVocab, "sentenceIndex")
	kgStart      = iri(NSVocab, "start")
	kgEnd        = iri(NSVocab, "end")
	kgConfidence = iri(NSVocab, "confidence")
	kgNegated    = iri(NSVocab, "negated")
	kgModality   = iri(NSVocab, "modality")
	kgAttrib     = iri(NSVocab, "attribution")
	kgDocument   = iri(NSVocab, "document")
	kgSurface    = iri(NSVocab, "relationSurface")
	kgTime       = iri(NSVocab, "time")
	kgPlace      = iri(NSVocab, "place")
	kgPageRank   = iri(NSVocab, "pagerank")
	kgCommunity  = iri(NSVocab, "community")
)

const (
	xsdDouble  = nsXSD + "double"
	xsdDate    = nsXSD + "date"
	xsdBoolean = nsXSD + "boolean"
	xsdInteger = nsXSD + "integer"
)

// classOf maps kg's entity types to schema.org classes.
func classOf(typ string) term {
	switch typ {
	case fact.Person:
		return iri(nsSchema, "Person")
	case fact.Org:
		return iri(nsSchema, "Organization")
	case fact.GPE, fact.Loc:
		return iri(nsSchema, "Place")
	}
	return iri(nsSchema, "Thing")
}

// mapper turns kg's facts into quads. It keeps the set of entity IDs
// already described (so subjects and objects of triples that were never
// passed as entities still get a type and label) and the last asserted
// fact (so a fact stated by several sentences is asserted once).
type mapper struct {
	ns       iris
	opts     Options
	keepG    bool // the format has named graphs
	out      []quad
	seen     map[string]bool
	last     quad
	haveLast bool
}

func newMapper(opts Options, namedGraphs bool) (*mapper, error) {
	ns, err := newIRIs(opts.Base)
	if err != nil {
		return nil, err
	}
	return &mapper{ns: ns, opts: opts, keepG: namedGraphs, seen: map[string]bool{}}, nil
}

func (m *mapper) add(s, p, o, g term) { m.out = append(m.out, quad{s, p, o, g}) }

var none term

func (m *mapper) docIRI(id string) term { return iri(m.ns.doc, pct(id)) }

// doc describes a document: a schema:NewsArticle with its title and date.
func (m *mapper) doc(d fact.Doc) []quad {
	m.out = m.out[:0]
	s := m.docIRI(d.ID)
	m.add(s, rdfType, schemaNews, none)
	name := d.Title
	if name == "" {
		name = d.Name
	}
	if name != "" {
		m.add(s, schemaName, str(name), none)
	}
	if validDate(d.Date) {
		m.add(s, schemaDate, typed(d.Date, xsdDate), none)
	}
	return m.out
}

// entity describes an entity: its schema.org class, canonical name,
// aliases and mention count.
func (m *mapper) entity(e fact.Entity) []quad {
	m.out = m.out[:0]
	m.seen[e.ID] = true
	s := iri(m.ns.entity, pct(e.ID))
	m.add(s, rdfType, classOf(e.Type), none)
	m.add(s, rdfsLabel, str(e.Name), none)
	for i, a := range e.Aliases {
		if a == e.Name || contains(e.Aliases[:i], a) {
			continue
		}
		m.add(s, schemaAlt, str(a), none)
	}
	if e.Mentions > 0 {
		m.add(s, kgMentions, typed(strconv.Itoa(e.Mentions), xsdInteger), none)
	}
	m.scores(s, e.ID)
	return m.out
}

// scores adds an entity's analytics, in the default graph with the rest
// of its description: they are about the whole graph, not one document. A
// PageRank that is not a finite number means nothing and is left out
// (jsonld.js would also read "INF" back as "NaN").
func (m *mapper) scores(s term, id string) {
	sc, ok := m.opts.Scores[id]
	if !ok {
		return
	}
	if finite(sc.PageRank) {
		m.add(s, kgPageRank, typed(double(sc.PageRank), xsdDouble), none)
	}
	if sc.Community > 0 {
		m.add(s, kgCommunity, typed(strconv.Itoa(sc.Community), xsdInteger), none)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// describe gives an entity that was not passed to Entity a class and label.
func (m *mapper) describe(id, name, typ string) {
	if m.seen[id] {
		return
	}
	m.seen[id] = true
	s := iri(m.ns.entity, pct(id))
	m.add(s, rdfType, classOf(typ), none)
	m.add(s, rdfsLabel, str(name), none)
	m.scores(s, id)
}

// triple maps one fact: the asserted triple in its document's graph (unless
// negated), plus a reified statement when provenance is asked for or the
// fact is negated.
func (m *mapper) triple(t fact.Triple) []quad {
	m.out = m.out[:0]
	m.describe(t.SubjectID, t.Subject, t.SubjectType)
	s := iri(m.ns.entity, pct(t.SubjectID))
	p := iri(m.ns.rel, pct(t.Relation))
	var o term
	if t.ObjectIsLiteral {
		o = str(t.Object)
	} else {
		m.describe(t.ObjectID, t.Object, t.ObjectType)
		o = iri(m.ns.entity, pct(t.ObjectID))
	}
	g := none
	if t.Doc != "" && m.keepG {
		g = m.docIRI(t.Doc)
	}
	if !t.Negated {
		q := quad{s, p, o, g}
		if !m.haveLast || !q.s.equal(m.last.s) || !q.p.equal(m.last.p) || !q.o.equal(m.last.o) || !q.g.equal(m.last.g) {
			m.out = append(m.out, q)
			m.last, m.haveLast = q, true
		}
	}
	if !m.opts.Provenance && !t.Negated {
		return m.out
	}
	st := iri(m.ns.stmt, stmtID(t))
	if m.opts.RDF12 {
		m.add(st, rdfReifies, term{kind: tripleTerm, tt: &[3]term{s, p, o}}, g)
	} else {
		m.add(st, rdfType, rdfStatement, g)
		m.add(st, rdfSubject, s, g)
		m.add(st, rdfPredicate, p, g)
		m.add(st, rdfObject, o, g)
	}
	m.add(st, kgNegated, typed(strconv.FormatBool(t.Negated), xsdBoolean), g)
	if t.Doc != "" {
		m.add(st, kgDocument, m.docIRI(t.Doc), g)
	}
	if !m.opts.Provenance {
		return m.out
	}
	m.add(st, kgSentence, str(t.Text), g)
	m.add(st, kgSentIndex, typed(strconv.Itoa(t.Sentence), xsdInteger), g)
	m.add(st, kgStart, typed(strconv.Itoa(t.Span[0]), xsdInteger), g)
	m.add(st, kgEnd, typed(strconv.Itoa(t.Span[1]), xsdInteger), g)
	m.add(st, kgConfidence, typed(double(t.Confidence), xsdDouble), g)
	if t.Modality != "" {
		m.add(st, kgModality, str(t.Modality), g)
	}
	if t.Attribution != "" {
		m.add(st, kgAttrib, str(t.Attribution), g)
	}
	if t.RelationSurface != "" {
		m.add(st, kgSurface, str(t.RelationSurface), g)
	}
	if t.Time != "" {
		if validDate(t.Time) {
			m.add(st, kgTime, typed(t.Time, xsdDate), g)
		} else {
			m.add(st, kgTime, str(t.Time), g)
		}
	}
	if t.Place != "" {
		m.add(st, kgPlace, str(t.Place), g)
	}
	return m.out
}

// stmtID names a statement by a hash of everything that identifies it, so
// IRIs are stable across runs and distinct for distinct statements.
func stmtID(t fact.Triple) string {
	h := sha256.New()
	fmt.Fprintf(h, "%q|%d|%d|%d|%q|%q|%q|%t|%q|%t", t.Doc, t.Sentence, t.Span[0], t.Span[1],
		t.SubjectID, t.Relation, t.ObjectID, t.ObjectIsLiteral, t.Object, t.Negated)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:12])
}

// double writes f in the canonical xsd:double lexical form ("8.0E-1"), the
// form JSON-LD processors produce, so every format spells it alike.
func double(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	}
	// 16 significant digits, as JavaScript's toExponential(15) that
	// jsonld.js uses, then trailing zeros dropped: "8.000…0e-01" → "8.0E-1".
	m := strconv.FormatFloat(f, 'e', 15, 64)
	i := strings.IndexByte(m, 'e')
	mant := strings.TrimRight(m[:i], "0")
	if strings.HasSuffix(mant, ".") {
		mant += "0"
	}
	e, _ := strconv.Atoi(m[i+1:])
	return mant + "E" + strconv.Itoa(e)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

func validDate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// writeNT writes t in N-Triples/N-Quads syntax (also valid Turtle).
func writeNT(b *bufio.Writer, t term) {
	switch t.kind {
	case iriTerm:
		b.WriteByte('<')
		b.WriteString(t.ns)
		b.WriteString(t.val)
		b.WriteByte('>')
	case litTerm:
		writeNTString(b, t.val)
		if t.ns != "" {
			b.WriteString("^^<")
			b.WriteString(t.ns)
			b.WriteByte('>')
		}
	case tripleTerm:
		b.WriteString("<<( ")
		writeNT(b, t.tt[0])
		b.WriteByte(' ')
		writeNT(b, t.tt[1])
		b.WriteByte(' ')
		writeNT(b, t.tt[2])
		b.WriteString(" )>>")
	}
}

// writeNTString writes a quoted literal, escaping what N-Triples and
// Turtle require. s is already clean (see clean).
func writeNTString(b *bufio.Writer, s string) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '\n':
			esc = `\n`
		case '\r':
			esc = `\r`
		case '\t':
			esc = `\t`
		default:
			continue
		}
		b.WriteString(s[start:i])
		b.WriteString(esc)
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
