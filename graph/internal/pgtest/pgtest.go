package pgtest

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/kgraph/kg/internal/pgserver"
	"github.com/kgraph/kg/internal/testtools"
)

// Server is the tests' running PostgreSQL cluster (fsync off).
type Server struct {
	*pgserver.Server
	mu sync.Mutex
	n  int
}

var (
	once   sync.Once
	shared *Server
	err    error
)

// Start returns the process's shared server, starting it on first use.
// Call Stop from TestMain after m.Run.
func Start(t testing.TB) *Server {
	t.Helper()
	bin := pgserver.FindBin()
	if bin == "" {
		testtools.Command(t, "initdb") // skips, or fails under make test
	}
	once.Do(func() {
		var s *pgserver.Server
		if s, err = pgserver.Start(bin, "", false); err == nil {
			shared = &Server{Server: s}
		}
	})
	if err != nil {
		t.Fatalf("starting PostgreSQL: %v", err)
	}
	return shared
}

// Stop stops the shared server, if one was started, and removes its files.
func Stop() {
	if shared != nil {
		shared.Server.Stop()
	}
}

// NewDB creates a fresh, empty database and returns its connection string.
func (s *Server) NewDB(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.n++
	name := fmt.Sprintf("kg_%d_%d", os.Getpid(), s.n)
	s.mu.Unlock()
	if err := s.CreateDB(name); err != nil {
		t.Fatal(err)
	}
	return s.DSN(name)
}
