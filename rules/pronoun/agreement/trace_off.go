//go:build !padebug

package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// trace reports a resolver's verdict on a pronoun; a no-op unless built
// with the padebug tag (trace_debug.go).
func trace(*lint.Document, *entities.PronounRef, string, verdict) {}
