package lint

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
)

// Related is another place a diagnostic points at: the other spelling, the
// first mention.
type Related struct {
	Span    Span
	Message string
}

// Edit replaces Span with NewText.
type Edit struct {
	Span    Span
	NewText string
}

// Fix is a suggested change: a verb phrase ("Use 'Mattis' as on line 7") and
// non-overlapping edits. Safe fixes may be applied without a person looking.
type Fix struct {
	Message string
	Edits   []Edit
	Safe    bool
}

// Diagnostic is one finding. Spans given to Pass.Report are Text offsets;
// once reported every span is a Src offset.
type Diagnostic struct {
	Rule     string
	Class    string
	Severity Severity
	Span     Span
	Message  string
	Related  []Related
	Fixes    []Fix
}

// Pass is all a rule sees while it checks one document: the document, the
// results of the rules it requires, its options, the config and a report callback.
type Pass struct {
	Doc    *Document
	Rule   *Rule
	Config *Config

	severity Severity
	options  map[string]any
	results  map[*Rule]any // the results RunRule was given
	// Check's results: runs[plan.index[r]] for rule r.
	plan *plannedOrder
	runs []ruleRun
	// Where Report sends a diagnostic: Check's list (st.diags), or
	// RunRule's callback; neither for a rule that does not report.
	st     *checkState
	report func(Diagnostic)
	// For Check: where the rule's findings start in st.diags, and once the
	// rule reaches st.limit what the limit left out.
	base int
	over *findingCap
}

// noConfig is the configuration of a Check given none (every rule on, with
// its defaults), one for all documents rather than one allocated for each:
// rules only read their Pass's Config.
var noConfig Config

// checkState is what Check needs for one document, reused from one
// document to the next (plannedOrder.getState): a ruleRun for every rule of
// the plan and the diagnostics collected.
type checkState struct {
	runs  []ruleRun
	diags []Diagnostic
	sup   *suppressor // the document's directives, if it has any
	limit int         // Config.FindingLimit
	// capped is set once a rule reaches the limit.
	capped bool
	// fix, for checkFix, records every finding before the limit.
	fix *fixCollector
	// The last message and fix message kept: a rule that reports many
	// findings mostly repeats one message, and each finding then holds
	// that one copy rather than its own.
	lastMessage, lastFixMessage string
}

// ruleRun is Check's state for one rule of its plan: a Pass, not one
// allocated per rule, and the result, not put in a map.
type ruleRun struct {
	pass            Pass
	result          any
	done            bool // result is set: the rule ran without an error
	enabled, needed bool
}

// getState returns a zeroed checkState for the plan, reused from an
// earlier Check when one is free.
func (p *plannedOrder) getState() *checkState {
	if st, ok := p.states.Get().(*checkState); ok {
		return st
	}
	return &checkState{runs: make([]ruleRun, len(p.order))}
}

// putState clears st (results hold whole entity models) and keeps it for
// the next Check of the plan. Nothing holds a Pass once Check returns.
func (p *plannedOrder) putState(st *checkState) {
	clear(st.runs)
	runs := st.runs
	*st = checkState{runs: runs}
	p.states.Put(st)
}

// result returns the result of rule r, if r has run.
func (p *Pass) result(r *Rule) (any, bool) {
	if p.plan == nil {
		v, ok := p.results[r]
		return v, ok
	}
	if i, ok := p.plan.index[r]; ok && p.runs[i].done {
		return p.runs[i].result, true
	}
	return nil, false
}

