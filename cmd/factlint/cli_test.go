package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
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
