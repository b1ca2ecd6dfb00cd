// Package scripts holds the step logic of the GitHub Action (action.sh);
// this test runs the steps of action.yml locally with a fake GITHUB_*
// environment.
package scripts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name  string            `yaml:"name"`
			ID    string            `yaml:"id"`
			Uses  string            `yaml:"uses"`
			Shell string            `yaml:"shell"`
			Run   string            `yaml:"run"`
			Env   map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

func loadAction(t *testing.T) (*actionFile, string) {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(raw, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" || len(a.Runs.Steps) != 3 || !strings.HasPrefix(a.Runs.Steps[0].Uses, "actions/setup-go@") {
		t.Fatalf("action.yml: want a composite action: setup-go, install, lint; got %+v", a.Runs)
	}
	return &a, root
}

var expr = regexp.MustCompile(`\$\{\{\s*([a-z_.-]+)\s*\}\}`)

// expand evaluates the ${{ inputs.X }} and ${{ github.action_path }}
// expressions of action.yml.
func expand(t *testing.T, s string, a *actionFile, inputs map[string]string, root string) string {
	return expr.ReplaceAllStringFunc(s, func(m string) string {
		name := expr.FindStringSubmatch(m)[1]
		switch {
		case name == "github.action_path":
			return root
		case strings.HasPrefix(name, "inputs."):
			in := strings.TrimPrefix(name, "inputs.")
			def, ok := a.Inputs[in]
			if !ok {
				t.Fatalf("action.yml uses an undeclared input %q", in)
			}
			if v, ok := inputs[in]; ok {
				return v
			}
			return def.Default
		}
		t.Fatalf("unexpected expression %s", m)
		return ""
	})
}

func requireTools(t *testing.T) {
	for _, tool := range []string{"bash", "git", "jq", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: skipping the action test", tool)
		}
	}
}

var (
	installOnce sync.Once
	installDir  string
	installErr  error
)

// install runs the action's install step once (go install at the action's
// own checkout, GOBIN in RUNNER_TEMP) and returns the environment it set.
func install(t *testing.T, a *actionFile, root string) string {
	t.Helper()
	installOnce.Do(func() {
		installDir, installErr = os.MkdirTemp("", "factlint-action-")
		if installErr != nil {
			return
		}
		step := a.Runs.Steps[1]
		envFile := filepath.Join(installDir, "github_env")
		cmd := exec.Command("bash", "-c", expand(t, step.Run, a, nil, root))
		cmd.Env = append(os.Environ(), "RUNNER_TEMP="+installDir, "GITHUB_ACTION_PATH="+root, "GITHUB_ENV="+envFile)
		out, err := cmd.CombinedOutput()
		if err != nil {
			installErr = fmt.Errorf("install step: %v\n%s", err, out)
		}
	})
	if installErr != nil {
		t.Fatal(installErr)
	}
	env, err := os.ReadFile(filepath.Join(installDir, "github_env"))
	if err != nil {
		t.Fatal(err)
	}
	bin, ok := strings.CutPrefix(strings.TrimSpace(string(env)), "FACTLINT=")
	if !ok {
		t.Fatalf("the install step set %q in GITHUB_ENV, want FACTLINT=…", env)
	}
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if installDir != "" {
		os.RemoveAll(installDir)
	}
	os.Exit(code)
}

