package tagger

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

var tiny = []Example{
	{Words: []string{"Kishida", "met", "Yoon", "in", "Tokyo", "."},
		UPOS: []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"}, XPOS: []string{"NNP", "VBD", "NNP", "IN", "NNP", "."}},
	{Words: []string{"The", "well-known", "leaders", "agreed", ",", "officials", "said", "."},
		UPOS: []string{"DET", "ADJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"}, XPOS: []string{"DT", "JJ", "NNS", "VBD", ",", "NNS", "VBD", "."}},
	{Words: []string{"Yoon", "visited", "Japan", "on", "Monday"},
		UPOS: []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN"}, XPOS: []string{"NNP", "VBD", "NNP", "IN", "NNP"}},
}

// A mean of perceptrons learns its training data, is deterministic and
// reads back to the same tags, with either feature set.
func TestTrainMeanReadBack(t *testing.T) {
	for _, set := range []int{1, 2} {
		testTrainMeanReadBack(t, TrainOptions{Epochs: 10, Seed: 1, Models: 3, Features: set})
		testTrainMeanReadBack(t, TrainOptions{Epochs: 10, Seed: 1, Models: 3, Features: set, Lexicon: testLexicon})
	}
}

func testTrainMeanReadBack(t *testing.T, opt TrainOptions) {
	tg := Train(tiny, opt)
	if u, x := tg.Score(tiny); u < 100 || x < 100 {
		t.Errorf("set %d: mean of 3 taggers on its training data: UPOS %.1f XPOS %.1f, want 100", opt.Features, u, x)
	}
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	Train(tiny, opt).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("set %d: two trainings with the same seed differ", opt.Features)
	}
	if got := bytes.HasPrefix(a.Bytes()[1:], []byte(headerStart[1:])); got != (opt.Features == 2 || opt.Lexicon != nil) {
		t.Errorf("set %d: header written %v", opt.Features, got)
	}
	back, err := Read(bufio.NewReader(bytes.NewReader(a.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	if back.set != opt.Features {
		t.Errorf("set %d read back as set %d", opt.Features, back.set)
	}
	if opt.Lexicon != nil && (back.lex == nil || len(back.lex.POS) != len(opt.Lexicon.POS) || len(back.lex.Irregular) != len(opt.Lexicon.Irregular)) {
		t.Errorf("set %d: lexicon not read back: %+v", opt.Features, back.lex)
	}
	if opt.Lexicon == nil && back.lex != nil {
		t.Errorf("set %d: a lexicon read back from a model without one", opt.Features)
	}
	for _, e := range tiny {
		_, x1 := tg.Tag(e.Words)
		_, x2 := back.Tag(e.Words)
		if strings.Join(x1, " ") != strings.Join(x2, " ") {
			t.Errorf("set %d, %q: read-back tagger gives %q, want %q", opt.Features, e.Words, x2, x1)
		}
	}
}

// A model of another feature set (or of the format before the header)
// must be refused, not used to produce nonsense tags.
func TestReadRejectsOtherFeatureSet(t *testing.T) {
	for _, head := range [][]string{{magic, "3"}, {magic, "2x"}, {magic, "2", "gazetteer"}, {magic, "1", "lexicon", "more"}, {"kgparser2", "2"}, {"the", "DT_PDT"}} {
		var buf bytes.Buffer
		if err := perceptron.WriteStrings(&buf, head); err != nil {
			t.Fatal(err)
		}
		_, err := Read(bufio.NewReader(&buf))
		if err == nil || !strings.Contains(err.Error(), "tagger:") {
			t.Errorf("header %q: err %v, want a tagger error", head, err)
		}
	}
}

var testLexicon = &Lexicon{
	POS:       map[string]string{"meet": "nv", "leader": "n", "agree": "v", "well-known": "a", "stop": "nv", "big": "ar", "japan": "nC", "quick": "ar"},
	Irregular: map[string]string{"met": "v", "mice": "n"},
}

func TestSignature(t *testing.T) {
	for w, want := range map[string]string{
		"meet": "n.v", "meets": "Np.Vz", "leaders": "Np", "agreed": "Vd", "agreeing": "Vg",
		"stopped": "Vd", "stopping": "Vg", "bigger": "Ar", "biggest": "As", "quickly": "Al",
		"met": "Iv", "Japan": "C.n", "Mice": "In", "Kishida": "-", "s": "-",
	} {
		if got := testLexicon.sig(w); got != want {
			t.Errorf("sig(%q) = %q, want %q", w, got, want)
		}
	}
}

// A statement without a finite verb gets one: the first past participle
// right after a noun and not before "by" becomes VBD; sentences with a
// finite verb, short ones and ones not ending like a statement keep their
// tags.
func TestFinite(t *testing.T) {
	xpos := []string{"DT", "NN", "VBN", "IN", "NNP", ".", "VBD", "VBZ", "JJ", "NNS", "RB", "PRP", ",", "WDT", "CD"}
	tg := &Tagger{xpos: xpos, vbd: 6, vbz: 7, lex: &Lexicon{Irregular: map[string]string{}, POS: map[string]string{"result": "nv"}}}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"An apartment building collapsed on Monday .", []string{"DT", "NN", "NN", "VBN", "IN", "NNP", "."}, []string{"DT", "NN", "NN", "VBD", "IN", "NNP", "."}},
		// "signed by": a reduced relative; the next participle is the verb.
		{"The decree signed by Francis named Ola .", []string{"DT", "NN", "VBN", "IN", "NNP", "VBN", "NNP", "."}, []string{"DT", "NN", "VBN", "IN", "NNP", "VBD", "NNP", "."}},
		{"The decree signed by Francis is valid .", []string{"DT", "NN", "VBN", "IN", "NNP", "VBZ", "JJ", "."}, nil},
		{"An apartment building collapsed on Monday", []string{"DT", "NN", "NN", "VBN", "IN", "NNP"}, nil},
		{"The bill passed by a vote of 230 .", []string{"DT", "NN", "VBN", "IN", "DT", "NN", "IN", "CD", "."}, []string{"DT", "NN", "VBD", "IN", "DT", "NN", "IN", "CD", "."}},
		// A report closing the sentence is not its finite verb; a later
		// participle with an object wins over one before a preposition.
		{"the number of deaths linked to infections surpassed 100 , University data indicated .", []string{"DT", "NN", "IN", "NNS", "VBN", "IN", "NNS", "VBN", "CD", ",", "NNP", "NN", "VBD", "."},
			[]string{"DT", "NN", "IN", "NNS", "VBN", "IN", "NNS", "VBD", "CD", ",", "NNP", "NN", "VBD", "."}},
		{"The request of the municipalities results from the ruling .", []string{"DT", "NN", "IN", "DT", "NNS", "NNS", "IN", "DT", "NN", "."},
			[]string{"DT", "NN", "IN", "DT", "NNS", "VBZ", "IN", "DT", "NN", "."}},
		{"the casualties increased to 167 from 93 injured people .", []string{"DT", "NNS", "VBN", "IN", "CD", "IN", "CD", "VBN", "NNS", "."},
			[]string{"DT", "NNS", "VBD", "IN", "CD", "IN", "CD", "VBN", "NNS", "."}},
		{"Building collapsed Monday .", []string{"NN", "VBN", "NNP", "."}, nil},
		{"A building , collapsed on Monday .", []string{"DT", "NN", ".", "VBN", "IN", "NNP", "."}, nil},
		// A relative clause's verb is not the sentence's; adverbs may
		// come between subject and verb; "set" may be read as an adjective.
		{"Rioters partly set fire to it , which suffered damage .", []string{"NNS", "RB", "JJ", "NN", "IN", "PRP", ",", "WDT", "VBD", "NN", "."}, []string{"NNS", "RB", "VBD", "NN", "IN", "PRP", ",", "WDT", "VBD", "NN", "."}},
		{"The Coast Guard ( USCG ) called off its search .", []string{"DT", "NNP", "NNP", "IN", "NNP", "IN", "VBN", "IN", "DT", "NN", "."}, []string{"DT", "NNP", "NNP", "IN", "NNP", "IN", "VBD", "IN", "DT", "NN", "."}},
		// A closing report with its day is no finite verb of the sentence.
		{"rain triggered floods , authorities said on Wednesday .", []string{"NN", "VBN", "NNS", ",", "NNS", "VBD", "IN", "NNP", "."},
			[]string{"NN", "VBD", "NNS", ",", "NNS", "VBD", "IN", "NNP", "."}},
		// The verb of a relative clause opened after the candidate is not
		// the sentence's either.
		{"people marched in Belgrade against a mine that critics say poisons rivers .", []string{"NNS", "VBN", "IN", "NNP", "IN", "DT", "NN", "WDT", "NNS", "VBZ", "VBZ", "NNS", "."},
			[]string{"NNS", "VBD", "IN", "NNP", "IN", "DT", "NN", "WDT", "NNS", "VBZ", "VBZ", "NNS", "."}},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.finite(strings.Fields(c.words), cls) })
	}
	// An irregular past read as a noun is the verb, before a participle
	// later in the sentence; a say verb after what was said is not the
	// sentence's finite verb.
	lex := &Lexicon{Irregular: map[string]string{"shot": "v", "taken": "v"}}
	tg = &Tagger{xpos: xpos, vbd: 6, lex: lex}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"A gunman shot shoppers , reported officials , with others injured .",
			[]string{"DT", "NN", "NN", "NNS", ",", "VBD", "NNS", ",", "IN", "NNS", "VBN", "."},
			[]string{"DT", "NN", "VBD", "NNS", ",", "VBD", "NNS", ",", "IN", "NNS", "VBN", "."}},
		{"A gunman shot shoppers and officials reported it .",
			[]string{"DT", "NN", "NN", "NNS", "IN", "NNS", "VBD", "PRP", "."}, nil},
		{"The photo taken shoppers by surprise .", []string{"DT", "NN", "NN", "NNS", "IN", "NN", "."}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.finite(strings.Fields(c.words), cls) })
	}
}

