package garbled

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestCompareMemory checks that the comparisons of phrases take no memory
// of their own: a text of 10,000 phrases of one head whose modifiers all
// start alike (each compared with maxAlike others) allocates no more than
// a text as long whose modifiers start in 676 ways (a quarter of the
// comparisons), run after it with the pooled buffers sized. (The head is a
// number word, so that neither text is reported.) Fails when something is
// kept per comparison: a 10 MB page of such phrases would hold hundreds
// of MB.
func TestCompareMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's sync.Pool drops pooled buffers at random (1 run in 4 failed)")
	}
	const n = 10000
	var alike, spread strings.Builder
	alike.WriteString("Four notes\n\n")
	spread.WriteString("Four notes\n\n")
	for i := range n {
		w := fmt.Sprintf("%c%c%c%c", 'a'+i/17576%26, 'a'+i/676%26, 'a'+i/26%26, 'a'+i%26)
		fmt.Fprintf(&alike, "ab%s four said. ", w)
		fmt.Fprintf(&spread, "%sab%s four said. ", w[2:], w[:2])
	}
	parse := func(text string) *lint.Document {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	allocs := func(doc *lint.Document) uint64 {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		if _, err := lint.Check(doc, []*lint.Rule{Rule}, nil); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&m1)
		return m1.TotalAlloc - m0.TotalAlloc
	}
	a, s := parse(alike.String()), parse(spread.String())
	// The pooled buffers must be found again by each run: one processor
	// (a sync.Pool keeps a buffer in the processor's own slot, which
	// another processor cannot take: a run moved to another processor
	// allocated them again, 1 run in 12 failed) and no collection (which
	// empties the pools).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	allocs(s)
	allocs(s)
	fa := allocs(a)
	fs := allocs(s)
	if fa > fs+fs/2 {
		t.Errorf("%d phrases compared with up to %d others each: %d bytes allocated, against %d for a quarter of the comparisons", n, maxAlike, fa, fs)
	}
}
