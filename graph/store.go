package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers "cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers "postgres"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Options tune how a store is opened.
type Options struct {
	// ReadOnly opens the store for queries only; several readers may share it.
	ReadOnly bool
	// Wait is how long to wait for another kg process to release the store
	// before failing with ErrLocked. Zero fails at once.
	Wait time.Duration
}

// ErrLocked is returned (wrapped) when another process holds the store.
var ErrLocked = errors.New("store is in use by another kg process")

// LockedError says which process holds the store.
type LockedError struct {
	Store string
	PID   int // 0 when unknown
}

func (e *LockedError) Error() string {
	if e.PID > 0 {
		return fmt.Sprintf("store %s is in use by another kg process (pid %d)", e.Store, e.PID)
	}
	return fmt.Sprintf("store %s is in use by another process", e.Store)
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// Store is an open kg graph store. Its methods are safe for concurrent use;
// writes are serialised.
type Store struct {
	qs       cgraph.QuadStore
	name     string // what the user called it, for messages
	kind     string // "bolt", "memory", "postgres", "cockroach"
	readOnly bool
	lock     *os.File
	writeMu  sync.Mutex // held by an open Batch
	bkv      *batchKV   // Bolt only
	indexed  bool       // Bolt with kg's adjacency index (see adjacency.go)
	summary  bool       // Bolt with kg's per-entity summaries (see summary.go)
	// keyIndexed: Bolt with the kg_key name index (see adjacency.go)
	keyIndexed bool
	// docSummary: and the document summaries (kg_doc)
	docSummary bool
	copts      cgraph.Options
}

// DefaultPath is the store used when none is named and $KG_DB is unset.
const DefaultPath = "kg.db"

// Open opens (creating when needed) the store named by dsn:
//
//	""              $KG_DB, or ./kg.db
//	"memory"        an in-memory store, gone on Close
//	"postgres://…"  Cayley's SQL backend on PostgreSQL
//	"cockroach://…" Cayley's SQL backend on CockroachDB
//	anything else   the path of a Bolt file
func Open(dsn string, opts Options) (*Store, error) {
	if dsn == "" {
		dsn = os.Getenv("KG_DB")
	}
	if dsn == "" {
		dsn = DefaultPath
	}
	switch {
	case dsn == "memory" || dsn == "memory:":
		return &Store{qs: memstore.New(), name: "memory", kind: "memory", readOnly: opts.ReadOnly}, nil
	case strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://"):
		return openSQL("postgres", dsn, redact(dsn), opts)
	case strings.HasPrefix(dsn, "cockroach://"):
		// Cayley's cockroach backend speaks the PostgreSQL wire protocol.
		return openSQL("cockroach", "postgresql://"+strings.TrimPrefix(dsn, "cockroach://"), redact(dsn), opts)
	}
	return openBolt(dsn, opts)
}

// redact hides a password in a connection string used in messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "the database"
	}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	return u.String()
}

func openSQL(kind, dsn, name string, opts Options) (*Store, error) {
	ckind := kind
	if kind == "postgres" {
		ckind = pgKind // same tables, bulk inserts (pgbulk.go)
	}
	if !opts.ReadOnly {
		if err := cgraph.InitQuadStore(ckind, dsn, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("store %s: %v", name, oneLine(err))
		}
	}
	qs, err := cgraph.NewQuadStore(ckind, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("store %s: %v", name, oneLine(err))
	}
	return &Store{qs: qs, name: name, kind: kind, readOnly: opts.ReadOnly}, nil
}

