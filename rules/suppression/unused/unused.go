// Package unused declares suppression-unused. Its diagnostics are produced by the
// suppression engine (lint/suppress.go), which sees every rule's diagnostics
// and the document's directive comments; the rule value carries the name,
// doc and default severity, and its Run does nothing.
package unused

import (
	_ "embed"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is suppression-unused.
var Rule = &lint.Rule{
	Name:     lint.RuleSuppressionUnused,
	Summary:  "A suppression comment that silences nothing.",
	Doc:      doc,
	Severity: lint.Warning,
	Run:      func(*lint.Pass) (any, error) { return nil, nil },
}
