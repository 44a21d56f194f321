package extract

import (
	"testing"

	"github.com/kgraph/kg/fact"
)

// TestInvertedSpeechAttribution: "..., said <title> <name> on <day>" and
// "..., say <people>" attribute the clause to the speaker as non-inverted
// "X said ..." does: the resolved name, without title, time or place.
func TestInvertedSpeechAttribution(t *testing.T) {
	by := func(name string) func(fact.Triple) bool {
		return func(t fact.Triple) bool { return t.Attribution == name }
	}
	checkNews(t, "Spain will raise fuel taxes, said Finance Minister Ana Ruiz on Tuesday. \"I will protect the farmers,\" said Ruiz.",
		[]newsFact{{"Spain", "raise", "fuel taxes", by("Ana Ruiz")}, {"Ana Ruiz", "protect", "the farmers", by("Ana Ruiz")}},
		nil)
	// The same facts said the usual way give the same attribution.
	checkNews(t, "Finance Minister Ana Ruiz said on Tuesday that Spain will raise fuel taxes.",
		[]newsFact{{"Spain", "raise", "fuel taxes", by("Ana Ruiz")}}, nil)
	checkNews(t, "The drug cuts the risk of stroke, say researchers. Sea levels will swallow coastal towns, warn scientists.",
		[]newsFact{{"The drug", "cut", "the risk of stroke", by("researchers")}, {"Sea levels", "swallow", "coastal towns", by("scientists")}},
		[]newsFact{{"The drug", "say", "researchers", nil}, {"Sea levels", "warn", "scientists", nil}})
	checkNews(t, "Finance Minister Ana Ruiz met bankers in Madrid. Spain will cut fuel taxes, said Ruiz Monday.",
		[]newsFact{{"Spain", "cut", "fuel taxes", by("Ana Ruiz")}}, nil)
}