// A past participle after a proper name that follows a subordinating
// conjunction is a past tense.
func TestSubordinateSubject(t *testing.T) {
	xpos := []string{"NNS", "VBD", "IN", "NNP", "VBN", "NN", ".", "DT", "POS", "JJ", "VBZ", "PRP", "CC", "CD"}
	tg := &Tagger{xpos: xpos, vbd: 1, lex: &Lexicon{POS: map[string]string{"involve": "v"}}}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"cases rose because President Ana Ruiz eased measures .", []string{"NNS", "VBD", "IN", "NNP", "NNP", "NNP", "VBN", "NNS", "."}, []string{"NNS", "VBD", "IN", "NNP", "NNP", "NNP", "VBD", "NNS", "."}},
		{"cases of Ana Ruiz eased measures .", []string{"NNS", "IN", "NNP", "NNP", "VBN", "NNS", "."}, nil},
		{"cases rose because measures eased .", []string{"NNS", "VBD", "IN", "NNS", "VBN", "."}, nil},
		// After a say verb: a noun phrase, a participle, its object, no
		// finite verb after.
		{"Rebic said the night 's incidents injured officers .", []string{"NNP", "VBD", "DT", "NN", "POS", "NNS", "VBN", "NNS", "."}, []string{"NNP", "VBD", "DT", "NN", "POS", "NNS", "VBD", "NNS", "."}},
		{"Rebic said the man arrested yesterday was freed .", []string{"NNP", "VBD", "DT", "NN", "VBN", "NN", "VBD", "VBN", "."}, nil},
		// The said clause's verb without object, before a preposition or
		// the end; not before "by", nor after "told" (its hearer).
		{"consensus says birds evolved from dinosaurs .", []string{"NN", "VBZ", "NNS", "VBN", "IN", "NNS", "."}, []string{"NN", "VBZ", "NNS", "VBD", "IN", "NNS", "."}},
		{"Rebic said teams participated .", []string{"NNP", "VBD", "NNS", "VBN", "."}, []string{"NNP", "VBD", "NNS", "VBD", "."}},
		{"Rebic reported 21 confirmed cases .", []string{"NNP", "VBD", "CD", "VBN", "NNS", "."}, nil},
		{"Witnesses said a man approached and attacked men .", []string{"NNS", "VBD", "DT", "NN", "VBN", "CC", "VBD", "NNS", "."}, []string{"NNS", "VBD", "DT", "NN", "VBD", "CC", "VBD", "NNS", "."}},
		{"Witnesses said the man arrested and charged yesterday was freed .", []string{"NNS", "VBD", "DT", "NN", "VBN", "CC", "VBD", "NN", "VBD", "VBN", "."}, nil},
		{"Rebic said the plan proposed by Ruiz .", []string{"NNP", "VBD", "DT", "NN", "VBN", "IN", "NNP", "."}, nil},
		{"Rebic told officers involved in it .", []string{"NNP", "VBD", "NNS", "VBN", "IN", "PRP", "."}, nil},
		// An -ed form read as an adjective that WordNet makes a past.
		{"Rebic said the crash involved officers .", []string{"NNP", "VBD", "DT", "NN", "JJ", "NNS", "."}, []string{"NNP", "VBD", "DT", "NN", "VBD", "NNS", "."}},
		// After a subordinator: a determiner's noun phrase, a participle,
		// a determiner after it.
		{"protests began after the city government proposed an amendment .", []string{"NNS", "VBD", "IN", "DT", "NN", "NN", "VBN", "DT", "NN", "."}, []string{"NNS", "VBD", "IN", "DT", "NN", "NN", "VBD", "DT", "NN", "."}},
		{"protests began after the plan proposed by Ruiz .", []string{"NNS", "VBD", "IN", "DT", "NN", "VBN", "IN", "NNP", "."}, nil},
		{"protests began after the plan proposed yesterday .", []string{"NNS", "VBD", "IN", "DT", "NN", "VBN", "NN", "."}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.subordinateSubject(strings.Fields(c.words), cls) })
	}
}

