package lint

import (
	"fmt"
	"sort"
	"strings"
)

// Names of the rules whose diagnostics the suppression engine produces.
// The rules themselves (docs, default severity) are registered like any
// other rule (rules/suppression/...); their Run does nothing.
const (
	RuleSuppressionUnused  = "suppression-unused"
	RuleSuppressionReason  = "suppression-reason"
	RuleSuppressionInvalid = "suppression-invalid"
)

// SuppressAll is the selector that matches every rule.
const SuppressAll = "all"

// DirectiveKind is what a suppression comment does.
type DirectiveKind int

const (
	DisableNextLine DirectiveKind = iota + 1 // factlint-disable-next-line
	Disable                                  // factlint-disable (until factlint-enable or the end)
	Enable                                   // factlint-enable
)

func (k DirectiveKind) String() string {
	switch k {
	case DisableNextLine:
		return "factlint-disable-next-line"
	case Disable:
		return "factlint-disable"
	case Enable:
		return "factlint-enable"
	}
	return "?"
}

// Directive is a parsed suppression comment:
//
//	factlint-disable-next-line RULE[,RULE…] -- reason
//	factlint-disable RULE[,RULE…] -- reason
//	factlint-enable RULE[,RULE…]
//
// A RULE is a rule name (repetition-word), a class (typography) or all.
type Directive struct {
	Kind      DirectiveKind
	Selectors []string
	Reason    string
}

// ParseDirective reads the body of a comment (the text between <!-- and
// -->). ok is false for a comment that is not a factlint directive (it does
// not start with "factlint-"); err is set for one that is but is malformed.
func ParseDirective(body string) (d Directive, ok bool, err error) {
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, "factlint-") {
		return d, false, nil
	}
	head, reason, hasReason := strings.Cut(body, "--")
	// "--" must stand alone: the rule list cannot contain it, so the first
	// occurrence is the separator.
	head = strings.TrimSpace(head)
	verb, rest, _ := strings.Cut(head, " ")
	if i := strings.IndexAny(head, " \t\r\n"); i >= 0 {
		verb, rest = head[:i], head[i+1:]
	}
	switch verb {
	case "factlint-disable-next-line":
		d.Kind = DisableNextLine
	case "factlint-disable":
		d.Kind = Disable
	case "factlint-enable":
		d.Kind = Enable
	default:
		return d, true, fmt.Errorf("unknown directive %q (want factlint-disable-next-line, factlint-disable or factlint-enable)", verb)
	}
	if hasReason {
		d.Reason = strings.TrimSpace(reason)
	}
	d.Selectors = strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\r' || r == '\n' })
	if len(d.Selectors) == 0 {
		return d, true, fmt.Errorf("%s names no rule: list rules, classes or all, e.g. <!-- %s repetition-word -- reason -->", d.Kind, d.Kind)
	}
	return d, true, nil
}

// suppression is one selector of one directive, with what it covers.
type suppression struct {
	comment    int // index into Document.Comments
	sel        string
	start, end int // covered Src range [start, end) for ranges
	line       int // covered line for next-line directives
	used       bool
	checkable  bool // the selector names a rule that ran, so "unused" is known
}

// applySuppressions removes the diagnostics silenced by directive comments
// and adds the diagnostics about the directives themselves (unused, without
// a reason, malformed), when those rules are among rules and enabled. It
// takes O((d + c) log(d + c)) time for d diagnostics and c comments.
// Diagnostics of class suppression are never suppressed.
func applySuppressions(doc *Document, diags []Diagnostic, rules []*Rule, cfg *Config) []Diagnostic {
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

// newProseLines returns a function that gives, for a 1-based line, the
// first line after it that holds something other than white space and
// comments (0 when there is none). Each line is examined at most once
// over all calls, so the total work is linear in the document.
func newProseLines(doc *Document) func(line int) int {
	// commentAt maps the offset of each comment's start to its end.
	commentAt := make(map[int]int, len(doc.Comments))
	for _, c := range doc.Comments {
		commentAt[c.Span.Start] = c.Span.End
	}
	memo := map[int]int{}
	src := doc.Src
	lt := doc.Lines
	n := lt.Lines()
	// skippable reports whether line l holds only white space and
	// comments, and returns the last line those comments reach.
	skippable := func(l int) (bool, int) {
		pos, end := lt.LineStart(l), lt.LineEnd(l)
		last := l
		for {
			for pos < end && (src[pos] == ' ' || src[pos] == '\t' || src[pos] == '\f' || src[pos] == '\v') {
				pos++
			}
			if pos >= end {
				return true, last
			}
			ce, ok := commentAt[pos]
			if !ok {
				return false, l
			}
			if ce > end { // a comment running over several lines
				last = lt.Line(ce - 1)
				pos, end = ce, lt.LineEnd(last)
				if pos > end {
					pos = end
				}
				continue
			}
			pos = ce
		}
	}
	return func(line int) int {
		var path []int
		l := line + 1
		result := 0
		for l <= n {
			if v, ok := memo[l]; ok {
				result = v
				break
			}
			path = append(path, l)
			skip, last := skippable(l)
			if !skip {
				result = l
				break
			}
			l = last + 1
		}
		for _, p := range path {
			memo[p] = result
		}
		return result
	}
}
