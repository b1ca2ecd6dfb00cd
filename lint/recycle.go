package lint

// Recycler is an optional interface of a rule's result: a result that
// keeps memory worth reusing (an entity model's slabs) implements it, and
// Check calls Recycle when no rule can read the result any more, so that
// the memory can serve a later document instead of the garbage collector.
// Under CheckBatch the rule meanwhile runs on the other documents of the
// batch: a result must not share memory with the result of the rule's next
// Run, only with results already recycled.
//
// When: Check calls Recycle on every result it holds that implements
// Recycler once every rule of that Check has run, just before it applies
// suppressions and returns; each result of a rule that ran (no error) is
// passed once per rule that returned it, so Recycle must be idempotent
// (two rules may return one value) and must not panic. After Recycle the
// value must not be read by anyone: only the rules of the same Check ever
// see a result through ResultOf, and the Diagnostics Check returns must not
// point into a result's reused memory (a rule copies what it reports: a
// message built with fmt or +, spans by value).
//
// Results that RuleResults and RunRule return are never recycled: their
// caller owns them, as it owns a value it builds directly (entities.Build
// for `factlint entities`).
type Recycler interface {
	Recycle()
}

// recycleResults hands the results of one Check back to their rules'
// pools (see Recycler).
func recycleResults(runs []ruleRun) {
	for i := range runs {
		if !runs[i].done {
			continue
		}
		if r, ok := runs[i].result.(Recycler); ok {
			r.Recycle()
		}
	}
}
