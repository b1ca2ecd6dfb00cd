package all

import (
	"github.com/factlint/factlint/rules/title/conflict"
	"github.com/factlint/factlint/rules/title/convention"
)

func init() { register(conflict.Rule, convention.Rule) }
