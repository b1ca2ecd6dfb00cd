package lint

import (
	"fmt"
	"math"
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

// suppressor silences the findings that directive comments cover, as
// the rules report them (so that a silenced finding is never kept, nor
// counted toward a rule's limit), and produces the findings about the
// directives themselves (unused, without a reason, malformed) when those
// rules are among the rules and enabled. Building it takes O(c log c) time
// for c comments; each finding then costs a binary search per selector
// (its rule, its class, all) and, when there are next-line directives, a
// line look-up. Findings of class suppression are never silenced.
type suppressor struct {
	doc  *Document
	cfg  *Config
	meta map[string]*Rule // the suppression rules that are on
	out  []Diagnostic     // findings about the directives
	// next-line suppressions, and by the line they cover.
	next   []*suppression
	byLine map[int][]*suppression
	// disable … enable ranges, in order of start, and for each selector
	// the innermost range at each position (cover).
	ranges []*suppression
	cover  map[string][]coverStep
}

// coverStep says that from at on (up to the next step) the innermost
// range of a selector that covers the position is sup (nil: none).
type coverStep struct {
	at  int
	sup *suppression
}

// newSuppressor reads the directive comments of doc; nil when it has none.
func newSuppressor(doc *Document, rules []*Rule, cfg *Config) *suppressor {
	if len(doc.Comments) == 0 {
		return nil
	}
	if cfg == nil {
		cfg = &Config{}
	}
	s := &suppressor{doc: doc, cfg: cfg}
	known := map[string]bool{SuppressAll: true}
	ran := map[string]bool{} // rules and classes that ran
	for _, c := range Classes {
		known[c] = true
	}
	for _, r := range rules {
		known[r.Name] = true
		if r.Class() == "suppression" {
			if cfg.RuleEnabled(r) {
				if s.meta == nil {
					s.meta = map[string]*Rule{}
				}
				s.meta[r.Name] = r
			}
			continue
		}
		if cfg.RuleEnabled(r) && !r.ResultOnly {
			ran[r.Name], ran[r.Class()], ran[SuppressAll] = true, true, true
		}
	}
	open := map[string][]*suppression{} // selector → open ranges (a stack)
	nextProse := newProseLines(doc)
	for ci, c := range doc.Comments {
		d, ok, err := ParseDirective(c.Body)
		if !ok {
			continue
		}
		if err != nil {
			s.report(RuleSuppressionInvalid, c.Span, err.Error())
			continue
		}
		valid := d.Selectors[:0:0]
		for _, sel := range d.Selectors {
			if !known[sel] {
				s.report(RuleSuppressionInvalid, c.Span, fmt.Sprintf("%s: unknown rule or class %q", d.Kind, sel))
				continue
			}
			valid = append(valid, sel)
		}
		if d.Kind != Enable && d.Reason == "" {
			s.report(RuleSuppressionReason, c.Span, fmt.Sprintf("%s %s gives no reason: add one after --, e.g. <!-- %s %s -- quoted verbatim -->",
				d.Kind, strings.Join(d.Selectors, ","), d.Kind, strings.Join(d.Selectors, ",")))
		}
		for _, sel := range valid {
			sup := &suppression{comment: ci, sel: sel, checkable: ran[sel]}
			switch d.Kind {
			case DisableNextLine:
				sup.line = nextProse(doc.Lines.Line(c.Span.End))
				s.next = append(s.next, sup)
			case Disable:
				sup.start, sup.end = c.Span.End, len(doc.Src)
				s.ranges = append(s.ranges, sup)
				open[sel] = append(open[sel], sup)
			case Enable:
				st := open[sel]
				if len(st) == 0 {
					s.report(RuleSuppressionInvalid, c.Span, fmt.Sprintf("factlint-enable %s has no factlint-disable %s before it", sel, sel))
					continue
				}
				st[len(st)-1].end = c.Span.Start
				open[sel] = st[:len(st)-1]
			}
		}
	}
	for _, sup := range s.next {
		if sup.line > 0 {
			if s.byLine == nil {
				s.byLine = map[int][]*suppression{}
			}
			s.byLine[sup.line] = append(s.byLine[sup.line], sup)
		}
	}
	s.cover = coverSteps(s.ranges)
	return s
}

// coverSteps gives, for each selector, the steps of its innermost covering
// range. The ranges of one selector nest (an enable closes the latest open
// disable of its selector) and come in order of start, so one sweep with a
// stack of open ranges finds them; a range covers [start, end).
func coverSteps(ranges []*suppression) map[string][]coverStep {
	bySel := map[string][]*suppression{}
	for _, r := range ranges {
		bySel[r.sel] = append(bySel[r.sel], r)
	}
	cover := make(map[string][]coverStep, len(bySel))
	for sel, rs := range bySel {
		var steps []coverStep
		var stack []*suppression
		step := func(at int) {
			var top *suppression
			if len(stack) > 0 {
				top = stack[len(stack)-1]
			}
			if n := len(steps); n > 0 && steps[n-1].at == at {
				steps[n-1].sup = top
				return
			}
			steps = append(steps, coverStep{at, top})
		}
		closeUpTo := func(pos int) {
			for len(stack) > 0 && stack[len(stack)-1].end <= pos {
				end := stack[len(stack)-1].end
				stack = stack[:len(stack)-1]
				step(end)
			}
		}
		for _, r := range rs {
			closeUpTo(r.start)
			stack = append(stack, r)
			step(r.start)
		}
		closeUpTo(math.MaxInt)
		cover[sel] = steps
	}
	return cover
}

// report adds a finding about a directive, when its rule is on.
func (s *suppressor) report(name string, sp Span, msg string) {
	r := s.meta[name]
	if r == nil {
		return
	}
	s.out = append(s.out, Diagnostic{Rule: r.Name, Class: r.Class(), Severity: s.cfg.RuleSeverity(r), Span: sp, Message: msg})
}

// silences reports whether a directive covers d (Src spans), and marks
// the directives that do as used.
func (s *suppressor) silences(d *Diagnostic) bool {
	if d.Class == "suppression" {
		return false
	}
	pos := d.Span.Start
	hit := false
	for _, sel := range [3]string{d.Rule, d.Class, SuppressAll} {
		steps := s.cover[sel]
		i := sort.Search(len(steps), func(k int) bool { return steps[k].at > pos }) - 1
		if i >= 0 && steps[i].sup != nil {
			steps[i].sup.used = true
			hit = true
		}
	}
	if len(s.byLine) > 0 {
		for _, sup := range s.byLine[s.doc.Lines.Line(pos)] {
			if sup.sel == d.Rule || sup.sel == d.Class || sup.sel == SuppressAll {
				sup.used = true
				hit = true
			}
		}
	}
	return hit
}

// finish returns the findings about the directives, the unused ones (once
// per selector) among them: every finding of the rules must have been
// through silences.
func (s *suppressor) finish() []Diagnostic {
	if s.meta[RuleSuppressionUnused] != nil {
		all := append(append([]*suppression(nil), s.next...), s.ranges...)
		sort.SliceStable(all, func(a, b int) bool { return all[a].comment < all[b].comment })
		for _, sup := range all {
			if sup.used || !sup.checkable {
				continue
			}
			c := s.doc.Comments[sup.comment]
			what := "the next line"
			if sup.line == 0 {
				what = "its range"
			}
			s.report(RuleSuppressionUnused, c.Span, fmt.Sprintf("suppression of %s matches no diagnostic on %s; remove it", sup.sel, what))
		}
	}
	return s.out
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
