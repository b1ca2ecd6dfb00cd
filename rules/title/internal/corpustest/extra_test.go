package corpustest

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/fact/age"
	"github.com/factlint/factlint/rules/fact/number"
)

// extraRules are measured too: the fact rules have no gold in the corpus,
// so all their findings on clean/ are false alarms to drive to zero.
var extraRules = []*lint.Rule{age.Rule, number.Rule}
