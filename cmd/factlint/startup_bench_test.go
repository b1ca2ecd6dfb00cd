//go:build unix

package main

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/factlint/factlint/internal/membench"
)

// BenchmarkStartup runs the built binary as a user does, one process per
// iteration, and reports its wall time (ms/op, the target is under 50 ms
// for one small article), its CPU time (cpu-ms/op, which other load on the
// machine does not inflate) and its peak resident memory:
//
//	go test -run '^$' -bench Startup ./cmd/factlint
//
// version is the floor (process start, runtime and package init, no
// linting); seeds lints seeds/ (one article, every rule, so every table a
// rule loads on first use is loaded).
func BenchmarkStartup(b *testing.B) {
	root, err := membench.ModuleRoot()
	if err != nil {
		b.Fatal(err)
	}
	bin, err := membench.Build(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"version", []string{"--version"}},
		{"seeds", []string{"seeds/"}},
		{"seeds-json", []string{"--format", "json", "seeds/"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var wall, cpu time.Duration
			var peak int64
			for i := 0; i < b.N; i++ {
				u, err := membench.Run(root, bin, c.args, nil)
				if err != nil {
					b.Fatal(err)
				}
				if u.Exit != 0 && u.Exit != 1 {
					b.Fatalf("%s %v: exit status %d\n%s", filepath.Base(bin), c.args, u.Exit, u.Stderr)
				}
				wall += u.Wall
				cpu += u.CPU
				peak = max(peak, u.PeakRSS)
			}
			n := float64(b.N)
			b.ReportMetric(float64(wall.Microseconds())/1000/n, "ms/op")
			b.ReportMetric(float64(cpu.Microseconds())/1000/n, "cpu-ms/op")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
		})
	}
}
