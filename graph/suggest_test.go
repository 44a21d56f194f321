package graph

import (
	"slices"
	"testing"

	"github.com/kgraph/kg/fact"
)

func TestSuggest(t *testing.T) {
	ents := []fact.Entity{
		{Name: "Fumio Kishida", Aliases: []string{"Kishida"}},
		{Name: "D"}, {Name: "S. Lexington Avenue", Aliases: []string{"S"}},
		{Name: "Lee Jae-myung", Aliases: []string{"Lee"}},
		{Name: "Kim Jong-un"},
		{Name: "Donald Trump", Aliases: []string{"Trump"}},
	}
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Kishda", []string{"Fumio Kishida"}},                 // a typo
		{"Prime Minister Kishida", []string{"Fumio Kishida"}}, // a name inside the asked one
		{"Kishidas", []string{"Fumio Kishida"}},
		{"Trumpp", []string{"Donald Trump"}},
		{"Kishimoto", nil}, // shares only letters: no suggestion, and never "D" or "S"
	} {
		got := suggest(c.name, ents, 5)
		if !slices.Equal(got, c.want) {
			t.Errorf("suggest(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
