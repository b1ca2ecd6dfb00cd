package garbled

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestMaxAlike bounds the comparisons of a head with thousands of
// modifiers that start alike (every age from 10,000 to 13,999 before man,
// closed up and hyphenated): each phrase is compared with at most maxAlike
// of them, not with all the others (some four million comparisons here
// without the bound). A garbled phrase among a story's few modifiers of a
// head is still found.
func TestMaxAlike(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Ages\n\nThe central bank met. The central bank said so. The centigram bank was quiet.\n\n")
	for i := 10000; i < 14000; i++ {
		fmt.Fprintf(&sb, "A %d-yearold man and a %d-year-old man. ", i, i)
	}
	doc, err := lint.Parse("a.txt", []byte(sb.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	onCompare = func() { calls++ }
	defer func() { onCompare = nil }()
	diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if limit := 4100 * 64; calls > limit || calls < 4000 { // 64: maxAlike
		t.Errorf("%d comparisons, want between 4,000 and %d", calls, limit)
	}
	found := false
	for _, d := range diags {
		found = found || strings.Contains(d.Message, "centigram bank")
	}
	if !found {
		t.Errorf("centigram bank not reported: %v", diags)
	}
}

// TestSimilarAdverb: an -ly adverb of the term's adjective scores 10, in
// each of adverbOf's three forms (publicly of public, truly of true, gently
// of gentle). similar answers them all at its top, by adverbOf, before the
// switch that once asked the first two forms again and could never match.
func TestSimilarAdverb(t *testing.T) {
	for _, c := range [][2]string{{"publicly", "public"}, {"truly", "true"}, {"gently", "gentle"}} {
		if s := similar(c[0], c[1], 1, c[0], c[1]); s != 10 {
			t.Errorf("similar(%q, %q) = %d, want 10", c[0], c[1], s)
		}
	}
}