// Report records a diagnostic whose spans are offsets in Doc.Text. The rule
// name, class and severity are filled in; a fix with an edit that does not map
// onto one verbatim run of the source is dropped. Under Check, a finding a
// suppression comment covers is dropped, and marks that directive used;
// past the rule's limit for the file (Config.FindingLimit) only the first
// findings in output order are kept (one reported later may evict a kept
// one), the others counted, and a finding reported again is neither kept
// twice nor counted (see findingCap).
func (p *Pass) Report(d Diagnostic) {
	st := p.st
	if p.report == nil && st == nil {
		return
	}
	d.Rule = p.Rule.Name
	d.Class = p.Rule.Class()
	if d.Severity == 0 {
		d.Severity = p.severity
	}
	doc := p.Doc
	d.Span = doc.SpanToSource(d.Span)
	slot := -1 // the kept finding that a finding admitted past the limit replaces
	mapped := false
	if st != nil {
		if st.sup != nil && st.sup.silences(&d) {
			return
		}
		if st.fix != nil { // every finding is recorded, the limit or not
			d.Fixes, mapped = sourceFixes(doc, d.Fixes), true
			st.keepOneCopy(&d)
			st.fix.add(p.Rule, &d)
		}
		if p.over == nil && st.limit > 0 && len(st.diags)-p.base >= st.limit {
			p.over, st.diags = newFindingCap(st.diags, p.base, st.limit)
			st.capped = true
		}
		if p.over != nil {
			at := p.over.admit(st.diags, &d)
			if at < 0 {
				return
			}
			if at < len(st.diags) {
				slot = at
			}
		}
	}
	for i := range d.Related {
		d.Related[i].Span = doc.SpanToSource(d.Related[i].Span)
	}
	if !mapped {
		d.Fixes = sourceFixes(doc, d.Fixes)
	}
	if st != nil {
		st.keepOneCopy(&d)
		if slot >= 0 {
			st.diags[slot] = d
			p.over.settle(st.diags)
			return
		}
		st.diags = append(st.diags, d)
		return
	}
	p.report(d)
}

// sourceFixes returns the fixes whose edits (Text spans) map onto verbatim
// runs of the source and do not overlap, with their edits mapped (Src
// spans).
func sourceFixes(doc *Document, fixes []Fix) []Fix {
	out := fixes[:0:0]
	for _, f := range fixes {
		ok := len(f.Edits) > 0
		edits := make([]Edit, len(f.Edits))
		for i, e := range f.Edits {
			if !doc.Verbatim(e.Span) {
				ok = false
				break
			}
			edits[i] = Edit{Span: doc.SpanToSource(e.Span), NewText: e.NewText}
		}
		if ok && !overlapping(edits) {
			f.Edits = edits
			out = append(out, f)
		}
	}
	return out
}

// keepOneCopy makes d's message and fix messages the copies kept before
// when they are equal to them, so that the new copies can be freed.
func (st *checkState) keepOneCopy(d *Diagnostic) {
	if d.Message == st.lastMessage {
		d.Message = st.lastMessage
	} else {
		st.lastMessage = d.Message
	}
	for i := range d.Fixes {
		f := &d.Fixes[i]
		if f.Message == st.lastFixMessage {
			f.Message = st.lastFixMessage
		} else {
			st.lastFixMessage = f.Message
		}
	}
}

// Reportf reports a message at a Text span.
func (p *Pass) Reportf(sp Span, format string, args ...any) {
	p.Report(Diagnostic{Span: sp, Message: fmt.Sprintf(format, args...)})
}

