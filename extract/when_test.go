package extract

import "testing"

func TestResolveTime(t *testing.T) {
	const doc = "2025-03-12" // a Wednesday
	for _, c := range []struct {
		phrase string
		future bool
		want   string
	}{
		{"yesterday", false, "2025-03-11"},
		{"on Monday", false, "2025-03-10"},
		{"on Friday", true, "2025-03-14"},
		{"on Wednesday", false, "Wednesday"},
		{"June 3", false, "2025-06-03"},
		{"yesterday afternoon", false, "2025-03-11"},
		{"Monday morning", false, "2025-03-10"},
		{"last night", false, "2025-03-11"},
		{"this morning", false, "2025-03-12"},
		{"tonight", true, "2025-03-12"},
		{"tomorrow evening", true, "2025-03-13"},
		{"Wednesday night", false, "Wednesday night"},
		{"last week", false, "last week"},
		{"morning", false, "morning"},
	} {
		if got := resolveTime(c.phrase, doc, c.future); got != c.want {
			t.Errorf("resolveTime(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
}
