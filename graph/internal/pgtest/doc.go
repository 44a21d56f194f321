// Package pgtest starts a real, throwaway PostgreSQL server for tests: a
// cluster in a temporary directory, listening on 127.0.0.1 on a free port,
// run as the unprivileged postgres user when the tests run as root (initdb
// refuses root), and stopped by Stop. Tests skip when PostgreSQL is not
// installed, or fail under make test (internal/testtools).
package pgtest
