package pgtest

import (
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgraph/kg/internal/testtools"
	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// Server is a running PostgreSQL cluster.
type Server struct {
	dir, bin string
	port     int
	asUser   string // run commands as this user ("" = ourselves)
	mu       sync.Mutex
	n        int
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
	bin := findBin()
	if bin == "" {
		testtools.Command(t, "initdb") // skips, or fails under make test
	}
	once.Do(func() { shared, err = start(bin) })
	if err != nil {
		t.Fatalf("starting PostgreSQL: %v", err)
	}
	return shared
}

// Stop stops the shared server, if one was started, and removes its files.
func Stop() {
	if shared != nil {
		shared.stop()
	}
}

// findBin returns the newest /usr/lib/postgresql/*/bin holding initdb.
func findBin() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	return ""
}

func version(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

func start(bin string) (*Server, error) {
	dir, err := os.MkdirTemp("", "kg-pgtest-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, fmt.Errorf("running as root and there is no postgres user to run the server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
		s.asUser = "postgres"
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	data := filepath.Join(dir, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "kg", "--auth=trust", "-E", "UTF8", "--no-sync"); err != nil {
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", s.port, dir)
	if out, err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		return nil, fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	return s, nil
}

func (s *Server) run(prog string, args ...string) ([]byte, error) {
	name := filepath.Join(s.bin, prog)
	if s.asUser != "" {
		args = append([]string{"-u", s.asUser, "--", name}, args...)
		name = "runuser"
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = s.dir
	return cmd.CombinedOutput()
}

func (s *Server) stop() {
	s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.dir)
}

// DSN returns the connection string of database db.
func (s *Server) DSN(db string) string {
	return fmt.Sprintf("postgres://kg@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// NewDB creates a fresh, empty database and returns its connection string.
func (s *Server) NewDB(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.n++
	name := fmt.Sprintf("kg_%d_%d", os.Getpid(), s.n)
	s.mu.Unlock()
	db, err := sql.Open("postgres", s.DSN("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var lastErr error
	for i := 0; i < 50; i++ {
		if _, lastErr = db.Exec("CREATE DATABASE " + name); lastErr == nil {
			return s.DSN(name)
		}
		if !strings.Contains(lastErr.Error(), "starting up") && !strings.Contains(lastErr.Error(), "connection refused") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("creating database %s: %v", name, lastErr)
	return ""
}

// CPU is the CPU time (user+system) the server's processes have used so
// far, exited backends included, or 0 when it cannot be read. Benchmarks
// use it: on a shared machine the server's CPU is the steadier figure.
func (s *Server) CPU() time.Duration {
	pidFile, err := os.ReadFile(filepath.Join(s.dir, "data", "postmaster.pid"))
	if err != nil {
		return 0
	}
	master, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(pidFile), "\n", 2)[0]))
	if err != nil {
		return 0
	}
	tick := 100 // USER_HZ on Linux
	var total int64
	procs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		// Fields after the command name (which may hold spaces).
		i := strings.LastIndexByte(string(b), ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		if len(f) < 15 {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		ppid, _ := strconv.Atoi(f[1])
		if pid != master && ppid != master {
			continue
		}
		n := 2 // utime, stime
		if pid == master {
			n = 4 // and the reaped children's cutime, cstime
		}
		for _, x := range f[11 : 11+n] {
			v, _ := strconv.ParseInt(x, 10, 64)
			total += v
		}
	}
	return time.Duration(total) * time.Second / time.Duration(tick)
}
