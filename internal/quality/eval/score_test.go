package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/difftest"
	"github.com/factlint/factlint/internal/quality/corpus"
)

func TestPythonHelpers(t *testing.T) {
	for in, want := range map[string]string{
		"centre":       "'centre'",
		"it's":         `"it's"`,
		`it's "x"`:     `'it\'s "x"'`,
		"a\tb\nc\rd\\": `'a\tb\nc\rd\\'`,
		"\x01\x7f":     `'\x01\x7f'`,
		"Zoë’s 🎉":      "'Zoë’s 🎉'",
		"\u00a0\u200b": `'\xa0\u200b'`,
		"\u2028":       `'\u2028'`,
		"\U000e0001":   `'\U000e0001'`,
		"":             "''",
	} {
		if got := pyRepr(in); got != want {
			t.Errorf("pyRepr(%q) = %s, want %s", in, got, want)
		}
	}
	for _, c := range []struct {
		s    string
		a, b int
		want string
	}{
		{"Zoë´s aide", 2, 5, "ë´s"},
		{"abc", 1, 1_000_000_000, "bc"},
		{"abc", 5, 9, ""},
		{"abc", -2, 3, "bc"},
		{"abc", 2, 1, ""},
	} {
		if got := pySlice(c.s, c.a, c.b); got != c.want {
			t.Errorf("pySlice(%q, %d, %d) = %q, want %q", c.s, c.a, c.b, got, c.want)
		}
	}
	// str.split(): Unicode white space and the information separators split;
	// a zero-width space does not.
	if n := pyWords([]byte("one\u00a0two\u2003three\x1cfour\u200bfive  \r\n six\t")); n != 5 {
		t.Errorf("pyWords = %d, want 5", n)
	}
	if ls := pyLines([]byte("a\r\nb\rc\nd")); strings.Join(ls, "|") != "a|b|c|d" {
		t.Errorf("pyLines = %q", ls)
	}
}

// A small invented evaluation set exercising groups, optional members,
// background findings, real slips, multi-line findings and class filters.
var synthetic = map[string]string{
	"articles/a.txt": "Minister visits Zoë´s farm\n\nThe minister Jon Smyth said the the farm was fine.\nSmith left at noon.\n",
	"clean/a.txt":    "Minister visits Zoë’s farm\n\nThe minister Jon Smith said the farm was fine.\nSmith left at noon.\n",
	"articles/b.txt": "Colour wins\r\n\r\nThe color of the U.S. flag, said the US envoy.\r\n",
	"clean/b.txt":    "Colour wins\r\n\r\nThe colour of the US flag, said the US envoy.\r\n",
	"gold.jsonl": `{"file": "articles/a.txt", "line": 1, "col": 20, "end_col": 21, "class": "typography", "text": "´", "note": "accent for apostrophe"}
{"file": "articles/a.txt", "line": 3, "col": 18, "end_col": 23, "class": "name", "text": "Smyth", "note": "Smith misspelt", "group": "g1"}
{"file": "articles/a.txt", "line": 4, "col": 1, "end_col": 6, "class": "name", "text": "Smith", "note": "either form", "group": "g1", "optional": true}
{"file": "articles/a.txt", "line": 3, "col": 29, "end_col": 36, "class": "repetition", "text": "the the", "note": "word repeated"}

{"file": "articles/b.txt", "line": 3, "col": 18, "end_col": 22, "class": "abbreviation", "text": "U.S.", "note": "US written U.S."}
{"file": "articles/b.txt", "line": 3, "col": 5, "end_col": 10, "class": "spelling", "text": "color", "note": "US spelling", "optional": 1}
{"file": "articles/b.txt", "line": 1, "col": 1, "end_col": 7, "class": "pronoun", "text": "Colour", "note": "never found"}
`,
	"real-slips.jsonl": `{"file": "clean/a.txt", "line": 4, "col": 1, "end_col": 6, "class": "name", "text": "Smith", "note": "a real slip"}
`,
}

type jsonFinding struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Rule      string `json:"rule"`
	Message   string `json:"message"`
}

