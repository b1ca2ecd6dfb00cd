package all

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

func TestRegistryValid(t *testing.T) {
	rules := All()
	if len(rules) == 0 {
		t.Fatal("no rules registered")
	}
	if err := lint.Validate(rules); err != nil {
		t.Fatal(err)
	}
}

func TestValidateCatchesMistakes(t *testing.T) {
	doc := "## What it does\n## Why it matters\n## Example\n## Use instead\n## Options\n## Fix safety\n"
	run := func(*lint.Pass) (any, error) { return nil, nil }
	a := &lint.Rule{Name: "term-a", Summary: "a", Doc: doc, Severity: lint.Warning, Run: run}
	b := &lint.Rule{Name: "term-b", Summary: "b", Doc: doc, Severity: lint.Warning, Run: run, Requires: []*lint.Rule{a}}
	a.Requires = []*lint.Rule{b}
	bad := []*lint.Rule{
		a, b, // cycle
		{Name: "bogus-rule", Summary: "x", Doc: doc, Severity: lint.Warning, Run: run},          // unknown class
		{Name: "term-nodoc", Summary: "x", Doc: "## Example", Severity: lint.Warning, Run: run}, // sections missing
		{Name: "term-a", Summary: "dup", Doc: doc, Severity: lint.Warning, Run: run},            // duplicate name
	}
	err := lint.Validate(bad)
	if err == nil {
		t.Fatal("Validate accepted a broken registry")
	}
	for _, want := range []string{"cycle", "unknown class", "lacks section", "registered twice"} {
		if !contains(err.Error(), want) {
			t.Errorf("Validate error does not mention %q: %v", want, err)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
