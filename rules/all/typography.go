package all

import (
	"github.com/factlint/factlint/rules/typography/apostrophe"
	"github.com/factlint/factlint/rules/typography/dash"
	"github.com/factlint/factlint/rules/typography/quotes"
	"github.com/factlint/factlint/rules/typography/spacing"
)

func init() { register(apostrophe.Rule, dash.Rule, quotes.Rule, spacing.Rule) }
