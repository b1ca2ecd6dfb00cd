package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

func TestStarterConfigLoads(t *testing.T) {
	if _, err := lint.ParseConfig(".factlint.yml", []byte(starterConfig), all.All()); err != nil {
		t.Fatal(err)
	}
	// Uncommenting the examples gives a valid config too.
	example := regexp.MustCompile(`^(\s*)# (\s*- |\s*[a-z-]+:(\s|$))`)
	var b strings.Builder
	n := 0
	for _, l := range strings.SplitAfter(starterConfig, "\n") {
		if m := example.FindStringSubmatchIndex(l); m != nil {
			l = l[:m[3]] + l[m[3]+2:]
			n++
		}
		b.WriteString(l)
	}
	if n < 15 {
		t.Fatalf("only %d example lines found", n)
	}
	if _, err := lint.ParseConfig(".factlint.yml", []byte(b.String()), all.All()); err != nil {
		t.Errorf("uncommented starter config: %v\n%s", err, b.String())
	}
}

func TestUnifiedDiff(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n"
	new := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nN\nadded"
	var buf bytes.Buffer
	if err := writeUnifiedDiff(&buf, "x.txt", []byte(old), []byte(new)); err != nil {
		t.Fatal(err)
	}
	want := `--- a/x.txt
+++ b/x.txt
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -11,4 +11,5 @@
 k
 l
 m
-n
+N
+added
\ No newline at end of file
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// TestUnifiedDiffManyLines: a text of more distinct lines than there are
// code points below the surrogates (0xD800): go-diff then numbers the lines
// past them with runes shifted beyond the gap, which are no index into its
// line array. Read as one, they printed wrong lines or panicked (index out of
// range), as --diff did on a 5.8 MB article of short paragraphs.
func TestUnifiedDiffManyLines(t *testing.T) {
	const n = 60000
	var old, new strings.Builder
	for i := range n {
		fmt.Fprintf(&old, "line %d\n", i)
		if i == 58000 || i == 59990 {
			fmt.Fprintf(&new, "LINE %d\n", i)
			continue
		}
		fmt.Fprintf(&new, "line %d\n", i)
	}
	var buf bytes.Buffer
	if err := writeUnifiedDiff(&buf, "x.txt", []byte(old.String()), []byte(new.String())); err != nil {
		t.Fatal(err)
	}
	want := `--- a/x.txt
+++ b/x.txt
@@ -57998,7 +57998,7 @@
 line 57997
 line 57998
 line 57999
-line 58000
+LINE 58000
 line 58001
 line 58002
 line 58003
@@ -59988,7 +59988,7 @@
 line 59987
 line 59988
 line 59989
-line 59990
+LINE 59990
 line 59991
 line 59992
 line 59993
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"10MiB": 10 << 20, "500KB": 500e3, "1048576": 1 << 20, "2m": 2 << 20, "1.5 GiB": 3 << 29} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-1MB", "5XB", "0"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

var updateREADME = flag.Bool("update-readme", false, "rewrite the rule table of README.md from the registry")

// TestREADMEListsRules checks that every registered rule appears in the
// README's rule list: whoever adds a rule adds its line there (factlint
// rules --markdown prints it), or runs
//
//	go test ./cmd/factlint -run TestREADMEListsRules -update-readme
//
// which rewrites the table between the rules:start and rules:end markers.
func TestREADMEListsRules(t *testing.T) {
	const path = "../../README.md"
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if *updateREADME {
		start := bytes.Index(readme, []byte("<!-- rules:start"))
		end := bytes.Index(readme, []byte("<!-- rules:end -->"))
		if start < 0 || end < start {
			t.Fatal("README.md has no rules:start / rules:end markers")
		}
		start += bytes.IndexByte(readme[start:], '\n') + 1
		var b bytes.Buffer
		b.Write(readme[:start])
		b.WriteString(rulesMarkdown(all.All()))
		b.Write(readme[end:])
		readme = b.Bytes()
		if err := os.WriteFile(path, readme, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range all.All() {
		if !bytes.Contains(readme, []byte("| `"+r.Name+"` |")) {
			t.Errorf("README.md does not list rule %s: add the line `factlint rules --markdown` prints for it, or run go test ./cmd/factlint -run TestREADMEListsRules -update-readme", r.Name)
		}
	}
}

// TestSubcommandsInProcess runs a few commands through run, as main does.
func TestSubcommandsInProcess(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"rules"}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "typography-apostrophe") {
		t.Errorf("rules: %d %q %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	stdin := strings.NewReader("Ferry changes\n\nThe ferry´s first week went well.\n")
	code := run(context.Background(), []string{"--format", "json", "--only", "typography", "--stdin-filename", "desk/a.txt", "-"}, stdin, &out, &errb)
	var got []struct {
		Path string
		Line int
		Rule string
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || code != 1 || errb.Len() != 0 ||
		len(got) != 1 || got[0].Path != "desk/a.txt" || got[0].Line != 3 || got[0].Rule != "typography-apostrophe" {
		t.Errorf("stdin json: %d %v %q %q", code, err, out.String(), errb.String())
	}
	for name, sc := range subcommands {
		if sc.summary == "" || sc.run == nil {
			t.Errorf("subcommand %s: no summary or run", name)
		}
	}
}

// TestREADMESeedExample checks that the README's example output for the
// seed story is what factlint prints now: the text format's first
// findings and the whole short format. (It had drifted from the tool's
// output over several sessions.) Rewrite the two blocks from the command's
// output when a rule's findings on the seed change.
func TestREADMESeedExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := func(after string) string {
		i := bytes.Index(readme, []byte(after+"\n\n```\n"))
		if i < 0 {
			t.Fatalf("README.md has no example after %q", after)
		}
		rest := readme[i+len(after)+len("\n\n```\n"):]
		return string(rest[:bytes.Index(rest, []byte("```"))])
	}
	text, short := block("first findings):"), block("one line a finding (exit status 1):")
	t.Chdir("../..")
	for _, c := range []struct {
		format, want string
		whole        bool
	}{{"text", text, false}, {"short", short, true}} {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"--format", c.format, "seeds/"}, nil, &out, &errb)
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1 (%s)", c.format, code, errb.String())
		}
		got := out.String()
		if c.whole && got != c.want || !c.whole && !strings.HasPrefix(got, c.want) {
			t.Errorf("README.md's %s example is not what factlint prints for seeds/ now:\n%s", c.format, got)
		}
	}
}
