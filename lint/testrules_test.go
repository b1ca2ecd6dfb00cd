package lint

import (
	"strings"
)

// Rules used by this package's tests (the real ones live in rules/ and the
// lint package does not import them).

// testTick reports each backtick and offers the safe fix "'".
var testTick = &Rule{
	Name: "typography-test-tick", Summary: "backtick", Severity: Warning, Fixable: true,
	Run: func(p *Pass) (any, error) {
		t := p.Doc.Text
		for i := strings.IndexByte(t, '`'); i >= 0; {
			p.Report(Diagnostic{Span: Span{i, i + 1}, Message: "a backtick used as an apostrophe",
				Fixes: []Fix{{Message: "Replace with '", Safe: true, Edits: []Edit{{Span: Span{i, i + 1}, NewText: "'"}}}}})
			j := strings.IndexByte(t[i+1:], '`')
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return nil, nil
	},
}

// testDouble reports a word typed twice and offers to delete the copy
// (unsafe, so that tests can tell safe from unsafe).
var testDouble = &Rule{
	Name: "repetition-test-double", Summary: "double word", Severity: Error, Fixable: true,
	Run: func(p *Pass) (any, error) {
		toks := p.Doc.Tokens
		for i := 1; i < len(toks); i++ {
			a, b := toks[i-1], toks[i]
			if a.Kind == Word && b.Kind == Word && strings.EqualFold(a.Text, b.Text) && a.Sentence == b.Sentence {
				p.Report(Diagnostic{Span: b.Span, Message: "word typed twice",
					Fixes: []Fix{{Message: "Delete the copy", Safe: false, Edits: []Edit{{Span: Span{a.Span.End, b.Span.End}}}}}})
			}
		}
		return nil, nil
	},
}

// testInfo reports the word "reportedly" as info.
var testInfo = &Rule{
	Name: "term-test-reportedly", Summary: "reportedly", Severity: Info,
	Options: []Option{{Name: "word", Default: "reportedly"}, {Name: "min", Default: 1}, {Name: "ratio", Default: 0.5},
		{Name: "strict", Default: false}, {Name: "extra", Default: []string(nil)}},
	Run: func(p *Pass) (any, error) {
		w := p.String("word")
		for _, tk := range p.Doc.Tokens {
			if strings.EqualFold(tk.Text, w) {
				p.Reportf(tk.Span, "%q", w)
			}
		}
		return nil, nil
	},
}

// testSuppressionRules are the suppression rules as the registry has them.
var testSuppressionRules = []*Rule{
	{Name: RuleSuppressionUnused, Summary: "unused", Severity: Warning, Run: func(*Pass) (any, error) { return nil, nil }},
	{Name: RuleSuppressionReason, Summary: "reason", Severity: Warning, Run: func(*Pass) (any, error) { return nil, nil }},
	{Name: RuleSuppressionInvalid, Summary: "invalid", Severity: Warning, Run: func(*Pass) (any, error) { return nil, nil }},
}

func testRules() []*Rule {
	return append([]*Rule{testTick, testDouble, testInfo}, testSuppressionRules...)
}
