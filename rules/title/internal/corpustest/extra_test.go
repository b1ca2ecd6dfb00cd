package corpustest

import "github.com/factlint/factlint/lint"

var extraRules []*lint.Rule
