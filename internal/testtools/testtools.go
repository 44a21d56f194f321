package testtools

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Required reports whether missing tools must fail tests (set by make test).
func Required() bool { return os.Getenv("KG_REQUIRE_TOOLS") == "1" }

// missing skips or fails t, depending on Required.
func missing(t testing.TB, what string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s is not installed (scripts/test-deps.sh installs it)", what)
	}
	t.Skipf("%s is not installed; run scripts/test-deps.sh (make test does)", what)
}

// Command returns the path of an installed program or skips/fails t.
func Command(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name)
	}
	return p
}

// Root returns the repository root (the directory holding go.mod).
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// NodeModules returns tools/js/node_modules after checking that the given
// npm packages are installed there, or skips/fails t. Run scripts with
// `node` from tools/js so that `require`/`import` resolve there.
func NodeModules(t testing.TB, packages ...string) string {
	t.Helper()
	Command(t, "node")
	dir := filepath.Join(Root(), "tools", "js", "node_modules")
	for _, p := range packages {
		if _, err := os.Stat(filepath.Join(dir, p, "package.json")); err != nil {
			missing(t, "npm package "+p)
		}
	}
	return dir
}

// Shared returns the path of ../shared beside the repository (training
// data, benchmarks, corpora), or skips/fails t when it is not there.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Root(), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		missing(t, "../shared/"+rel)
	}
	return p
}
