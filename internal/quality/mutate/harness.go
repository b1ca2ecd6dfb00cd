package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/quality/eval"
)

// Article is a clean article: its file name and text.
type Article struct{ Name, Text string }

// GoldLine is one line of the gold.jsonl the harness writes, in the corpus's
// format (kind is an extra field score.py ignores). Not eval.Gold, which
// reads such lines: that one keeps text and note as pointers (null is not
// "") and group and optional raw, none of which a planted error has, and
// has no kind.
type GoldLine struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	EndCol int    `json:"end_col"`
	Class  string `json:"class"`
	Text   string `json:"text"`
	Note   string `json:"note"`
	Kind   string `json:"kind"`
}

// Copy is a mutated copy of an article with its one planted error.
type Copy struct {
	Name   string // the article's file name
	Orig   string // the clean text
	Text   string // the mutated text
	Plant  Plant
	Gold   GoldLine
	gs, ge int // the gold span in Text, bytes
}

// Path is the copy's file name in articles/ and clean/: CLASS--NAME.
func (c *Copy) Path() string { return c.Plant.Class + "--" + c.Name }

func rngFor(seed uint64, key string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(key))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// Pick chooses one candidate: first a kind (so rare ways of planting are
// drawn as often as common ones), then a plant of that kind.
func Pick(cands []Plant, rng *rand.Rand) (Plant, bool) {
	ks := kinds(cands)
	if len(ks) == 0 {
		return Plant{}, false
	}
	k := ks[rng.IntN(len(ks))]
	var of []Plant
	for _, p := range cands {
		if p.Kind == k {
			of = append(of, p)
		}
	}
	return of[rng.IntN(len(of))], true
}

// PlantAll plants one error of each class into a copy of each article, for
// the articles where the class has a candidate, deterministically for a
// seed. kindFilter (when not empty) keeps only those kinds. n > 0 keeps at
// most n copies per class, drawn with the seed.
func PlantAll(arts []Article, classes []string, kindFilter map[string]bool, seed uint64, n int, data *Data) []Copy {
	var out []Copy
	for _, class := range classes {
		mut := Mutators[class]
		if mut == nil {
			continue
		}
		var of []Copy
		for _, a := range arts {
			d := NewDoc(a.Name, a.Text)
			cands := mut(d, data)
			if len(kindFilter) > 0 {
				kept := cands[:0]
				for _, p := range cands {
					if kindFilter[p.Kind] {
						kept = append(kept, p)
					}
				}
				cands = kept
			}
			p, ok := Pick(cands, rngFor(seed, class+"/"+a.Name))
			if !ok {
				continue
			}
			of = append(of, NewCopy(a, p))
		}
		if n > 0 && len(of) > n {
			rng := rngFor(seed, class)
			rng.Shuffle(len(of), func(i, j int) { of[i], of[j] = of[j], of[i] })
			of = of[:n]
			sort.Slice(of, func(i, j int) bool { return of[i].Name < of[j].Name })
		}
		out = append(out, of...)
	}
	return out
}

// NewCopy applies a plant to an article and computes its gold line.
func NewCopy(a Article, p Plant) Copy {
	text, gs, ge := p.Apply(a.Text)
	c := Copy{Name: a.Name, Orig: a.Text, Text: text, Plant: p, gs: gs, ge: ge}
	line := 1 + strings.Count(text[:gs], "\n")
	ls := strings.LastIndexByte(text[:gs], '\n') + 1
	col := 1 + utf8.RuneCountInString(text[ls:gs])
	c.Gold = GoldLine{File: "articles/" + c.Path(), Line: line, Col: col, EndCol: col + utf8.RuneCountInString(text[gs:ge]),
		Class: p.Class, Text: text[gs:ge], Note: p.Note, Kind: p.Kind}
	return c
}

const marker = ".factlint-mutate"

// WriteSet writes the copies as an evaluation set in dir: articles/CLASS--NAME
// (mutated), clean/CLASS--NAME (the original) and gold.jsonl. A dir that
// exists must be one the harness wrote (it holds a marker file).
func WriteSet(dir string, copies []Copy) error {
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		entries, _ := os.ReadDir(dir)
		if len(entries) > 0 {
			if _, err := os.Stat(filepath.Join(dir, marker)); err != nil {
				return fmt.Errorf("%s exists and was not written by the harness (no %s): not overwriting", dir, marker)
			}
		}
		for _, sub := range []string{"articles", "clean"} {
			if err := os.RemoveAll(filepath.Join(dir, sub)); err != nil {
				return err
			}
		}
		old, _ := filepath.Glob(filepath.Join(dir, "*-*.txt"))
		for _, f := range old {
			os.Remove(f)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, marker), nil, 0o644); err != nil {
		return err
	}
	var gold strings.Builder
	for i := range copies {
		c := &copies[i]
		for sub, text := range map[string]string{"articles": c.Text, "clean": c.Orig} {
			p := filepath.Join(dir, sub, filepath.FromSlash(c.Path()))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				return err
			}
		}
		b, err := json.Marshal(c.Gold)
		if err != nil {
			return err
		}
		gold.Write(b)
		gold.WriteByte('\n')
	}
	return os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(gold.String()), 0o644)
}

// ReadArticles reads the .txt articles of a folder, sorted by name.
func ReadArticles(dir string) ([]Article, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Article
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, Article{e.Name(), string(b)})
	}
	if len(out) == 0 {
		return nil, errors.New(dir + ": no articles")
	}
	return out, nil
}

// Result is the outcome of linting and scoring a planted set.
type Result struct {
	Report *eval.Report
	Copies []Copy
	missed map[string]bool // gold file+line+col missed
}

func goldKey(file string, line, col int) string { return fmt.Sprintf("%s:%d:%d", file, line, col) }

