package all

import (
	"github.com/factlint/factlint/rules/name/authority"
	"github.com/factlint/factlint/rules/name/unintroduced"
	"github.com/factlint/factlint/rules/name/variant"
)

func init() { register(variant.Rule, unintroduced.Rule, authority.Rule) }
