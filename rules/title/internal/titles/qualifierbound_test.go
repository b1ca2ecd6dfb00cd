package titles

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestQualifierBound checks that the scan over a title's qualifiers stops
// after maxQualifierTokens tokens: a title after a thousand capitalised
// words in one block ("President Abel President Bara ...") takes at most
// that many of them as its organisation, and a real one keeps all of its
// qualifiers.
func TestQualifierBound(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("President Abel" + strings.Repeat("a", i%7) + " ")
	}
	sb.WriteString("Nokia President Jane Roe said.\n")
	for _, c := range []struct {
		text    string
		maxOrg  int
		wantOrg string
	}{
		{sb.String(), maxQualifierTokens, ""},
		{"The former Nokia Mobile Phones Asia Pacific President Jane Roe said.\n", 0, "Nokia Mobile Phones Asia Pacific"},
	} {
		doc, err := lint.Parse("q.txt", []byte(c.text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		name := -1
		for i, tk := range doc.Tokens {
			if tk.Text == "Jane" {
				name = i
			}
		}
		offs := TitleBefore(doc, Local{Doc: doc}, name)
		if len(offs) != 1 {
			t.Fatalf("%d titles before Jane Roe, want 1", len(offs))
		}
		o := offs[0]
		if n := len(strings.Fields(o.Org)); c.maxOrg > 0 && n > c.maxOrg {
			t.Errorf("the organisation has %d words, want at most %d", n, c.maxOrg)
		}
		if c.wantOrg != "" && o.Org != c.wantOrg {
			t.Errorf("organisation %q, want %q", o.Org, c.wantOrg)
		}
	}
}
