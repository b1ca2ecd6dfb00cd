package all

import abbrconsistency "github.com/factlint/factlint/rules/abbreviation/consistency"

func init() { register(abbrconsistency.Rule) }