// A headline's past form after a noun is a participle unless a finite
// verb comes before it.
func TestHeadline(t *testing.T) {
	xpos := []string{"NNS", "VBD", "TO", "NN", "VBZ", "NNP", "PRP", "VBN"}
	tg := &Tagger{xpos: xpos, vbd: 1, vbn: 7}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Tributes paid to actor", []string{"NNS", "VBD", "TO", "NN"}, []string{"NNS", "VBN", "TO", "NN"}},
		{"Woman claims church imprisoned her", []string{"NN", "VBZ", "NNP", "VBD", "PRP"}, nil},
		{"Killed yesterday", []string{"VBD", "NN"}, nil},
		// No verb at all: a participle spelt like a noun after a name.
		{"Officer Ratana shot in centre", []string{"NN", "NNP", "NN", "TO", "NN"}, []string{"NN", "NNP", "VBN", "TO", "NN"}},
		{"Ratana shot pleases crowd", []string{"NNP", "NN", "VBZ", "NN"}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.headline(strings.Fields(c.words), cls) })
	}
}

// A headline with no verb at all reads a plural noun after a noun that is
// also a verb's third person as the verb, unless the next word can be the
// verb of a plural subject.
func TestHeadlineThirdPerson(t *testing.T) {
	xpos := []string{"NN", "NNS", "CD", "IN", "VBZ", "VBN", "VBP", ",", "VBG", "JJS", "NNP", "JJ", "VB"}
	lex := &Lexicon{POS: map[string]string{"meet": "nv", "leader": "n", "stop": "nv"}}
	tg := &Tagger{xpos: xpos, vbd: -1, vbn: 5, vbz: 4, vbp: 6, nns: 1, lex: lex}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Leader meets two leaders", []string{"NN", "NNS", "CD", "NNS"}, []string{"NN", "VBZ", "CD", "NNS"}},
		{"Leader meets stop in town", []string{"NN", "NNS", "NN", "IN", "NN"}, nil},
		{"Leader stops", []string{"NN", "NNS"}, nil},
		// Coordinated with a verb after a comma; "at least" before the
		// object; a gerund is no verb of the headline.
		{"Leader meets two , stops leaders", []string{"NN", "NNS", "CD", ",", "VBZ", "NNS"}, []string{"NN", "VBZ", "CD", ",", "VBZ", "NNS"}},
		{"Leader meets at least two", []string{"NN", "NNS", "IN", "JJS", "CD"}, []string{"NN", "VBZ", "IN", "JJS", "CD"}},
		{"Leader meets two , including leaders", []string{"NN", "NNS", "CD", ",", "VBG", "NNS"}, []string{"NN", "VBZ", "CD", ",", "VBG", "NNS"}},
		// A base form after a plural.
		{"Leaders meet two leaders", []string{"NNS", "NN", "CD", "NNS"}, []string{"NNS", "VBP", "CD", "NNS"}},
		// ... or between two names.
		{"Leaderton meet Stopville", []string{"NNP", "NN", "NNP"}, []string{"NNP", "VBP", "NNP"}},
		{"Leaderton meet leaders", []string{"NNP", "NN", "NNS"}, nil},
		// Read as an adjective; a subordinate clause's verb after "as"
		// is not the headline's.
		{"Leaders meet two leaders", []string{"NNS", "JJ", "CD", "NNS"}, []string{"NNS", "VBP", "CD", "NNS"}},
		{"Leaders meet two leaders as leaders stop", []string{"NNS", "NN", "CD", "NNS", "IN", "NNS", "VB"}, []string{"NNS", "VBP", "CD", "NNS", "IN", "NNS", "VB"}},
		// A preposition and a name after the verb.
		{"Leader meets with Stopville", []string{"NN", "NNS", "IN", "NNP"}, []string{"NN", "VBZ", "IN", "NNP"}},
		{"Leader meets with leaders", []string{"NN", "NNS", "IN", "NNS"}, nil},
		// A preposition of time after a singular subject.
		{"Leader meets after stop", []string{"NN", "NNS", "IN", "NN"}, []string{"NN", "VBZ", "IN", "NN"}},
		{"Leader in town meets after stop", []string{"NN", "IN", "NN", "NNS", "IN", "NN"}, nil},
		// A last word read as a second verb after a name is a plural.
		{"Leaderton meets Stopville leaders", []string{"NNP", "VBZ", "NNP", "VBZ"}, []string{"NNP", "VBZ", "NNP", "NNS"}},
		{"Leaderton meets Stopville", []string{"NNP", "VBZ", "NNP"}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.headline(strings.Fields(c.words), cls) })
	}
}

