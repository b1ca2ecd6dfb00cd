package lint

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// backticks returns the Text offsets of the backticks of the pass's document.
func backticks(p *Pass) []int {
	var at []int
	for i, c := range []byte(p.Doc.Text) {
		if c == '`' {
			at = append(at, i)
		}
	}
	return at
}

// testClash offers to replace "`s" with "’s": its edit clashes with
// testTick's, and its name sorts before testTick's, so that it wins where
// both stand at one place, although it runs after it (it requires it, so
// that the order in which the rules run is not the order of their names).
var testClash = &Rule{
	Name: "typography-test-a-clash", Summary: "backtick and s", Severity: Warning, Fixable: true,
	Requires: []*Rule{testTick},
	Run: func(p *Pass) (any, error) {
		for _, i := range backticks(p) {
			if i+2 <= len(p.Doc.Text) && p.Doc.Text[i+1] == 's' {
				p.Report(Diagnostic{Span: Span{i, i + 2}, Message: "a backtick before s",
					Fixes: []Fix{{Message: "Use ’s", Safe: true, Edits: []Edit{{Span: Span{i, i + 2}, NewText: "’s"}}}}})
			}
		}
		return nil, nil
	},
}

// testMulti reports every backtick with two fixes: an unsafe one of two
// edits (the backtick and the letter after it) and a safe one of one edit;
// at every third backtick the first fix is safe too, and at every fifth
// its two edits are given in reverse order.
var testMulti = &Rule{
	Name: "typography-test-multi", Summary: "backtick, fixed twice", Severity: Info, Fixable: true,
	Run: func(p *Pass) (any, error) {
		for k, i := range backticks(p) {
			if i+2 > len(p.Doc.Text) {
				continue
			}
			two := []Edit{{Span: Span{i, i + 1}, NewText: "'"}, {Span: Span{i + 1, i + 2}, NewText: "S"}}
			if k%5 == 0 {
				two[0], two[1] = two[1], two[0]
			}
			p.Report(Diagnostic{Span: Span{i, i + 1}, Message: "a backtick (multi)", Fixes: []Fix{
				{Message: "Use ' and a capital", Safe: k%3 == 0, Edits: two},
				{Message: "Use ’", Safe: true, Edits: []Edit{{Span: Span{i, i + 1}, NewText: "’"}}},
			}})
		}
		return nil, nil
	},
}

// testDupFix reports every backtick twice, once with a fix and once
// without (at every other one the one without first: an exact duplicate
// without a fix then hides the one with it), at two severities.
var testDupFix = &Rule{
	Name: "typography-test-dupfix", Summary: "backtick, twice, one fixed", Severity: Warning, Fixable: true,
	Run: func(p *Pass) (any, error) {
		for k, i := range backticks(p) {
			with := Diagnostic{Span: Span{i, i + 1}, Message: "a backtick (dup)",
				Fixes: []Fix{{Message: "Use '", Safe: true, Edits: []Edit{{Span: Span{i, i + 1}, NewText: "'"}}}}}
			without := Diagnostic{Span: Span{i, i + 1}, Severity: Error, Message: "a backtick (dup)"}
			if k%2 == 0 {
				p.Report(without)
				p.Report(with)
			} else {
				p.Report(with)
				p.Report(without)
			}
		}
		return nil, nil
	},
}

// fixFlood is n backtick possessives and n/3 doubled words in lines of
// Markdown, with directives: every fourth line's backticks suppressed for
// testTick, and every fifth line with a directive that matches nothing.
func fixFlood(n int) string {
	var b strings.Builder
	b.WriteString("# Harbour notice\n\n")
	for i := range n {
		if i%4 == 1 {
			b.WriteString("<!-- factlint-disable-next-line typography-test-tick -- quoted -->\n")
		}
		if i%5 == 2 {
			b.WriteString("<!-- factlint-disable-next-line repetition-test-double -- quoted -->\n")
		}
		b.WriteString("Harbour`s boats")
		if i%3 == 0 {
			b.WriteString(" sail sail")
		}
		b.WriteString(" today.\n\n")
	}
	return b.String()
}

var fixRuleSets = [][]*Rule{
	{testTick},
	{testTick, testDouble},
	{testDupFix},
	{testTick, testClash},
	{testMulti, testTick, testDouble},
	{testTickTwice, testTickAgain, testTickBackwards, testTick},
	append([]*Rule{testClash, testMulti, testDupFix, testTick, testDouble, testTickAgain}, testSuppressionRules...),
}

