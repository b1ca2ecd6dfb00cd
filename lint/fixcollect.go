package lint

import (
	"cmp"
	"slices"
	"strings"
)

// A fixCollector is what a check for the runner's --fix and --diff keeps
// of every finding besides the findings Check keeps under the limit: a
// fixRecord, with what FixEdits reads of the finding and what
// LimitFindings reads of one it leaves out, not the Diagnostic with its
// related spans and fixes. A flood of a million fixable findings then
// takes tens of megabytes while it is fixed, not the hundreds its
// Diagnostics took (see checkFix).
type fixCollector struct {
	unsafe bool
	recs   []fixRecord
	more   [][]Edit // the edits of the fixes with more than one
	// The rules by name (records sort by name), with the last rule seen.
	index    map[string]uint32
	names    []string
	classes  []string
	lastRule *Rule
	lastIdx  uint32
	// The last edit text kept: a flood repeats one, held once.
	lastText string
}

// fixRecord is one finding for checkFix: its span, message, rule and
// severity, and the edits of its first eligible fix (FixEdits): none when
// n is 0, edit when n is 1, else more[edit.Span.Start].
type fixRecord struct {
	span Span
	msg  string
	edit Edit
	rule uint32
	n    int32
	sev  Severity
}

// ruleIndex is the index of the rule named name.
func (c *fixCollector) ruleIndex(name, class string) uint32 {
	if i, ok := c.index[name]; ok {
		return i
	}
	if c.index == nil {
		c.index = map[string]uint32{}
	}
	i := uint32(len(c.names))
	c.index[name] = i
	c.names, c.classes = append(c.names, name), append(c.classes, class)
	return i
}

// add records d, a finding of rule r whose spans and fixes are Src
// offsets (as Pass.Report makes them).
func (c *fixCollector) add(r *Rule, d *Diagnostic) {
	if r != c.lastRule {
		c.lastRule, c.lastIdx = r, c.ruleIndex(d.Rule, d.Class)
	}
	c.record(c.lastIdx, d)
}

// addDiag records d, whose Rule and Class are set.
func (c *fixCollector) addDiag(d *Diagnostic) { c.record(c.ruleIndex(d.Rule, d.Class), d) }

func (c *fixCollector) record(rule uint32, d *Diagnostic) {
	rec := fixRecord{span: d.Span, msg: d.Message, rule: rule, sev: d.Severity}
	if edits := eligibleEdits(d.Fixes, c.unsafe); len(edits) == 1 {
		e := edits[0]
		if e.NewText == c.lastText {
			e.NewText = c.lastText
		} else {
			c.lastText = e.NewText
		}
		rec.edit, rec.n = e, 1
	} else if len(edits) > 1 {
		rec.edit.Span.Start, rec.n = len(c.more), int32(len(edits))
		c.more = append(c.more, edits)
	}
	c.recs = append(c.recs, rec)
}

// edits returns the edits of rec's fix.
func (c *fixCollector) edits(rec *fixRecord) []Edit {
	switch rec.n {
	case 0:
		return nil
	case 1:
		return []Edit{rec.edit}
	}
	return c.more[rec.edit.Span.Start]
}

// eligibleEdits returns the edits of the first fix FixEdits may apply (a
// safe one, or any with unsafe), nil when there is none.
func eligibleEdits(fixes []Fix, unsafe bool) []Edit {
	for _, f := range fixes {
		if f.Safe || unsafe {
			return f.Edits
		}
	}
	return nil
}

// takeFix adds edits (the edits of one fix) to taken, sorted and
// pairwise non-clashing, unless there are none or one of them clashes.
func takeFix(taken, edits []Edit) []Edit {
	if len(edits) > 0 && !clashesAny(taken, edits) {
		for _, e := range edits {
			taken = insertEdit(taken, e)
		}
	}
	return taken
}

// checkFix checks doc as the runner does before it fixes: it returns the
// findings to report, LimitFindings(diags, limit) of the diagnostics diags
// of Check(doc, rules, cfg without the limit), and the edits to apply,
// FixEdits(diags, unsafe), without holding diags: Check keeps at most
// limit findings of each rule, a fixRecord is kept of every finding, and
// the records give the edits and the summaries of the findings left out
// (counted as LimitFindings counts them, which Check's own cap does not
// exactly: see findingCap), limit being cfg's FindingLimit.
func checkFix(doc *Document, rules []*Rule, cfg *Config, unsafe bool) ([]Diagnostic, []Edit, error) {
	limit := cfg.FindingLimit()
	if limit <= 0 { // the report holds every finding anyway
		diags, err := Check(doc, rules, cfg)
		return diags, FixEdits(diags, unsafe), err
	}
	col := &fixCollector{unsafe: unsafe}
	kept, err := check(doc, rules, cfg, col)
	recs, names := col.recs, col.names
	// The records in the order of SortDiagnostics: stable (ties in report
	// order), exact duplicates dropped but the first.
	order := make([]int32, len(recs))
	sorted := true
	for i := range order {
		order[i] = int32(i)
		if i > 0 && sorted && compareRecords(&recs[i-1], &recs[i], names) > 0 {
			sorted = false
		}
	}
	if !sorted {
		slices.SortFunc(order, func(a, b int32) int {
			if c := compareRecords(&recs[a], &recs[b], names); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
	}
	var taken []Edit
	counts := make([]int, len(names))
	caps := make([]*findingCap, len(names))
	var prev *fixRecord
	for _, i := range order {
		r := &recs[i]
		if prev != nil && r.span == prev.span && r.rule == prev.rule && r.msg == prev.msg {
			continue
		}
		prev = r
		taken = takeFix(taken, col.edits(r))
		if counts[r.rule]++; counts[r.rule] <= limit {
			continue
		}
		c := caps[r.rule]
		if c == nil {
			c = &findingCap{limit: limit}
			caps[r.rule] = c
		}
		c.leaveOut(&Diagnostic{Rule: names[r.rule], Class: col.classes[r.rule], Severity: r.sev, Span: r.span, Message: r.msg})
	}
	// kept holds the first limit findings of each rule (Check's cap) and
	// every finding about the directives: keep the first limit of each
	// rule and add the summaries.
	n := map[string]int{}
	out := kept[:0]
	for _, d := range kept {
		if n[d.Rule]++; n[d.Rule] <= limit {
			out = append(out, d)
		}
	}
	clear(kept[len(out):])
	added := false
	for _, c := range caps {
		if c != nil && c.left > 0 {
			out = append(out, c.summary())
			added = true
		}
	}
	if added {
		out = SortDiagnostics(out)
	}
	return out, taken, err
}

// compareRecords is compareFindings of two records.
func compareRecords(a, b *fixRecord, names []string) int {
	if c := cmp.Compare(a.span.Start, b.span.Start); c != 0 {
		return c
	}
	if a.rule != b.rule {
		if c := strings.Compare(names[a.rule], names[b.rule]); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(a.span.End, b.span.End); c != 0 {
		return c
	}
	return strings.Compare(a.msg, b.msg)
}
