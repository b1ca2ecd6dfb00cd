package all

import (
	"github.com/factlint/factlint/rules/spelling/ize"
	"github.com/factlint/factlint/rules/spelling/variety"
)

func init() { register(variety.Rule, ize.Rule) }
