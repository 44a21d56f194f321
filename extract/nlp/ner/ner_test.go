package ner

import (
	"bufio"
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestTrainTagRoundTrip(t *testing.T) {
	ex := func(s, x, tags string) Example {
		return Example{Words: strings.Fields(s), XPOS: strings.Fields(x), Tags: strings.Fields(tags)}
	}
	var train []Example
	for i := 0; i < 10; i++ {
		train = append(train,
			ex("Anna Smith works for Acme Corp in Paris .", "NNP NNP VBZ IN NNP NNP IN NNP .", "B-PER I-PER O O B-ORG I-ORG O B-LOC O"),
			ex("she lives in Berlin .", "PRP VBZ IN NNP .", "O O O B-LOC O"),
			ex("John Lee joined Initech Inc .", "NNP NNP VBD NNP NNP .", "B-PER I-PER O B-ORG I-ORG O"),
		)
	}
	r := Train(train, TrainOptions{Epochs: 5, Models: 2, Seed: 1})
	if _, _, f := r.Score(train); f < 99 {
		t.Errorf("F1 on training data %.1f, want 100", f)
	}
	r2 := roundTrip(t, r)
	for _, e := range append(train[:3:3], ex("Mary Jones visited Acme Corp in Berlin", "NNP NNP VBD NNP NNP IN NNP", "")) {
		a, b := r.Tag(e.Words, e.XPOS), r2.Tag(e.Words, e.XPOS)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("tags before and after a round trip differ: %v, %v", a, b)
		}
		for i, tag := range a {
			if strings.HasPrefix(tag, "I-") && (i == 0 || a[i-1] == "O" || a[i-1][2:] != tag[2:]) {
				t.Errorf("invalid IOB2 %v", a)
			}
		}
	}
	if _, err := Read(bufio.NewReader(strings.NewReader("junk"))); err == nil {
		t.Error("Read of junk: no error")
	}
}

func TestSentenceCaseAndRuns(t *testing.T) {
	for s, want := range map[string]string{
		"flights to tampa bay":            "lower",
		"Fair Housing Center Opens Today": "title",
		"BREAKING NEWS FROM THE CITY":     "upper",
		"I live in Paris now":             "",
	} {
		if got := sentenceCase(strings.Fields(s)); got != want {
			t.Errorf("sentenceCase(%q) = %q, want %q", s, got, want)
		}
	}
	w := strings.Fields("the Housing Authority of New Orleans said")
	c := newCtx(w, make([]string, len(w)), nil, nil, nil)
	if c.runFirst[1] != "housing" || c.runLast[2] != "orleans" || c.runFirst[0] != "" || c.runLast[6] != "" {
		t.Errorf("runs: first %q last %q", c.runFirst, c.runLast)
	}
	// Runs of the tagger's names, lower-case text included.
	w = strings.Fields("flights to tampa bay from kerala")
	c = newCtx(w, strings.Fields("NNS TO NNP NNP IN NNP"), nil, nil, nil)
	if c.nnpFirst[3] != "tampa" || c.nnpLast[2] != "bay" || c.nnpPos[2] != "B" || c.nnpPos[3] != "E" || c.nnpPos[5] != "" || c.nnpFirst[0] != "" {
		t.Errorf("NNP runs: first %q last %q pos %q", c.nnpFirst, c.nnpLast, c.nnpPos)
	}
}

func TestSpans(t *testing.T) {
	train := []Example{
		{Words: strings.Fields("the Housing Authority of New Orleans met"), Tags: strings.Fields("O B-ORG I-ORG I-ORG I-ORG I-ORG O")},
		{Words: strings.Fields("in New Orleans"), Tags: strings.Fields("O B-LOC I-LOC")},
		{Words: strings.Fields("in new orleans"), Tags: strings.Fields("O B-LOC I-LOC")},
	}
	gaz := gazetteer(train)
	full := gaz[len(gaz)-1]
	w := strings.Fields("HANO : Housing Authority of New Orleans , New Orleans and Orleans")
	c := newCtx(w, make([]string, len(w)), full, nil, nil)
	want := []string{"", "", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "", "B-LOC", "I-LOC", "", ""}
	if !reflect.DeepEqual(c.span, want) {
		t.Errorf("spans %q, want %q", c.span, want)
	}
	// Each fold's gazetteer leaves out the names of its own sentences.
	if _, ok := gaz[0]["\x00housing authority of new orleans"]; ok {
		t.Error("fold 0 gazetteer holds a name from fold 0")
	}
}

// TestNameListsLearnt trains with name lists (one of the two models without
// them) and checks the lists survive a round trip and type unseen names:
// each training name occurs once (the training gazetteer, jackknifed,
// knows none of them), so only the lists can generalise.
func TestNameListsLearnt(t *testing.T) {
	given := strings.Fields("Anna John Paul Mary Ivan Omar Lena Hugo Ines Kofi Yuki Aida Rosa Dino")
	places := strings.Fields("Berlin Paris Lyon Oslo Kyiv Lima Doha Cork Bern Riga Baku Metz Graz Nice")
	lex := &Lexicon{Lists: NameLists(given, nil, places)}
	var train []Example
	for i := 0; i < 6; i++ {
		train = append(train,
			Example{Words: []string{given[i], "visited", places[i], "."}, XPOS: strings.Fields("NNP VBD NNP ."), Tags: strings.Fields("B-PER O B-LOC O")},
			Example{Words: []string{places[6+i], "welcomed", given[6+i], "."}, XPOS: strings.Fields("NNP VBD NNP ."), Tags: strings.Fields("B-LOC O B-PER O")},
			Example{Words: []string{"the", "book", "arrived", "."}, XPOS: strings.Fields("DT NN VBD ."), Tags: strings.Fields("O O O O")},
		)
	}
	r := Train(train, TrainOptions{Epochs: 5, Models: 2, Seed: 1, Lexicon: lex, ListFree: 1})
	r2 := roundTrip(t, r)
	if !reflect.DeepEqual(r2.lex.Lists, lex.Lists) {
		t.Error("name lists lost in the round trip")
	}
	for _, c := range [][3]string{
		{"Rosa visited Graz .", "NNP VBD NNP .", "B-PER O B-LOC O"},
		{"Nice welcomed Dino .", "NNP VBD NNP .", "B-LOC O B-PER O"},
	} {
		if got := r2.Tag(strings.Fields(c[0]), strings.Fields(c[1])); !reflect.DeepEqual(got, strings.Fields(c[2])) {
			t.Errorf("%s: %v, want %s", c[0], got, c[2])
		}
	}
	// Against the context (only persons came before "visited"), the place
	// list still makes Graz a place.
	if got := r2.Tag(strings.Fields("Graz visited Rosa ."), strings.Fields("NNP VBD NNP .")); got[0] != "B-LOC" {
		t.Errorf("Graz visited Rosa: %v, want Graz B-LOC", got)
	}
}

// roundTrip writes a recogniser and reads it back.
func roundTrip(t *testing.T, r *Recognizer) *Recognizer {
	t.Helper()
	var buf bytes.Buffer
	if _, err := r.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	return r2
}

// A name particle between two people's names the model split joins them.
func TestParticleInName(t *testing.T) {
	words := strings.Fields("Luiz Inacio Lula da Silva won , said de Gaulle")
	tags := strings.Fields("B-PER I-PER I-PER O B-PER O O O O B-PER")
	particleInName(words, tags)
	if got := strings.Join(tags, " "); got != "B-PER I-PER I-PER I-PER I-PER O O O O B-PER" {
		t.Errorf("got %s", got)
	}
}
