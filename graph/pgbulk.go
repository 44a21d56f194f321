package graph

import (
	"database/sql"
	"errors"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
)

// pgKind is Cayley's PostgreSQL backend with kg's bulk writer: the same
// tables, queries and transactions as "postgres" (less the foreign keys,
// see below), but Cayley's per-row INSERT statements (one round trip to
// the server for every node and every quad, which bounded loading at
// ~5,000 quads/s) become multi-row INSERTs of up to pgRows rows. It plugs
// in through the RunTx hook of Cayley's SQL flavour registry, inside the
// transaction Cayley opens.
const pgKind = "kg-postgres"

// pgRows is the number of rows per INSERT statement (PostgreSQL allows
// 65,535 parameters; a node row has at most 5).
const pgRows = 2000

func init() {
	csql.Register(pgKind, csql.Registration{
		Driver:             "postgres",
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		// Cayley's foreign keys from quads to nodes cost four index
		// look-ups and four row locks on nodes per quad inserted (hub
		// nodes such as predicates are locked by every quad), which
		// halved the load rate; Cayley's reference counts keep nodes and
		// quads consistent without them. Databases made by an older kg
		// keep theirs and work the same.
		NoForeignKeys: true,
		Error:         postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: pgBulkRunTx,
	})
}

// pgBulkRunTx does what Cayley's postgres RunTx does (add nodes with their
// reference counts, then quads), in multi-row statements.
func pgBulkRunTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	// Nodes, grouped by value type (each has its own columns).
	type group struct {
		cols []string
		rows [][]any
	}
	groups := map[csql.ValueType]*group{}
	var order []csql.ValueType
	for _, n := range nodes {
		if n.RefInc < 0 {
			return errors.New("kg-postgres: unexpected node decrement")
		}
		key, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		g := groups[key]
		if g == nil {
			g = &group{cols: append([]string{"refs", "hash"}, key.Columns()...)}
			groups[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, append([]any{n.RefInc}, vals...))
	}
	for _, key := range order {
		g := groups[key]
		for len(g.rows) > 0 {
			chunk := g.rows[:min(len(g.rows), pgRows)]
			g.rows = g.rows[len(chunk):]
			q := `INSERT INTO nodes(` + strings.Join(g.cols, ", ") + `) VALUES ` + placeholders(len(chunk), len(g.cols), "") +
				` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs;`
			if _, err := tx.Exec(q, flatten(chunk)...); err != nil {
				return err
			}
		}
	}
	// Quads.
	end := ";"
	if opts.IgnoreDup {
		end = " ON CONFLICT DO NOTHING;"
	}
	rows := make([][]any, 0, min(len(quads), pgRows))
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		q := `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ` +
			placeholders(len(rows), 4, "now()") + end
		_, err := tx.Exec(q, flatten(rows)...)
		rows = rows[:0]
		return err
	}
	for _, d := range quads {
		if d.Del {
			return errors.New("kg-postgres: unexpected quad delete")
		}
		row := make([]any, 0, 4)
		for _, h := range d.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
		if len(rows) == pgRows {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// placeholders writes n rows of k parameters ($1, $2, …), each row ending
// with extra when given.
func placeholders(n, k int, extra string) string {
	var b strings.Builder
	p := 1
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		for j := 0; j < k; j++ {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(p))
			p++
		}
		if extra != "" {
			b.WriteByte(',')
			b.WriteString(extra)
		}
		b.WriteByte(')')
	}
	return b.String()
}

func flatten(rows [][]any) []any {
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	out := make([]any, 0, n)
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
