// Command factlint is an editorial linter for news articles.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
	"github.com/factlint/factlint/rules/all"
)

// TEMPORARY minimal driver: the full CLI (config, parallel runner, all
// formats, fixes) replaces it.
func main() {
	fm := flag.String("format", "short", "output format")
	flag.String("fail-on", "warning", "")
	flag.Parse()
	var files []string
	for _, p := range flag.Args() {
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
	}
	sort.Strings(files)
	rules := all.All()
	found := false
	var f format.Formatter
	if fac, ok := format.Get(*fm); ok {
		f = fac(format.Options{Rules: rules})
		_ = f.Begin(os.Stdout)
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: error: %v\n", path, err)
			continue
		}
		doc, err := lint.Parse(path, src, lint.FormatOf(path))
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: error: %v\n", path, err)
			continue
		}
		diags, err := lint.Check(doc, rules, nil)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: error: %v\n", path, err)
		}
		found = found || len(diags) > 0
		r := &lint.FileResult{Path: path, Doc: doc, Diags: diags}
		if f != nil {
			_ = f.File(os.Stdout, r)
			continue
		}
		for _, d := range diags {
			p := doc.Lines.Position(d.Span.Start, lint.CodePoints)
			fmt.Printf("%s:%d:%d: %s: %s [%s]\n", path, p.Line, p.Column, d.Severity, d.Message, d.Rule)
		}
	}
	if f != nil {
		_ = f.End(os.Stdout)
	}
	if found {
		os.Exit(1)
	}
}
