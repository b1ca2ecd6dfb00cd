// Command factlint is an editorial linter for news articles.
//
// Usage:
//
//	factlint [flags] PATH...     lint files and folders ("-" reads standard input)
//	factlint SUBCOMMAND [args]   rules, rule NAME, init, entities FILE, help, …
//
// # Adding a subcommand
//
// A subcommand is one file of this package that registers itself in init:
//
//	func init() {
//		register("serve", "run the HTTP service", runServe)
//	}
//
//	func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
//		fs := newFlagSet("serve", stderr) // flag.ContinueOnError, usage on stderr
//		…
//		return 0 // exit status: 0 ok, 1 findings, 2 usage/input error
//	}
//
// args are the arguments after the subcommand's name. A subcommand never
// calls os.Exit and never touches os.Stdin/Stdout/Stderr directly: it uses
// the readers and writers it is given, so tests run it in-process. Nothing
// else needs to change: `factlint help` lists every registered subcommand.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
)

// subcommand is one `factlint NAME …` command.
type subcommand struct {
	summary string
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// subcommands holds every registered subcommand by name; each file of this
// package adds its own in init via register.
var subcommands = map[string]subcommand{}

// register adds a subcommand. Registering a name twice is a programming error.
func register(name, summary string, run func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int) {
	if _, dup := subcommands[name]; dup {
		panic("factlint: subcommand " + name + " registered twice")
	}
	subcommands[name] = subcommand{summary: summary, run: run}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program: arguments in, exit status out. A first argument
// naming a subcommand runs it; anything else lints paths. (To lint a folder
// whose name is also a subcommand, such as rules/, write ./rules.)
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if sc, ok := subcommands[args[0]]; ok {
			return sc.run(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	return runLint(ctx, args, stdin, stdout, stderr)
}

func init() {
	register("help", "show usage, or the usage of one subcommand", runHelp)
}

func runHelp(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if _, ok := subcommands[args[0]]; ok && args[0] != "help" {
			return subcommands[args[0]].run(ctx, []string{"-h"}, stdin, stdout, stdout)
		}
		if args[0] != "help" {
			fmt.Fprintf(stderr, "factlint: unknown subcommand %q\n", args[0])
			return 2
		}
	}
	printUsage(stdout)
	return 0
}

// printUsage writes the top-level usage: the lint flags and the subcommands.
func printUsage(w io.Writer) {
	fmt.Fprint(w, `factlint: an editorial linter for news articles

Usage:
  factlint [flags] PATH...       lint files and folders (- reads standard input)
  factlint SUBCOMMAND [args]

Subcommands:
`)
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, subcommands[n].summary)
	}
	fmt.Fprint(w, "\nFlags:\n")
	fs, _ := newLintFlags(io.Discard)
	var b strings.Builder
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fmt.Fprint(w, b.String())
	fmt.Fprint(w, `
Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, config or input errors.
`)
}
