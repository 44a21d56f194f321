package fact

import "testing"

func TestEntityID(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Lee Jae-myung", "lee-jae-myung"},
		{"U.S.", "u-s"},
		{"Zoë  Ångström", "zoe-angstrom"},
		{"G7", "g7"},
	} {
		if got := EntityID(c.name); got != c.want {
			t.Errorf("EntityID(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	if a, b := EntityID("이재명"), EntityID("윤석열"); a == b || a == "" {
		t.Errorf("Hangul names must get distinct non-empty IDs: %q %q", a, b)
	}
}

func TestDocIDStable(t *testing.T) {
	if DocID("a") != DocID("a") || DocID("a") == DocID("b") || len(DocID("a")) != 16 {
		t.Fatal("DocID must be a stable 16-hex content hash")
	}
}
