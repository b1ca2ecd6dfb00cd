package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// tickFlood is an article whose one paragraph holds n words with a
// backtick for an apostrophe ("Harbour`s"), each a testTick finding.
func tickFlood(n int) string {
	var b strings.Builder
	b.WriteString("Harbour notice\n\n")
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("Harbour`s")
	}
	b.WriteString(".\n")
	return b.String()
}

func limitConfig(n int) *Config { return &Config{MaxFindingsPerRule: &n} }

// testTickBackwards reports what testTick reports, from the end of the
// text to its start, at error severity past the first 100 (so that the
// limit cannot rely on findings coming in order, and the summary must
// carry the worst severity left out).
var testTickBackwards = &Rule{
	Name: "typography-test-backwards", Summary: "backtick, backwards", Severity: Info,
	Run: func(p *Pass) (any, error) {
		t := p.Doc.Text
		var at []int
		for i := strings.IndexByte(t, '`'); i >= 0; {
			at = append(at, i)
			j := strings.IndexByte(t[i+1:], '`')
			if j < 0 {
				break
			}
			i += 1 + j
		}
		for k := len(at) - 1; k >= 0; k-- {
			sev := Info
			if k >= 100 {
				sev = Error
			}
			p.Report(Diagnostic{Span: Span{at[k], at[k] + 1}, Severity: sev, Message: "a backtick, seen backwards"})
		}
		return nil, nil
	},
}

