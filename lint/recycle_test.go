package lint

import (
	"strings"
	"testing"
)

// recyclable is a result that records when it is recycled.
type recyclable struct {
	recycled int
	log      *[]string
}

func (r *recyclable) Recycle() {
	r.recycled++
	*r.log = append(*r.log, "recycle")
}

// Check recycles a result once every rule has run, not before its readers
// and not when a rule failed; RunRule and RuleResults never recycle.
func TestCheckRecyclesResultsAfterTheLastReader(t *testing.T) {
	var log []string
	var made []*recyclable
	model := &Rule{Name: "model-recycled", ResultOnly: true, Run: func(p *Pass) (any, error) {
		r := &recyclable{log: &log}
		made = append(made, r)
		log = append(log, "model")
		return r, nil
	}}
	// Two rules return the same value: Recycle is called once per rule.
	alias := &Rule{Name: "model-alias", ResultOnly: true, Requires: []*Rule{model}, Run: func(p *Pass) (any, error) {
		return ResultOf[*recyclable](p, model), nil
	}}
	reader := func(name string) *Rule {
		return &Rule{Name: name, Severity: Warning, Requires: []*Rule{alias}, Run: func(p *Pass) (any, error) {
			if res := ResultOf[*recyclable](p, alias); res.recycled != 0 {
				t.Errorf("%s read a recycled result", name)
			}
			log = append(log, name)
			p.Report(Diagnostic{Span: Span{Start: 0, End: 1}, Message: "seen"})
			return nil, nil
		}}
	}
	rules := []*Rule{reader("term-a"), reader("typography-z"), model, alias}
	doc, err := Parse("t.txt", []byte("Some text.\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		log = log[:0]
		diags, err := Check(doc, rules, nil)
		if err != nil || len(diags) != 2 {
			t.Fatalf("Check: %v, %d diagnostics", err, len(diags))
		}
		if got := strings.Join(log, " "); got != "model term-a typography-z recycle recycle" {
			t.Errorf("round %d: order %q", round, got)
		}
		if r := made[len(made)-1]; r.recycled != 2 {
			t.Errorf("round %d: recycled %d times, want once per rule returning it", round, r.recycled)
		}
	}
	// The caller of RuleResults owns the results.
	log = log[:0]
	res, err := RuleResults(doc, []*Rule{alias}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := res[model].(*recyclable); r.recycled != 0 {
		t.Error("RuleResults recycled a result it returned")
	}
	// A rule that fails has no result to recycle.
	failing := &Rule{Name: "model-failing", ResultOnly: true, Run: func(p *Pass) (any, error) {
		panic("boom")
	}}
	if _, err := Check(doc, []*Rule{failing}, nil); err == nil {
		t.Error("no error for a panicking rule")
	}
}
