package all

import (
	"github.com/factlint/factlint/rules/term/garbled"
	"github.com/factlint/factlint/rules/term/variant"
)

func init() { register(variant.Rule, garbled.Rule) }
