package bench

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// pgServer is a throwaway PostgreSQL cluster for the bench: a cluster in a
// temporary directory, listening on 127.0.0.1 on a free port, run as the
// postgres user when the bench runs as root (initdb refuses root). It is
// what graph/internal/pgtest does for the tests, with PostgreSQL's default
// durability (fsync on), since the figures are meant for users.
type pgServer struct {
	dir, bin, asUser string
	port             int
	stopped          bool
}

// findPostgres returns the directory holding initdb and pg_ctl, or "".
func findPostgres() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		a, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[i])))
		b, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[j])))
		return a > b
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	return ""
}

// startPostgres starts a cluster under parent and returns it; DSN names
// its postgres database.
func startPostgres(bin, parent string) (*pgServer, error) {
	dir, err := os.MkdirTemp(parent, "pg-")
	if err != nil {
		return nil, err
	}
	s := &pgServer{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, fmt.Errorf("running as root and there is no postgres user to run the server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		// The server's user must reach its directory.
		for d := dir; d != parent && d != "/"; d = filepath.Dir(d) {
			os.Chmod(d, 0o755)
		}
		os.Chmod(parent, 0o755)
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
		return nil, fmt.Errorf("initdb: %v: %s", err, firstLine(string(out)))
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1", s.port, dir)
	if out, err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		return nil, fmt.Errorf("pg_ctl start: %v: %s %s", err, firstLine(string(out)), strings.TrimSpace(string(log)))
	}
	return s, nil
}

func (s *pgServer) run(prog string, args ...string) ([]byte, error) {
	name := filepath.Join(s.bin, prog)
	if s.asUser != "" {
		args = append([]string{"-u", s.asUser, "--", name}, args...)
		name = "runuser"
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = s.dir
	return cmd.CombinedOutput()
}

// DSN is the connection string of the cluster's postgres database.
func (s *pgServer) DSN() string {
	return fmt.Sprintf("postgres://kg@127.0.0.1:%d/postgres?sslmode=disable", s.port)
}

// stop stops the server and removes its files; later calls do nothing.
func (s *pgServer) stop() {
	if s.stopped {
		return
	}
	s.stopped = true
	s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.dir)
}
