package pgserver

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
	"time"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// Server is a running PostgreSQL cluster.
type Server struct {
	dir, bin string
	port     int
	asUser   string // run commands as this user ("" = ourselves)
	stopOnce sync.Once
}

// FindBin returns the directory holding initdb and pg_ctl: the one on PATH,
// else the newest /usr/lib/postgresql/*/bin; "" when there is none.
func FindBin() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	version := func(binDir string) int {
		v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
		return v
	}
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	return ""
}

// Start initialises and starts a cluster with the binaries in bin, in a
// new directory under parent ("" is the system's temporary directory).
// durable false turns fsync off: tests want speed, benchmarks want the
// durability users get.
func Start(bin, parent string, durable bool) (*Server, error) {
	dir, err := os.MkdirTemp(parent, "kg-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root and there is no postgres user to run the server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		// The server's user must reach its directory: parent (the
		// caller's own work directory) may be private.
		if parent != "" {
			if fi, err := os.Stat(parent); err == nil && fi.Mode().Perm()&0o001 == 0 {
				os.Chmod(parent, fi.Mode().Perm()|0o711)
			}
		}
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		s.asUser = "postgres"
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	data := filepath.Join(dir, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "kg", "--auth=trust", "-E", "UTF8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v: %s", err, firstLine(string(out)))
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1", s.port, dir)
	if !durable {
		opts += " -c fsync=off"
	}
	if out, err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pg_ctl start: %v: %s %s", err, firstLine(string(out)), strings.TrimSpace(string(log)))
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

// Stop stops the server and removes its files; later calls do nothing.
func (s *Server) Stop() {
	s.stopOnce.Do(func() {
		s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
		os.RemoveAll(s.dir)
	})
}

// DSN returns the connection string of database db.
func (s *Server) DSN(db string) string {
	return fmt.Sprintf("postgres://kg@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// CreateDB creates an empty database named db (a plain identifier). A
// server that has just started may still refuse connections for a moment.
func (s *Server) CreateDB(db string) error {
	conn, err := sql.Open("postgres", s.DSN("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close()
	var lastErr error
	for i := 0; i < 50; i++ {
		if _, lastErr = conn.Exec("CREATE DATABASE " + db); lastErr == nil {
			return nil
		}
		if !strings.Contains(lastErr.Error(), "starting up") && !strings.Contains(lastErr.Error(), "connection refused") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("creating database %s: %v", db, lastErr)
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

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
