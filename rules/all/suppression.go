package all

import (
	"github.com/factlint/factlint/rules/suppression/invalid"
	"github.com/factlint/factlint/rules/suppression/reason"
	"github.com/factlint/factlint/rules/suppression/unused"
)

func init() { register(invalid.Rule, reason.Rule, unused.Rule) }
