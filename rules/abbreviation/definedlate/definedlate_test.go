package definedlate_test

import (
	"testing"

	"github.com/factlint/factlint/lint"

	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/abbreviation/definedlate"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, definedlate.Rule)
}

// TestUnsafeFix moves the definition to the first use.
func TestUnsafeFix(t *testing.T) {
	src := []byte("Trolls named\n\nThe IRA ran accounts. Prosecutors charged people linked to the Internet Research Agency (IRA) in 2018.\n")
	want := "Trolls named\n\nThe Internet Research Agency (IRA) ran accounts. Prosecutors charged people linked to the IRA in 2018.\n"
	doc, err := lint.Parse("t.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, []*lint.Rule{definedlate.Rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || len(diags[0].Fixes) != 1 || diags[0].Fixes[0].Safe {
		t.Fatalf("want one diagnostic with one unsafe fix, got %+v", diags)
	}
	out, err := lint.ApplyEdits(src, lint.FixEdits(diags, true))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
}
