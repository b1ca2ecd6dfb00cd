package varcon

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestSkip checks that skip, which tests two tokens a turn, stops at the
// first token from any start on that a token-by-token walk stops at, in
// texts of an odd and an even number of tokens whose first, last or no
// token is a stop.
func TestSkip(t *testing.T) {
	texts := []string{
		"colour",
		"the colour",
		"the colour is",
		"colour of the hall",
		"it was a well-known hall",
		"it was a hall of the town",
		"The colour of the centre's walls, and a café's menu.",
		"No word here is one",
	}
	filters := []*foldFilter{tableFolds(), new(foldFilter)}
	var all foldFilter
	for i := range all.f {
		all.f[i] = ^uint64(0)
	}
	filters = append(filters, &all)
	for _, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		toks := doc.Tokens
		for fi, f := range filters {
			for i := 0; i <= len(toks); i++ {
				want := len(toks)
				for k := i; k < len(toks); k++ {
					if toks[k].Flags&thorough != 0 || f.may(toks[k].Fold) {
						want = k
						break
					}
				}
				if got := skip(toks, i, f); got != want {
					t.Errorf("%q, filter %d: skip from %d = %d, want %d", text, fi, i, got, want)
				}
			}
		}
	}
}

// TestScanPlainWords checks that Scan finds a table's word without a
// hyphen, an apostrophe or a byte beyond ASCII (which token looks up by
// the table's hash alone) wherever it stands, and not a word of the same
// letters with an apostrophe inside or a word the table does not hold.
func TestScanPlainWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"colour", []string{"colour"}},
		{"the colour", []string{"colour"}},
		{"colour and color", []string{"colour", "color"}},
		{"a colour, a color, a hue", []string{"colour", "color"}},
		{"col'our and hue", nil},
		{"Colour's role", []string{"Colour"}},
	} {
		doc, err := lint.Parse("a.txt", []byte(tc.text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, o := range Scan(doc, nil) {
			got = append(got, o.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: Scan finds %q, want %q", tc.text, got, tc.want)
		}
	}
}
