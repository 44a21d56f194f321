package exporters

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDouble(t *testing.T) {
	for f, want := range map[float64]string{0.8: "8.0E-1", 0.92: "9.2E-1", 1: "1.0E0", 0: "0.0E0", -12.5: "-1.25E1", 1e300: "1.0E300", math.NaN(): "NaN", math.Inf(1): "INF"} {
		if got := double(f); got != want {
			t.Errorf("double(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestPct(t *testing.T) {
	for in, want := range map[string]string{"lee-jae-myung": "lee-jae-myung", "be member of": "be%20member%20of", "": "_",
		"a/b.c:d@e": "a%2Fb%2Ec%3Ad%40e", "이": "%EC%9D%B4", "\xff": "%FF", "%41": "%2541"} {
		if got := pct(in); got != want {
			t.Errorf("pct(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{"plain": "plain", "a\x00b": "a\uFFFDb", "\xffx": "\uFFFDx", "tab\tnl\n": "tab\tnl\n",
		"\u202eRTL": "\u202eRTL", "\x1b[31m": "\uFFFD[31m", "\uFFFE": "\uFFFD"} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
	long := strings.Repeat("é", 5000)
	if got := truncate(long, 60); utf8.RuneCountInString(got) != 60 || !strings.HasSuffix(got, "…") {
		t.Errorf("truncate: %d runes", utf8.RuneCountInString(got))
	}
}
