package paragraph

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWorkConcurrent: documents checked at once on several goroutines,
// long and short, each report what they report checked alone (the pooled
// work is one check's at a time; go test -race sees any sharing).
func TestWorkConcurrent(t *testing.T) {
	mk := func(seed, blocks int) string {
		var b strings.Builder
		b.WriteString("Headline of the day\n\n")
		for i := range blocks {
			switch i % 7 {
			case 2, 5:
				fmt.Fprintf(&b, "A copied paragraph %d of document %d, printed twice in all here.\n\n", i/7, seed)
			case 6:
				b.WriteString("Ends\n\nEnds\n\n")
			default:
				fmt.Fprintf(&b, "Paragraph %d of document %d, like no other one, %d.\n\n", i, seed, i*i+seed)
			}
		}
		return b.String()
	}
	var docs []*lint.Document
	var want []string
	for seed, n := range []int{10, 40, 70, 200, 700, 30, 130, 1500} {
		d, err := lint.Parse("x.txt", []byte(mk(seed, n)), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		got, err := lint.Check(d, []*lint.Rule{Rule}, &lint.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Fatalf("document %d: no findings", seed)
		}
		docs = append(docs, d)
		want = append(want, fmt.Sprint(got))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 30 {
				i := (g*3 + r) % len(docs)
				got, err := lint.Check(docs[i], []*lint.Rule{Rule}, &lint.Config{})
				if err != nil {
					t.Error(err)
					return
				}
				if s := fmt.Sprint(got); s != want[i] {
					t.Errorf("goroutine %d, document %d: findings differ from its check alone", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
