// Package rulebench times one rule's Run over the clean dev corpus
// (../shared/corpus/dev/clean, read in place: its texts are licensed for
// research only and never copied into the repository). The articles are
// parsed, and the results the rule requires computed, before the timer
// starts, so the benchmark measures the rule alone. Only tests import it.
package rulebench

import (
	"github.com/factlint/factlint/internal/cputime"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

// Docs parses the clean corpus articles, or skips b when the corpus is not
// at hand. It returns the documents and their total size in bytes.
func Docs(b *testing.B) ([]*lint.Document, int64) {
	b.Helper()
	dev, ok := corpus.Dev()
	if !ok {
		b.Skip("../shared/corpus/dev not found: skipping")
	}
	names, _ := filepath.Glob(filepath.Join(dev, "clean", "*.txt"))
	sort.Strings(names)
	var docs []*lint.Document
	var total int64
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		d, err := lint.Parse(n, src, lint.FormatText)
		if err != nil {
			continue
		}
		docs = append(docs, d)
		total += int64(len(src))
	}
	if len(docs) == 0 {
		b.Skip("no articles in the clean corpus")
	}
	return docs, total
}

// Run times r.Run alone over the clean corpus and reports MB/s, MB per CPU
// second and allocations per article.
func Run(b *testing.B, r *lint.Rule) {
	docs, total := Docs(b)
	cfg := &lint.Config{}
	results := make([]map[*lint.Rule]any, len(docs))
	for i, d := range docs {
		res, err := lint.RuleResults(d, r.Requires, cfg)
		if err != nil {
			b.Fatal(err)
		}
		results[i] = res
	}
	discard := func(lint.Diagnostic) {}
	// One untimed pass loads the rule's lazy tables.
	for i, d := range docs {
		if _, err := lint.RunRule(d, r, cfg, results[i], discard); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Now()
	for b.Loop() {
		for i, d := range docs {
			if _, err := lint.RunRule(d, r, cfg, results[i], discard); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}
