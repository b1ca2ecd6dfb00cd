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
	fmt.Fprintf(os.Stderr, "%s:%d %s %s: report=%v it=%v ante=%q %s %s\n", doc.Path, doc.LineOf(pr.Span.Start), pr.Text, stage, v.report, v.toIt, v.ante.Text, v.silent, v.about)
}
