// Package pgserver starts and stops a throwaway PostgreSQL cluster from
// Debian's binaries: a cluster in a temporary directory, listening on
// 127.0.0.1 on a free port, run as the postgres user when the caller is
// root (initdb refuses root). The graph tests (graph/internal/pgtest) and
// make bench (internal/bench) use it.
package pgserver
