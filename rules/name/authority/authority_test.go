package authority_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/name/authority"
)

func TestArticles(t *testing.T) {
	cfg := &lint.Config{Names: []lint.NameEntry{
		{Name: "Jim Mattis", Title: "US Defense Secretary", Gender: "male", Country: "US"},
		{Name: "Vladimir Putin", Title: "Russian President", Gender: "male", Country: "RU"},
		{Name: "Hillary Rodham Clinton", Aliases: []string{"Hillary Clinton"}, Title: "Secretary of State"},
	}}
	linttest.Run(t, "testdata", cfg, authority.Rule)
}
