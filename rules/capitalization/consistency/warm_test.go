package consistency

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestWarm checks that warmCaps, warmMids and warmLows read the tokens
// and bytes their comments name, of every capital or candidate they are
// given, and no token beyond either end of the article.
func TestWarm(t *testing.T) {
	const n = 10
	toks := make([]lint.Token, n)
	for k := range toks {
		// Each token's fields say which token they are: Fold 1000+k,
		// Flags and Block 100+k, text one byte k+1.
		toks[k] = lint.Token{Text: string(rune(k + 1)), Fold: uint32(1000 + k), Flags: lint.TokenFlag(100 + k), Block: int32(100 + k)}
	}
	caps := []capital{{0, 0}, {4, 0}, {n - 1, 0}}
	// The token before (its Fold), the capital (its flags and first byte)
	// and the token after (its flags), where there are such tokens.
	want := uint(0)
	for _, c := range caps {
		i := int(c.i)
		if i > 0 {
			want += uint(1000 + i - 1)
		}
		want += uint(100+i) + uint(i+1)
		if i+1 < n {
			want += uint(100 + i + 1)
		}
	}
	if got := warmCaps(toks, caps); got != want {
		t.Errorf("warmCaps = %d, want %d", got, want)
	}
	// The flags of the tokens before and after, and the capital's last
	// byte.
	want = 0
	for _, c := range caps {
		i := int(c.i)
		if i > 0 {
			want += uint(100 + i - 1)
		}
		want += uint(i + 1)
		if i+1 < n {
			want += uint(100 + i + 1)
		}
	}
	if got := warmMids(toks, caps); got != want {
		t.Errorf("warmMids = %d, want %d", got, want)
	}
	// The candidate's block and the flags of the token after it.
	lows := []lowHit{{0, 0}, {5, 0}, {n - 1, 0}}
	want = 0
	for _, c := range lows {
		i := int(c.i)
		want += uint(100 + i)
		if i+1 < n {
			want += uint(100 + i + 1)
		}
	}
	if got := warmLows(toks, lows); got != want {
		t.Errorf("warmLows = %d, want %d", got, want)
	}
}

// TestBatches: lowered and lowerNames, which read their capitals and
// candidates a batch at a time (warmed in a long article), report each of
// many names in lower case, in a short article and in one longer than
// maxScanTokens, not only those of the first batch or all but the last of
// each.
func TestBatches(t *testing.T) {
	const n = 3*warmRuns + 5
	name := func(i int) string { return fmt.Sprintf("zal%c%c", 'a'+i%26, 'a'+i/26%26) }
	for _, long := range []bool{false, true} {
		var src strings.Builder
		src.WriteString("Harbour news\n\n") // (the first block is the headline)
		for i := range n {
			w := name(i)
			fmt.Fprintf(&src, "Shares in the %s Harbour Trust rose. Later the %s Harbour Trust fell, said Ms %sv.\n\n",
				strings.ToUpper(w[:1])+w[1:], w, w)
		}
		for long && len(src.String()) < 8*maxScanTokens {
			src.WriteString("the cat sat on the mat and the dog ran off with it.\n\n")
		}
		d, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(d.Tokens) > maxScanTokens; got != long {
			t.Fatalf("long %v: %d tokens", long, len(d.Tokens))
		}
		diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var lowered, names int
		for _, dg := range diags {
			switch {
			case strings.Contains(dg.Message, "elsewhere in the article"):
				lowered++
			case strings.Contains(dg.Message, "looks like a name in lower case"):
				names++
			}
		}
		if lowered != n || names != n {
			t.Errorf("long %v: %d names lowered and %d after an honorific reported, want %d each", long, lowered, names, n)
		}
	}
}
