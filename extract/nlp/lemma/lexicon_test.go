package lemma

import (
	"bufio"
	"bytes"
	"reflect"
	"testing"
)

func fixtureLexicon(t *testing.T) *Lexicon {
	t.Helper()
	lex, err := ReadWordNet("testdata/wordnet")
	if err != nil {
		t.Fatal(err)
	}
	if err := lex.AddWordList("testdata/words"); err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestReadWordNet(t *testing.T) {
	lex, err := ReadWordNet("testdata/wordnet")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"smell": "nv", "scissors": "n", "big": "a", "well": "r", "bill": "n", "ice_cream": "", "This": ""} {
		if got := lex.POS[w]; got != want {
			t.Errorf("POS[%q] = %q, want %q", w, got, want)
		}
	}
	if !lex.Names["bill"] || lex.Names["smell"] || len(lex.Names) != 1 {
		t.Errorf("Names = %v, want only bill (Bill is written with a capital)", lex.Names)
	}
	for k, want := range map[string][]string{"fought\tv": {"fight"}, "axes\tn": {"axe", "axis"}, "hottest\ta": {"hot"}, "best\tr": {"well"}} {
		if got := lex.Irregular[k]; !reflect.DeepEqual(got, want) {
			t.Errorf("Irregular[%q] = %v, want %v", k, got, want)
		}
	}
	if err := lex.AddWordList("testdata/words"); err != nil {
		t.Fatal(err)
	}
	if !lex.Names["kerala"] || lex.Names["apple"] || lex.Names["simplicity"] || lex.Names["simplicity's"] {
		t.Errorf("after the word list, Names = %v: want kerala added, possessives and lower-case words not", lex.Names)
	}
	if _, err := ReadWordNet("testdata/none"); err == nil {
		t.Error("ReadWordNet of a missing directory: no error")
	}
}

func TestLemmaLexicon(t *testing.T) {
	train := []Example{
		{"bled", "VBD", "bleed"}, {"walked", "VBN", "walk"}, {"dogs", "NNS", "dog"},
		{"big", "JJ", "big"}, {"fastest", "JJS", "fast"},
	}
	plain, lexed := Train(train, nil), Train(train, fixtureLexicon(t))
	for _, c := range []struct{ form, xpos, plain, lexed string }{
		{"smelled", "VBD", "smelleed", "smell"},     // training's rule (bled → bleed) gives no known verb; morphy's ed → "" does
		{"fought", "VBD", "fought", "fight"},        // WordNet's irregular forms
		{"dove", "VBN", "dove", "dive"},             //
		{"hottest", "JJS", "hott", "hot"},           //
		{"scissors", "NNS", "scissor", "scissors"},  // no rule gives a known noun, but the form is one
		{"convicted", "JJ", "convicted", "convict"}, // a participle taken for an adjective: its verb is known, the adjective not
		{"tired", "JJ", "tired", "tired"},           // a known adjective stays
		{"axes", "NNS", "axe", "axe"},               // ambiguous irregular forms are left to the rules
		{"walked", "VBN", "walk", "walk"},           // training words are unchanged
		{"Smells", "NNPS", "Smells", "Smell"},       // a plural name of a known noun loses its plural, keeps its case
		{"SMELLS", "NNPS", "SMELLS", "SMELL"},       //
		{"Debris", "NNPS", "Debris", "Debris"},      // no plural of a known noun: the name's own rules
	} {
		if got := plain.Lemma(c.form, c.xpos); got != c.plain {
			t.Errorf("without lexicon Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.plain)
		}
		if got := lexed.Lemma(c.form, c.xpos); got != c.lexed {
			t.Errorf("with lexicon Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.lexed)
		}
	}

	// The lexicon survives writing and reading the model.
	var buf bytes.Buffer
	if _, err := lexed.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, lexed) {
		t.Error("Read(WriteTo(l)) differs from l")
	}
	if got := back.Lemma("smelled", "VBD"); got != "smell" {
		t.Errorf("read back: Lemma(smelled) = %q", got)
	}
}

func TestLemmasFirstWord(t *testing.T) {
	l := Train([]Example{{"gave", "VBD", "give"}, {"it", "PRP", "it"}}, fixtureLexicon(t))
	for _, c := range []struct{ words, xpos, want []string }{
		// A capitalised first word tagged as a name that the lexicon knows
		// only as a common word is one.
		{[]string{"Simplicity", "gave", "it"}, []string{"NNP", "VBD", "PRP"}, []string{"simplicity", "give", "it"}},
		// Not when it is also a name, nor when a capitalised word follows,
		// nor elsewhere in the sentence.
		{[]string{"Bill", "gave", "it"}, []string{"NNP", "VBD", "PRP"}, []string{"Bill", "give", "it"}},
		{[]string{"Simplicity", "Partners", "gave"}, []string{"NNP", "NNP", "VBD"}, []string{"Simplicity", "Partners", "give"}},
		{[]string{"it", "gave", "Simplicity"}, []string{"PRP", "VBD", "NNP"}, []string{"it", "give", "Simplicity"}},
		{[]string{"Smell"}, []string{"NNP"}, []string{"smell"}},
		{[]string{"Kerala"}, []string{"NNP"}, []string{"Kerala"}},
	} {
		if got := l.Lemmas(c.words, c.xpos, nil); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Lemmas(%v) = %v, want %v", c.words, got, c.want)
		}
	}
	// Without a lexicon nothing changes.
	if got := Train(nil, nil).Lemmas([]string{"Simplicity", "gave"}, []string{"NNP", "VBD"}, nil); got[0] != "Simplicity" {
		t.Errorf("without lexicon: %v", got)
	}
}
