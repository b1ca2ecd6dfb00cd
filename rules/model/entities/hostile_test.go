package entities

import (
	"strings"
	"testing"
	"time"

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

// TestTitleRunningOnWithoutName: a capitalised title that runs on with
// "of" or "for" and no name after it (The President of the European
// Commission said) once sent addRun round the same word for ever. Each
// phrase must give a model; a hang is reported after a generous deadline
// instead of stalling the whole test run.
func TestTitleRunningOnWithoutName(t *testing.T) {
	phrases := []string{
		"The President of the European Commission", "the Prime Minister of the United Kingdom",
		"The Governor of the Bank of England", "The Secretary of State for Health",
		"The Speaker of the House of Representatives", "The Minister for the Cabinet Office",
		"The Chancellor of the Duchy of Lancaster", "The President of the Law Society of Scotland",
	}
	for _, ph := range phrases {
		text := "Budget row\n\n" + ph + " said on Monday that the plan would go ahead. " + ph + " Jane Smith agreed.\n"
		done := make(chan bool, 1)
		go func() {
			doc, err := lint.Parse("t.txt", []byte(text), lint.FormatText)
			done <- err == nil && Build(doc, nil) != nil
		}()
		select {
		case ok := <-done:
			if !ok {
				t.Errorf("%q: no model", ph)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%q: the model does not finish", ph)
		}
	}
}
