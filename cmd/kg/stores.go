package main

import (
	"context"
	"fmt"

	"github.com/kgraph/kg/graph"
)

// openFilled opens a store read-only for a command that shows its contents
// and refuses an empty one: an empty store is almost always a wrong --db,
// better said than drawn as an empty graph.
func openFilled(ctx context.Context, dsn string) (*graph.Store, error) {
	st, err := openStore(dsn, graph.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	docs, err := st.Docs(ctx)
	if err == nil && len(docs) == 0 {
		err = fmt.Errorf("store %s holds no documents (kg build adds some)", storeName(dsn))
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}
