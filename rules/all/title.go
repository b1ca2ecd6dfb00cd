package all

import "github.com/factlint/factlint/rules/title/convention"

func init() { register(convention.Rule) }
