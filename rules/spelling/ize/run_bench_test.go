package ize_test

import (
	"testing"

	"github.com/factlint/factlint/rules/internal/rulebench"
	"github.com/factlint/factlint/rules/spelling/ize"
)

// BenchmarkRun times the rule's Run alone over the clean dev corpus (skipped
// when ../shared is not at hand); parsing is not timed.
func BenchmarkRun(b *testing.B) { rulebench.Run(b, ize.Rule) }
