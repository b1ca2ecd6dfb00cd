package all

import "github.com/factlint/factlint/rules/name/variant"

func init() { register(variant.Rule) }
