package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// ErrQueryTimeout is returned (wrapped) when a Gizmo query runs too long.
var ErrQueryTimeout = errors.New("query stopped at its time limit")

// Query runs a Gizmo (JavaScript) query and returns at most limit results
// as JSON-ready values. The script runs in Cayley's goja sandbox, which has
// no file, network or module access; it is interrupted at the timeout
// (default 10s).
func (s *Store) Query(ctx context.Context, src string, limit int, timeout time.Duration) ([]any, error) {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	if limit <= 0 {
		limit = 1000
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	sess := gizmo.NewSession(s.qs)
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("query: %v", oneLine(err))
	}
	defer it.Close()
	var out []any
	for len(out) < limit && it.Next(ctx) {
		out = append(out, it.Result())
	}
	if ctx.Err() == context.DeadlineExceeded {
		return out, fmt.Errorf("%w (%s)", ErrQueryTimeout, timeout)
	}
	if err := it.Err(); err != nil {
		return out, fmt.Errorf("query: %v", oneLine(err))
	}
	return out, nil
}
