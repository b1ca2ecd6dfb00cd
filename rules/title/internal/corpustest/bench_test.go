package corpustest

import (
	"github.com/factlint/factlint/internal/quality/corpus"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/title/conflict"
	"github.com/factlint/factlint/rules/title/convention"
)

// BenchmarkRules times each title and fact rule alone over the dev
// articles, one document each, the entity model computed beforehand; "parse"
// is the reader and segmenter on the same articles, for scale.
func BenchmarkRules(b *testing.B) {
	dev, _ := corpus.Dev()
	files, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
	if dev == "" || len(files) == 0 {
		b.Skip("corpus not present")
	}
	sort.Strings(files)
	rules := append([]*lint.Rule{convention.Rule, conflict.Rule}, extraRules...)
	type item struct {
		doc     *lint.Document
		results map[*lint.Rule]any
	}
	var items []item
	size := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		doc, err := lint.Parse(f, src, lint.FormatText)
		if err != nil {
			b.Fatal(err)
		}
		res, err := lint.RuleResults(doc, rules, nil)
		if err != nil {
			b.Fatal(err)
		}
		items = append(items, item{doc, res})
		size += len(src)
	}
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		for i := 0; i < b.N; i++ {
			for _, it := range items {
				if _, err := lint.Parse(it.doc.Path, it.doc.Src, lint.FormatText); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	for _, r := range rules {
		b.Run(r.Name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for i := 0; i < b.N; i++ {
				for _, it := range items {
					if _, err := lint.RunRule(it.doc, r, nil, it.results, func(lint.Diagnostic) {}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
