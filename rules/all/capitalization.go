package all

import "github.com/factlint/factlint/rules/capitalization/consistency"

func init() { register(consistency.Rule) }
