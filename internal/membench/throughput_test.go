//go:build unix

package membench

import (
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkCLIThroughput lints a generated folder of the dev articles (one
// article a file, FACTLINT_CLI_MB megabytes, default 20) with the real
// binary, as a newsroom pipeline runs it (--format json to a pipe), on one
// core (GOMAXPROCS=1, --jobs 1) and on two (GOMAXPROCS=2, --jobs 2). It
// reports MB/s of wall time and MB/cpu-s (bytes per second of the child's
// user and system time, which other load on the machine skews less).
//
// BenchmarkAllRules (internal/bench) times parse and check in the test's own
// process; this one times what a user runs: the binary go build makes,
// reading files, the runner and the output, process start-up included (a
// few milliseconds against seconds of linting).
func BenchmarkCLIThroughput(b *testing.B) {
	arts, bin := articlesAndBinary(b)
	dir := b.TempDir()
	total := int64(envInt("FACTLINT_CLI_MB", 20)) << 20
	_, size, err := Generate(filepath.Join(dir, "desk"), arts, total, 0)
	if err != nil {
		b.Fatal(err)
	}
	for _, cores := range []string{"1", "2"} {
		b.Run("cpu-"+cores, func(b *testing.B) {
			b.Setenv("GOMAXPROCS", cores)
			args := []string{"--format", "json", "--jobs", cores, "desk"}
			var wall, cpu time.Duration
			for i := 0; i < b.N; i++ {
				u, err := Run(dir, bin, args, nil)
				checkRun(b, u, err)
				if u.Stdout == 0 {
					b.Fatal("no output: the articles were not linted")
				}
				wall += u.Wall
				cpu += u.CPU
			}
			mb := float64(size) / 1e6 * float64(b.N)
			b.ReportMetric(mb/wall.Seconds(), "MB/s")
			b.ReportMetric(mb/cpu.Seconds(), "MB/cpu-s")
		})
	}
}
