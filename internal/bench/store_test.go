package bench

import "testing"

func TestParseBenchmarks(t *testing.T) {
	out := `goos: linux
BenchmarkLoad/bolt-2         	       1	9033413782 ns/op	       221.6 docs/s	     50165 quads/cpu-s	     57540 quads/s
BenchmarkTwoHop/pernode20-2  	     200	    490000 ns/op	       137.0 edges/op
BenchmarkOdd-x 1 2 ns/op
PASS
`
	got := parseBenchmarks(out)
	if len(got) != 3 {
		t.Fatalf("%d lines parsed: %+v", len(got), got)
	}
	if got[0].name != "BenchmarkLoad/bolt" || got[0].metrics["quads/s"] != 57540 || got[0].metrics["ms/op"] != 9033.413782 {
		t.Errorf("first line: %+v", got[0])
	}
	if got[1].name != "BenchmarkTwoHop/pernode20" || got[1].metrics["ms/op"] != 0.49 {
		t.Errorf("second line: %+v", got[1])
	}
	if got[2].name != "BenchmarkOdd-x" {
		t.Errorf("a suffix that is no number stays: %+v", got[2])
	}
}
