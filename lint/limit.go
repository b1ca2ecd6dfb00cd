package lint

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"strings"
)

// DefaultMaxFindingsPerRule is how many findings one rule reports in one
// file when the config does not say (max-findings-per-rule). News copy
// never comes near it: the 400 development articles joined into one file
// give at most 259 findings of one rule, and 34 copies of that file
// (29 MB, three times the largest file read by default) at most 3,332
// (typography-apostrophe, with the corpus's planted errors; 1,700
// term-variant without them). A file that yields more is a flood (a
// million "James´s" in a row) that no reader of the report can use.
const DefaultMaxFindingsPerRule = 10000

// FindingLimit is the most findings one rule reports in one file (0: no
// limit): the config's max-findings-per-rule, else DefaultMaxFindingsPerRule.
func (c *Config) FindingLimit() int {
	if c == nil || c.MaxFindingsPerRule == nil {
		return DefaultMaxFindingsPerRule
	}
	return max(*c.MaxFindingsPerRule, 0)
}

// compareFindings is the order of the findings (SortDiagnostics):
// position, rule, end, message.
func compareFindings(a, b *Diagnostic) int {
	if c := cmp.Compare(a.Span.Start, b.Span.Start); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Span.End, b.Span.End); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

// findingCap keeps the first limit findings of one rule in one file, in
// the output order, and counts the others without keeping them. The kept
// findings are a window of Check's list (the rule's own findings, which
// Check appends one rule after the other); once the window is full it is
// a max-heap, so a finding that comes after all kept ones (a flood read
// from the top) costs one comparison, and any other O(log limit).
//
// Check drops exact duplicates (SortDiagnostics), so a finding the rule
// reports again must neither be kept twice nor counted: kept holds the
// keys of the kept findings, and a finding equal to the last one left out
// is not counted again. A duplicate of an earlier finding left out is
// counted again (it is not held); linttest fails a rule that reports one.
type findingCap struct {
	limit int
	base  int  // where the rule's findings start in Check's list
	heap  bool // the window is ordered as a heap
	kept  map[findingKey]struct{}
	left  int // findings left out
	// first is the earliest finding left out (where the summary stands);
	// worst is the highest severity left out; last is the last one left
	// out.
	first Diagnostic
	worst Severity
	last  findingKey
}

// findingKey is what makes two findings of one rule the same finding.
type findingKey struct {
	span    Span
	message string
}

func keyOf(d *Diagnostic) findingKey { return findingKey{d.Span, d.Message} }

// newFindingCap starts the cap of a rule whose findings in list[base:]
// have reached limit: it removes the duplicates among them (keeping the
// first reported, as SortDiagnostics does) and returns the shorter list.
func newFindingCap(list []Diagnostic, base, limit int) (*findingCap, []Diagnostic) {
	c := &findingCap{limit: limit, base: base, kept: make(map[findingKey]struct{}, limit)}
	w := list[base:base]
	for i := base; i < len(list); i++ {
		k := keyOf(&list[i])
		if _, dup := c.kept[k]; dup {
			continue
		}
		c.kept[k] = struct{}{}
		w = append(w, list[i])
	}
	clear(list[base+len(w):]) // nothing past the end holds findings
	return c, list[:base+len(w)]
}

// admit decides where a finding of the rule goes once the rule has reached
// its limit: it returns -1 when d is not kept (a duplicate, or left out
// and counted), len(list) when it is appended (duplicates removed made
// room), else the slot of list to overwrite (the kept finding it evicts is
// counted as left out). Its spans must already be Src offsets.
func (c *findingCap) admit(list []Diagnostic, d *Diagnostic) int {
	k := keyOf(d)
	h := list[c.base:]
	if len(h) < c.limit {
		if _, dup := c.kept[k]; dup {
			return -1
		}
		c.kept[k] = struct{}{}
		return len(list)
	}
	if !c.heap {
		for i := len(h)/2 - 1; i >= 0; i-- {
			siftDown(h, i)
		}
		c.heap = true
	}
	if o := compareFindings(d, &h[0]); o >= 0 { // after every kept one, or the last of them again
		if o > 0 && (c.left == 0 || k != c.last) {
			c.leaveOut(d)
		}
		return -1
	}
	if _, dup := c.kept[k]; dup {
		return -1
	}
	delete(c.kept, keyOf(&h[0]))
	c.kept[k] = struct{}{}
	c.leaveOut(&h[0])
	return c.base
}