// TestCheckFixMatchesUnlimited checks that checkFix gives the report and
// the edits of the unlimited path it replaces: LimitFindings and FixEdits
// of Check without the limit.
func TestCheckFixMatchesUnlimited(t *testing.T) {
	cases := 0
	for si, rules := range fixRuleSets {
		for _, n := range []int{0, 1, 3, 10, 57, 400} {
			for _, md := range []bool{false, true} {
				src, format := tickFlood(n), FormatText
				if md {
					src, format = fixFlood(n), FormatMarkdown
				}
				doc, err := Parse("t", []byte(src), format)
				if err != nil {
					t.Fatal(err)
				}
				all, err := Check(doc, rules, limitConfig(0))
				if err != nil {
					t.Fatal(err)
				}
				for _, limit := range []int{0, 1, 2, 3, 5, 10, 100, 10000} {
					for _, unsafe := range []bool{false, true} {
						got, edits, err := checkFix(doc, rules, limitConfig(limit), unsafe)
						if err != nil {
							t.Fatal(err)
						}
						want, wantEdits := LimitFindings(all, limit), FixEdits(all, unsafe)
						if !reflect.DeepEqual(got, want) {
							t.Errorf("set %d, n %d, md %v, limit %d, unsafe %v: report\n got %s\nwant %s", si, n, md, limit, unsafe, brief(got), brief(want))
						}
						if !reflect.DeepEqual(edits, wantEdits) {
							t.Errorf("set %d, n %d, md %v, limit %d, unsafe %v: %d edits, want %d\n got %v\nwant %v", si, n, md, limit, unsafe, len(edits), len(wantEdits), edits, wantEdits)
						}
						cases++
					}
				}
			}
		}
	}
	t.Logf("%d cases", cases)
}

// TestCheckFixHoldsTheLimit checks that a check for checkFix keeps no
// more than limit Diagnostics of each rule, and a record of every finding.
func TestCheckFixHoldsTheLimit(t *testing.T) {
	rules := fixRuleSets[len(fixRuleSets)-1]
	doc, err := Parse("t", []byte(fixFlood(300)), FormatMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	all, err := Check(doc, rules, limitConfig(0))
	if err != nil {
		t.Fatal(err)
	}
	const limit = 4
	col := &fixCollector{}
	kept, err := check(doc, rules, limitConfig(limit), col)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, d := range kept {
		counts[d.Rule]++
	}
	for _, d := range all {
		if c := counts[d.Rule]; c > limit && d.Rule != RuleSuppressionUnused {
			t.Errorf("%s: %d Diagnostics kept, limit %d", d.Rule, c, limit)
		}
	}
	if col.n < len(all) || len(all) < 1000 {
		t.Errorf("%d records of %d findings", col.n, len(all))
	}
}

// TestRunnerFixMatchesFixRounds checks the runner's --diff against
// FixRounds and LimitFindings, with and without Lean, over floods that
// take several rounds (clashing fixes).
func TestRunnerFixMatchesFixRounds(t *testing.T) {
	dir := t.TempDir()
	for si, rules := range fixRuleSets {
		for _, n := range []int{1, 10, 200} {
			src := fixFlood(n)
			p := filepath.Join(dir, fmt.Sprintf("a%d-%d.md", si, n))
			if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(p, []byte(src), FormatMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			for _, unsafe := range []bool{false, true} {
				diags, err := Check(doc, rules, limitConfig(0))
				if err != nil {
					t.Fatal(err)
				}
				wantFixed, _, wantLeft := FixRounds(doc, diags, rules, nil, unsafe, MaxFixRounds)
				for _, limit := range []int{1, 3, 50} {
					want := LimitFindings(wantLeft, limit)
					if wantFixed == nil {
						want = LimitFindings(diags, limit)
					}
					for _, lean := range []bool{false, true} {
						cfg := limitConfig(limit)
						rn := &Runner{Rules: rules, Fix: FixDiff, Unsafe: unsafe, Lean: lean, ConfigFor: func(string) (*Config, error) { return cfg, nil }}
						var res *Result
						if err := rn.Run(t.Context(), []Input{{Path: p}}, func(r *Result) { res = r }); err != nil {
							t.Fatal(err)
						}
						if res.Err != nil {
							t.Fatal(res.Err)
						}
						if !bytes.Equal(res.Fixed, wantFixed) {
							t.Errorf("set %d, n %d, unsafe %v, limit %d, lean %v: fixed text differs from FixRounds'", si, n, unsafe, limit, lean)
						}
						if !reflect.DeepEqual(res.Diags, want) {
							t.Errorf("set %d, n %d, unsafe %v, limit %d, lean %v: report\n got %s\nwant %s", si, n, unsafe, limit, lean, brief(res.Diags), brief(want))
						}
					}
				}
			}
		}
	}
}

// TestCheckFixLargeSourceMatchesUnlimited checks checkFix on the path of a
// source too large for records (over maxFixRecordSrc, here lowered so that
// every source takes it): it must give LimitFindings and FixEdits of the
// unlimited Check too, not Check's limited list and the fixes of its
// first findings only.
func TestCheckFixLargeSourceMatchesUnlimited(t *testing.T) {
	defer func(n int) { maxFixRecordSrc = n }(maxFixRecordSrc)
	maxFixRecordSrc = 16
	for si, rules := range fixRuleSets {
		for _, n := range []int{3, 57} {
			doc, err := Parse("t", []byte(fixFlood(n)), FormatMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			all, err := Check(doc, rules, limitConfig(0))
			if err != nil {
				t.Fatal(err)
			}
			for _, limit := range []int{0, 1, 3, 10000} {
				got, edits, err := checkFix(doc, rules, limitConfig(limit), false)
				if err != nil {
					t.Fatal(err)
				}
				want, wantEdits := LimitFindings(all, limit), FixEdits(all, false)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("set %d, n %d, limit %d: report\n got %s\nwant %s", si, n, limit, brief(got), brief(want))
				}
				if !reflect.DeepEqual(edits, wantEdits) {
					t.Errorf("set %d, n %d, limit %d: %d edits, want %d", si, n, limit, len(edits), len(wantEdits))
				}
			}
		}
	}
}
