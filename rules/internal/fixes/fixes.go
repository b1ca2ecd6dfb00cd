// Package fixes builds the fix most findings carry: one message and one
// edit, which a rule would otherwise write out as a nested literal.
package fixes

import "github.com/factlint/factlint/lint"

// One returns a finding's Fixes: the one fix, message, that replaces span
// with text (an empty text deletes it, an empty span inserts it), safe to
// apply without a person looking when safe is true.
func One(message string, span lint.Span, text string, safe bool) []lint.Fix {
	return []lint.Fix{{Message: message, Edits: []lint.Edit{{Span: span, NewText: text}}, Safe: safe}}
}
