package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

func init() {
	register("rules", "list the rules: name, class, severity, fixable, summary", runRules)
	register("rule", "print one rule's documentation: factlint rule NAME", runRule)
}

// newFlagSet is the flag set of a subcommand: errors and usage on stderr.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("factlint "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: factlint %s\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// flagExit is the exit status for a flag parse error (help is not an error).
func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

func runRules(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("rules", "rules [--markdown]", stderr)
	md := fs.Bool("markdown", false, "print a Markdown table (as in the README)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "factlint rules takes no arguments; to lint a folder named rules write ./rules")
		return 2
	}
	rules := all.All()
	if *md {
		fmt.Fprint(stdout, rulesMarkdown(rules))
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tCLASS\tSEVERITY\tFIXABLE\tSUMMARY")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Name, r.Class(), severityOf(r), fixable(r), r.Summary)
	}
	if err := tw.Flush(); err != nil {
		return 2
	}
	return 0
}

// rulesMarkdown is the rule list as a Markdown table.
func rulesMarkdown(rules []*lint.Rule) string {
	var b strings.Builder
	b.WriteString("| Rule | Class | Severity | Fix | Summary |\n|---|---|---|---|---|\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", r.Name, r.Class(), severityOf(r), fixable(r), strings.ReplaceAll(r.Summary, "|", `\|`))
	}
	return b.String()
}

func severityOf(r *lint.Rule) string {
	if r.ResultOnly {
		return "-"
	}
	return r.Severity.String()
}

func fixable(r *lint.Rule) string {
	if r.Fixable {
		return "yes"
	}
	return "no"
}

func runRule(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("rule", "rule NAME", stderr)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	name := fs.Arg(0)
	r := all.Lookup(name)
	if r == nil {
		var names []string
		for _, q := range all.All() {
			names = append(names, q.Name)
		}
		fmt.Fprintf(stderr, "factlint: no rule %q%s; factlint rules lists them\n", name, closest(name, names))
		return 2
	}
	fmt.Fprintf(stdout, "%s (class %s, severity %s, fixable: %s)\n\n", r.Name, r.Class(), severityOf(r), fixable(r))
	if len(r.Options) > 0 {
		fmt.Fprintln(stdout, "Options (with defaults):")
		for _, o := range r.Options {
			fmt.Fprintf(stdout, "  %s: %v  %s\n", o.Name, o.Default, o.Doc)
		}
		fmt.Fprintln(stdout)
	}
	fmt.Fprint(stdout, strings.TrimRight(r.Doc, "\n")+"\n")
	return 0
}

// closest suggests the known name nearest to name, when one is near.
func closest(name string, names []string) string {
	if best := lint.Closest(name, names, 3); best != "" {
		return fmt.Sprintf(" (did you mean %s?)", best)
	}
	return ""
}
