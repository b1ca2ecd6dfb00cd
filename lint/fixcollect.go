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
	recs   [][]fixRecord // in chunks of recChunk: no copy as they grow
	n      int           // records
	more   [][]Edit      // the edits of the fixes with more than one
	// The messages and edit texts of the records: one held for a run of
	// equal ones (a flood repeats one).
	msgs, texts []string
	// The rules by name (records sort by name), with the last rule seen.
	index    map[string]uint32
	names    []string
	classes  []string
	lastRule *Rule
	lastIdx  uint32
}

const recChunk = 1 << 14

// maxFixRecordSrc is the largest source whose findings are kept as
// records (their spans are int32); a larger one is checked without the
// limit, as before. A variable so that a test can reach that path without
// a source of a gigabyte.
var maxFixRecordSrc = 1 << 30

// fixRecord is one finding for checkFix: its span, message, rule and
// severity, and the edits of its first eligible fix (FixEdits): none when
// kind is 0; when it is 1 the one edit of span edit and text texts[text];
// when it is 2 more[edit[0]].
type fixRecord struct {
	span      [2]int32
	edit      [2]int32
	msg, text uint32
	rule      uint32
	sev       int32
	kind      uint8
}

// rec returns record i.
func (c *fixCollector) rec(i int) *fixRecord { return &c.recs[i/recChunk][i%recChunk] }

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

// intern returns the index of s in *list, appending it unless it equals
// the last one.
func intern(list *[]string, s string) uint32 {
	if n := len(*list); n > 0 && (*list)[n-1] == s {
		return uint32(n - 1)
	}
	*list = append(*list, s)
	return uint32(len(*list) - 1)
}

func (c *fixCollector) record(rule uint32, d *Diagnostic) {
	rec := fixRecord{span: [2]int32{int32(d.Span.Start), int32(d.Span.End)}, msg: intern(&c.msgs, d.Message),
		rule: rule, sev: int32(d.Severity)}
	if edits := eligibleEdits(d.Fixes, c.unsafe); len(edits) == 1 {
		e := edits[0]
		rec.kind, rec.edit, rec.text = 1, [2]int32{int32(e.Span.Start), int32(e.Span.End)}, intern(&c.texts, e.NewText)
	} else if len(edits) > 1 {
		rec.kind, rec.edit[0] = 2, int32(len(c.more))
		c.more = append(c.more, edits)
	}
	if c.n%recChunk == 0 {
		c.recs = append(c.recs, make([]fixRecord, 0, recChunk))
	}
	k := len(c.recs) - 1
	c.recs[k] = append(c.recs[k], rec)
	c.n++
}

// edits returns the edits of rec's fix, one edit in *one.
func (c *fixCollector) edits(rec *fixRecord, one *[1]Edit) []Edit {
	switch rec.kind {
	case 0:
		return nil
	case 1:
		one[0] = Edit{Span: Span{int(rec.edit[0]), int(rec.edit[1])}, NewText: c.texts[rec.text]}
		return one[:]
	}
	return c.more[rec.edit[0]]
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
	// Without a limit the report holds every finding anyway.
	if limit <= 0 {
		diags, err := Check(doc, rules, cfg)
		return diags, FixEdits(diags, unsafe), err
	}
	// A source too large for int32 spans: the unlimited path, as the
	// runner took it before the records.
	if len(doc.Src) > maxFixRecordSrc {
		diags, err := Check(doc, rules, withoutLimit(cfg))
		return LimitFindings(diags, limit), FixEdits(diags, unsafe), err
	}
	col := &fixCollector{unsafe: unsafe}
	kept, err := check(doc, rules, cfg, col)
	names := col.names
	// The records in the order of SortDiagnostics: stable (ties in report
	// order), exact duplicates dropped but the first.
	order := make([]int, col.n)
	sorted := true
	edits := 0
	for i := range order {
		order[i] = i
		r := col.rec(i)
		if i > 0 && sorted && col.compare(col.rec(i-1), r) > 0 {
			sorted = false
		}
		if r.kind != 0 {
			edits++
		}
	}
	if !sorted {
		slices.SortFunc(order, func(a, b int) int {
			if c := col.compare(col.rec(a), col.rec(b)); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
	}
	taken := make([]Edit, 0, edits)
	var one [1]Edit
	counts := make([]int, len(names))
	caps := make([]*findingCap, len(names))
	var prev *fixRecord
	for _, i := range order {
		r := col.rec(i)
		if prev != nil && r.span == prev.span && r.rule == prev.rule && col.msgs[r.msg] == col.msgs[prev.msg] {
			continue
		}
		prev = r
		taken = takeFix(taken, col.edits(r, &one))
		if counts[r.rule]++; counts[r.rule] <= limit {
			continue
		}
		c := caps[r.rule]
		if c == nil {
			c = &findingCap{limit: limit}
			caps[r.rule] = c
		}
		c.leaveOut(&Diagnostic{Rule: names[r.rule], Class: col.classes[r.rule], Severity: Severity(r.sev),
			Span: Span{int(r.span[0]), int(r.span[1])}, Message: col.msgs[r.msg]})
	}
	if len(taken) == 0 {
		taken = nil // as FixEdits
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
	return addSummaries(out, slices.Values(caps)), taken, err
}

// compare is compareFindings of two records.
func (c *fixCollector) compare(a, b *fixRecord) int {
	if x := cmp.Compare(a.span[0], b.span[0]); x != 0 {
		return x
	}
	if a.rule != b.rule {
		if x := strings.Compare(c.names[a.rule], c.names[b.rule]); x != 0 {
			return x
		}
	}
	if x := cmp.Compare(a.span[1], b.span[1]); x != 0 {
		return x
	}
	if a.msg == b.msg {
		return 0
	}
	return strings.Compare(c.msgs[a.msg], c.msgs[b.msg])
}
