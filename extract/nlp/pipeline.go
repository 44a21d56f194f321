package nlp

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/ner"
	"github.com/kgraph/kg/extract/nlp/parser"
	"github.com/kgraph/kg/extract/nlp/segment"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

//go:embed models/*.bin.gz
var embedded embed.FS

// Pipeline runs the trained models. It is safe for concurrent use.
type Pipeline struct {
	tagger *tagger.Tagger
	lemma  *lemma.Lemmatizer
	parser *parser.Parser
	ner    *ner.Recognizer
}

var (
	defaultOnce sync.Once
	defaultP    *Pipeline
	defaultErr  error
)

// Default returns the pipeline with the embedded models, loading them once.
func Default() (*Pipeline, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "models")
		if err != nil {
			defaultErr = err
			return
		}
		defaultP, defaultErr = Load(sub)
	})
	return defaultP, defaultErr
}

// Load reads tagger.bin.gz, lemma.bin.gz, parser.bin.gz and ner.bin.gz from fsys.
func Load(fsys fs.FS) (*Pipeline, error) {
	p := &Pipeline{}
	var err error
	if err = read(fsys, "tagger.bin.gz", func(r *bufio.Reader) error { p.tagger, err = tagger.Read(r); return err }); err != nil {
		return nil, err
	}
	if err = read(fsys, "lemma.bin.gz", func(r *bufio.Reader) error { p.lemma, err = lemma.Read(r); return err }); err != nil {
		return nil, err
	}
	if err = read(fsys, "parser.bin.gz", func(r *bufio.Reader) error { p.parser, err = parser.Read(r); return err }); err != nil {
		return nil, err
	}
	if err = read(fsys, "ner.bin.gz", func(r *bufio.Reader) error { p.ner, err = ner.Read(r); return err }); err != nil {
		return nil, err
	}
	return p, nil
}

func read(fsys fs.FS, name string, fn func(*bufio.Reader) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("nlp model: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("nlp model %s: %w", name, err)
	}
	if err := fn(bufio.NewReader(zr)); err != nil {
		return fmt.Errorf("nlp model %s: %w", name, err)
	}
	return nil
}

// Annotate segments, tokenizes and analyses text. Token and sentence
// offsets are byte offsets into text.
func (p *Pipeline) Annotate(text string) []Sentence {
	segs := segment.Split(text)
	out := make([]Sentence, len(segs))
	for i, sg := range segs {
		words := make([]string, len(sg.Tokens))
		for j, t := range sg.Tokens {
			words[j] = segment.Unbracket(t.Text) // "[T]he" is analysed as "The"
		}
		s := p.analyse(words, i == 0 && isHeadline(text, sg))
		for j, t := range sg.Tokens {
			s.Tokens[j].Text, s.Tokens[j].Start, s.Tokens[j].End = t.Text, t.Start, t.End
		}
		s.Start, s.End, s.Text = sg.Start, sg.End, text[sg.Start:sg.End]
		out[i] = s
	}
	return out
}

// AnnotateTokens analyses one pre-tokenised sentence. Offsets refer to the
// words joined by single spaces, which is also the sentence's Text.
func (p *Pipeline) AnnotateTokens(words []string) Sentence {
	return p.withOffsets(p.analyse(words, false), words)
}

// withOffsets gives s the offsets of its words joined by single spaces.
func (p *Pipeline) withOffsets(s Sentence, words []string) Sentence {
	pos := 0
	for j, w := range words {
		s.Tokens[j].Start, s.Tokens[j].End = pos, pos+len(w)
		pos += len(w) + 1
	}
	s.Text = strings.Join(words, " ")
	s.End = len(s.Text)
	return s
}

// AnnotateHeadline is AnnotateTokens for a document's headline, whose
// past forms after a noun are passives (see tagger.TagHeadline).
func (p *Pipeline) AnnotateHeadline(words []string) Sentence {
	return p.withOffsets(p.analyse(words, true), words)
}

