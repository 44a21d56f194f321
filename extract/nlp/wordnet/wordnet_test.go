package wordnet

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadSynsets(t *testing.T) {
	data := "  1 licence header\n" +
		"00000001 15 n 02 Paris 0 City_of_Light 0 001 @i 00000009 n 0000 | capital of France\n" +
		"00000002 00 a 01 big(a) 0 000 | large\n"
	var got []Synset
	if err := ReadSynsets(strings.NewReader(data), func(s Synset) { got = append(got, s) }); err != nil {
		t.Fatal(err)
	}
	want := []Synset{
		{LexFile: 15, Words: []string{"Paris", "City_of_Light"}, Instance: true},
		{LexFile: 0, Words: []string{"big"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for _, bad := range []string{"", "  header only\n", "00000001 xx n 01 a 0 000 |\n", "00000001 15 n 03 a 0 000 |\n", "00000001 15 n 01 a 0 002 @ 1 n 0000 |\n"} {
		if err := ReadSynsets(strings.NewReader(bad), func(Synset) {}); err == nil {
			t.Errorf("ReadSynsets(%q): no error", bad)
		}
	}
}

func TestReadExceptions(t *testing.T) {
	got := map[string][]string{}
	err := ReadExceptions(strings.NewReader("fled flee\naxes axe axis\n"), func(form string, lemmas []string) { got[form] = lemmas })
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string][]string{"fled": {"flee"}, "axes": {"axe", "axis"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if err := ReadExceptions(strings.NewReader("fled\n"), func(string, []string) {}); err == nil {
		t.Error("an exception line without a lemma: no error")
	}
}
