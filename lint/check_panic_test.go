package lint

import (
	"errors"
	"strings"
	"testing"
)

// A rule that panics or fails costs only its own findings: Check runs every
// other rule, before and after it in the run order, and names each failing
// rule in its error, in run order, a panic with its stack.
func TestCheckGoesOnAfterAFailingRule(t *testing.T) {
	var ran []string
	reporter := func(name string) *Rule {
		return &Rule{Name: name, Severity: Warning, Run: func(p *Pass) (any, error) {
			ran = append(ran, name)
			p.Report(Diagnostic{Span: Span{Start: 0, End: 4}, Message: name})
			return nil, nil
		}}
	}
	panicking := func(name string) *Rule {
		return &Rule{Name: name, Severity: Warning, Run: func(p *Pass) (any, error) {
			ran = append(ran, name)
			p.Report(Diagnostic{Span: Span{Start: 0, End: 4}, Message: name + " before its panic"})
			panic(name + " gave up")
		}}
	}
	failing := &Rule{Name: "term-c-fails", Severity: Warning, Run: func(p *Pass) (any, error) {
		ran = append(ran, "term-c-fails")
		return nil, errors.New("no table")
	}}
	model := &Rule{Name: "model-e", ResultOnly: true, Run: func(p *Pass) (any, error) { return 7, nil }}
	reader := &Rule{Name: "term-f-reads", Severity: Warning, Requires: []*Rule{model}, Run: func(p *Pass) (any, error) {
		ran = append(ran, "term-f-reads")
		if ResultOf[int](p, model) != 7 {
			t.Error("result of a rule run after a panic lost")
		}
		return nil, nil
	}}
	rules := []*Rule{panicking("term-a-panics"), reporter("term-b"), failing, panicking("term-d-panics"), reader, model, reporter("typography-g")}
	doc, err := Parse("t.txt", []byte("Some text.\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ { // the reused state starts afresh
		ran = ran[:0]
		diags, err := Check(doc, rules, nil)
		if got, want := strings.Join(ran, " "), "term-a-panics term-b term-c-fails term-d-panics term-f-reads typography-g"; got != want {
			t.Errorf("round %d: ran %q, want %q", round, got, want)
		}
		var msgs []string
		for _, d := range diags {
			msgs = append(msgs, d.Message)
		}
		// What a rule reported before it panicked stays, as it always has.
		if got, want := strings.Join(msgs, ", "), "term-a-panics before its panic, term-b, term-d-panics before its panic, typography-g"; got != want {
			t.Errorf("round %d: diagnostics %q, want %q", round, got, want)
		}
		if err == nil {
			t.Fatalf("round %d: no error", round)
		}
		e := err.Error()
		a, c, d := strings.Index(e, "rule term-a-panics: internal error: term-a-panics gave up"), strings.Index(e, "rule term-c-fails: no table"), strings.Index(e, "rule term-d-panics: internal error: term-d-panics gave up")
		if a < 0 || c < a || d < c || !strings.Contains(e, "goroutine") {
			t.Errorf("round %d: error %q", round, e)
		}
	}
}

// recoverInternal, deferred, makes a panic of the function that defers it
// its error and leaves the function's other results at zero (startSafe
// counts on that for "no state"); without a panic it changes nothing.
func TestRecoverInternal(t *testing.T) {
	call := func(panics bool) (n *int, err error) {
		defer recoverInternal(&err)
		return func() *int {
			if panics {
				panic("boom")
			}
			return new(int)
		}(), nil
	}
	if n, err := call(true); n != nil || err == nil || err.Error() != "internal error: boom" {
		t.Errorf("panic: got %v, %v; want nil, internal error: boom", n, err)
	}
	if n, err := call(false); n == nil || err != nil {
		t.Errorf("no panic: got %v, %v; want a value and no error", n, err)
	}
}
