package extract

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/kgraph/kg/extract/clause"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/resolve"
	"github.com/kgraph/kg/fact"
)

// Options configures an Extractor.
type Options struct {
	// Workers is the number of documents parsed at once; 0 means one per
	// CPU. It changes speed only, never the output.
	Workers int
	// Known are entities already in the store; new mentions resolve
	// against them.
	Known []fact.Entity
}

// Extractor turns documents into triples and entities. Create one with New;
// its registry of entities grows with every document streamed through it.
type Extractor struct {
	workers  int
	annotate func(string) []nlp.Sentence
	reg      *resolve.Registry
	// turns holds, while a document is resolved, the interview turn of
	// each sentence (nil outside interviews).
	turns []*turn
	// quoteSpeaker is, while a sentence is resolved, who speaks the
	// quotation it continues ("" when it continues none or the speaker
	// is unknown): 'Ruiz said, "We won. We will build."' gives the second
	// sentence's facts to Ruiz.
	quoteSpeaker string
	// notID is, while a clause's object is resolved, its subject's
	// entity, which a pronoun object cannot stand for.
	notID string
	// attrs caches, for the sentence being resolved, each attribution
	// phrase's node: one "she" in "She said: "A did X, B did Y"" is one
	// person for every fact it introduces.
	attrs map[int]node
	// plural holds, while a document is resolved, the last plural
	// phrases that were subjects ("Police", "Twelve men"), one per
	// sentence, the latest last: what a sentence-opening "They" stands for when
	// no entity does.
	plural []pluralSubject
	// single is the last person named by a common noun that was a
	// subject ("An engineer"), what a sentence-opening "He" or "She"
	// after it stands for when no entity does.
	single pluralSubject
	// thing is the last thing (no person) a sentence opened with as its
	// subject, what the next sentence's opening "It" stands for when no
	// entity does.
	thing pluralSubject
	// source is the last organisation (or phrase for one) a fact was
	// attributed to, what a report's "it" stands for in the same or the
	// next sentence ("..., the agency said. ..., it added.").
	source pluralSubject
}

// pluralSubject is a subject phrase for people, its sentence and, for one
// person, the gender its noun says ("m", "f" or "").
type pluralSubject struct {
	si     int
	n      node
	gender string
}

// DocResult is what one document yields.
type DocResult struct {
	Doc       fact.Doc
	Sentences int
	Triples   []fact.Triple
	// Entities are the entities this document's triples mention, with their
	// corpus-level IDs and merge reasons as of the end of this document;
	// Mentions counts this document's mentions only.
	Entities []fact.Entity
	Warnings []string
}

// Result is the outcome of Extract on a batch of documents.
type Result struct {
	Docs     []DocResult
	Triples  []fact.Triple
	Entities []fact.Entity
}

// New returns an Extractor with the default NLP pipeline.
func New(opts Options) (*Extractor, error) {
	p, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: loading the NLP pipeline: %w", err)
	}
	w := opts.Workers
	if w <= 0 {
		w = runtime.NumCPU()
	}
	reg := resolve.New(opts.Known)
	reg.GivenName = p.GivenName
	return &Extractor{workers: w, annotate: annotator(p), reg: reg}, nil
}

// parsed is the per-document work done in parallel.
type parsed struct {
	doc   fact.Doc
	sents []nlp.Sentence
	exs   [][]clause.Extraction
	turns []turn // interview turns, if the document is an interview
	// warnings name sentences (or the document) a bug kept facts from.
	warnings []string
}

// Stream reads documents from in, parses them in parallel and calls emit
// once per document, in input order. Entity resolution runs in input order
// too, so the output does not depend on Options.Workers. It stops at the
// first error from emit or when ctx is done.
func (e *Extractor) Stream(ctx context.Context, in <-chan fact.Doc, emit func(DocResult) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		doc fact.Doc
	}
	type done struct {
		seq int
		p   parsed
	}
	jobs := make(chan job)
	results := make(chan done, e.workers)
	// At most 2×workers documents are in flight, so memory stays bounded
	// even when one slow document holds up emission.
	slots := make(chan struct{}, 2*e.workers)

	var wg sync.WaitGroup
	for i := 0; i < e.workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				p := e.parse(j.doc)
				select {
				case results <- done{j.seq, p}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		seq := 0
		for {
			select {
			case <-ctx.Done():
				return
			case d, ok := <-in:
				if !ok {
					return
				}
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{seq, d}:
				case <-ctx.Done():
					return
				}
				seq++
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]parsed{}
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain so workers can exit
		}
		pending[r.seq] = r.p
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err = emit(e.resolve(p)); err != nil {
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}

