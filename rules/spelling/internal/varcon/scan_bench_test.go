package varcon

import (
	"testing"

	"github.com/factlint/factlint/internal/cputime"
	"github.com/factlint/factlint/rules/internal/rulebench"
)

// BenchmarkScan times Scan alone over the clean dev corpus (skipped when
// ../shared is not at hand).
func BenchmarkScan(b *testing.B) {
	docs, total := rulebench.Docs(b)
	extra := NewSet(map[string]bool{"practice": true, "program": true, "licence": true})
	for _, d := range docs {
		Scan(d, extra)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			Scan(d, extra)
		}
	}
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}
