//go:build unix

package graph

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
)

// lockFile opens the Bolt file and takes a POSIX record lock on it, shared
// for readers and exclusive for writers. Unlike Bolt's own flock, a POSIX
// lock tells a refused process who holds it (F_GETLK), and it is released
// by the kernel when the holder dies, so kill -9 never leaves a stale lock.
// (On Linux POSIX locks and Bolt's flock do not interact.)
func lockFile(path, name string, opts Options) (f *os.File, created bool, err error) {
	flag, typ := os.O_RDWR, int16(syscall.F_WRLCK)
	if opts.ReadOnly {
		flag, typ = os.O_RDONLY, int16(syscall.F_RDLCK)
	}
	f, err = os.OpenFile(path, flag, 0)
	if errors.Is(err, os.ErrNotExist) && !opts.ReadOnly {
		f, err = os.OpenFile(path, flag|os.O_CREATE|os.O_EXCL, 0o644)
		created = err == nil
	}
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, false, fmt.Errorf("store %s does not exist (run kg build first)", name)
		}
		if errors.Is(err, os.ErrPermission) {
			if created || !opts.ReadOnly {
				return nil, false, fmt.Errorf("store %s is not writable: %v", name, pathErr(err))
			}
		}
		return nil, false, fmt.Errorf("store %s: %v", name, pathErr(err))
	}
	lk := syscall.Flock_t{Type: typ, Whence: io.SeekStart}
	deadline := time.Now().Add(opts.Wait)
	for {
		err = syscall.FcntlFlock(f.Fd(), syscall.F_SETLK, &lk)
		if err == nil {
			return f, created, nil
		}
		if !errors.Is(err, syscall.EAGAIN) && !errors.Is(err, syscall.EACCES) {
			f.Close()
			return nil, false, fmt.Errorf("store %s: cannot lock: %v", name, err)
		}
		if time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	pid := 0
	probe := syscall.Flock_t{Type: int16(syscall.F_WRLCK), Whence: io.SeekStart}
	if syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &probe) == nil && probe.Type != syscall.F_UNLCK {
		pid = int(probe.Pid)
	}
	f.Close()
	return nil, false, &LockedError{Store: name, PID: pid}
}
