// Package invalid declares suppression-invalid. Its diagnostics are produced by the
// suppression engine (lint/suppress.go), which sees every rule's diagnostics
// and the document's directive comments; the rule value carries the name,
// doc and default severity, and its Run does nothing.
package invalid

import (
	_ "embed"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is suppression-invalid.
var Rule = &lint.Rule{
	Name:     lint.RuleSuppressionInvalid,
	Summary:  "A malformed factlint suppression comment (unknown directive or rule).",
	Doc:      doc,
	Severity: lint.Warning,
	Run:      func(*lint.Pass) (any, error) { return nil, nil },
}
