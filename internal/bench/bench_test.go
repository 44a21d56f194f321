package bench

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestMain lets the test binary be the measuring helper, as kgbench is.
func TestMain(m *testing.M) {
	if report := os.Getenv(MeasureEnv); report != "" {
		os.Exit(MeasureChild(report, os.Args[1:]))
	}
	os.Exit(m.Run())
}

func TestRepeat(t *testing.T) {
	docs := []doc{{ID: "a", Text: strings.Repeat("x", 100)}, {ID: "b", Text: strings.Repeat("y", 50)}}
	out := repeat(docs, 1000)
	if n := size(out); n < 1000 || n > 1000+120 {
		t.Errorf("%d bytes, want about 1000", n)
	}
	seen := map[string]bool{}
	for _, d := range out {
		if seen[d.ID] || seen[d.Text] {
			t.Fatalf("copy %s is not a new document", d.ID)
		}
		seen[d.ID], seen[d.Text] = true, true
	}
}

func TestNum(t *testing.T) {
	for v, want := range map[float64]string{0.934: "0.93", 99.5: "99.50", 100: "100", 1234567.4: "1,234,567", 123456: "123,456"} {
		if got := num(v); got != want {
			t.Errorf("num(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestHelperMeasuresTheCommandAlone: while this process holds 300 MB, a
// small command measured through the helper peaks at its own size.
func TestHelperMeasuresTheCommandAlone(t *testing.T) {
	true_, err := exec.LookPath("true")
	if err != nil {
		t.Skip("no true command")
	}
	ballast := make([]byte, 300<<20)
	for i := range ballast {
		ballast[i] = byte(i)
	}
	// Measured straight from here, the kernel may count our RSS as the
	// child's (the reason for the helper); logged, not asserted.
	direct := exec.Command(true_)
	if err := direct.Run(); err == nil {
		t.Logf("direct child ru_maxrss: %d MB", direct.ProcessState.SysUsage().(*syscall.Rusage).Maxrss>>10)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	r := &runner{self: self, workDir: t.TempDir()}
	var s Step
	r.run(context.Background(), &s, nil, nil, true_)
	if s.Error != "" {
		t.Fatal(s.Error)
	}
	if s.PeakRSSMB <= 0 || s.PeakRSSMB > 100 {
		t.Errorf("true peaked at %.0f MB through the helper; want its own few MB", s.PeakRSSMB)
	}
	// A failing command is reported with its message.
	s = Step{}
	r.run(context.Background(), &s, nil, nil, "sh", "-c", "echo broken >&2; exit 3")
	if s.Error != "broken" {
		t.Errorf("error %q, want the command's first stderr line", s.Error)
	}
	runtime.KeepAlive(ballast)
}