// Extract runs Stream over a slice of documents and collects the results.
func (e *Extractor) Extract(ctx context.Context, docs []fact.Doc) (Result, error) {
	in := make(chan fact.Doc)
	go func() {
		defer close(in)
		for _, d := range docs {
			select {
			case in <- d:
			case <-ctx.Done():
				return
			}
		}
	}()
	var res Result
	err := e.Stream(ctx, in, func(r DocResult) error {
		res.Docs = append(res.Docs, r)
		res.Triples = append(res.Triples, r.Triples...)
		return nil
	})
	res.Entities = e.Entities()
	return res, err
}

// Entities returns the corpus registry: every entity seen so far with its
// aliases, type, mention count and the reasons for each merge.
func (e *Extractor) Entities() []fact.Entity { return e.reg.Entities() }

// parse is the parallel part: NLP and clause extraction for one document.
func (e *Extractor) parse(d fact.Doc) (p parsed) {
	// A bug must cost one document, not the run: parse runs in a worker
	// goroutine, where a panic would end the process past any recover.
	defer func() {
		if r := recover(); r != nil {
			p = parsed{doc: d, warnings: []string{fmt.Sprintf("internal error, no facts taken from this document: %v", r)}}
		}
	}()
	text, turns := interviewTurns(d.Text)
	p = parsed{doc: d, sents: e.annotate(text), turns: turns}
	if len(turns) > 0 {
		// The evidence quotes the document as written, labels and all.
		for i := range p.sents {
			s := &p.sents[i]
			s.Text = d.Text[s.Start:s.End]
		}
	}
	p.exs = make([][]clause.Extraction, len(p.sents))
	for i := range p.sents {
		p.exs[i] = safeExtract(&p.sents[i], i, &p.warnings)
	}
	return p
}

// safeExtract is extractSentence that turns a bug on one sentence into a
// warning and no facts from that sentence.
func safeExtract(s *nlp.Sentence, si int, warnings *[]string) (exs []clause.Extraction) {
	defer func() {
		if r := recover(); r != nil {
			exs = nil
			*warnings = append(*warnings, fmt.Sprintf("sentence %d: internal error, no facts taken from it: %v", si, r))
		}
	}()
	return extractSentence(s)
}

// quoteState follows quotations across the sentences of a document.
type quoteState struct {
	open    bool   // a quotation is open after the last sentence
	speaker string // who speaks it, if a sentence said so
}

// start returns the speaker of the quotation sentence si continues, or
// "". A paragraph break ends a quotation unless the new paragraph opens
// with a quotation mark, as news writes a quotation that runs on.
func (q *quoteState) start(text string, sents []nlp.Sentence, si int) string {
	s := sents[si]
	if si > 0 {
		gap := ""
		if a, b := sents[si-1].End, s.Start; a >= 0 && a <= b && b <= len(text) {
			gap = text[a:b]
		}
		if strings.Contains(gap, "\n") && !(len(s.Tokens) > 0 && isQuoteMark(s.Tokens[0].Text)) {
			q.open, q.speaker = false, ""
		}
	}
	if q.open {
		return q.speaker
	}
	return ""
}

// end reads sentence s's quotation marks; said is who the sentence says
// is speaking (the attribution of its facts), if anyone.
func (q *quoteState) end(s *nlp.Sentence, said string) {
	marks := false
	for i, t := range s.Tokens {
		switch t.Text {
		case "\u201c":
			q.open, marks = true, true
		case "\u201d":
			q.open, marks = false, true
		case "\"", "``", "''":
			marks = true
			if !(i == 0 && q.open) { // a paragraph reopening the quotation
				q.open = !q.open
			}
		}
	}
	if said != "" && marks {
		q.speaker = said
	}
	if !q.open {
		q.speaker = ""
	}
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "\u201c", "\u201d", "``", "''":
		return true
	}
	return false
}