// GivenName says whether w is a given name in the recogniser's name lists.
func (p *Pipeline) GivenName(w string) bool { return p.ner.GivenName(w) }

// Tag runs only the tagger and lemmatizer (the cheap layers).
func (p *Pipeline) Tag(words []string) Sentence {
	upos, xpos := p.tagger.TagSentence(words)
	lems := p.lemma.Lemmas(words, xpos, nil)
	s := Sentence{Tokens: make([]Token, len(words))}
	for i, w := range words {
		s.Tokens[i] = Token{Text: w, UPOS: upos[i], XPOS: xpos[i], Lemma: lems[i], Head: -1, NER: "O"}
	}
	return s
}

// isHeadline says whether a document's first sentence is a headline: a
// line of its own without final punctuation.
func isHeadline(text string, sg segment.Sentence) bool {
	return len(sg.Tokens) >= 2 && headlineLine(text, sg.End, sg.Tokens[len(sg.Tokens)-1].Text)
}

// IsHeadline says whether sentence s, the first of the document text, is
// its headline (analysed with TagHeadline's reading of past forms).
func IsHeadline(text string, s Sentence) bool {
	return len(s.Tokens) >= 2 && headlineLine(text, s.End, s.Tokens[len(s.Tokens)-1].Text)
}

func headlineLine(text string, end int, last string) bool {
	if end > len(text) || !strings.HasPrefix(text[end:], "\n") {
		return false
	}
	switch last {
	case ".", "!", "?", ":", ";", "\"", "”", "'", "’":
		return false
	}
	return true
}

