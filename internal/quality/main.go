// Command quality is factlint's quality report: it lints the evaluation
// corpus in-process with every rule and prints the table that
// ../shared/corpus/README.md describes, scored exactly as
// ../shared/corpus/score.py scores it (a test checks that the two agree).
//
//	go run ./internal/quality [flags] [SETDIR...]
//
// SETDIR is a folder with articles/, clean/ and gold.jsonl; the default is
// ../shared/corpus/dev, found by walking up from the working directory. When
// there is none, the report says so and exits 0.
//
// Flags (as score.py's, and they may come before or after the folders):
//
//	--missed            list the gold entries no finding matched
//	--fps N             list the first N false alarms on articles/ and on clean/
//	--classes a,b       only these classes (in the table, the totals and the lists)
//	--min-recall X      exit 1 when a listed class's recall is below X
//	--min-precision Y   exit 1 when a listed class's precision is below Y
//	--max-fp Z          exit 1 when false alarms on clean/ exceed Z per 1,000 words
//
// Columns of the table: gold (planted errors, a group of alternatives
// counting once), found (gold entries matched), recall, tp (findings that
// match a gold entry), fp (findings that match none and are not background),
// prec (tp / (tp + fp)), bkgd (findings on articles/ that also appear, same
// file, rule and flagged text, on the clean original: about the published
// text, not counted), clean (findings on clean/ that are not known real
// slips) and /kw (those per 1,000 words of clean/).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/internal/quality/eval"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

const usage = `usage: go run ./internal/quality [--missed] [--fps N] [--classes a,b] [--min-recall X] [--min-precision Y] [--max-fp Z] [SETDIR...]
`

func run(args []string, stdout, stderr io.Writer) int {
	opts, dirs, err := eval.ParseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "quality: %v\n%s", err, usage)
		return 2
	}
	if len(dirs) == 0 {
		dev, ok := corpus.Dev()
		if !ok {
			fmt.Fprintln(stdout, "quality: no ../shared/corpus/dev above the working directory; skipping the quality report")
			return 0
		}
		dirs = []string{dev}
	}
	var sets []eval.Set
	for _, d := range dirs {
		s, err := eval.LintSet(d)
		if err != nil {
			fmt.Fprintf(stderr, "quality: %v\n", err)
			return 2
		}
		sets = append(sets, s)
	}
	rep, err := eval.Score(sets, opts)
	if err != nil {
		fmt.Fprintf(stderr, "quality: %v\n", err)
		return 2
	}
	if !rep.Print(stdout) {
		return 1
	}
	return 0
}