// resolve is the sequential part: entity resolution and triple assembly.
func (e *Extractor) resolve(p parsed) DocResult {
	res := DocResult{Doc: p.doc, Sentences: len(p.sents), Warnings: p.warnings}
	e.reg.StartDoc()
	e.plural, e.single, e.thing, e.source = nil, pluralSubject{}, pluralSubject{}, pluralSubject{}
	e.turns = make([]*turn, len(p.sents))
	for si := range p.sents {
		e.turns[si] = turnAt(p.turns, p.sents[si].Start)
	}
	e.preRoles(p)
	ids := map[string]bool{}
	var q quoteState
	for si := range p.sents {
		s := &p.sents[si]
		first := len(res.Triples) // this sentence's triples start here
		e.quoteSpeaker = q.start(p.doc.Text, p.sents, si)
		e.attrs = map[int]node{}
		said, attributed := "", "" // the speaker of a say verb; else a fact's source
		covered := map[int]bool{}
		for _, x := range p.exs[si] {
			if x.Kind == "speech" {
				if n := e.node(s, si, x.Subject, true); n.name != "" && said == "" {
					said = n.name
				}
				for _, k := range x.Subject.Tokens {
					covered[k] = true
				}
				continue
			}
			ts := e.triples(p.doc, si, s, x)
			for _, t := range ts {
				if attributed == "" && !x.Attribution.Empty() && !strings.HasPrefix(x.Attribution.Prep, "according") {
					attributed = t.Attribution
				}
				res.Triples = append(res.Triples, t)
				ids[t.SubjectID] = true
				if !t.ObjectIsLiteral {
					ids[t.ObjectID] = true
				}
			}
			if len(ts) > 0 {
				// Extra arguments other than places are not resolved: a
				// person named in one ("with Ben Affleck directing") is
				// still to be registered.
				args := []clause.Arg{x.Subject, x.Object, x.Attribution}
				for _, a := range x.Extra {
					if a.Role == "place" {
						args = append(args, a)
					}
				}
				for _, a := range args {
					for _, k := range a.Tokens {
						covered[k] = true
					}
				}
			}
		}
		for _, id := range e.embedded(s, si, p.exs[si]) {
			ids[id] = true
		}
		for _, id := range e.namedPeople(s, si, covered) {
			ids[id] = true
		}
		if said == "" {
			if a := clause.Speaker(s); !a.Empty() {
				said = e.node(s, si, a, true).name
			}
		}
		if said == "" {
			said = attributed // "according to X" is a source, no speaker
		}
		e.notePairs(s, si, len(s.Tokens))
		e.noteMeeting(res.Triples[first:], si)
		q.end(s, said)
	}
	e.quoteSpeaker = ""
	// Short names used before the full name join the person now.
	if moved := e.reg.EndDoc(); len(moved) > 0 {
		for i := range res.Triples {
			t := &res.Triples[i]
			if r, ok := moved[t.SubjectID]; ok {
				t.Subject, t.SubjectID, t.SubjectType = r.Name, r.ID, r.Type
				ids[r.ID] = true
			}
			if r, ok := moved[t.ObjectID]; ok && !t.ObjectIsLiteral {
				t.Object, t.ObjectID, t.ObjectType = r.Name, r.ID, r.Type
				ids[r.ID] = true
			}
			if r, ok := moved[fact.EntityID(t.Attribution)]; ok {
				t.Attribution = r.Name
			}
		}
		for id := range moved {
			delete(ids, id)
		}
	}
	var list []string
	for id := range ids {
		list = append(list, id)
	}
	sort.Strings(list)
	for _, id := range list {
		if ent, ok := e.reg.Get(id); ok {
			// The document's record counts its own mentions: the store
			// adds the records up.
			ent.Mentions = e.reg.DocMentions(id)
			res.Entities = append(res.Entities, ent)
		}
	}
	return res
}