func openBolt(path string, opts Options) (st *Store, err error) {
	name := path
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("store %s is a directory, not a kg store file", name)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("store %s: %v", name, pathErr(err))
	} else if err != nil && opts.ReadOnly {
		return nil, fmt.Errorf("store %s does not exist (run kg build first)", name)
	}
	lock, created, err := lockFile(path, name, opts)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			lock.Close()
			if created {
				os.Remove(path)
			}
		}
	}()
	if !created {
		if fi, err := lock.Stat(); err == nil && fi.Size() == 0 {
			created = true // an empty file is a store that was never written
		}
	}
	timeout := opts.Wait
	if timeout <= 0 {
		timeout = 100 * time.Millisecond
	}
	// The hashmap freelist finds free pages in constant time (the default
	// array scans the list); the file format is the same.
	db, err := hbolt.Open(path, &bolt.Options{Timeout: timeout, ReadOnly: opts.ReadOnly, FreelistType: bolt.FreelistMapType, InitialMmapSize: 1 << 30})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, &LockedError{Store: name}
	} else if err != nil && created {
		// Writing a new file's first pages failed: a full disk, say.
		return nil, fmt.Errorf("store %s: cannot create: %v", name, oneLine(err))
	} else if err != nil {
		return nil, fmt.Errorf("store %s is not a kg store or is damaged: %v", name, oneLine(err))
	}
	// Cayley's duplicate filter costs a scan of the whole store at open and
	// ~15% of a load, and never helps kg: every quad kg adds has its
	// document as label, a node new in that call, so Cayley skips the
	// duplicate check for it anyway (and kg never re-adds a stored document).
	copts := cgraph.Options{ckv.OptNoBloom: true}
	bkv := &batchKV{KV: db, db: db.DB(), flat: created && !oldLayout}
	if !created {
		bkv.db.View(func(tx *bolt.Tx) error {
			if b := tx.Bucket(kgMetaBucket); b != nil {
				bkv.flat = len(b.Get(flatKey[1])) > 0
			}
			return nil
		})
	}
	if created && !opts.ReadOnly {
		if err := ckv.Init(bkv, copts); err != nil {
			db.Close()
			return nil, fmt.Errorf("store %s: cannot initialise: %v", name, oneLine(err))
		}
		if err := bkv.Update(context.Background(), func(tx hkv.Tx) error {
			if oldLayout {
				return tx.Put(context.Background(), metaKey, []byte("1"))
			}
			if err := tx.Put(context.Background(), summaryKey, []byte(summaryVersion)); err != nil {
				return err
			}
			if err := tx.Put(context.Background(), flatKey, []byte("1")); err != nil {
				return err
			}
			if err := tx.Put(context.Background(), keysKey, []byte("1")); err != nil {
				return err
			}
			return tx.Put(context.Background(), metaKey, []byte("1"))
		}); err != nil {
			db.Close()
			return nil, fmt.Errorf("store %s: cannot initialise: %v", name, oneLine(err))
		}
	}
	qs, err := ckv.New(bkv, copts)
	if err != nil {
		db.Close()
		if errors.Is(err, cgraph.ErrNotInitialized) {
			return nil, fmt.Errorf("store %s is a Bolt file but not a kg store", name)
		}
		return nil, fmt.Errorf("store %s is not a kg store or is damaged: %v", name, oneLine(err))
	}
	st = &Store{qs: qs, name: name, kind: "bolt", readOnly: opts.ReadOnly, lock: lock, bkv: bkv, copts: copts}
	st.indexed = st.hasMeta(metaKey)
	if st.indexed {
		st.summary, st.docSummary = st.hasSummary()
		st.keyIndexed = st.hasMeta(keysKey)
	}
	return st, nil
}

// oldLayout makes new Bolt stores as kg did before the flat value buckets
// and the summaries (tests of compatibility only).
var oldLayout = false

// pathErr shortens an *os.PathError to its cause; the caller names the file.
func pathErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

// Name is the store's name as given (passwords redacted).
func (s *Store) Name() string { return s.name }

// Kind is the backend: bolt, memory, postgres or cockroach.
func (s *Store) Kind() string { return s.kind }

// Close flushes and closes the store and releases its lock.
func (s *Store) Close() error {
	if s == nil || s.qs == nil {
		return nil
	}
	err := s.qs.Close()
	s.qs = nil
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
	if err != nil {
		return fmt.Errorf("store %s: %v", s.name, oneLine(err))
	}
	return nil
}

// ctxErr checks for cancellation between batches of work.
func ctxErr(ctx context.Context) error {
	if ctx == nil {
		return nil
	}
	return ctx.Err()
}
