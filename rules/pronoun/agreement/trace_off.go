//go:build !padebug

package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// trace reports a resolver's verdict on a pronoun; a no-op unless built
// with the padebug tag (trace_debug.go).
func trace(*lint.Document, *entities.PronounRef, string, verdict) {}

// silence is why a verdict stays silent: nothing outside a padebug build.
type silence struct{}

// quiet is the verdict to stay silent, for the reason given and about
// whom (kept only in a padebug build).
func quiet(string, string) verdict { return verdict{silence: silence{}} }
