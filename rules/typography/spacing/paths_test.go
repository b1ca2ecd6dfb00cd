package spacing

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
)

// findings runs check over src as a rule and lists its diagnostics.
func findings(t *testing.T, src string, check func(*lint.Pass)) []string {
	t.Helper()
	doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	r := &lint.Rule{Name: Rule.Name, Severity: lint.Warning, Run: func(p *lint.Pass) (any, error) { check(p); return nil, nil }}
	var out []string
	_, err = lint.RunRule(doc, r, nil, map[*lint.Rule]any{}, func(d lint.Diagnostic) {
		out = append(out, fmt.Sprint(d.Span, " ", d.Message))
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Without a doubled space, the search for " ," " ." " ;" " :" finds what
// the walk over every token finds.
func TestShortcutMatchesWalk(t *testing.T) {
	texts := []string{
		"Rain , then sun . Then : more ; less.\n\nA smile :) and a .22 rifle , 5 x ,y \"quoted\" , done .",
		"Head\n\nOne , two .\nThree ; four : five .",
	}
	for _, dir := range []string{"testdata"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			texts = append(texts, string(b))
		}
	}
	if dev, ok := corpus.Dev(); ok {
		files, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		for _, f := range files[:min(len(files), 100)] {
			b, _ := os.ReadFile(f)
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		for strings.Contains(s, "  ") {
			s = strings.ReplaceAll(s, "  ", " ")
		}
		shortcut := func(p *lint.Pass) {
			marks, double := spacedMarks(p.Doc.Text, nil)
			if double {
				t.Fatalf("%.60q…: a doubled space found in text without one", s)
			}
			for _, i := range marks {
				spaceBeforeAt(p, i)
			}
		}
		walk, short := findings(t, s, checkAll), findings(t, s, shortcut)
		if !slices.Equal(walk, short) {
			t.Errorf("%.60q…: the token walk gives %q, the shortcut %q", s, walk, short)
		}
	}
}

func TestSpacedMarks(t *testing.T) {
	for _, c := range []struct {
		text   string
		marks  []int
		double bool
	}{
		{"", nil, false},
		{"a , b . c ; d : e,f", []int{2, 6, 10, 14}, false},
		{"twelve b , x", []int{9}, false},
		{"eight b ,", []int{8}, false},
		{"seven b  x", nil, true},
		{"abcdefg  x", nil, true},
		{"a\t, b\n. c\u00a0; 5 .5", []int{15}, false},
		{" ,", []int{1}, false},
	} {
		marks, double := spacedMarks(c.text, nil)
		if double != c.double || !c.double && !slices.Equal(marks, c.marks) {
			t.Errorf("spacedMarks(%q) = %v, %v; want %v, %v", c.text, marks, double, c.marks, c.double)
		}
	}
}
