package entities

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
)

// BenchmarkBuild builds the entity model of every clean article of the
// development corpus (../shared/corpus/dev/clean, skipped when absent) and
// reports throughput.
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("../../../../shared/corpus/dev/clean/*.txt")
	if len(files) == 0 {
		b.Skip("corpus not found")
	}
	var docs []*lint.Document
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := lint.Parse(f, src, lint.FormatText)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		size += len(src)
	}
	Build(docs[0], nil) // load the lexicon once
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Build(d, nil)
		}
	}
}
