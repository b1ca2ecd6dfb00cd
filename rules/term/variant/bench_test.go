package variant_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/garbled"
	"github.com/factlint/factlint/rules/term/variant"
)

// BenchmarkCorpus runs the term rules over the evaluation articles when
// they are at hand (../shared, never copied into the repository).
func BenchmarkCorpus(b *testing.B) {
	files, _ := filepath.Glob("../../../../shared/corpus/dev/articles/*.txt")
	if len(files) == 0 {
		b.Skip("corpus not present")
	}
	var docs []*lint.Document
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := lint.Parse(f, src, lint.FormatText)
		if err != nil {
			continue
		}
		docs = append(docs, d)
		size += len(src)
	}
	rules := []*lint.Rule{variant.Rule, garbled.Rule}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := lint.Check(d, rules, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
