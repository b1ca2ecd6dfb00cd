package all

import (
	"github.com/factlint/factlint/rules/fact/age"
	"github.com/factlint/factlint/rules/fact/number"
)

func init() { register(age.Rule, number.Rule) }
