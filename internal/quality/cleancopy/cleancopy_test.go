package cleancopy

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

// known is one listed false alarm: the rule reports text in file.
type known struct {
	file, rule, text string
	line             int // line of known.txt
}

// finding is one diagnostic on a test article, with the source text it covers.
type finding struct {
	file, rule, text, message string
	line, col                 int
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s %q: %s", f.file, f.line, f.col, f.rule, f.text, f.message)
}

// readKnown parses known.txt: one false alarm a line,
//
//	FILE RULE "FLAGGED TEXT" # why it is wrong; which rule owns it
//
// Blank lines and lines starting with # are comments. The reason is required.
func readKnown(path string) ([]known, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []known
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.SplitN(line, " ", 3)
		if len(fields) < 3 {
			return nil, fmt.Errorf("%s:%d: want FILE RULE \"TEXT\" # REASON", path, n)
		}
		q, err := strconv.QuotedPrefix(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: flagged text must be a quoted string: %v", path, n, err)
		}
		text, _ := strconv.Unquote(q)
		reason := strings.TrimSpace(fields[2][len(q):])
		if !strings.HasPrefix(reason, "#") || len(strings.TrimSpace(reason[1:])) < 10 {
			return nil, fmt.Errorf("%s:%d: every known false alarm needs a comment saying why (# ...)", path, n)
		}
		out = append(out, known{file: fields[0], rule: fields[1], text: text, line: n})
	}
	return out, sc.Err()
}

// lintFile lints one article (format from its extension) with every rule.
func lintFile(t *testing.T, name string, src []byte) []finding {
	t.Helper()
	doc, err := lint.Parse(name, src, lint.FormatOf(name))
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	diags, err := lint.Check(doc, all.All(), nil)
	if err != nil {
		t.Fatalf("%s: check: %v", name, err)
	}
	out := make([]finding, 0, len(diags))
	for _, d := range diags {
		p := doc.Lines.Position(d.Span.Start, lint.CodePoints)
		out = append(out, finding{
			file: name, rule: d.Rule, text: string(doc.Src[d.Span.Start:d.Span.End]),
			message: d.Message, line: p.Line, col: p.Column,
		})
	}
	return out
}

// unexpected returns the findings that no entry of known explains, and marks
// the entries used.
func unexpected(fs []finding, ks []known, used map[int]bool) []finding {
	var out []finding
	for _, f := range fs {
		hit := false
		for _, k := range ks {
			if k.file == f.file && k.rule == f.rule && k.text == f.text {
				used[k.line], hit = true, true
			}
		}
		if !hit {
			out = append(out, f)
		}
	}
	return out
}

func articles(t *testing.T) []string {
	t.Helper()
	var names []string
	for _, pat := range []string{"*.txt", "*.md", "*.html"} {
		m, err := filepath.Glob(filepath.Join("testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if filepath.Base(f) != "known.txt" {
				names = append(names, f)
			}
		}
	}
	sort.Strings(names)
	return names
}

// TestCleanCopy lints every clean article with all rules; any finding not in
// known.txt fails. Entries of known.txt that no longer fire are logged so the
// list can shrink as the rules improve.
func TestCleanCopy(t *testing.T) {
	ks, err := readKnown(filepath.Join("testdata", "known.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := articles(t)
	if len(files) < 30 {
		t.Fatalf("only %d clean articles in testdata", len(files))
	}
	used := map[int]bool{}
	words := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		words += len(strings.Fields(string(src)))
		for _, f := range unexpected(lintFile(t, filepath.Base(path), src), ks, used) {
			t.Errorf("false alarm on clean copy: %s", f)
		}
	}
	for _, k := range ks {
		if !used[k.line] {
			t.Logf("known.txt:%d: %s %s %q no longer reported; remove the line", k.line, k.file, k.rule, k.text)
		}
	}
	t.Logf("%d clean articles, about %d words, %d known false alarms listed", len(files), words, len(ks))
}

// TestCleanCopyCanFail plants slips of several classes into copies of the
// clean articles, in memory, and checks that the same comparison reports
// them: a check that cannot fail proves nothing.
func TestCleanCopyCanFail(t *testing.T) {
	ks, err := readKnown(filepath.Join("testdata", "known.txt"))
	if err != nil {
		t.Fatal(err)
	}
	plants := []struct {
		file, old, new, rule string
	}{
		// A surname misspelt once among correct uses.
		{"nyt-court-fraud.txt", "Ms. Marchetti told jurors", "Ms. Marcheti told jurors", "name-"},
		// A word doubled.
		{"guardian-housing.txt", "build social homes at scale", "build social social homes at scale", "repetition-"},
		// A woman called he.
		{"nz-rugby-maori.txt", `You can't do that in a final," he said.`, `You can't do that in a final," she said.`, "pronoun-"},
		// U.S. beside US in AP copy.
		{"ap-senate-farm-bill.txt", "about federal support", "about US federal support", "abbreviation-"},
	}
	for _, p := range plants {
		src, err := os.ReadFile(filepath.Join("testdata", p.file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), p.old) {
			t.Fatalf("%s no longer contains %q; update the plant", p.file, p.old)
		}
		bad := strings.Replace(string(src), p.old, p.new, 1)
		got := unexpected(lintFile(t, p.file, []byte(bad)), ks, map[int]bool{})
		found := false
		for _, f := range got {
			if strings.HasPrefix(f.rule, p.rule) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: planted %q, no %s* finding among %v", p.file, p.new, p.rule, got)
		}
	}
}