// Articles of our own: one clean, two with wire apostrophes (findings of
// typography-apostrophe, a warning with a safe fix).
const (
	cleanStory = "Library reopens after repairs\n\nThe central library reopened on Monday after a year of repairs to its roof.\n"
	storyA     = "Bridge closes for a week\n\nThe city´s main bridge will close on Monday for repairs, the council said.\n"
	storyB     = "# Market hall sold\n\nThe council`s market hall was sold on Friday to a developer who plans flats.\n"
)

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// newsRepo makes a repository whose base commit has an old article with a
// finding, and whose head commit adds two articles with findings (one with
// a pipe and brackets in its name) and changes a Go file.
func newsRepo(t *testing.T) (dir, base, head string) {
	dir = t.TempDir()
	git(t, dir, "init", "-q", "-b", "main")
	write(t, dir, "archive/old.txt", storyA)
	write(t, dir, "news/library.md", cleanStory)
	write(t, dir, "tool/main.go", "package main\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "base")
	base = git(t, dir, "rev-parse", "HEAD")
	git(t, dir, "checkout", "-q", "-b", "story")
	write(t, dir, "news/bridge.txt", storyA)
	write(t, dir, "news/market [draft] | v2.md", storyB)
	write(t, dir, "tool/main.go", "package main\n\nfunc main() {}\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "head")
	head = git(t, dir, "rev-parse", "HEAD")
	return dir, base, head
}

type run struct {
	status  int
	stdout  string
	summary string
	output  string
	sarif   string
}

// runLint runs the action's lint step as GitHub would: its env (inputs
// expanded), the GITHUB_* variables, in the workspace.
func runLint(t *testing.T, workspace, event string, payload any, inputs map[string]string) run {
	t.Helper()
	a, root := loadAction(t)
	bin := install(t, a, root)
	step := a.Runs.Steps[2]
	tmp := t.TempDir()
	eventPath := filepath.Join(tmp, "event.json")
	raw, _ := json.Marshal(payload)
	if err := os.WriteFile(eventPath, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	r := run{}
	summaryPath, outputPath := filepath.Join(tmp, "summary.md"), filepath.Join(tmp, "output")
	env := append(os.Environ(),
		"CI=true", "GITHUB_ACTIONS=true",
		"GITHUB_EVENT_NAME="+event, "GITHUB_EVENT_PATH="+eventPath, "GITHUB_WORKSPACE="+workspace,
		"GITHUB_STEP_SUMMARY="+summaryPath, "GITHUB_OUTPUT="+outputPath,
		"GITHUB_SERVER_URL=https://github.com", "GITHUB_REPOSITORY=acme/newsroom", "GITHUB_SHA=0000000000000000000000000000000000000000",
		"GITHUB_ACTION_PATH="+root, "FACTLINT="+bin, "GIT_CONFIG_GLOBAL=/dev/null")
	if inputs["sarif-file"] == "auto" {
		inputs["sarif-file"] = filepath.Join(tmp, "reports", "factlint.sarif")
	}
	for k, v := range step.Env {
		env = append(env, k+"="+expand(t, v, a, inputs, root))
	}
	cmd := exec.Command("bash", "-c", expand(t, step.Run, a, inputs, root))
	cmd.Dir = workspace
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		r.status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	r.stdout = stdout.String()
	if t.Failed() || stderr.Len() > 0 {
		t.Logf("stderr:\n%s", stderr.String())
	}
	b, _ := os.ReadFile(summaryPath)
	r.summary = string(b)
	b, _ = os.ReadFile(outputPath)
	r.output = string(b)
	if p := inputs["sarif-file"]; p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("no SARIF file: %v", err)
		}
		r.sarif = string(b)
	}
	return r
}

func prEvent(base, head string) map[string]any {
	return map[string]any{"pull_request": map[string]any{"number": 7, "base": map[string]any{"sha": base}, "head": map[string]any{"sha": head}}}
}

var annotation = regexp.MustCompile(`(?m)^::(error|warning|notice) file=([^,]+),line=(\d+)`)

func annotated(stdout string) map[string]int {
	files := map[string]int{}
	for _, m := range annotation.FindAllStringSubmatch(stdout, -1) {
		files[strings.NewReplacer("%2C", ",", "%3A", ":", "%25", "%").Replace(m[2])]++
	}
	return files
}

func tableRows(summary string) []string {
	var rows []string
	for _, l := range strings.Split(summary, "\n") {
		if strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| File") && !strings.HasPrefix(l, "| ---") {
			rows = append(rows, l)
		}
	}
	return rows
}

