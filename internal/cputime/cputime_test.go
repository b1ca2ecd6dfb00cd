package cputime

import (
	"math"
	"runtime"
	"testing"
)

func TestNowAdvances(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no rusage here")
	}
	start := Now()
	x := 0
	for i := 0; Now()-start < 20e6 && i < math.MaxInt; i++ { // spin until 20 ms of CPU
		x += i
	}
	if Now() <= start {
		t.Fatalf("CPU time did not advance (%d)", x)
	}
}