// Evaluate lints the planted set in dir in-process (the mutated copies, and
// the clean originals once each) and scores it as score.py does.
func Evaluate(dir string, copies []Copy, classes []string) (*Result, error) {
	arts, err := eval.LintFolder(dir, "articles")
	if err != nil {
		return nil, err
	}
	// The originals: lint each distinct one once, then give every copy its
	// findings.
	orig := map[string][]eval.Finding{}
	tmp, err := os.MkdirTemp("", "factlint-mutate-clean-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	for _, c := range copies {
		if _, ok := orig[c.Name]; !ok {
			orig[c.Name] = nil
			if err := os.MkdirAll(filepath.Join(tmp, "clean"), 0o755); err != nil {
				return nil, err
			}
			if err := os.WriteFile(filepath.Join(tmp, "clean", c.Name), []byte(c.Orig), 0o644); err != nil {
				return nil, err
			}
		}
	}
	fs, err := eval.LintFolder(tmp, "clean")
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		name := strings.TrimPrefix(f.File, "clean/")
		orig[name] = append(orig[name], f)
	}
	var clean []eval.Finding
	for _, c := range copies {
		for _, f := range orig[c.Name] {
			f.File = "clean/" + c.Path()
			clean = append(clean, f)
		}
	}
	opts := eval.Options{Classes: map[string]bool{}}
	for _, c := range classes {
		opts.Classes[c] = true
	}
	rep, err := eval.Score([]eval.Set{{Dir: dir, Articles: arts, Clean: clean}}, opts)
	if err != nil {
		return nil, err
	}
	r := &Result{Report: rep, Copies: copies, missed: map[string]bool{}}
	for _, g := range rep.Missed() {
		r.missed[goldKey(g.File, g.Line, g.Col)] = true
	}
	return r, nil
}

// Found tells whether the copy's plant was found.
func (r *Result) Found(c *Copy) bool { return !r.missed[goldKey(c.Gold.File, c.Gold.Line, c.Gold.Col)] }

// Print writes the per-class table and the per-kind recall.
func (r *Result) Print(w io.Writer, classes []string) {
	fmt.Fprintf(w, "%-15s%8s%7s%8s%6s%6s%7s\n", "class", "planted", "found", "recall", "tp", "fp", "prec")
	for _, c := range classes {
		n := r.Report.Counts(c)
		fmt.Fprintf(w, "%-15s%8d%7d%8s%6d%6d%7s\n", c, n.Gold, n.Found, ratio(n.Found, n.Gold), n.TP, n.FP, ratio(n.TP, n.TP+n.FP))
	}
	fmt.Fprintf(w, "\n%-15s%-26s%8s%7s%8s\n", "class", "kind", "planted", "found", "recall")
	type kc struct{ planted, found int }
	by := map[[2]string]*kc{}
	var keys [][2]string
	for i := range r.Copies {
		c := &r.Copies[i]
		k := [2]string{c.Plant.Class, c.Plant.Kind}
		if by[k] == nil {
			by[k] = &kc{}
			keys = append(keys, k)
		}
		by[k].planted++
		if r.Found(c) {
			by[k].found++
		}
	}
	order := map[string]int{}
	for i, c := range classes {
		order[c] = i
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return order[keys[i][0]] < order[keys[j][0]]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Fprintf(w, "%-15s%-26s%8d%7d%8s\n", k[0], k[1], by[k].planted, by[k].found, ratio(by[k].found, by[k].planted))
	}
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

// WriteMisses writes dir/misses-CLASS.txt (each missed plant with its
// sentence) and dir/fps-CLASS.txt (each false alarm with its sentence).
func (r *Result) WriteMisses(dir string, classes []string) error {
	miss := map[string]*strings.Builder{}
	fps := map[string]*strings.Builder{}
	for _, c := range classes {
		miss[c], fps[c] = &strings.Builder{}, &strings.Builder{}
	}
	byFile := map[string]*Copy{}
	for i := range r.Copies {
		c := &r.Copies[i]
		byFile[c.Gold.File] = c
		if b := miss[c.Plant.Class]; b != nil && !r.Found(c) {
			fmt.Fprintf(b, "%s:%d:%d %s %q -- %s\n    %s\n", c.Gold.File, c.Gold.Line, c.Gold.Col, c.Plant.Kind, c.Gold.Text, c.Gold.Note, Sentence(c.Text, c.gs, c.ge))
		}
	}
	for _, f := range r.Report.FalsePositives() {
		b := fps[f.Class]
		c := byFile[f.File]
		if b == nil || c == nil {
			continue
		}
		fmt.Fprintf(b, "%s:%d:%d %s %q %s\n    (planted %s %q at %d:%d)\n", f.File, f.Line, f.Col, f.Rule, f.Text, f.Message, c.Plant.Kind, c.Gold.Text, c.Gold.Line, c.Gold.Col)
	}
	for _, c := range classes {
		if err := os.WriteFile(filepath.Join(dir, "misses-"+c+".txt"), []byte(miss[c].String()), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "fps-"+c+".txt"), []byte(fps[c].String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Sentence is the sentence around the byte span [gs, ge) of text, with the
// span marked by ⟦ ⟧.
func Sentence(text string, gs, ge int) string {
	ls := strings.LastIndexByte(text[:gs], '\n') + 1
	le := strings.IndexByte(text[ge:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += ge
	}
	s := ls
	if i := strings.LastIndex(text[ls:gs], ". "); i >= 0 {
		s = ls + i + 2
	}
	e := le
	if i := strings.Index(text[ge:le], ". "); i >= 0 {
		e = ge + i + 1
	}
	return text[s:gs] + "⟦" + text[gs:ge] + "⟧" + text[ge:e]
}
