package word

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/cputime"
	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

func loadDocs(b *testing.B) ([]*lint.Document, int64) {
	dev, _ := corpus.Dev()
	dir := filepath.Join(dev, "clean")
	es, _ := os.ReadDir(dir)
	var docs []*lint.Document
	var n int64
	for _, e := range es {
		src, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		d, _ := lint.Parse(e.Name(), src, lint.FormatText)
		docs = append(docs, d)
		n += int64(len(src))
	}
	return docs, n
}

var sink int

func BenchmarkZZWalk(b *testing.B) {
	docs, n := loadDocs(b)
	b.Run("tokens", func(b *testing.B) {
		c0 := cputime.Now()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				s := 0
				for k := range d.Tokens {
					s += len(d.Tokens[k].Text)
				}
				sink += s
			}
		}
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cputime.Now()-c0).Seconds(), "MB/cpu-s")
	})
	b.Run("indexbyte", func(b *testing.B) {
		c0 := cputime.Now()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				sink += strings.IndexByte(d.Text, 0xE2)
			}
		}
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cputime.Now()-c0).Seconds(), "MB/cpu-s")
	})
	b.Run("bytes", func(b *testing.B) {
		c0 := cputime.Now()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				s := 0
				t := d.Text
				for k := 0; k < len(t); k++ {
					if t[k] == '`' || t[k] >= 0xC0 {
						s++
					}
				}
				sink += s
			}
		}
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cputime.Now()-c0).Seconds(), "MB/cpu-s")
	})
}
