// Package eval lints an evaluation set in-process and scores the findings
// exactly as ../shared/corpus/score.py does; the quality report
// (internal/quality) and the mutation harness (internal/quality/mutate) share it.
package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
	"github.com/factlint/factlint/rules/all"
)

// LintSet lints a set's articles/ and clean/ in-process with every rule.
func LintSet(dir string) (Set, error) {
	s := Set{Dir: dir}
	var err error
	if s.Articles, err = LintFolder(dir, "articles"); err != nil {
		return s, err
	}
	if s.Clean, err = LintFolder(dir, "clean"); err != nil {
		return s, err
	}
	return s, nil
}

// LintFolder lints every article under root/sub as `factlint --format json
// sub` run in root would: the files sorted by path, each with the
// configuration found by walking up from it, and returns the findings as
// score.py reads them, paths relative to root. A file that cannot be linted is
// reported on stderr and skipped, as the command line does.
func LintFolder(root, sub string) ([]Finding, error) {
	var files []string
	err := filepath.WalkDir(filepath.Join(root, sub), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != filepath.Join(root, sub) && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if corpus.ArticleExts[strings.ToLower(filepath.Ext(path))] && !strings.HasPrefix(d.Name(), ".") {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)

	rules := all.All()
	finder := &lint.ConfigFinder{Rules: rules}
	out := make([][]Finding, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = LintFile(root, files[i], rules, finder)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var all []Finding
	for _, fs := range out {
		all = append(all, fs...)
	}
	return all, nil
}

func LintFile(root, rel string, rules []*lint.Rule, finder *lint.ConfigFinder) (found []Finding) {
	path := filepath.Join(root, filepath.FromSlash(rel))
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(os.Stderr, "%s: error: internal error: %v\n", rel, v)
			found = nil
		}
	}()
	cfg, err := finder.For(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: error: %v\n", rel, err)
		return nil
	}
	doc, err := lint.Parse(rel, src, lint.FormatOf(rel))
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: error: %v\n", rel, err)
		return nil
	}
	diags, err := lint.Check(doc, rules, cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: error: %v\n", rel, err)
	}
	for _, d := range format.JSONDiagnostics(&lint.FileResult{Path: rel, Doc: doc, Diags: diags}) {
		found = append(found, Normalize(d.Path, d.Rule, d.Line, d.Column, d.EndLine, d.EndColumn, d.Message))
	}
	return found
}
