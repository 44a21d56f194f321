// Command kgtrain rebuilds kg's NLP models from Universal Dependencies
// English EWT and Universal NER English EWT: tagger, lemmatizer, parser and
// entity recogniser, written gzip-compressed into the models directory that
// extract/nlp embeds. Training is deterministic.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/ner"
	"github.com/kgraph/kg/extract/nlp/parser"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

var (
	parseEpochs  = flag.Int("parser-epochs", 8, "parser training epochs")
	parsePrune   = flag.Float64("parser-prune", 1.25, "drop parser weights smaller than this (after averaging)")
	parseModels  = flag.Int("parser-models", 2, "parsers trained with successive seeds (in parallel) and averaged into one")
	secondEpochs = flag.Int("tagger-second-epochs", 4, "epochs of the tagger's second pass, which sees first-pass tags ahead (0: one pass)")
	jkCache      = flag.String("jackknife-cache", "", "file to keep jackknifed tags in between experiments (read if present)")
	parseExplore = flag.Float64("parser-explore", 0.9, "probability of following the parser's own wrong move in training (dynamic-oracle exploration)")
	nerEpochs    = flag.Int("ner-epochs", 3, "entity recogniser training epochs")
	nerModels    = flag.Int("ner-models", 5, "entity recognisers trained with successive seeds and averaged into one")
	nerSeed      = flag.Int64("ner-seed", 1, "seed of the first entity recogniser (the others take the next ones)")
	tagModels    = flag.Int("tagger-models", 1, "taggers trained with successive seeds at once and averaged into one (in each pass and each jackknife fold)")
	tagFeatures  = flag.Int("tagger-features", 1, "tagger feature set: 1, or 2 (adds neighbour pairs, neighbours' ambiguity classes, hyphen parts)")
	tagLexicon   = flag.Bool("tagger-lexicon", true, "give the tagger WordNet signatures of words training did not see (kept in the model)")
	nerLists     = flag.Bool("ner-lists", true, "give the recogniser the name lists of ruby-ffaker and libgeonames-common")
	nerListFree  = flag.Int("ner-list-free", 1, "how many of the -ner-models recognisers train without the name lists (feature bagging)")
	wordNet      = flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 directory (Debian package wordnet-base); the recogniser reads its data.noun, the lemmatizer its lemmas and irregular forms")
	jackFolds    = flag.Int("jackknife", 5, "folds for jackknifed training tags (0: tag training data with the final tagger, for quick experiments)")
)

func main() {
	data := flag.String("data", "../shared/nlp", "directory holding ud-english-ewt/ and uner-english-ewt/")
	out := flag.String("out", "extract/nlp/models", "directory to write the models to")
	only := flag.String("only", "", "comma-separated components to train (tagger,lemma,parser,ner); default all")
	flag.Parse()
	if err := run(*data, *out, *only); err != nil {
		fmt.Fprintf(os.Stderr, "kgtrain: %v\n", err)
		os.Exit(1)
	}
}

