package agreement_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/rulebench"
	"github.com/factlint/factlint/rules/pronoun/agreement"
)

// BenchmarkRun times the rule alone over the clean dev corpus.
func BenchmarkRun(b *testing.B) { rulebench.Run(b, agreement.Rule) }

// TestLongArticleLinear lints the test articles repeated into one long
// article (one paragraph after another, and as one huge paragraph): a
// document 8 times longer must not take much more than 8 times as long.
func TestLongArticleLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	names, _ := filepath.Glob("testdata/*.txt")
	var unit bytes.Buffer
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
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
		timeOf := func(n int) time.Duration {
			src := append([]byte("Headline\n\n"), bytes.Repeat(u, n)...)
			doc, err := lint.Parse("long.txt", src, lint.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			best := time.Duration(1 << 62)
			for range 3 {
				start := time.Now()
				if _, err := lint.Check(doc, []*lint.Rule{agreement.Rule}, nil); err != nil {
					t.Fatal(err)
				}
				best = min(best, time.Since(start))
			}
			return best
		}
		small, large := timeOf(4), timeOf(32)
		if large > 20*small {
			t.Errorf("joined=%v: 8 times the text took %.1f times as long (%v, %v)", joined, float64(large)/float64(small), small, large)
		}
	}
}
