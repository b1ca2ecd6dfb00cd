package definedlate

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestHeadsSieve runs a walk longer than headsMinTokens, whose capitals
// are sieved by their first two bytes, and the same page with the sieve
// off: the findings are the same, and every abbreviation used before its
// definition (alone or with a possessive) is found, among
// capitals that begin alike (IRS, IRB) and that do not (BBC, US).
func TestHeadsSieve(t *testing.T) {
	var src strings.Builder
	src.WriteString("Headline\n\n")
	abbrs := []string{"IRA", "IMF", "NATO", "ÉTA"}
	for i, a := range abbrs {
		form := []string{a, a + "'s", a, a + "’s"}[i]
		fmt.Fprintf(&src, "The %s said so, as did the IRS, the IRB, the BBC and the US.\n\n", form)
		for range headsMinTokens / 40 {
			src.WriteString("The cat sat on the mat and the dog ran off with it, as dogs do.\n\n")
		}
	}
	src.WriteString("The Irish Republican Army (IRA), the International Monetary Fund (IMF), " +
		"the North Atlantic Treaty Organization (NATO) and the Équipe Technique Avancée (ÉTA) met.\n")
	doc, err := lint.Parse("a.txt", []byte(src.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) < headsMinTokens+100 {
		t.Fatalf("%d tokens: the walk is too short to be sieved", len(doc.Tokens))
	}
	check := func() []lint.Diagnostic {
		diags, err := lint.Check(doc, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return diags
	}
	sieved := check()
	defer func(n int) { headsMinTokens = n }(headsMinTokens)
	headsMinTokens = 1 << 30
	plain := check()
	if len(plain) != len(abbrs) {
		t.Fatalf("%d findings without the sieve, want %d: %v", len(plain), len(abbrs), plain)
	}
	if !reflect.DeepEqual(sieved, plain) {
		t.Errorf("with the sieve:\n%v\nwithout:\n%v", sieved, plain)
	}
}
