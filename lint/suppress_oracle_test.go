package lint

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestSuppressorMatchesOracle checks, on thousands of random articles
// with random directives (nested, unclosed, unknown, next-line, in
// Markdown and plain text), that silencing findings as they are reported
// gives exactly what the former pass over the finished list gave: the same
// findings kept and the same findings about the directives.
func TestSuppressorMatchesOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 11))
	sels := []string{"typography-test-tick", "repetition-test-double", "typography", "repetition", "term", "all", "no-such-rule", "typography-test-tick,repetition"}
	kinds := []string{"factlint-disable-next-line", "factlint-disable", "factlint-enable", "factlint-disable", "factlint-bogus"}
	lines := []string{"The harbour`s gates opened.", "The the gates opened.", "The council reportedly agreed.", "Nothing here.", "A`b and and c`d."}
	zero := 0
	off := false
	cfgs := []*Config{
		{MaxFindingsPerRule: &zero},
		{MaxFindingsPerRule: &zero, Rules: map[string]RuleConfig{"repetition-test-double": {Enabled: &off}}},
		{MaxFindingsPerRule: &zero, Rules: map[string]RuleConfig{RuleSuppressionUnused: {Enabled: &off}}},
	}
	rules := testRules()
	silenced, meta := 0, 0 // articles where a directive silenced a finding; where one was reported on
	for iter := range 3000 {
		var b strings.Builder
		b.WriteString("Harbour notice\n\n")
		for range 1 + rng.IntN(14) {
			if rng.IntN(2) == 0 {
				reason := " -- quoted"
				if rng.IntN(4) == 0 {
					reason = ""
				}
				fmt.Fprintf(&b, "<!-- %s %s%s -->\n", kinds[rng.IntN(len(kinds))], sels[rng.IntN(len(sels))], reason)
			} else {
				b.WriteString(lines[rng.IntN(len(lines))])
				b.WriteByte('\n')
			}
			if rng.IntN(3) == 0 {
				b.WriteByte('\n')
			}
		}
		src := b.String()
		name := [...]string{"a.md", "a.txt"}[iter%2]
		cfg := cfgs[iter%len(cfgs)]
		doc, err := Parse(name, []byte(src), FormatOf(name))
		if err != nil {
			continue
		}
		got, err := Check(doc, rules, cfg)
		if err != nil {
			t.Fatal(err)
		}
		comments := doc.Comments
		doc.Comments = nil
		raw, err := Check(doc, rules, cfg)
		if err != nil {
			t.Fatal(err)
		}
		doc.Comments = comments
		want := SortDiagnostics(oracleSuppressions(doc, raw, rules, cfg))
		if !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("%s:\n%s\ngot  %s\nwant %s", name, src, summary(src, got), summary(src, want))
		}
		kept := 0
		for _, d := range got {
			if d.Class == "suppression" {
				kept--
			}
			kept++
		}
		if kept < len(raw) {
			silenced++
		}
		if kept < len(got) {
			meta++
		}
	}
	if silenced < 500 || meta < 500 {
		t.Errorf("the random articles exercise too little: %d with findings silenced, %d with findings about directives", silenced, meta)
	}
}

