//go:build padebug

package agreement

import (
	"fmt"
	"os"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// trace prints a resolver's verdict on a pronoun to standard error.
func trace(doc *lint.Document, pr *entities.PronounRef, stage string, v verdict) {
	ante := ""
	if v.ante != nil {
		ante = v.ante.Text
	}
	fmt.Fprintf(os.Stderr, "%s:%d %s %s: report=%v it=%v ante=%q %s %s\n", doc.Path, doc.LineOf(pr.Span.Start), pr.Text, stage, v.report, v.toIt, ante, v.silent, v.about)
}

// silence is why a verdict stays silent.
type silence struct {
	silent string // why the rule stays silent
	about  string // whom silent is about (kept apart: no string is built)
}

// quiet is the verdict to stay silent, for the reason given and about whom.
func quiet(silent, about string) verdict { return verdict{silence: silence{silent, about}} }
