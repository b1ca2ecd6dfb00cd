package entities

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// hostile are inputs that would make a pass quadratic if it rescanned a
// sentence, a name or a mention per token: one endless name, one endless
// sentence of pronouns or of "the 45-year-old", repeated titles.
func hostile(repeat int) map[string]string {
	return map[string]string{
		"title-words":   strings.Repeat("Minister ", 9*repeat),
		"title-only":    strings.Repeat("the minister said ", 5*repeat),
		"pronouns":      "Mr Smith said " + strings.Repeat("he ", 20*repeat),
		"endless-name":  strings.Repeat("Alpha Bravo Charlie Delta Echo Foxtrot ", 2*repeat),
		"org-of":        strings.Repeat("Ministry of Justice of ", 4*repeat),
		"ages":          "John Smith " + strings.Repeat("the 45-year-old ", 5*repeat),
		"similar-names": strings.Repeat("John Smith and Jane Smyth. ", 2*repeat),
	}
}

// TestHostileInputs builds the model of each hostile input (the benchmark
// below shows the time per MB stays flat as they grow).
func TestHostileInputs(t *testing.T) {
	for name, text := range hostile(1000) {
		doc, err := lint.Parse(name+".txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if m := Build(doc, nil); m == nil {
			t.Errorf("%s: no model", name)
		}
	}
}

// BenchmarkHostile reports ns/MB for each hostile input at two sizes.
func BenchmarkHostile(b *testing.B) {
	for _, repeat := range []int{2000, 20000} {
		for name, text := range hostile(repeat) {
			doc, err := lint.Parse(name+".txt", []byte(text), lint.FormatText)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(name+"/"+lint.HumanSize(int64(len(text))), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					Build(doc, nil)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(text))/1e6), "ns/MB")
			})
		}
	}
}
