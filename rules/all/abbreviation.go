package all

import (
	abbrconsistency "github.com/factlint/factlint/rules/abbreviation/consistency"
	"github.com/factlint/factlint/rules/abbreviation/definedlate"
)

func init() { register(abbrconsistency.Rule, definedlate.Rule) }