var syntheticFindings = map[string][]jsonFinding{
	"articles": {
		{"articles/a.txt", 1, 20, 1, 21, "typography-apostrophe", "´ used as an apostrophe"},
		{"articles/a.txt", 3, 1, 3, 4, "capitalization-x", "background: also on clean"},
		{"articles/a.txt", 3, 20, 3, 22, "name-variant", "Smyth or Smith?"},
		{"articles/a.txt", 3, 33, 3, 36, "repetition-word", "the the"},
		{"articles/a.txt", 3, 40, 4, 3, "term-span", "runs over a line end: 'quoted' \"both\""},
		{"./articles/b.txt", 3, 18, 3, 22, "abbreviation-consistency", "U.S. beside US"},
		{"articles/b.txt", 3, 5, 3, 0, "spelling-variety", "no end column"},
		{"articles/b.txt", 3, 5, 3, 10, "name-variant", "wrong class at a gold span"},
	},
	"clean": {
		{"clean/a.txt", 3, 1, 3, 4, "capitalization-x", "background: also on clean"},
		{"clean/a.txt", 4, 1, 4, 6, "name-variant", "Smith: a real slip"},
		{"clean/b.txt", 3, 5, 3, 11, "spelling-variety", "a false alarm on clean"},
	},
}

func writeSynthetic(t *testing.T) string {
	dir := t.TempDir()
	for name, text := range synthetic {
		p := filepath.Join(dir, "dev", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "dev")
}

func syntheticSet(dir string) Set {
	s := Set{Dir: dir}
	for _, f := range syntheticFindings["articles"] {
		s.Articles = append(s.Articles, Normalize(f.Path, f.Rule, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message))
	}
	for _, f := range syntheticFindings["clean"] {
		s.Clean = append(s.Clean, Normalize(f.Path, f.Rule, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message))
	}
	return s
}

func TestScoreSynthetic(t *testing.T) {
	dir := writeSynthetic(t)
	rep, err := Score([]Set{syntheticSet(dir)}, Options{Missed: true, FPs: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]counts{
		"typography":     {gold: 1, found: 1, tp: 1},
		"name":           {gold: 1, found: 1, tp: 1, fp: 1}, // the optional member joins g1; name-variant on b.txt is the wrong class
		"repetition":     {gold: 1, found: 1, tp: 1},
		"abbreviation":   {gold: 1, found: 1, tp: 1},
		"spelling":       {tp: 1, cleanFP: 1}, // optional alone: not counted as gold
		"pronoun":        {gold: 1},
		"capitalization": {background: 1, cleanFP: 1}, // on clean/ it is a false alarm
		"term":           {fp: 1},
	}
	for c, w := range want {
		got := rep.stats[c]
		if got == nil || *got != w {
			t.Errorf("class %s: got %+v, want %+v", c, got, w)
		}
	}
	if len(rep.stats) != len(want) {
		t.Errorf("classes %v", rep.stats)
	}
	if rep.slipsHit != 1 {
		t.Errorf("real slips found = %d, want 1", rep.slipsHit)
	}
	if rep.words != 29 {
		t.Errorf("words = %d, want 29", rep.words)
	}
	var buf bytes.Buffer
	rep.Print(&buf)
	out := buf.String()
	for _, line := range []string{
		"class            gold found  recall    tp    fp   prec  bkgd  clean    /kw",
		"name                1     1    1.00     1     1   0.50     0      0   0.00",
		"spelling            0     0      -      1     0   1.00     0      1  34.48",
		"MISSED dev/articles/b.txt:1:1 pronoun 'Colour' -- never found",
		`FP dev/articles/a.txt:3:40 term-span 'm was fine.' runs over a line end: 'quoted' "both"`,
		"CLEAN dev/clean/b.txt:3:5 spelling-variety 'colour' a false alarm on clean",
		"real slips of the published text found on clean/: 1",
		"recall=0.800 precision=0.714 false_alarms_per_kw=68.97 gold=5 found=4 fp=2 words=29",
	} {
		if !strings.Contains(out, line+"\n") {
			t.Errorf("output lacks %q:\n%s", line, out)
		}
	}

	// --classes restricts the table, the totals and the clean/ list; like
	// score.py it still lists false alarms on articles/ of every class.
	rep, _ = Score([]Set{syntheticSet(dir)}, Options{Classes: map[string]bool{"name": true, "spelling": true}, FPs: 10})
	buf.Reset()
	rep.Print(&buf)
	if out := buf.String(); strings.Contains(out, "typography") || strings.Contains(out, "CLEAN dev/clean/a.txt") ||
		!strings.Contains(out, "recall=1.000 precision=0.667 false_alarms_per_kw=34.48 gold=1 found=1 fp=1 words=29") {
		t.Errorf("--classes name,spelling:\n%s", out)
	}
	// Thresholds.
	low, high := 0.5, 0.9
	rep, _ = Score([]Set{syntheticSet(dir)}, Options{Classes: map[string]bool{"name": true}, MinRecall: &low, MinPrecision: &low})
	if !rep.Print(&bytes.Buffer{}) {
		t.Error("name meets recall and precision 0.5, but the report fails")
	}
	rep, _ = Score([]Set{syntheticSet(dir)}, Options{Classes: map[string]bool{"name": true}, MinPrecision: &high})
	if rep.Print(&bytes.Buffer{}) {
		t.Error("name has precision 0.5 < 0.9, but the report passes")
	}
}

func python(t *testing.T) string {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: cannot compare with score.py")
	}
	return py
}

func scorePy(t *testing.T) string {
	p, ok := corpus.Find(filepath.Join("corpus", "score.py"))
	if !ok {
		// Find looks for folders; score.py is a file beside dev/.
		dev, ok := corpus.Dev()
		if !ok {
			t.Skip("no ../shared/corpus: cannot compare with score.py")
		}
		p = filepath.Join(filepath.Dir(dev), "score.py")
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no score.py: %v", err)
	}
	return p
}

// TestSyntheticAgreesWithScorePy feeds the same findings to score.py (through
// a stand-in binary that prints them as factlint's JSON) and to the Go
// scorer, and compares the whole output.
func TestSyntheticAgreesWithScorePy(t *testing.T) {
	py := python(t)
	script := scorePy(t)
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in binary is a shell script")
	}
	dir := writeSynthetic(t)
	for sub, fs := range syntheticFindings {
		b, _ := json.Marshal(fs)
		if err := os.WriteFile(filepath.Join(dir, sub+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(t.TempDir(), "fake-factlint")
	// score.py runs: BIN --format json --fail-on error SUB, in the set folder.
	if err := os.WriteFile(bin, []byte("#!/bin/sh\nfor a; do last=$a; done\ncat \"$last.json\"\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--missed", "--fps", "100"}, {"--classes", "name,spelling,pronoun", "--missed", "--fps", "1"}} {
		compareWithScorePy(t, py, script, bin, dir, syntheticSet(dir), args)
	}
}

// TestAgreesWithScorePy builds the factlint command, scores it with
// ../shared/corpus/score.py and compares every line, every number of the
// table, the lists and the summary, with this in-process report.
func TestAgreesWithScorePy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds factlint and lints the corpus twice")
	}
	py := python(t)
	script := scorePy(t)
	dev, ok := corpus.Dev()
	if !ok {
		t.Skip("no ../shared/corpus/dev: cannot compare with score.py")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH: cannot build factlint")
	}
	bin := filepath.Join(t.TempDir(), "factlint")
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/factlint/factlint/cmd/factlint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	set, err := LintSet(dev)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--missed", "--fps", "100000"}, {"--classes", "name,term,spelling", "--fps", "5"}} {
		compareWithScorePy(t, py, script, bin, dev, set, args)
	}
}

// compareWithScorePy runs score.py (script, with python py) on the factlint
// binary bin over the folder dir with args, scores set in process with the
// same args, and fails the test where the two reports differ.
func compareWithScorePy(t *testing.T, py, script, bin, dir string, set Set, args []string) {
	t.Helper()
	cmd := exec.Command(py, append([]string{script, bin, dir}, args...)...)
	want, err := cmd.Output()
	if err != nil && cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("score.py: %v", err)
	}
	opts, _, err := ParseArgs(args)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Score([]Set{set}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	rep.Print(&got)
	if !bytes.Equal(want, got.Bytes()) {
		t.Errorf("%v: the report differs from score.py's (want) at %s", args, difftest.First(string(want), got.String()))
	}
}
