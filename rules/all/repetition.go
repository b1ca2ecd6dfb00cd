package all

import (
	"github.com/factlint/factlint/rules/repetition/paragraph"
	"github.com/factlint/factlint/rules/repetition/parenthetical"
	"github.com/factlint/factlint/rules/repetition/word"
)

func init() { register(paragraph.Rule, parenthetical.Rule, word.Rule) }
