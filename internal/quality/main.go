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
	"strconv"
	"strings"

	"github.com/factlint/factlint/internal/quality/corpus"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

const usage = `usage: go run ./internal/quality [--missed] [--fps N] [--classes a,b] [--min-recall X] [--min-precision Y] [--max-fp Z] [SETDIR...]
`

func run(args []string, stdout, stderr io.Writer) int {
	opts, dirs, err := parseArgs(args)
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
	var sets []Set
	for _, d := range dirs {
		s, err := LintSet(d)
		if err != nil {
			fmt.Fprintf(stderr, "quality: %v\n", err)
			return 2
		}
		sets = append(sets, s)
	}
	rep, err := Score(sets, opts)
	if err != nil {
		fmt.Fprintf(stderr, "quality: %v\n", err)
		return 2
	}
	if !rep.Print(stdout) {
		return 1
	}
	return 0
}

// parseArgs reads score.py's flags, which may be mixed with the folders.
func parseArgs(args []string) (Options, []string, error) {
	var opts Options
	var dirs []string
	float := func(name, v string) (*float64, error) {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not a number", name, v)
		}
		return &f, nil
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			dirs = append(dirs, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		takesValue := map[string]bool{"fps": true, "classes": true, "min-recall": true, "min-precision": true, "max-fp": true}
		if takesValue[name] && !hasVal {
			if i+1 >= len(args) {
				return opts, nil, fmt.Errorf("--%s needs a value", name)
			}
			i++
			val = args[i]
		}
		var err error
		switch name {
		case "missed":
			opts.Missed = true
		case "fps":
			if opts.FPs, err = strconv.Atoi(val); err != nil {
				return opts, nil, fmt.Errorf("--fps: %q is not a number", val)
			}
		case "classes":
			opts.Classes = map[string]bool{}
			for _, c := range strings.Split(val, ",") {
				opts.Classes[c] = true
			}
		case "min-recall":
			opts.MinRecall, err = float(a, val)
		case "min-precision":
			opts.MinPrecision, err = float(a, val)
		case "max-fp":
			opts.MaxFP, err = float(a, val)
		case "h", "help":
			return opts, nil, fmt.Errorf("help requested")
		default:
			return opts, nil, fmt.Errorf("unknown flag %s", a)
		}
		if err != nil {
			return opts, nil, err
		}
	}
	return opts, dirs, nil
}
