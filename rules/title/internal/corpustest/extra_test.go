// Package corpustest runs the title and fact rules together: over odd
// input (TestOddInputs) and, timed one by one, over the dev corpus in
// ../shared/corpus/dev when it is present (BenchmarkRules; the corpus is
// licensed for research only and is never copied into the repository).
// Their recall and precision on the corpus are the quality report's, scored
// as score.py scores them: go run ./internal/quality --classes title,fact
// --missed --fps 40.
package corpustest

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/fact/age"
	"github.com/factlint/factlint/rules/fact/number"
)

// extraRules are run too: the fact rules have no gold in the corpus, so
// all their findings on clean/ are false alarms to drive to zero.
var extraRules = []*lint.Rule{age.Rule, number.Rule}
