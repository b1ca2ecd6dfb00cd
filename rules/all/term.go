package all

import "github.com/factlint/factlint/rules/term/variant"

func init() { register(variant.Rule) }
