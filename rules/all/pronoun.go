package all

import "github.com/factlint/factlint/rules/pronoun/agreement"

func init() { register(agreement.Rule) }