// checkTagRule runs a sentence-level rule on tags written as XPOS names
// (the test tagger's classes are their indexes in xpos) and checks what it
// makes of them; want nil means unchanged.
func checkTagRule(t *testing.T, xpos []string, name string, tags, want []string, rule func(cls []int)) {
	t.Helper()
	cls := make([]int, len(tags))
	for i, x := range tags {
		cls[i] = slices.Index(xpos, x)
	}
	rule(cls)
	if want == nil {
		want = tags
	}
	got := make([]string, len(cls))
	for i, k := range cls {
		got[i] = xpos[k]
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", name, got, want)
	}
}

// A headline closing with ", says study" keeps the past tense of what the
// source says, also where the model read it as a participle.
func TestHeadlineSaidBySource(t *testing.T) {
	xpos := []string{"NNS", "VBD", "VBN", ",", "VBZ", "NN", "IN"}
	tg := &Tagger{xpos: xpos, vbd: 1, vbn: 2, vbz: 4, vbp: -1, nns: 0}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Egyptians collected birds , says study", []string{"NNS", "VBN", "NNS", ",", "VBZ", "NN"}, []string{"NNS", "VBD", "NNS", ",", "VBZ", "NN"}},
		{"Egyptians collected birds , says study", []string{"NNS", "VBD", "NNS", ",", "VBZ", "NN"}, nil},
		{"Birds collected by Egyptians", []string{"NNS", "VBD", "IN", "NNS"}, []string{"NNS", "VBN", "IN", "NNS"}},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.headline(strings.Fields(c.words), cls) })
	}
}