func TestPullRequest(t *testing.T) {
	requireTools(t)
	dir, base, head := newsRepo(t)
	r := runLint(t, dir, "pull_request", prEvent(base, head), map[string]string{"sarif-file": "auto"})
	if r.status != 1 {
		t.Errorf("exit status %d, want 1 (warnings, fail-on warning)\n%s", r.status, r.stdout)
	}
	// Only the articles the pull request changed, not the old one nor the Go file.
	files := annotated(r.stdout)
	if files["news/bridge.txt"] == 0 || files["news/market [draft] | v2.md"] == 0 || files["archive/old.txt"] != 0 || len(files) != 2 {
		t.Errorf("annotations for %v; want news/bridge.txt and the market story only\n%s", files, r.stdout)
	}
	n := 0
	for _, c := range files {
		n += c
	}
	// The summary: a row for every finding, escaped, linked to the head commit.
	rows := tableRows(r.summary)
	if len(rows) != n || !strings.Contains(r.summary, "## factlint") || !strings.Contains(r.summary, fmt.Sprintf("%d finding(s)", n)) {
		t.Errorf("summary has %d rows for %d annotations:\n%s", len(rows), n, r.summary)
	}
	var market string
	for _, row := range rows {
		if strings.Contains(row, "market") {
			market = row
		}
	}
	if !strings.Contains(market, `[news/market \[draft\] \| v2.md](<https://github.com/acme/newsroom/blob/`+head+`/news/market%20%5Bdraft%5D%20%7C%20v2.md#L3>)`) ||
		!strings.Contains(market, "typography-apostrophe") || strings.Count(market, " | ") != 5 {
		t.Errorf("summary row for the market story:\n%s", market)
	}
	if !strings.Contains(r.output, fmt.Sprintf("findings=%d", n)) {
		t.Errorf("GITHUB_OUTPUT: %q", r.output)
	}
	var sarif struct {
		Version string
		Runs    []struct{ Results []json.RawMessage }
	}
	if err := json.Unmarshal([]byte(r.sarif), &sarif); err != nil || sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != n {
		t.Errorf("SARIF: %v, version %q, %d runs (want %d results)", err, sarif.Version, len(sarif.Runs), n)
	}
}

func TestFailOn(t *testing.T) {
	requireTools(t)
	dir, base, head := newsRepo(t)
	for _, c := range []struct {
		failOn string
		status int
	}{{"error", 0}, {"none", 0}, {"info", 1}, {"loud", 2}} {
		r := runLint(t, dir, "pull_request", prEvent(base, head), map[string]string{"fail-on": c.failOn})
		if r.status != c.status {
			t.Errorf("fail-on %s: exit %d, want %d\n%s", c.failOn, r.status, c.status, r.stdout)
		}
		if c.status != 2 && len(annotated(r.stdout)) != 2 {
			t.Errorf("fail-on %s: annotations still expected\n%s", c.failOn, r.stdout)
		}
	}
}

func TestPushAndPaths(t *testing.T) {
	requireTools(t)
	dir, _, head := newsRepo(t)
	// On push, every article in the repository.
	r := runLint(t, dir, "push", map[string]any{"after": head}, nil)
	files := annotated(r.stdout)
	if r.status != 1 || files["archive/old.txt"] == 0 || files["news/bridge.txt"] == 0 || len(files) != 3 {
		t.Errorf("push: exit %d, annotations %v", r.status, files)
	}
	// Paths given: just those, one per line.
	r = runLint(t, dir, "pull_request", prEvent(head, head), map[string]string{"paths": "archive/old.txt\nnews/library.md\n"})
	files = annotated(r.stdout)
	if r.status != 1 || len(files) != 1 || files["archive/old.txt"] == 0 {
		t.Errorf("paths: exit %d, annotations %v", r.status, files)
	}
	// A pull request that changes no article: nothing to lint, success.
	git(t, dir, "checkout", "-q", "-b", "code")
	write(t, dir, "tool/main.go", "package main\n\nfunc main() { println() }\n")
	git(t, dir, "commit", "-q", "-am", "code only")
	codeHead := git(t, dir, "rev-parse", "HEAD")
	r = runLint(t, dir, "pull_request", prEvent(head, codeHead), nil)
	if r.status != 0 || !strings.Contains(r.summary, "No articles to lint") || !strings.Contains(r.output, "findings=0") {
		t.Errorf("no articles: exit %d, summary %q", r.status, r.summary)
	}
	// A clean article: success, and the summary says so.
	r = runLint(t, dir, "workflow_dispatch", map[string]any{}, map[string]string{"paths": "news/library.md"})
	if r.status != 0 || !strings.Contains(r.summary, "0 finding(s)") || !strings.Contains(r.summary, "passed") {
		t.Errorf("clean: exit %d, summary %q", r.status, r.summary)
	}
}