func run(data, out, only string) error {
	want := func(c string) bool { return only == "" || strings.Contains(","+only+",", ","+c+",") }
	ud := func(split string) ([]conllu.Sentence, error) {
		return conllu.ReadFile(filepath.Join(data, "ud-english-ewt", "en_ewt-ud-"+split+".conllu"))
	}
	train, err := ud("train")
	if err != nil {
		return err
	}
	dev, err := ud("dev")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	// The word lists are read first, so a missing package fails the run
	// before minutes of training.
	var lex *ner.Lexicon
	if want("ner") {
		if lex, err = readNERLexicon(*wordNet); err != nil {
			return err
		}
	}
	var lemmaLex *lemma.Lexicon
	if want("lemma") || want("tagger") {
		if lemmaLex, err = readLemmaLexicon(*wordNet); err != nil {
			return err
		}
	}
	var tagLex *tagger.Lexicon
	if want("tagger") && *tagLexicon {
		tagLex = taggerLexicon(lemmaLex)
	}
	start := time.Now()
	var tg *tagger.Tagger
	topt := tagger.TrainOptions{Epochs: 6, Seed: 1, Models: *tagModels, Features: *tagFeatures, Prune: 0.5, Log: os.Stderr, Dev: tagExamples(dev), Lexicon: tagLex}
	if want("tagger") {
		t := tagger.Train(tagExamples(train), topt)
		if err := save(filepath.Join(out, "tagger.bin.gz"), t); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "tagger done %s\n", time.Since(start).Round(time.Second))
		tg = t
	}
	if want("lemma") {
		var ex []lemma.Example
		for _, s := range train {
			for _, w := range s.Words {
				ex = append(ex, lemma.Example{Form: w.Form, XPOS: w.XPOS, Lemma: w.Lemma})
			}
		}
		l := lemma.Train(ex, lemmaLex)
		if err := save(filepath.Join(out, "lemma.bin.gz"), l); err != nil {
			return err
		}
		right, n := 0, 0
		for _, s := range dev {
			xpos := make([]string, len(s.Words))
			for i, w := range s.Words {
				xpos[i] = w.XPOS
			}
			for i, lem := range l.Lemmas(s.Forms(), xpos, nil) {
				if lem == s.Words[i].Lemma {
					right++
				}
				n++
			}
		}
		fmt.Fprintf(os.Stderr, "lemma done: dev accuracy with gold tags %.2f%%\n", 100*float64(right)/float64(n))
	}
	// The parser and the recogniser train on jackknifed tags: tags from a
	// tagger that did not see the sentence, as noisy as at run time.
	var jk map[string][]string // sent_id → XPOS
	if (want("tagger") || want("parser") || want("ner")) && *jackFolds > 1 {
		jopt := topt
		jopt.Epochs = 6
		var ju, jx [][]string
		if tg != nil && want("tagger") && *secondEpochs > 0 {
			// The second pass learns from the first pass's own jackknifed tags.
			cache := *jkCache
			if cache != "" && jopt.Lexicon != nil {
				cache += ".lexicon"
			}
			su, sx, err := jackknife(tagExamples(train), *jackFolds, jopt, cache)
			if err != nil {
				return err
			}
			sopt := topt
			sopt.Epochs = *secondEpochs
			tg.TrainSecond(tagExamples(train), su, sx, sopt)
			if err := save(filepath.Join(out, "tagger.bin.gz"), tg); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "tagger second pass done %s\n", time.Since(start).Round(time.Second))
			if jopt.Lexicon == nil {
				ju, jx = su, sx
			}
		}
		// The parser and the recogniser learn from the tags of taggers
		// without the dictionary, a little noisier than the tagger's at run
		// time: on dev, parser and recogniser trained so, with the
		// dictionary tagger at run time, scored UAS / LAS 85.04 / 82.10 and
		// NER F1 70.93, against 84.96 / 81.99 and 70.56 when trained on the
		// dictionary tagger's own jackknifed tags (nlp README).
		if ju == nil && (want("parser") || want("ner")) {
			jopt.Lexicon = nil
			var err error
			if ju, jx, err = jackknife(tagExamples(train), *jackFolds, jopt, *jkCache); err != nil {
				return err
			}
		}
		if ju != nil { // nil when only the tagger trains
			jk = map[string][]string{}
			for i, s := range train {
				for j := range s.Words {
					s.Words[j].UPOS, s.Words[j].XPOS = ju[i][j], jx[i][j]
				}
				jk[s.ID()] = jx[i]
			}
			fmt.Fprintf(os.Stderr, "jackknifed tags done %s\n", time.Since(start).Round(time.Second))
		}
	}
	trainParser := func() error {
		ex := parseExamples(train)
		pdev := parseExamples(dev)
		if tg == nil { // parser-only runs score dev with the tagger beside them, if any
			tg, _ = loadTagger(filepath.Join(out, "tagger.bin.gz"))
		}
		if tg != nil { // score on predicted tags, as at run time
			for i := range pdev {
				pdev[i].UPOS, pdev[i].XPOS = tg.Tag(pdev[i].Words)
			}
		}
		p := parser.Train(ex, parser.TrainOptions{Epochs: *parseEpochs, Seed: 1, Models: *parseModels, Prune: float32(*parsePrune), Explore: *parseExplore, Log: os.Stderr, Dev: pdev})
		if err := save(filepath.Join(out, "parser.bin.gz"), p); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "parser done %s\n", time.Since(start).Round(time.Second))
		return nil
	}
	if want("ner") && tg == nil {
		if tg, err = loadTagger(filepath.Join(out, "tagger.bin.gz")); err != nil {
			return err
		}
	}
	trainNER := func() error {
		nerData := func(split string, jk map[string][]string) ([]ner.Example, error) {
			ss, err := conllu.ReadIOB2File(filepath.Join(data, "uner-english-ewt", "en_ewt-ud-"+split+".iob2"))
			if err != nil {
				return nil, err
			}
			out := make([]ner.Example, len(ss))
			for i, s := range ss {
				x, ok := jk[s.ID]
				if !ok || len(x) != len(s.Words) {
					_, x = tg.Tag(s.Words)
				}
				out[i] = ner.Example{Words: s.Words, XPOS: x, Tags: s.Tags}
			}
			return out, nil
		}
		tr, err := nerData("train", jk)
		if err != nil {
			return err
		}
		dv, err := nerData("dev", nil)
		if err != nil {
			return err
		}
		r := ner.Train(tr, ner.TrainOptions{Epochs: *nerEpochs, Models: *nerModels, Seed: *nerSeed, Prune: 0.5, Log: os.Stderr, Dev: dv, Lexicon: lex, ListFree: *nerListFree})
		if err := save(filepath.Join(out, "ner.bin.gz"), r); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "ner done %s\n", time.Since(start).Round(time.Second))
		return nil
	}
	// The parser and the recogniser are independent: train them on the
	// two cores at once. Each is deterministic on its own.
	var perr, nerr error
	var wg sync.WaitGroup
	if want("parser") {
		wg.Add(1)
		go func() { defer wg.Done(); perr = trainParser() }()
	}
	if want("ner") {
		wg.Add(1)
		go func() { defer wg.Done(); nerr = trainNER() }()
	}
	wg.Wait()
	if perr != nil {
		return perr
	}
	return nerr
}