// A capitalised word read as a verb right before ", who" is a name.
func TestNameBeforeWho(t *testing.T) {
	xpos := []string{"VB", "NNP", ",", "WP", "VBZ", "VBN", "NN", "."}
	tg := &Tagger{xpos: xpos, nnp: 1}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Cook , who has led Apple .", []string{"VB", ",", "WP", "VBZ", "VBN", "NNP", "."}, []string{"NNP", ",", "WP", "VBZ", "VBN", "NNP", "."}},
		{"cook , who has led Apple .", []string{"VB", ",", "WP", "VBZ", "VBN", "NNP", "."}, nil},
		{"Cook the rice .", []string{"VB", "NN", "NN", "."}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.nameBeforeWho(strings.Fields(c.words), cls) })
	}
}

// A naming participle after a comma is no finite verb of the sentence.
func TestNamingParticiple(t *testing.T) {
	xpos := []string{"NNP", "VBD", "DT", "NN", ",", "VBN", "RB", "IN", "."}
	tg := &Tagger{xpos: xpos, vbd: 1, vbn: 5}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Zapata successfully crossed the Channel on a device , called Flyboard Air .",
			[]string{"NNP", "RB", "VBN", "DT", "NNP", "IN", "DT", "NN", ",", "VBD", "NNP", "NNP", "."},
			[]string{"NNP", "RB", "VBD", "DT", "NNP", "IN", "DT", "NN", ",", "VBN", "NNP", "NNP", "."}},
		{"Police called Smith to the station .", []string{"NNP", "VBD", "NNP", "IN", "DT", "NN", "."}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.finite(strings.Fields(c.words), cls) })
	}
}

// A noun after a subordinator and coordinated names, also a verb, before
// its object, is the names' verb.
func TestCoordinatedNamesVerb(t *testing.T) {
	xpos := []string{"NNP", "CC", "NN", "JJ", "NNS", "WRB", "VBP", "."}
	tg := &Tagger{xpos: xpos, vbp: 6, lex: &Lexicon{POS: map[string]string{"face": "nv"}}}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"when Japan and Korea face similar challenges .", []string{"WRB", "NNP", "CC", "NNP", "NN", "JJ", "NNS", "."}, []string{"WRB", "NNP", "CC", "NNP", "VBP", "JJ", "NNS", "."}},
		{"when Japan face similar challenges .", []string{"WRB", "NNP", "NN", "JJ", "NNS", "."}, nil},
		{"and Japan and Korea face similar challenges .", []string{"CC", "NNP", "CC", "NNP", "NN", "JJ", "NNS", "."}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.coordinatedNamesVerb(strings.Fields(c.words), cls) })
	}
}

// An acronym spelt like a wh-word after "the" is a name; "the public"
// before a verb is a noun.
func TestNominal(t *testing.T) {
	xpos := []string{"DT", "WP", "VBD", "NN", "JJ", "NNP", "IN", "NNS", ".", "VBZ", "POS", "?", "VBG"}
	tg := &Tagger{xpos: xpos, nnp: 5, nn: 3, pos: 10, jj: 4}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"The WHO declared a pandemic .", []string{"DT", "WP", "VBD", "DT", "NN", "."}, []string{"DT", "NNP", "VBD", "DT", "NN", "."}},
		{"members of the public stopped Khan .", []string{"NNS", "IN", "DT", "JJ", "VBD", "NNP", "."}, []string{"NNS", "IN", "DT", "NN", "VBD", "NNP", "."}},
		{"the same applies .", []string{"DT", "JJ", "VBD", "."}, nil},
		{"people who declared it .", []string{"NNS", "WP", "VBD", "NN", "."}, nil},
		{"WHO warns of measles", []string{"WP", "VBZ", "IN", "NNS"}, []string{"NNP", "VBZ", "IN", "NNS"}},
		{"Microsoft 's chief executive , Nadella", []string{"NNP", "POS", "JJ", "JJ", ".", "NNP"}, []string{"NNP", "POS", "JJ", "NN", ".", "NNP"}},
		{"its chief executive officer", []string{"DT", "JJ", "JJ", "NN"}, nil},
		{"WHO declared it ?", []string{"WP", "VBD", "NN", "?"}, nil},
		{"WHO chief Tedros spoke .", []string{"WP", "NN", "NNP", "VBD", "."}, []string{"NNP", "NN", "NNP", "VBD", "."}},
		{"Nigeria 's ruling party candidate wins", []string{"NNP", "POS", "VBG", "NN", "NN", "VBZ"}, []string{"NNP", "POS", "JJ", "NN", "NN", "VBZ"}},
		{"Nigeria 's ruling it", []string{"NNP", "POS", "VBG", "DT"}, nil},
		{"Kluge , the WHO 's regional director .", []string{"NNP", ".", "DT", "WP", "VBZ", "JJ", "NN", "."}, []string{"NNP", ".", "DT", "NNP", "POS", "JJ", "NN", "."}},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.nominal(strings.Fields(c.words), cls) })
	}
}