// settle restores the heap order after the slot admit returned was written.
func (c *findingCap) settle(list []Diagnostic) { siftDown(list[c.base:], 0) }

func (c *findingCap) leaveOut(d *Diagnostic) {
	if c.left == 0 || compareFindings(d, &c.first) < 0 {
		c.first = Diagnostic{Rule: d.Rule, Class: d.Class, Span: d.Span, Message: d.Message}
	}
	c.worst = max(c.worst, d.Severity)
	c.last = keyOf(d)
	c.left++
}

// summary is the one finding that stands for those left out: at the
// earliest of them, with the highest severity among them (so the exit
// status is what it would have been), no fix.
func (c *findingCap) summary() Diagnostic {
	return Diagnostic{
		Rule: c.first.Rule, Class: c.first.Class, Severity: c.worst, Span: c.first.Span,
		Message: fmt.Sprintf("%s in this file not shown: factlint reports at most %d per rule and file (set by max-findings-per-rule)",
			moreFindings(c.left, c.first.Rule), c.limit),
	}
}

// moreFindings is "1 more RULE finding" or "N more RULE findings".
func moreFindings(n int, rule string) string {
	if n == 1 {
		return "1 more " + rule + " finding"
	}
	return fmt.Sprintf("%d more %s findings", n, rule)
}

// siftDown moves h[i] down to its place in the max-heap h (by
// compareFindings).
func siftDown(h []Diagnostic, i int) {
	for {
		big := i
		if l := 2*i + 1; l < len(h) && compareFindings(&h[l], &h[big]) > 0 {
			big = l
		}
		if r := 2*i + 2; r < len(h) && compareFindings(&h[r], &h[big]) > 0 {
			big = r
		}
		if big == i {
			return
		}
		h[i], h[big] = h[big], h[i]
		i = big
	}
}

// LimitFindings keeps, of diagnostics sorted as SortDiagnostics sorts
// them, the first limit of each rule (0: all) and puts one summary finding
// for the others of that rule in order, where the first of them stood: the
// same list Check gives when it applies the limit itself (but for a rule
// that reports a finding left out twice: see findingCap). diags is not
// changed. The runner uses it on the diagnostics of a file it fixes, which
// it checks without the limit.
func LimitFindings(diags []Diagnostic, limit int) []Diagnostic {
	if limit <= 0 || len(diags) <= limit {
		return diags
	}
	counts := map[string]int{}
	caps := map[string]*findingCap{}
	var out []Diagnostic // a new list: diags may still serve the fixes
	for i := range diags {
		d := &diags[i]
		counts[d.Rule]++
		if counts[d.Rule] <= limit {
			out = append(out, *d)
			continue
		}
		c := caps[d.Rule]
		if c == nil {
			c = &findingCap{limit: limit}
			caps[d.Rule] = c
		}
		c.leaveOut(d)
	}
	return addSummaries(out, maps.Values(caps))
}

// addSummaries adds the summary of each cap (nil: none) that left
// findings out and sorts the list again.
func addSummaries(diags []Diagnostic, caps iter.Seq[*findingCap]) []Diagnostic {
	n := len(diags)
	for c := range caps {
		if c != nil && c.left > 0 {
			diags = append(diags, c.summary())
		}
	}
	if len(diags) == n {
		return diags
	}
	return SortDiagnostics(diags)
}

// WithFindingLimit returns a copy of c (nil: the defaults) whose limit on
// findings is n (0: no limit); c itself, which may be shared, is not
// changed.
func (c *Config) WithFindingLimit(n int) *Config {
	out := Config{}
	if c != nil {
		out = *c
	}
	out.MaxFindingsPerRule = &n
	return &out
}

// withoutLimit is cfg (nil: the defaults) with no limit on findings.
func withoutLimit(cfg *Config) *Config { return cfg.WithFindingLimit(0) }
