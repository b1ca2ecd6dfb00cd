// Package corpustest measures the title and fact rules on the evaluation
// corpus in ../shared/corpus/dev when it is present (the corpus is licensed
// for research only and is never copied into the repository).
package corpustest

import (
	"bufio"
	"encoding/json"
	"github.com/factlint/factlint/internal/quality/corpus"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/title/conflict"
	"github.com/factlint/factlint/rules/title/convention"
)

type gold struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	EndCol int    `json:"end_col"`
	Class  string `json:"class"`
	Text   string `json:"text"`
	Note   string `json:"note"`
}

type finding struct {
	file              string
	line, col, endCol int
	rule, class, text string
	message           string
}

func corpusDir(t *testing.T) string {
	if d, ok := corpus.Dev(); ok {
		if _, err := os.Stat(filepath.Join(d, "gold.jsonl")); err == nil {
			return d
		}
	}
	t.Skip("corpus not present")
	return ""
}

func lintDir(t *testing.T, dir, sub string, rules []*lint.Rule) ([]finding, int) {
	files, _ := filepath.Glob(filepath.Join(dir, sub, "*.txt"))
	sort.Strings(files)
	var out []finding
	words := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := lint.Parse(f, src, lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		words += doc.Words()
		ds, err := lint.Check(doc, rules, nil)
		if err != nil {
			t.Errorf("%s: %v", f, err)
		}
		for _, d := range ds {
			a := doc.Lines.Position(d.Span.Start, lint.CodePoints)
			b := doc.Lines.Position(d.Span.End, lint.CodePoints)
			end := b.Column
			if b.Line > a.Line {
				end = 1 << 30
			}
			out = append(out, finding{file: sub + "/" + filepath.Base(f), line: a.Line, col: a.Column, endCol: end,
				rule: d.Rule, class: d.Class, text: string(src[d.Span.Start:d.Span.End]), message: d.Message})
		}
	}
	return out, words
}

// TestCorpus reports recall and precision of the title rules on the dev
// corpus, and their false alarms on the clean originals. Set
// FACTLINT_CORPUS_VERBOSE=1 to list misses and false alarms.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	rules := []*lint.Rule{convention.Rule, conflict.Rule}
	rules = append(rules, extraRules...)
	verbose := os.Getenv("FACTLINT_CORPUS_VERBOSE") != ""
	var golds []gold
	fh, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g gold
		if json.Unmarshal(sc.Bytes(), &g) == nil {
			golds = append(golds, g)
		}
	}
	fh.Close()
	arts, _ := lintDir(t, dir, "articles", rules)
	clean, words := lintDir(t, dir, "clean", rules)
	inClean := map[[3]string]bool{}
	for _, f := range clean {
		inClean[[3]string{filepath.Base(f.file), f.rule, f.text}] = true
	}
	classes := map[string]bool{}
	for _, r := range rules {
		classes[r.Class()] = true
	}
	for class := range classes {
		matched := map[int]bool{}
		tp, fp := 0, 0
		for _, f := range arts {
			if f.class != class || inClean[[3]string{filepath.Base(f.file), f.rule, f.text}] {
				continue
			}
			hit := false
			for k, g := range golds {
				if g.Class == class && g.File == f.file && g.Line == f.line && f.col < g.EndCol && g.Col < f.endCol {
					matched[k], hit = true, true
				}
			}
			if hit {
				tp++
			} else {
				fp++
				if verbose {
					t.Logf("FP %s:%d:%d %s %q: %s", f.file, f.line, f.col, f.rule, f.text, f.message)
				}
			}
		}
		n := 0
		for k, g := range golds {
			if g.Class != class {
				continue
			}
			n++
			if !matched[k] && verbose {
				t.Logf("MISS %s:%d %q (%s)", g.File, g.Line, g.Text, g.Note)
			}
		}
		cf := 0
		for _, f := range clean {
			if f.class == class {
				cf++
				if verbose {
					t.Logf("CLEAN %s:%d:%d %s %q: %s", f.file, f.line, f.col, f.rule, f.text, f.message)
				}
			}
		}
		rec, prec := 0.0, 1.0
		if n > 0 {
			rec = float64(len(matched)) / float64(n)
		}
		if tp+fp > 0 {
			prec = float64(tp) / float64(tp+fp)
		}
		t.Logf("%s: gold %d, recall %.2f, precision %.2f (%d/%d), clean findings %d (%.3f per 1,000 words)",
			class, n, rec, prec, tp, tp+fp, cf, float64(cf)*1000/float64(words))
	}
}