// oracleSuppressions is the suppression pass as it was before findings were
// silenced as the rules report them (49f47ca): it removes the diagnostics silenced by directive comments
// and adds the diagnostics about the directives themselves (unused, without
// a reason, malformed), when those rules are among rules and enabled. It
// takes O((d + c) log(d + c)) time for d diagnostics and c comments.
// Diagnostics of class suppression are never suppressed.
func oracleSuppressions(doc *Document, diags []Diagnostic, rules []*Rule, cfg *Config) []Diagnostic {
	if len(doc.Comments) == 0 {
		return diags
	}
	if cfg == nil {
		cfg = &Config{}
	}
	known := map[string]bool{SuppressAll: true}
	ran := map[string]bool{} // rules and classes that ran
	var meta map[string]*Rule
	for _, c := range Classes {
		known[c] = true
	}
	for _, r := range rules {
		known[r.Name] = true
		if r.Class() == "suppression" {
			if cfg.RuleEnabled(r) {
				if meta == nil {
					meta = map[string]*Rule{}
				}
				meta[r.Name] = r
			}
			continue
		}
		if cfg.RuleEnabled(r) && !r.ResultOnly {
			ran[r.Name], ran[r.Class()], ran[SuppressAll] = true, true, true
		}
	}
	var out []Diagnostic
	report := func(name string, sp Span, msg string, fixes ...Fix) {
		r := meta[name]
		if r == nil {
			return
		}
		out = append(out, Diagnostic{Rule: r.Name, Class: r.Class(), Severity: cfg.RuleSeverity(r), Span: sp, Message: msg, Fixes: fixes})
	}

	var next []*suppression             // next-line suppressions
	var ranges []*suppression           // disable … enable ranges, in order of start
	open := map[string][]*suppression{} // selector → open ranges (a stack)
	nextProse := newProseLines(doc)
	for ci, c := range doc.Comments {
		d, ok, err := ParseDirective(c.Body)
		if !ok {
			continue
		}
		if err != nil {
			report(RuleSuppressionInvalid, c.Span, err.Error())
			continue
		}
		valid := d.Selectors[:0:0]
		for _, s := range d.Selectors {
			if !known[s] {
				report(RuleSuppressionInvalid, c.Span, fmt.Sprintf("%s: unknown rule or class %q", d.Kind, s))
				continue
			}
			valid = append(valid, s)
		}
		if d.Kind != Enable && d.Reason == "" {
			report(RuleSuppressionReason, c.Span, fmt.Sprintf("%s %s gives no reason: add one after --, e.g. <!-- %s %s -- quoted verbatim -->",
				d.Kind, strings.Join(d.Selectors, ","), d.Kind, strings.Join(d.Selectors, ",")))
		}
		for _, s := range valid {
			sup := &suppression{comment: ci, sel: s, checkable: ran[s]}
			switch d.Kind {
			case DisableNextLine:
				sup.line = nextProse(doc.Lines.Line(c.Span.End))
				next = append(next, sup)
			case Disable:
				sup.start, sup.end = c.Span.End, len(doc.Src)
				ranges = append(ranges, sup)
				open[s] = append(open[s], sup)
			case Enable:
				st := open[s]
				if len(st) == 0 {
					report(RuleSuppressionInvalid, c.Span, fmt.Sprintf("factlint-enable %s has no factlint-disable %s before it", s, s))
					continue
				}
				st[len(st)-1].end = c.Span.Start
				open[s] = st[:len(st)-1]
			}
		}
	}

	// Next-line suppressions, by line.
	byLine := map[int][]*suppression{}
	for _, s := range next {
		if s.line > 0 {
			byLine[s.line] = append(byLine[s.line], s)
		}
	}
	// Ranges are sorted by start (comments come in order); sweep the
	// diagnostics in order of start, keeping a stack of open ranges per
	// selector (ranges of one selector nest, so the top ends first).
	order := make([]int, len(diags))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return diags[order[a]].Span.Start < diags[order[b]].Span.Start })
	active := map[string][]*suppression{}
	ri := 0
	drop := make([]bool, len(diags))
	for _, i := range order {
		d := &diags[i]
		if d.Class == "suppression" {
			continue
		}
		pos := d.Span.Start
		for ri < len(ranges) && ranges[ri].start <= pos {
			r := ranges[ri]
			active[r.sel] = append(active[r.sel], r)
			ri++
		}
		for _, sel := range [3]string{d.Rule, d.Class, SuppressAll} {
			st := active[sel]
			for len(st) > 0 && st[len(st)-1].end <= pos {
				st = st[:len(st)-1]
			}
			active[sel] = st
			if len(st) > 0 {
				st[len(st)-1].used = true
				drop[i] = true
			}
		}
		if len(byLine) > 0 {
			for _, s := range byLine[doc.Lines.Line(pos)] {
				if s.sel == d.Rule || s.sel == d.Class || s.sel == SuppressAll {
					s.used = true
					drop[i] = true
				}
			}
		}
	}
	for i := range diags {
		if !drop[i] {
			out = append(out, diags[i])
		}
	}

	// Unused suppressions, reported once per selector.
	if meta[RuleSuppressionUnused] != nil {
		all := append(append([]*suppression(nil), next...), ranges...)
		sort.SliceStable(all, func(a, b int) bool { return all[a].comment < all[b].comment })
		for _, s := range all {
			if s.used || !s.checkable {
				continue
			}
			c := doc.Comments[s.comment]
			what := "the next line"
			if s.line == 0 {
				what = "its range"
			}
			report(RuleSuppressionUnused, c.Span, fmt.Sprintf("suppression of %s matches no diagnostic on %s; remove it", s.sel, what))
		}
	}
	return out
}
