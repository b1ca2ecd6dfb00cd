package bench

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

// An invented article with a few slips, so that rules have something to say.
const testArticle = `Harbour bridge opens after three years

Mayor Zoë Brontë opened the new harbour bridge on Saturday, and said the the
crossing would carry 40,000 vehicles a day.

Ms Bronte´s office said tolls would be scrapped. The U.S. firm that built it,
Halvorsen Steel, said the US market was next.

Halvorsen Steel said it would hire 200 people. Ms Brontë said she was proud.

Halvorsen Steel said it would hire 200 people. Ms Brontë said she was proud.
`

// TestRunRuleAgreesWithCheck: timing a rule alone with RuleResults and
// RunRule runs the same code as Check, so each rule reports the same
// diagnostics both ways.
func TestRunRuleAgreesWithCheck(t *testing.T) {
	doc, err := lint.Parse("bridge.txt", []byte(testArticle), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	rules := all.All()
	results, err := lint.RuleResults(doc, rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, r := range rules {
		if r.ResultOnly || r.Class() == "suppression" { // suppression rules judge the other rules' findings
			continue
		}
		var alone []lint.Diagnostic
		if _, err := lint.RunRule(doc, r, nil, results, func(d lint.Diagnostic) { alone = append(alone, d) }); err != nil {
			t.Fatalf("%s: %v", r.Name, err)
		}
		alone = lint.SortDiagnostics(alone)
		cfg := &lint.Config{}
		checked, err := lint.Check(doc, []*lint.Rule{r}, cfg)
		if err != nil {
			t.Fatalf("%s: %v", r.Name, err)
		}
		if !reflect.DeepEqual(summary(alone), summary(checked)) {
			t.Errorf("%s alone: %v\nthrough Check: %v", r.Name, summary(alone), summary(checked))
		}
		total += len(alone)
	}
	if total == 0 {
		t.Error("no rule found anything in the test article")
	}
}

func summary(ds []lint.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s %d-%d %s", d.Rule, d.Span.Start, d.Span.End, d.Message))
	}
	return out
}

func TestJoined(t *testing.T) {
	arts := []article{{"a.txt", []byte("One\n\nTwo.\n")}, {"b.txt", []byte("Three\n\nFour.\n")}}
	got := joined(arts, 26)
	want := "One\n\nTwo.\n\n\nThree\n\nFour.\n\n\nOne\n\nTwo.\n"
	if !bytes.Equal(got, []byte(want)) {
		t.Errorf("joined = %q, want %q", got, want)
	}
	if len(joined(arts, 1)) != len(arts[0].src) {
		t.Error("a size below one article gives more than one article")
	}
}
