package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
	"github.com/factlint/factlint/rules/all"
)

// lintFlags are the flags of the default (lint) command.
type lintFlags struct {
	formats []string
	failOn  string
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint([]string(*m)) }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func newLintFlags(stderr io.Writer) (*flag.FlagSet, *lintFlags) {
	lf := &lintFlags{}
	fs := flag.NewFlagSet("factlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var((*multiFlag)(&lf.formats), "format", "output `format` (text, short, json, sarif, github, rdjsonl, html), or NAME=FILE to write it to FILE; repeatable")
	fs.StringVar(&lf.failOn, "fail-on", "warning", "exit 1 when a finding is at or above this `severity` (error, warning, info)")
	return fs, lf
}

// runLint is the default command: lint the paths in args.
// TEMPORARY body: the streaming parallel runner replaces it.
func runLint(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset, lf := newLintFlags(stderr)
	fset.Usage = func() { printUsage(stderr) }
	if err := fset.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fset.NArg() == 0 {
		fmt.Fprintln(stderr, "factlint: no paths given (try factlint help)")
		return 2
	}
	name := "text"
	if len(lf.formats) > 0 {
		name = lf.formats[0]
	}
	fac, ok := format.Get(name)
	if !ok {
		if len(lf.formats) > 0 {
			fmt.Fprintf(stderr, "factlint: unknown format %q\n", name)
			return 2
		}
		fac, _ = format.Get(format.Names()[0])
	}
	var files []string
	for _, p := range fset.Args() {
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
	}
	sort.Strings(files)
	rules := all.All()
	f := fac(format.Options{Rules: rules})
	_ = f.Begin(stdout)
	code := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", path, err)
			code = 2
			continue
		}
		doc, err := lint.Parse(path, src, lint.FormatOf(path))
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", path, err)
			code = 2
			continue
		}
		diags, err := lint.Check(doc, rules, nil)
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", path, err)
			code = 2
		}
		if len(diags) > 0 && code == 0 {
			code = 1
		}
		_ = f.File(stdout, &lint.FileResult{Path: path, Doc: doc, Diags: diags})
	}
	_ = f.End(stdout)
	return code
}
