package agreement

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestNextToScan checks nextToScan, which reads two tokens a step, against
// a plain walk of one token a step: every span of 0 to 11 tokens with
// every choice of the tokens scanRange reads (each by a flag or by a Fold
// of scanFolds), so that the first token, the last, odd and even lengths
// and the empty span are all met, also as the tail of a longer slice.
func TestNextToScan(t *testing.T) {
	var quiet, loud uint32
	for _, w := range []string{"table", "zzqx", "walked"} {
		if f := lint.FoldHash(w); !scanFolds.Has(f) {
			quiet = f
		}
	}
	for _, w := range []string{"\"", "“", ","} {
		if f := lint.FoldHash(w); scanFolds.Has(f) {
			loud = f
		}
	}
	if quiet == 0 || loud == 0 {
		t.Fatal("no Fold found in or out of scanFolds")
	}
	plain := func(span []lint.Token) int {
		for j := range span {
			if tk := &span[j]; tk.Flags&(lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 || scanFolds.Has(tk.Fold) {
				return j
			}
		}
		return len(span)
	}
	checked := 0
	for n := 0; n <= 11; n++ {
		for set := 0; set < 1<<n; set++ {
			for way := range 3 { // how a token read is marked
				toks := make([]lint.Token, n+1) // one more before the span
				for j := range toks {
					toks[j] = lint.Token{Kind: lint.Word, Text: "table", Fold: quiet}
				}
				toks[0].Flags = lint.HyphenOrApostrophe // before the span: never its answer
				for j := range n {
					if set&(1<<j) == 0 {
						continue
					}
					tk := &toks[1+j]
					switch way {
					case 0:
						tk.Flags |= lint.InnerCapOrNonASCII
					case 1:
						tk.Flags |= lint.HyphenOrApostrophe
					case 2:
						tk.Fold = loud
					}
				}
				span := toks[1:]
				if got, want := nextToScan(span), plain(span); got != want {
					t.Fatalf("n %d, tokens read %b (way %d): nextToScan %d, want %d", n, set, way, got, want)
				}
				checked++
			}
		}
	}
	if checked < 3*(1<<11) {
		t.Fatalf("only %d spans checked", checked)
	}
}
