package graph

import (
	"os"
	"testing"

	"github.com/kgraph/kg/graph/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}

// extraBackends adds a real PostgreSQL server (started once per test run).
func extraBackends(t *testing.T) []backend {
	return []backend{{"postgres", func(t *testing.T) *Store {
		dsn := pgtest.Start(t).NewDB(t)
		st, err := Open(dsn, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}}}
}
