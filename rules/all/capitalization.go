package all

import (
	capconsistency "github.com/factlint/factlint/rules/capitalization/consistency"
	"github.com/factlint/factlint/rules/capitalization/title"
)

func init() { register(capconsistency.Rule, title.Rule) }