func overlapping(edits []Edit) bool {
	if len(edits) < 2 { // most fixes: nothing to sort or copy
		return false
	}
	s := slices.Clone(edits)
	slices.SortFunc(s, func(a, b Edit) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	for i := 1; i < len(s); i++ {
		if s[i].Span.Start < s[i-1].Span.End {
			return true
		}
	}
	return false
}

// ResultOf returns the result of a rule that p's rule requires, with its type.
// A rule that asks for a rule it does not require, or for the wrong type,
// fails here (the runner turns the panic into an error for that file).
func ResultOf[T any](p *Pass, r *Rule) T {
	v, ok := p.result(r)
	if !ok {
		panic(fmt.Sprintf("rule %s reads the result of %s without requiring it", p.Rule.Name, r.Name))
	}
	t, ok := v.(T)
	if !ok {
		var zero T
		panic(fmt.Sprintf("rule %s: result of %s is %T, not %T", p.Rule.Name, r.Name, v, zero))
	}
	return t
}

// Option returns the value of a declared option (the config's, else the default).
func (p *Pass) Option(name string) any {
	if v, ok := p.options[name]; ok {
		return v
	}
	for _, o := range p.Rule.Options {
		if o.Name == name {
			return o.Default
		}
	}
	panic(fmt.Sprintf("rule %s has no option %q", p.Rule.Name, name))
}

// Bool returns a bool option.
func (p *Pass) Bool(name string) bool { v, _ := p.Option(name).(bool); return v }

// Int returns an int option.
func (p *Pass) Int(name string) int {
	switch v := p.Option(name).(type) {
	case int:
		return v
	case float64:
		return int(v)
	}
	return 0
}

// Float returns a float option.
func (p *Pass) Float(name string) float64 {
	switch v := p.Option(name).(type) {
	case int:
		return float64(v)
	case float64:
		return v
	}
	return 0
}

// String returns a string option.
func (p *Pass) String(name string) string { v, _ := p.Option(name).(string); return v }

// Strings returns a list option.
func (p *Pass) Strings(name string) []string { v, _ := p.Option(name).([]string); return v }

// Check runs the enabled rules (and the rules they require) over one
// document and returns its diagnostics, suppressions applied, sorted by
// position, rule and message, without duplicates. Of each rule it keeps at
// most cfg.FindingLimit() findings, the first in that order, and adds one
// finding that counts the others (see LimitFindings); the others are never
// held. A rule that fails or panics makes Check return an error naming it;
// the diagnostics of the other rules are still returned.
func Check(doc *Document, rules []*Rule, cfg *Config) ([]Diagnostic, error) {
	return check(doc, rules, cfg, nil)
}

// check is Check, with fix (for checkFix) given a record of every finding
// the rules report (but those suppressed) and of every finding about the
// directives. With fix, the findings about the directives are not
// limited and no summary stands for the findings the limit left out:
// checkFix makes them from the records.
func check(doc *Document, rules []*Rule, cfg *Config, fix *fixCollector) ([]Diagnostic, error) {
	if cfg == nil {
		cfg = &noConfig
	}
	plan, err := runOrder(rules)
	if err != nil {
		return nil, err
	}
	st := plan.start(doc, rules, cfg)
	st.fix = fix
	var errs []string
	for i := 0; i < len(plan.order); {
		i = runFrom(doc, cfg, plan, st, i, len(plan.order), &errs)
	}
	return plan.finish(st, errs)
}

// CheckBatch is Check over several documents: diags[k] and errs[k] are
// what Check(docs[k], rules, cfgs[k]) returns (cfgs nil: the defaults for
// every document). It runs rule after rule, each over every document
// before the next one starts, rather than document after document: the
// code and tables of 27 rules do not fit a processor's first-level caches
// together, and one rule's do, so that a rule met again at the next
// document finds them there instead of fetching them again. A panic in
// the work for one document (a rule's, reading its directives, recycling
// its results) fails that document alone.
//
// A batch holds every document's rule results until its last rule has
// run, so it suits many small documents (Runner batches up to BatchBytes
// of source); a long document gains nothing from it.
func CheckBatch(docs []*Document, rules []*Rule, cfgs []*Config) (diags [][]Diagnostic, errs []error) {
	diags, errs = make([][]Diagnostic, len(docs)), make([]error, len(docs))
	fail := func(err error) ([][]Diagnostic, []error) {
		for k := range errs {
			errs[k] = err
		}
		return diags, errs
	}
	if cfgs != nil && len(cfgs) != len(docs) {
		return fail(fmt.Errorf("CheckBatch: %d configs for %d documents", len(cfgs), len(docs)))
	}
	plan, err := runOrder(rules)
	if err != nil {
		return fail(err)
	}
	each := make([]batchDoc, len(docs))
	for k, doc := range docs {
		e := &each[k]
		e.cfg = &noConfig
		if cfgs != nil && cfgs[k] != nil {
			e.cfg = cfgs[k]
		}
		e.st, errs[k] = plan.startSafe(doc, rules, e.cfg)
	}
	for i := range plan.order {
		for k := 0; k < len(docs); {
			k = runOver(docs, each, plan, i, k)
		}
	}
	for k := range docs {
		if e := &each[k]; e.st != nil {
			diags[k], errs[k] = plan.finishSafe(e.st, e.errs)
		}
	}
	return diags, errs
}

// batchDoc is CheckBatch's state for one document of the batch: its
// config, its Check state (nil when start failed) and the errors of its
// rules.
type batchDoc struct {
	cfg  *Config
	st   *checkState
	errs []string
}

// runOver runs the rule order[i] over the documents of a batch from docs[k]
// on (those whose state is set) and returns len(docs); a rule that fails
// adds its error to the document's errs, and one that panics ends the
// call, which returns the index of the document after it, so that
// CheckBatch goes on with the next document. One deferred recover serves
// the rule over every document of the batch, instead of one for each.
func runOver(docs []*Document, each []batchDoc, plan *plannedOrder, i, k int) (next int) {
	defer func() {
		if v := recover(); v != nil {
			e := &each[next]
			e.errs = append(e.errs, rulePanic(plan.order[i], v))
			next++
		}
	}()
	for next = k; next < len(docs); next++ {
		if e := &each[next]; e.st != nil {
			runOne(docs[next], e.cfg, plan, e.st, i, &e.errs)
		}
	}
	return next
}

// start returns the state of a Check of doc: the rules needed marked, the
// document's directives read.
func (p *plannedOrder) start(doc *Document, rules []*Rule, cfg *Config) *checkState {
	st := p.getState()
	runs := st.runs
	if len(cfg.Rules) == 0 {
		// No rule turned off: the marks of every document are the plan's.
		for i, m := range p.allOn {
			runs[i].enabled, runs[i].needed = m.enabled, m.needed
		}
	} else {
		p.markRuns(runs, cfg)
	}
	st.sup = newSuppressor(doc, rules, cfg)
	st.limit = cfg.FindingLimit()
	return st
}

// markRuns marks in runs (zeroed) the rules of the plan that a Check with
// cfg runs (needed) and whose findings it reports (enabled). A rule is
// needed when it is enabled or a needed rule requires it.
func (p *plannedOrder) markRuns(runs []ruleRun, cfg *Config) {
	for k, r := range p.in {
		if cfg.RuleEnabled(r) {
			runs[p.inAt[k]].enabled = true
		}
	}
	for i := len(p.order) - 1; i >= 0; i-- {
		if runs[i].enabled || runs[i].needed {
			runs[i].needed = true
			for _, q := range p.requires[i] {
				runs[q].needed = true
			}
		}
	}
}

// recoverInternal, deferred by a function, turns a panic of that function
// into *err = "internal error: <the panic's value>" (without a stack), and
// the function returns normally. Its other named results keep the zero
// values they had: a panic inside a return statement's call leaves them
// unassigned, so a startSafe that panics returns no state.
func recoverInternal(err *error) {
	if v := recover(); v != nil {
		*err = fmt.Errorf("internal error: %v", v)
	}
}

// startSafe is start with a panic turned into an error (and no state).
func (p *plannedOrder) startSafe(doc *Document, rules []*Rule, cfg *Config) (st *checkState, err error) {
	defer recoverInternal(&err)
	return p.start(doc, rules, cfg), nil
}

// finishSafe is finish with a panic (a result's Recycle, against the
// Recycler contract) turned into an error for that document alone, as the
// runner's recover makes it of a Check that panics.
func (p *plannedOrder) finishSafe(st *checkState, errs []string) (diags []Diagnostic, err error) {
	defer recoverInternal(&err)
	return p.finish(st, errs)
}

// finish ends the Check whose state is st once every rule has run: it
// recycles the results, adds what the limit left out and the findings
// about the directives, and sorts. st goes back to the plan.
func (p *plannedOrder) finish(st *checkState, errs []string) ([]Diagnostic, error) {
	defer p.putState(st)
	runs := st.runs
	// Every rule has run: nothing reads a result any more (see Recycler).
	recycleResults(runs)
	diags := st.diags
	st.diags = nil // returned: not reused
	if st.capped && st.fix == nil {
		for i := range runs {
			if c := runs[i].pass.over; c != nil && c.left > 0 {
				diags = append(diags, c.summary())
			}
		}
	}
	if st.sup != nil {
		// The findings about the directives, limited like any rule's.
		limit := st.limit
		if st.fix != nil {
			limit = 0
		}
		sup := LimitFindings(SortDiagnostics(st.sup.finish()), limit)
		if st.fix != nil {
			for i := range sup {
				st.fix.addDiag(&sup[i])
			}
		}
		diags = append(diags, sup...)
	}
	diags = SortDiagnostics(diags)
	if len(errs) > 0 {
		return diags, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return diags, nil
}

// runFrom runs the needed rules of the plan from order[i] up to order[end]
// (excluded) and returns end; a rule that fails or panics adds its error
// to errs, and one that panics ends the call, which returns the index
// after it so that Check goes on with the next rule. One deferred recover
// serves all the rules of a document, instead of one for each (runRule).
func runFrom(doc *Document, cfg *Config, plan *plannedOrder, st *checkState, i, end int, errs *[]string) (next int) {
	order := plan.order
	defer func() {
		if v := recover(); v != nil {
			*errs = append(*errs, rulePanic(order[next], v))
			next++
		}
	}()
	for next = i; next < end; next++ {
		runOne(doc, cfg, plan, st, next, errs)
	}
	return next
}

// runOne runs the rule order[i] of the plan over doc when it is needed,
// and keeps its result, or adds its error to errs; a panic goes on to the
// caller's recover (runFrom's, runOver's).
func runOne(doc *Document, cfg *Config, plan *plannedOrder, st *checkState, i int, errs *[]string) {
	runs := st.runs
	run := &runs[i]
	if !run.needed {
		return
	}
	r := plan.order[i]
	// Every field of the Pass is written, one by one: a whole Pass built
	// and copied in cost about a hundred instructions for every rule of
	// every document.
	p := &run.pass
	p.Doc, p.Rule, p.Config = doc, r, cfg
	p.severity, p.options, p.results = cfg.RuleSeverity(r), cfg.RuleOptions(r), nil
	p.plan, p.runs = plan, runs
	p.st, p.report, p.base, p.over = nil, nil, 0, nil
	if run.enabled && !r.ResultOnly {
		p.st, p.base = st, len(st.diags)
	}
	res, err := r.Run(p)
	if err != nil {
		*errs = append(*errs, fmt.Sprintf("rule %s: %v", r.Name, err))
		return
	}
	run.result, run.done = res, true
}

// rulePanic is the error of a rule that panicked with v, with the stack
// (called by runFrom's and runOver's deferred recovers).
func rulePanic(r *Rule, v any) string {
	return fmt.Sprintf("rule %s: internal error: %v\n%s", r.Name, v, debug.Stack())
}

func runRule(p *Pass) (res any, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v\n%s", v, debug.Stack())
		}
	}()
	return p.Rule.Run(p)
}

// SortDiagnostics orders diagnostics by position, rule and message and
// removes exact duplicates.
func SortDiagnostics(ds []Diagnostic) []Diagnostic {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int { return compareFindings(&a, &b) })
	out := ds[:0]
	for i := range ds {
		if i > 0 && ds[i].Span == ds[i-1].Span && ds[i].Rule == ds[i-1].Rule && ds[i].Message == ds[i-1].Message {
			continue
		}
		out = append(out, ds[i])
	}
	return out
}