func checkText(t *testing.T, src string, rules []*Rule, cfg *Config) []Diagnostic {
	t.Helper()
	doc, err := Parse("t.txt", []byte(src), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := Check(doc, rules, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return diags
}

// TestFindingLimit checks that a rule's findings past the limit are left
// out, counted in one finding where the first of them stands, with the
// worst severity among them; the kept ones are the first in output order,
// whatever order the rule reported them in.
func TestFindingLimit(t *testing.T) {
	const n, limit = 3000, 250
	src := tickFlood(n)
	ticks := func(ds []Diagnostic, rule string) (kept []Diagnostic, sum *Diagnostic) {
		for i := range ds {
			if ds[i].Rule != rule {
				continue
			}
			if strings.Contains(ds[i].Message, "not shown") {
				sum = &ds[i]
				continue
			}
			kept = append(kept, ds[i])
		}
		return kept, sum
	}
	all := checkText(t, src, []*Rule{testTick, testTickBackwards}, limitConfig(0))
	got := checkText(t, src, []*Rule{testTick, testTickBackwards}, limitConfig(limit))
	for _, r := range []*Rule{testTick, testTickBackwards} {
		every, _ := ticks(all, r.Name)
		kept, sum := ticks(got, r.Name)
		if len(every) != n {
			t.Fatalf("%s: %d findings without a limit, want %d", r.Name, len(every), n)
		}
		if !reflect.DeepEqual(kept, every[:limit]) {
			t.Errorf("%s: the kept findings are not the first %d", r.Name, limit)
		}
		if sum == nil {
			t.Fatalf("%s: no summary of the findings left out", r.Name)
		}
		if sum.Span != every[limit].Span || len(sum.Fixes) != 0 {
			t.Errorf("%s: summary at %v with %d fixes, want at %v (the first left out) without fixes", r.Name, sum.Span, len(sum.Fixes), every[limit].Span)
		}
		want := fmt.Sprintf("%d more %s findings in this file not shown", n-limit, r.Name)
		if !strings.HasPrefix(sum.Message, want) {
			t.Errorf("%s: summary %q, want it to start %q", r.Name, sum.Message, want)
		}
	}
	// The backwards rule's first 100 in report order (the last 100 in the
	// text) are info, the others error: left out, they make the summary an
	// error; testTick's are all warnings.
	if _, sum := ticks(got, testTickBackwards.Name); sum.Severity != Error {
		t.Errorf("summary severity %v, want error (the worst left out)", sum.Severity)
	}
	if _, sum := ticks(got, testTick.Name); sum.Severity != Warning {
		t.Errorf("summary severity %v, want warning", sum.Severity)
	}
	if len(got) != 2*(limit+1) {
		t.Errorf("%d findings, want %d", len(got), 2*(limit+1))
	}
}

// TestFindingLimitBoundsMemory checks that findings past the limit are
// not held: the list Check builds never grows much past the limit of each
// rule, however many findings the rules report.
func TestFindingLimitBoundsMemory(t *testing.T) {
	const n, limit = 200000, 100
	diags := checkText(t, tickFlood(n), []*Rule{testTick, testTickBackwards}, limitConfig(limit))
	if len(diags) != 2*(limit+1) {
		t.Fatalf("%d findings, want %d", len(diags), 2*(limit+1))
	}
	if c := cap(diags); c > 8*limit {
		t.Errorf("Check's list grew to %d findings for a limit of %d per rule: it held the findings it left out", c, limit)
	}
}

// TestFindingLimitDefault checks the default (and that no config means it)
// and that 0 means no limit.
func TestFindingLimitDefault(t *testing.T) {
	if got := (*Config)(nil).FindingLimit(); got != DefaultMaxFindingsPerRule {
		t.Errorf("nil config: limit %d", got)
	}
	if got := limitConfig(0).FindingLimit(); got != 0 {
		t.Errorf("0: limit %d", got)
	}
	n := DefaultMaxFindingsPerRule + 7
	if got := len(checkText(t, tickFlood(n), []*Rule{testTick}, nil)); got != DefaultMaxFindingsPerRule+1 {
		t.Errorf("default config: %d findings, want %d", got, DefaultMaxFindingsPerRule+1)
	}
	if got := len(checkText(t, tickFlood(n), []*Rule{testTick}, limitConfig(0))); got != n {
		t.Errorf("no limit: %d findings, want %d", got, n)
	}
}

// TestFindingLimitSuppressed checks that a finding a directive silences
// never counts toward the limit, and that the directive is still used.
func TestFindingLimitSuppressed(t *testing.T) {
	const limit = 50
	src := "Harbour notice\n\n<!-- factlint-disable typography-test-tick -- the notice as posted -->\n" +
		tickFlood(2000)[len("Harbour notice\n\n"):] +
		"<!-- factlint-enable typography-test-tick -->\n\n" +
		"<!-- factlint-disable-next-line typography -- quoted -->\n" + tickFlood(300)[len("Harbour notice\n\n"):] +
		"\n" + tickFlood(limit)[len("Harbour notice\n\n"):]
	rules := append([]*Rule{testTick}, testSuppressionRules...)
	diags := checkText(t, src, rules, limitConfig(limit))
	if len(diags) != limit {
		t.Fatalf("%d findings, want the %d after the suppressed ones and no summary: %s", len(diags), limit, summary(src, diags))
	}
	for _, d := range diags {
		if d.Rule != testTick.Name || strings.Contains(d.Message, "not shown") {
			t.Fatalf("unexpected %s: %s", d.Rule, d.Message)
		}
	}
}

// TestFindingLimitSuppressionFindings checks that the findings about the
// directives are limited like any rule's.
func TestFindingLimitSuppressionFindings(t *testing.T) {
	var b strings.Builder
	b.WriteString("Harbour notice\n\n")
	for range 40 {
		b.WriteString("<!-- factlint-disable-next-line no-such-rule -- x -->\nThe harbour reopened.\n\n")
	}
	rules := append([]*Rule{testTick}, testSuppressionRules...)
	diags := checkText(t, b.String(), rules, limitConfig(10))
	if len(diags) != 11 || !strings.HasPrefix(diags[10].Message, "30 more suppression-invalid findings") {
		t.Fatalf("%d findings, last %q", len(diags), diags[len(diags)-1].Message)
	}
}

// TestLimitFindingsMatchesCheck checks that limiting a full list gives
// what Check gives with the limit, the summaries included, for several
// limits, and that the list given is not changed.
func TestLimitFindingsMatchesCheck(t *testing.T) {
	src := tickFlood(700) + "\nThe the harbour the the master said said so.\n"
	rules := []*Rule{testTick, testTickBackwards, testDouble}
	all := checkText(t, src, rules, limitConfig(0))
	before := append([]Diagnostic(nil), all...)
	for _, limit := range []int{1, 2, 3, 99, 699, 700, 701} {
		want := checkText(t, src, rules, limitConfig(limit))
		got := LimitFindings(all, limit)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d: LimitFindings gives %d findings, Check %d", limit, len(got), len(want))
		}
	}
	if !reflect.DeepEqual(all, before) {
		t.Error("LimitFindings changed the list it was given")
	}
}

// TestMoreFindings checks the summary's count in words.
func TestMoreFindings(t *testing.T) {
	if got := moreFindings(1, "term-variant"); got != "1 more term-variant finding" {
		t.Error(got)
	}
	if got := moreFindings(1045555, "typography-apostrophe"); got != "1045555 more typography-apostrophe findings" {
		t.Error(got)
	}
}