// A noun after a modal and an adverb is the verb it also is.
func TestAfterModal(t *testing.T) {
	xpos := []string{"NNS", "MD", "RB", "NN", "IN", "VB", ".", "JJ", "CD"}
	tg := &Tagger{xpos: xpos, vb: 5, lex: &Lexicon{POS: map[string]string{"worship": "nv", "will": "nv", "free": "av"}}}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Worshippers may now worship at sites .", []string{"NNS", "MD", "RB", "NN", "IN", "NNS", "."}, []string{"NNS", "MD", "RB", "VB", "IN", "NNS", "."}},
		{"Worshippers may worship at sites .", []string{"NNS", "MD", "NN", "IN", "NNS", "."}, nil},
		{"they may now worship of sites .", []string{"NNS", "MD", "RB", "NN", "IN", "NNS", "."}, nil},
		{"Israel will free 60 prisoners", []string{"NNS", "MD", "JJ", "CD", "NNS"}, []string{"NNS", "MD", "VB", "CD", "NNS"}},
		{"Israel will soon free 60 prisoners", []string{"NNS", "MD", "RB", "JJ", "CD", "NNS"}, []string{"NNS", "MD", "RB", "VB", "CD", "NNS"}},
		{"Israel will be free", []string{"NNS", "MD", "VB", "JJ"}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.afterModal(strings.Fields(c.words), cls) })
	}
}

// A headline's report verb read as a plural before a clause's verb is the
// headline's verb; a third person before a particle and its object is one.
func TestHeadlineReport(t *testing.T) {
	xpos := []string{"NNP", "NN", "NNS", "JJ", "NNPS", "VBP", "VBN", "VBZ", "IN", "DT", "."}
	tg := &Tagger{xpos: xpos, vbn: 6, vbz: 7, lex: &Lexicon{POS: map[string]string{"light": "nv"}}}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"US judge rules American Samoans are citizens", []string{"NNP", "NN", "NNS", "JJ", "NNPS", "VBP", "NNS"}, []string{"NNP", "NN", "VBZ", "JJ", "NNPS", "VBP", "NNS"}},
		{"Festival in Taipei lights up the night", []string{"NNP", "IN", "NNP", "NNS", "IN", "DT", "NN"}, []string{"NNP", "IN", "NNP", "VBZ", "IN", "DT", "NN"}},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.headline(strings.Fields(c.words), cls) })
	}
}

// A word read as a perfect's participle that no verb has for one is the
// adjective or noun it also is, and its "have" the verb.
func TestNoParticiple(t *testing.T) {
	// "VBZ " (the verb) is told from "VBZ" (the auxiliary) by a space: checkTagRule finds classes by tag.
	xpos := []string{"NNP", "WDT", "VBZ", "VBN", "NNS", "JJ", "VBZ ", "NN", "."}
	upos := []string{"PROPN", "PRON", "AUX", "VERB", "NOUN", "ADJ", "VERB", "NOUN", "PUNCT"}
	tg := &Tagger{xpos: xpos, upos: upos, vbz: 6, vbd: -1, vbp: -1, vb: -1, jj: 5, nn: 7,
		lex: &Lexicon{POS: map[string]string{"tense": "nva", "come": "v", "walk": "nv", "chat": "nv"}, Irregular: map[string]string{"found": "v"}}}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"Greece which has tense relations", []string{"NNP", "WDT", "VBZ", "VBN", "NNS"}, []string{"NNP", "WDT", "VBZ ", "JJ", "NNS"}},
		{"Greece which has walk", []string{"NNP", "WDT", "VBZ", "VBN"}, []string{"NNP", "WDT", "VBZ ", "NN"}},
		{"Greece which has come", []string{"NNP", "WDT", "VBZ", "VBN"}, nil},
		{"Greece which has found", []string{"NNP", "WDT", "VBZ", "VBN"}, nil},
		{"Greece which has chatted", []string{"NNP", "WDT", "VBZ", "VBN"}, nil},
		{"Greece which has Tense", []string{"NNP", "WDT", "VBZ", "VBN"}, nil},
		{"Greece which is tense", []string{"NNP", "WDT", "VBZ", "VBN"}, nil}, // a passive: "is lead by" misspells "led"
		{"Greece which walk relations", []string{"NNP", "WDT", "VBN", "NNS"}, []string{"NNP", "WDT", "NN", "NNS"}},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.noParticiple(strings.Fields(c.words), cls) })
	}
}

