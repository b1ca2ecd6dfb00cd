package lint

import (
	"context"
	"fmt"
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

// panicky is a result whose Recycle panics, against the Recycler contract.
type panicky struct{}

func (panicky) Recycle() { panic("recycle gave up") }

// A result that panics when it is recycled fails the document it belongs
// to, as it fails that file alone when the runner checks it on its own
// (Check panics, Runner.one recovers): the other documents of a batch keep
// their findings.
func TestCheckBatchRecyclePanicFailsOneDocument(t *testing.T) {
	model := &Rule{Name: "model-panicky", ResultOnly: true, Run: func(p *Pass) (any, error) {
		if strings.HasPrefix(p.Doc.Text, "Boom") {
			return panicky{}, nil
		}
		return nil, nil
	}}
	reader := &Rule{Name: "term-reader", Severity: Warning, Requires: []*Rule{model}, Run: func(p *Pass) (any, error) {
		p.Report(Diagnostic{Span: Span{Start: 0, End: 4}, Message: "seen"})
		return nil, nil
	}}
	rules := []*Rule{reader, model}
	texts := []string{"Fine headline\n\nText.\n", "Boom headline\n\nText.\n", "Also fine\n\nText.\n"}
	var docs []*Document
	var inputs []Input
	for k, s := range texts {
		doc, err := Parse("t.txt", []byte(s), FormatText)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
		inputs = append(inputs, Input{Path: fmt.Sprintf("%d.txt", k), Src: []byte(s)})
	}
	func() {
		defer func() {
			if v := recover(); v != nil {
				t.Errorf("CheckBatch panicked: %v", v)
			}
		}()
		diags, errs := CheckBatch(docs, rules, nil)
		for k := range docs {
			if fails := k == 1; (errs[k] != nil) != fails || !fails && len(diags[k]) != 1 {
				t.Errorf("document %d: %d diagnostics, error %v", k, len(diags[k]), errs[k])
			}
		}
		if errs[1] == nil || errs[1].Error() != "internal error: recycle gave up" {
			t.Errorf("error %v, want the one the runner gives for that file alone", errs[1])
		}
	}()
	// The runner checks the three as one batch; one by one (with --diff,
	// which does not batch) only the second fails.
	for _, fix := range []FixMode{FixNone, FixDiff} {
		var got []string
		rn := &Runner{Rules: rules, Jobs: 1, Fix: fix}
		if err := rn.Run(context.Background(), inputs, func(r *Result) {
			got = append(got, fmt.Sprintf("%s %d %v", r.Path, len(r.Diags), r.Err))
		}); err != nil {
			t.Fatal(err)
		}
		want := "0.txt 1 <nil>|1.txt 0 internal error: recycle gave up|2.txt 1 <nil>"
		if strings.Join(got, "|") != want {
			t.Errorf("fix mode %d: got %q, want %q", fix, strings.Join(got, "|"), want)
		}
	}
}
