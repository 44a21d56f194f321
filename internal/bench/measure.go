package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// MeasureEnv names the environment variable that turns the bench program
// into the measuring helper (see MeasureChild).
const MeasureEnv = "KGBENCH_MEASURE"

// usage is what the helper reports about the command it ran.
type usage struct {
	Wall     float64 `json:"wall"`
	User     float64 `json:"user"`
	Sys      float64 `json:"sys"`
	MaxRSSKB int64   `json:"maxrss_kb"`
	Exit     int     `json:"exit"`
}

// MeasureChild is the helper's main: it runs args, passing standard input
// and output through, then writes the command's wall time, CPU time and
// peak RSS as JSON to report and returns the command's exit code.
//
// Why a helper: on Linux a child started by a Go program is cloned sharing
// its parent's memory until exec, and the kernel carries the parent's
// high-water RSS into the child's ru_maxrss. Measured straight from the
// bench process (which holds the corpus), every small command would seem
// to peak at the bench's own size. The helper is small and freshly exec'd,
// so the command's ru_maxrss is its own.
func MeasureChild(report string, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "kgbench: measuring helper without a command")
		return 2
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, MeasureEnv+"=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	start := time.Now()
	err := cmd.Run()
	u := usage{Wall: time.Since(start).Seconds()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		u.Exit = ee.ExitCode()
		if u.Exit < 0 {
			u.Exit = 128 // killed by a signal
		}
	default:
		fmt.Fprintf(os.Stderr, "kgbench: %v\n", err)
		return 127
	}
	if ps := cmd.ProcessState; ps != nil {
		u.User, u.Sys = ps.UserTime().Seconds(), ps.SystemTime().Seconds()
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			u.MaxRSSKB = int64(ru.Maxrss) // KiB on Linux
		}
	}
	b, _ := json.Marshal(u)
	if err := os.WriteFile(report, b, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "kgbench: %v\n", err)
		return 127
	}
	return u.Exit
}

// runner runs commands through the measuring helper.
type runner struct {
	self    string // the bench program (the helper)
	workDir string
	n       int
}

// run runs argv through the helper with extra environment env and fills
// the step's times, peak RSS and error; stdout, when not nil, receives the
// command's standard output.
func (r *runner) run(ctx context.Context, s *Step, env []string, stdout io.Writer, argv ...string) {
	r.n++
	report := fmt.Sprintf("%s/usage-%d.json", r.workDir, r.n)
	cmd := exec.CommandContext(ctx, r.self, argv...)
	cmd.Env = append(append(os.Environ(), MeasureEnv+"="+report), env...)
	if stdout == nil {
		stdout = io.Discard
	}
	cmd.Stdout = stdout
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	s.LoadAvg = loadAvg()
	err := cmd.Run()
	var u usage
	b, rerr := os.ReadFile(report)
	if rerr == nil {
		rerr = json.Unmarshal(b, &u)
	}
	os.Remove(report)
	s.Seconds, s.CPUSeconds, s.PeakRSSMB = u.Wall, u.User+u.Sys, float64(u.MaxRSSKB)/1024
	if err != nil || rerr != nil {
		msg := firstLine(stderr.String())
		if msg == "" && err != nil {
			msg = err.Error()
		} else if msg == "" {
			msg = rerr.Error()
		}
		s.Error = msg
	}
}

// loadAvg is the machine's one-minute load average (0 when unknown).
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	var l float64
	fmt.Sscanf(string(b), "%f", &l)
	return l
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(s)
}