// A content word's closed-class tag outside its ambiguity class gives way
// to the best tag inside it; a function word keeps its rarer uses.
func TestWithinClass(t *testing.T) {
	tg := &Tagger{xpos: []string{"IN", "NN", "VBD", "VB", "PRP$"}}
	scores := []float32{5, 1, 3, 2, 4}
	for _, c := range []struct {
		amb  string
		want int
	}{
		{"NN_VB_VBD", 2}, // "beat": the best of NN, VB, VBD
		{"IN_RB", 0},     // a function word keeps the model's tag
		{"PRP$_PRP", 0},  // so does one whose class is closed ("you" for "your")
		{"JJ_NNS", 0},    // no tag of the model in the class: unchanged
	} {
		if got := tg.withinClass(scores, 0, c.amb); got != c.want {
			t.Errorf("withinClass(%q) = %s, want %s", c.amb, tg.xpos[got], tg.xpos[c.want])
		}
	}
}

// A name particle between two words of names is the name's.
func TestNameParticles(t *testing.T) {
	xpos := []string{"NNP", "NN", "VBD", "IN", "DT"}
	tg := &Tagger{xpos: xpos, nnp: 0}
	checkTagRule(t, xpos, "Lula da Silva won", []string{"NNP", "NN", "NNP", "VBD"}, []string{"NNP", "NNP", "NNP", "VBD"},
		func(cls []int) { tg.nameParticles(strings.Fields("Lula da Silva won"), cls) })
	checkTagRule(t, xpos, "went to da house", []string{"VBD", "IN", "NN", "NN"}, nil,
		func(cls []int) { tg.nameParticles(strings.Fields("went to da house"), cls) })
}

// "her" before an ordinal or "own" is the possessive.
func TestHerBeforeOrdinal(t *testing.T) {
	xpos := []string{"PRP", "PRP$", "JJ", "NNP", "NN", "VBD", "NNS"}
	tg := &Tagger{xpos: xpos, prps: 1}
	for _, c := range []struct {
		words      string
		tags, want []string
	}{
		{"won her 14th Grammy award", []string{"VBD", "PRP", "JJ", "NNP", "NN"}, []string{"VBD", "PRP$", "JJ", "NNP", "NN"}},
		{"founded her own company", []string{"VBD", "PRP", "JJ", "NN"}, []string{"VBD", "PRP$", "JJ", "NN"}},
		{"gave her flowers", []string{"VBD", "PRP", "NNS"}, nil},
	} {
		checkTagRule(t, xpos, c.words, c.tags, c.want, func(cls []int) { tg.herBeforeOrdinal(strings.Fields(c.words), cls) })
	}
}

// A lower-case noun tagged as a name is the noun; an irregular past read
// as a noun after "that" and a name is the verb.
func TestLowerNameAndPastAfterThat(t *testing.T) {
	xpos := []string{"DT", "JJ", "NN", "NNP", "VBD", "IN", "CD", "VBP", "NNS", "$"}
	tg := &Tagger{xpos: xpos, nn: 2, vbd: 4, lex: &Lexicon{POS: map[string]string{"prince": "nC"}, Irregular: map[string]string{"stole": "v"}}}
	checkTagRule(t, xpos, "the Saudi crown prince", []string{"DT", "JJ", "NN", "NNP"}, []string{"DT", "JJ", "NN", "NN"},
		func(cls []int) { tg.lowerName(strings.Fields("the Saudi crown prince"), cls) })
	checkTagRule(t, xpos, "the Saudi crown Prince", []string{"DT", "JJ", "NN", "NNP"}, nil,
		func(cls []int) { tg.lowerName(strings.Fields("the Saudi crown Prince"), cls) })
	checkTagRule(t, xpos, "Prosecutors allege that Smith stole the money", []string{"NNS", "VBP", "IN", "NNP", "NN", "DT", "NN"}, []string{"NNS", "VBP", "IN", "NNP", "VBD", "DT", "NN"},
		func(cls []int) {
			tg.subordinateSubject(strings.Fields("Prosecutors allege that Smith stole the money"), cls)
		})
	checkTagRule(t, xpos, "Prosecutors allege that Smith stole", []string{"NNS", "VBP", "IN", "NNP", "NN"}, nil,
		func(cls []int) { tg.subordinateSubject(strings.Fields("Prosecutors allege that Smith stole"), cls) })
}