func parseExamples(ss []conllu.Sentence) []parser.Example {
	out := make([]parser.Example, len(ss))
	for i, s := range ss {
		e := parser.Example{}
		for _, w := range s.Words {
			e.Words = append(e.Words, w.Form)
			e.UPOS = append(e.UPOS, w.UPOS)
			e.XPOS = append(e.XPOS, w.XPOS)
			e.Heads = append(e.Heads, w.Head-1)
			e.Labels = append(e.Labels, w.DepRel)
		}
		out[i] = e
	}
	return out
}

func tagExamples(ss []conllu.Sentence) []tagger.Example {
	out := make([]tagger.Example, len(ss))
	for i, s := range ss {
		e := tagger.Example{}
		for _, w := range s.Words {
			e.Words = append(e.Words, w.Form)
			e.UPOS = append(e.UPOS, w.UPOS)
			e.XPOS = append(e.XPOS, w.XPOS)
		}
		out[i] = e
	}
	return out
}

// wordList is SCOWL's list the lemmatizer reads at training time
// (scripts/model-deps.sh installs it).
const wordList = "/usr/share/dict/american-english-insane"

// readLemmaLexicon reads WordNet 3.0 and SCOWL's word list, naming the
// Debian package to install when one is missing.
func readLemmaLexicon(wordNetDir string) (*lemma.Lexicon, error) {
	if _, err := os.Stat(filepath.Join(wordNetDir, "data.noun")); err != nil {
		return nil, fmt.Errorf("WordNet 3.0 not found in %s: install the Debian package wordnet-base (scripts/model-deps.sh)", wordNetDir)
	}
	if _, err := os.Stat(wordList); err != nil {
		return nil, fmt.Errorf("%s not found: install the Debian package wamerican-insane (scripts/model-deps.sh)", wordList)
	}
	lex, err := lemma.ReadWordNet(wordNetDir)
	if err != nil {
		return nil, err
	}
	if err := lex.AddWordList(wordList); err != nil {
		return nil, err
	}
	return lex, nil
}

// taggerLexicon turns the lemmatizer's dictionary into the tagger's.
func taggerLexicon(l *lemma.Lexicon) *tagger.Lexicon {
	out := &tagger.Lexicon{POS: make(map[string]string, len(l.POS)), Irregular: map[string]string{}}
	for w, p := range l.POS {
		if l.Names[w] {
			p += "C"
		}
		out.POS[w] = p
	}
	for k := range l.Irregular {
		form, pos, _ := strings.Cut(k, "\t")
		if !strings.Contains(out.Irregular[form], pos) {
			out.Irregular[form] += pos
		}
	}
	for form, p := range out.Irregular {
		b := []byte(p)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		out.Irregular[form] = string(b)
	}
	return out
}
