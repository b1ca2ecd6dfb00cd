package all

import "github.com/factlint/factlint/rules/model/entities"

func init() { register(entities.Rule) }
