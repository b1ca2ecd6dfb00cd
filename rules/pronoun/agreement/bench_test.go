package agreement_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/rulebench"
	"github.com/factlint/factlint/rules/pronoun/agreement"
)

// BenchmarkRun times the rule alone over the clean dev corpus.
func BenchmarkRun(b *testing.B) { rulebench.Run(b, agreement.Rule) }

// BenchmarkLongArticle lints the test articles repeated into one long
// article (one paragraph after another, and as one huge paragraph), 4 and 32
// times: ns/MB must stay flat from the short to the long one (no quadratic
// step in the look-backs).
func BenchmarkLongArticle(b *testing.B) {
	names, _ := filepath.Glob("testdata/*.txt")
	var unit bytes.Buffer
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range bytes.Split(src, []byte("\n")) {
			if i := bytes.Index(l, []byte(" // want ")); i >= 0 {
				l = l[:i]
			}
			unit.Write(l)
			unit.WriteByte('\n')
		}
	}
	for _, joined := range []bool{false, true} {
		u := unit.Bytes()
		if joined {
			u = bytes.ReplaceAll(u, []byte("\n"), []byte(" "))
		}
		for _, n := range []int{4, 32} {
			src := append([]byte("Headline\n\n"), bytes.Repeat(u, n)...)
			doc, err := lint.Parse("long.txt", src, lint.FormatText)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("joined=%v/x%d", joined, n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := lint.Check(doc, []*lint.Rule{agreement.Rule}, nil); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(src))/1e6), "ns/MB")
			})
		}
	}
}
