// Package reason declares suppression-reason. Its diagnostics are produced by the
// suppression engine (lint/suppress.go), which sees every rule's diagnostics
// and the document's directive comments; the rule value carries the name,
// doc and default severity, and its Run does nothing.
package reason

import (
	_ "embed"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is suppression-reason.
var Rule = &lint.Rule{
	Name:     lint.RuleSuppressionReason,
	Summary:  "A suppression comment without a reason after --.",
	Doc:      doc,
	Severity: lint.Warning,
	Run:      func(*lint.Pass) (any, error) { return nil, nil },
}