// A lower-case word the dictionary has only as an adjective is no noun
// (a verb's -ing or -ed form aside).
func TestAdjectiveOnly(t *testing.T) {
	xpos := []string{"NNP", "NN", "JJ", "IN", "DT"}
	tg := &Tagger{xpos: xpos, jj: 2, lex: &Lexicon{POS: map[string]string{"guilty": "a", "stabbing": "a", "officer": "n"}}}
	checkTagRule(t, xpos, "officer Chauvin guilty of murder", []string{"NN", "NNP", "NN", "IN", "NN"}, []string{"NN", "NNP", "JJ", "IN", "NN"},
		func(cls []int) { tg.adjectiveOnly(strings.Fields("officer Chauvin guilty of murder"), cls) })
	checkTagRule(t, xpos, "a mass stabbing", []string{"DT", "NN", "NN"}, nil,
		func(cls []int) { tg.adjectiveOnly(strings.Fields("a mass stabbing"), cls) })
}

// A lower-case verb after "to" read as a name ("Sue") is the verb, not
// before a capitalised word ("to bin Laden").
func TestLowerVerbAfterTo(t *testing.T) {
	xpos := []string{"NNS", "IN", "NNP", "NN", "TO", "VB", "WP"}
	tg := &Tagger{xpos: xpos, nn: 3, to: 4, vb: 5, lex: &Lexicon{POS: map[string]string{"sue": "v", "bin": "nv"}}}
	checkTagRule(t, xpos, "citizens to sue anyone who", []string{"NNS", "IN", "NNP", "NN", "WP"}, []string{"NNS", "TO", "VB", "NN", "WP"},
		func(cls []int) { tg.lowerName(strings.Fields("citizens to sue anyone who"), cls) })
	checkTagRule(t, xpos, "citizens to bin Laden", []string{"NNS", "IN", "NNP", "NNP"}, nil,
		func(cls []int) { tg.lowerName(strings.Fields("citizens to bin Laden"), cls) })
}

// A plural read as a verb right before the sentence's past verb is the
// noun; a past after a comma and before "by" is a participle.
func TestPluralBeforePastAndCommaParticiple(t *testing.T) {
	xpos := []string{"DT", "NN", "VBN", "IN", "VBZ", "VBD", "JJS", "NNS", ",", "NNP"}
	tg := &Tagger{xpos: xpos, nns: 7, vbd: 5, vbn: 2, lex: &Lexicon{POS: map[string]string{"wind": "nv", "sell": "nv", "use": "nv", "destroy": "v"}}}
	checkTagRule(t, xpos, "wildfire fanned by hurricane winds destroyed most", []string{"NN", "VBN", "IN", "NN", "VBZ", "VBN", "JJS"},
		[]string{"NN", "VBN", "IN", "NN", "NNS", "VBD", "JJS"},
		func(cls []int) {
			tg.pluralBeforePast(strings.Fields("wildfire fanned by hurricane winds destroyed most"), cls)
		})
	checkTagRule(t, xpos, "the company sells used cars", []string{"DT", "NN", "VBZ", "VBN", "NNS"}, nil,
		func(cls []int) { tg.pluralBeforePast(strings.Fields("the company sells used cars"), cls) })
	checkTagRule(t, xpos, "Toyota reported profit , helped by yen", []string{"NNP", "VBD", "NN", ",", "VBD", "IN", "NN"},
		[]string{"NNP", "VBD", "NN", ",", "VBN", "IN", "NN"},
		func(cls []int) { tg.commaParticiple(strings.Fields("Toyota reported profit , helped by yen"), cls) })
}

// A past form right after a sentence-opening name is the name's verb
// when the next finite verb is its conjunct.
func TestNamePast(t *testing.T) {
	xpos := []string{"NNP", "VBN", "TO", "VB", "NNS", "CC", "VBD", "VBD", "NN", "IN"}
	tg := &Tagger{xpos: xpos, vbd: 6}
	checkTagRule(t, xpos, "Macron promised to deliver systems and said", []string{"NNP", "VBN", "TO", "VB", "NNS", "CC", "VBD"},
		[]string{"NNP", "VBD", "TO", "VB", "NNS", "CC", "VBD"},
		func(cls []int) { tg.namePast(strings.Fields("Macron promised to deliver systems and said"), cls) })
	checkTagRule(t, xpos, "Troops stationed in Iraq returned", []string{"NNS", "VBN", "IN", "NNP", "VBD"}, nil,
		func(cls []int) { tg.namePast(strings.Fields("Troops stationed in Iraq returned"), cls) })
}
