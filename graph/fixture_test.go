package graph

import "github.com/kgraph/kg/fact"

// input is one document as the extractor hands it to the store.
type input struct {
	doc      fact.Doc
	triples  []fact.Triple
	entities []fact.Entity
}

func tr(d fact.Doc, sent int, s, sid, st, rel, o, oid, ot, text string) fact.Triple {
	return fact.Triple{Subject: s, SubjectID: sid, SubjectType: st, Relation: rel, RelationSurface: rel + "s",
		Object: o, ObjectID: oid, ObjectType: ot, Confidence: 0.75, Doc: d.ID, DocName: d.Name,
		DocDate: d.Date, Sentence: sent, Text: text, Span: [2]int{sent * 100, sent*100 + len(text)}}
}

// fixtureA and fixtureB are two short news-like documents sharing entities,
// so paths must cross documents.
func fixtureA() input {
	text := "Kishida met Lee in Tokyo. Japan will \"review\" tariffs, Lee said."
	d := fact.Doc{ID: fact.DocID(text), Name: "news/a.txt", Title: "Summit", Date: "2025-01-02", Text: text}
	t1 := tr(d, 0, "Fumio Kishida", "fumio-kishida", fact.Person, "meet", "Lee Jae-myung", "lee-jae-myung", fact.Person, "Kishida met Lee in Tokyo.")
	t1.Place = "Tokyo"
	t2 := tr(d, 1, "Japan", "japan", fact.GPE, "review", "tariffs", "tariffs", "", `Japan will "review" tariffs, Lee said.`)
	t2.Modality, t2.Attribution, t2.ObjectIsLiteral = "will", "Lee Jae-myung", true
	t3 := tr(d, 1, "Fumio Kishida", "fumio-kishida", fact.Person, "lead", "Japan", "japan", fact.GPE, "Kishida leads Japan.")
	t3.DocDate = "" // a triple may carry its own (empty) date: it must round-trip
	return input{d, []fact.Triple{t1, t2, t3}, []fact.Entity{
		{ID: "fumio-kishida", Name: "Fumio Kishida", Type: fact.Person, Aliases: []string{"Kishida"}, Mentions: 2, Merges: []string{"Kishida = Fumio Kishida: short name"}},
		{ID: "lee-jae-myung", Name: "Lee Jae-myung", Type: fact.Person, Aliases: []string{"Lee"}, Mentions: 2, Merges: []string{"Lee = Lee Jae-myung: short name"}},
		{ID: "japan", Name: "Japan", Type: fact.GPE, Mentions: 1},
	}}
}

func fixtureB() input {
	text := "President Lee did not visit Pyongyang. Lee leads South Korea."
	d := fact.Doc{ID: fact.DocID(text), Name: "news/b.txt", Date: "2025-02-03", Text: text}
	t1 := tr(d, 0, "Lee Jae-myung", "lee-jae-myung", fact.Person, "visit", "Pyongyang", "pyongyang", fact.GPE, "President Lee did not visit Pyongyang.")
	t1.Negated = true
	t2 := tr(d, 1, "Lee Jae-myung", "lee-jae-myung", fact.Person, "lead", "South Korea", "south-korea", fact.GPE, "Lee leads South Korea.")
	t2.Time = "2025-02-03"
	return input{d, []fact.Triple{t1, t2}, []fact.Entity{
		{ID: "lee-jae-myung", Name: "Lee Jae-myung", Type: fact.Person, Aliases: []string{"President Lee"}, Mentions: 3, Merges: []string{"President Lee = Lee Jae-myung: title"}},
		{ID: "pyongyang", Name: "Pyongyang", Type: fact.GPE, Mentions: 1},
		{ID: "south-korea", Name: "South Korea", Type: fact.GPE, Mentions: 1},
	}}
}
