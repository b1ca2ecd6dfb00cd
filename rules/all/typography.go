package all

import "github.com/factlint/factlint/rules/typography/apostrophe"

func init() { register(apostrophe.Rule) }
