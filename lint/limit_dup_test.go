package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// testTickTwice reports every backtick twice in a row, the second time at
// error severity (Check keeps the first reported of exact duplicates).
var testTickTwice = &Rule{
	Name: "typography-test-twice", Summary: "backtick twice", Severity: Warning,
	Run: func(p *Pass) (any, error) {
		t := p.Doc.Text
		for i := 0; i < len(t); i++ {
			if t[i] == '`' {
				p.Report(Diagnostic{Span: Span{i, i + 1}, Message: "a backtick"})
				p.Report(Diagnostic{Span: Span{i, i + 1}, Severity: Error, Message: "a backtick"})
			}
		}
		return nil, nil
	},
}

// testTickAgain reports every backtick from the end of the text to its
// start, then the first three again from the start: duplicates of
// findings the limit keeps (at a limit of 3 or more), reported long
// after them.
var testTickAgain = &Rule{
	Name: "typography-test-again", Summary: "backtick, then the first ones again", Severity: Warning,
	Run: func(p *Pass) (any, error) {
		t := p.Doc.Text
		var at []int
		for i := 0; i < len(t); i++ {
			if t[i] == '`' {
				at = append(at, i)
			}
		}
		for k := len(at) - 1; k >= 0; k-- {
			p.Report(Diagnostic{Span: Span{at[k], at[k] + 1}, Message: "a backtick"})
		}
		for k := 0; k < min(3, len(at)); k++ {
			p.Report(Diagnostic{Span: Span{at[k], at[k] + 1}, Severity: Error, Message: "a backtick"})
		}
		return nil, nil
	},
}

// TestFindingLimitDuplicates checks that a finding a rule reports twice is
// neither kept twice nor counted under the limit: Check with the limit
// gives what LimitFindings makes of the unlimited findings.
func TestFindingLimitDuplicates(t *testing.T) {
	for _, r := range []*Rule{testTickTwice, testTickAgain} {
		for _, n := range []int{1, 2, 3, 4, 5, 10, 40} {
			src := tickFlood(n)
			all := checkText(t, src, []*Rule{r}, limitConfig(0))
			if len(all) != n {
				t.Fatalf("%s, %d backticks: %d findings without the limit", r.Name, n, len(all))
			}
			for _, limit := range []int{1, 2, 3, 4, 5, 8} {
				if r == testTickAgain && limit < 3 {
					continue // it repeats findings left out: counted again (see findingCap)
				}
				got := checkText(t, src, []*Rule{r}, limitConfig(limit))
				want := LimitFindings(all, limit)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %d backticks, limit %d:\n got %s\nwant %s", r.Name, n, limit, brief(got), brief(want))
				}
			}
		}
	}
}

func brief(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		m, _, _ := strings.Cut(d.Message, " in this file")
		fmt.Fprintf(&b, "[%d %s %s] ", d.Span.Start, d.Severity, m)
	}
	return b.String()
}