func (p *Pipeline) analyse(words []string, headline bool) Sentence {
	if len(words) == 0 {
		return Sentence{}
	}
	tag := p.tagger.TagSentence
	if headline {
		tag = p.tagger.TagHeadline
	}
	upos, xpos := tag(words)
	heads, labels := p.parser.Parse(words, upos, xpos)
	ents := p.ner.Tag(words, xpos)
	// After the tagger's sentence rules, the parser's: a subject fenced
	// off by an insertion gets its verb back (the fronted-subject repair
	// reads the recogniser's tags, so the recogniser runs first).
	parsedHeads, parsedLabels := slices.Clone(heads), slices.Clone(labels)
	parser.RepairVerbalModifier(words, xpos, heads, labels)
	parser.RepairHyphenParticiple(words, upos, xpos, heads, labels)
	parser.RepairCopulaParticiple(words, upos, xpos, heads, labels)
	parser.RepairNumberedNoun(words, upos, heads, labels)
	parser.RepairPossessor(words, xpos, heads, labels)
	parser.RepairWhoseClause(words, xpos, heads, labels)
	parser.RepairConjOnFlat(upos, heads, labels)
	parser.RepairRelativeAttachment(words, xpos, heads, labels)
	parser.RepairHeadlinePassive(upos, xpos, heads, labels)
	parser.RepairSubject(words, upos, xpos, heads, labels)
	parser.RepairOfSubject(words, heads, labels)
	parser.RepairQuantitySubject(words, upos, xpos, heads, labels)
	parser.RepairByClause(words, xpos, heads, labels)
	parser.RepairCaselessOblique(words, upos, xpos, heads, labels)
	parser.RepairPartitiveRelative(words, heads, labels)
	parser.RepairOtherConjunct(words, upos, heads, labels)
	parser.RepairSplitName(upos, ents, heads, labels)
	parser.RepairParticipleOnTime(words, upos, xpos, heads, labels)
	parser.RepairFencedTime(words, upos, heads, labels)
	parser.RepairFrontedSubject(words, upos, xpos, ents, heads, labels)
	lems := p.lemma.Lemmas(words, xpos, ents)
	parser.RepairRootParticiple(words, lems, xpos, heads, labels)
	parser.RepairInfinitiveComplement(words, lems, xpos, heads, labels)
	parser.RepairPurposeOnPlace(words, xpos, heads, labels)
	parser.RepairThatComplement(words, lems, heads, labels)
	parser.RepairDeedGerund(words, lems, xpos, heads, labels)
	parser.RepairClauseConjunct(upos, xpos, heads, labels)
	parser.RepairConjunctParticipleObject(words, xpos, heads, labels)
	parser.RepairSayingParticiple(words, lems, xpos, heads, labels) // before RepairComplement, which looks for the clause's verb
	parser.RepairRangingParticiple(words, lems, xpos, heads, labels)
	parser.RepairPostAdjective(lems, upos, heads, labels)
	parser.RepairComplement(words, lems, upos, xpos, heads, labels)
	parser.RepairSubordinateClause(words, upos, xpos, heads, labels)
	parser.RepairMeasuredClause(words, upos, heads, labels)
	parser.RepairRelativeSubject(words, lems, upos, xpos, heads, labels)
	parser.RepairLoneObject(lems, upos, heads, labels)
	parser.RepairTimeSubject(words, upos, heads, labels)
	parser.RepairTimeInSubject(words, upos, heads, labels)
	parser.RepairTimeOnPerson(words, upos, ents, heads, labels)
	parser.RepairTimeCompound(words, upos, heads, labels)
	parser.RepairAgo(words, heads, labels)
	parser.RepairCoordinatedApposition(heads, labels)
	parser.RepairCoordinatedSubject(upos, words, heads, labels)
	parser.RepairSplitSubject(upos, heads, labels)
	parser.RepairNamedConjunct(upos, heads, labels)
	parser.RepairGerundConjunct(xpos, heads, labels)
	parser.RepairStrandedGerund(xpos, heads, labels)
	parser.RepairSource(words, heads, labels)
	parser.RepairDoubleSubject(upos, heads, labels)
	parser.RepairParticipleObject(xpos, heads, labels)
	parser.RepairTitledConjunct(upos, heads, labels)
	parser.RepairAdjacentSubjects(upos, ents, heads, labels)
	parser.RepairSplitOfPhrase(words, upos, heads, labels)
	parser.RepairNominativeObject(words, heads, labels)
	parser.RepairPlaceSubject(upos, words, ents, heads, labels)
	parser.RepairAgeSubject(words, upos, heads, labels)
	parser.RepairAgedNumber(words, upos, heads, labels)
	parser.RepairVocativeSubject(upos, words, heads, labels)
	parser.RepairAppositiveSubject(upos, words, heads, labels)
	parser.RepairDescribedSubject(upos, words, heads, labels)
	parser.RepairShiftedObject(upos, heads, labels)
	parser.RepairParticipleOnObject(words, xpos, heads, labels)
	parser.RepairObjectList(words, upos, heads, labels)
	parser.RepairNumberAcrossComma(words, upos, heads, labels)
	parser.RepairUpTo(words, upos, heads, labels)
	parser.RepairMoreThan(words, upos, heads, labels)
	parser.RepairInnerCase(upos, heads, labels)
	parser.RepairCaseClause(upos, heads, labels)
	parser.RepairReportRoot(words, lems, upos, xpos, heads, labels)
	parser.RepairTrailingReport(words, lems, upos, xpos, heads, labels)
	parser.RepairReportParticiple(words, lems, xpos, heads, labels)
	parser.RepairReportStranded(lems, heads, labels)
	parser.RepairSubordinateClause(words, upos, xpos, heads, labels) // again: the report may have handed back a stranded clause
	parser.RepairMarkedSubject(words, upos, heads, labels)           // after the clause repairs, which make its marker
	parser.RepairAsPhrase(words, upos, xpos, heads, labels)
	if !parser.IsTree(heads) {
		heads, labels = parsedHeads, parsedLabels // a repair's bug: keep the parser's tree
	}
	s := Sentence{Tokens: make([]Token, len(words))}
	for i, w := range words {
		s.Tokens[i] = Token{
			Text: w, UPOS: upos[i], XPOS: xpos[i], Lemma: lems[i],
			Head: heads[i], DepRel: labels[i], NER: ents[i],
		}
	}
	return s
}
