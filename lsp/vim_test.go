package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// vimArticle is our own copy: a finding after multi-byte characters on its
// line (curly quotes, an accented name, an emoji), so a column unit that is
// wrong for vim puts the cursor on the wrong character.
const vimArticle = `Café owners welcome council´s parking plan

“We waited years,” said José Núñez 👍, whose café faces the square; the council´s vote was unanimous.

The plan takes effect in June.
`

// TestVimErrorformat runs vim with its default errorformat (-u NONE) on
// factlint's --format short output, reads the quickfix list back, and jumps
// to every entry: the file, line, message and the text under the cursor must
// be the finding's.
func TestVimErrorformat(t *testing.T) {
	vim, err := exec.LookPath("vim")
	if err != nil {
		t.Skip("vim is not installed: skipping the errorformat check of --format short")
	}
	dir := t.TempDir()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"seed.txt": seed, "cafe story.txt": []byte(vimArticle)}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(format string) []byte {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, factlintBin, "--format", format, "seed.txt", "cafe story.txt")
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
			t.Fatalf("factlint --format %s: %v\n%s", format, err, stderr.String())
		}
		return out
	}
	short := run("short")
	if err := os.WriteFile(filepath.Join(dir, "errors.txt"), short, 0o644); err != nil {
		t.Fatal(err)
	}
	var want []struct {
		Path      string `json:"path"`
		Line      int    `json:"line"`
		Column    int    `json:"column"`
		EndLine   int    `json:"end_line"`
		EndColumn int    `json:"end_column"`
		Rule      string `json:"rule"`
		Severity  string `json:"severity"`
		Message   string `json:"message"`
	}
	if err := json.Unmarshal(run("json"), &want); err != nil {
		t.Fatal(err)
	}

	script := `set nomore
set encoding=utf-8
cfile errors.txt
let out = []
let n = 0
for e in getqflist()
  let n += 1
  if !e.valid
    call add(out, {'valid': 0, 'text': e.text})
    continue
  endif
  execute 'silent cc ' . n
  call add(out, {'valid': 1, 'file': bufname(e.bufnr), 'lnum': e.lnum, 'col': e.col, 'text': e.text,
        \ 'cursor_line': line('.'), 'under_cursor': strpart(getline('.'), col('.') - 1)})
endfor
call writefile([json_encode(out)], 'qf.json')
qall!
`
	if err := os.WriteFile(filepath.Join(dir, "check.vim"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, vim, "-es", "-N", "-u", "NONE", "-i", "NONE", "-S", "check.vim")
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader("")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("vim: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "qf.json"))
	if err != nil {
		t.Fatalf("vim wrote no quickfix list: %v", err)
	}
	var qf []struct {
		Valid       int    `json:"valid"`
		File        string `json:"file"`
		Lnum        int    `json:"lnum"`
		Col         int    `json:"col"`
		Text        string `json:"text"`
		CursorLine  int    `json:"cursor_line"`
		UnderCursor string `json:"under_cursor"`
	}
	if err := json.Unmarshal(raw, &qf); err != nil {
		t.Fatalf("quickfix list: %v\n%s", err, raw)
	}
	if len(want) == 0 || len(qf) != len(want) {
		t.Fatalf("%d quickfix entries for %d findings:\n%s", len(qf), len(want), short)
	}
	multiByte := 0
	for i, w := range want {
		q := qf[i]
		if q.Valid != 1 {
			t.Errorf("entry %d not recognised by the errorformat: %q", i, q.Text)
			continue
		}
		if q.File != w.Path || q.Lnum != w.Line || q.CursorLine != w.Line {
			t.Errorf("entry %d: %s:%d (cursor line %d), want %s:%d", i, q.File, q.Lnum, q.CursorLine, w.Path, w.Line)
		}
		if got, exp := strings.TrimSpace(q.Text), w.Severity+": "+w.Message+" ["+w.Rule+"]"; got != exp {
			t.Errorf("entry %d: text %q, want %q", i, got, exp)
		}
		// The finding's own text, from the JSON span (code points).
		line := []rune(strings.Split(strings.ReplaceAll(string(files[w.Path]), "\r\n", "\n"), "\n")[w.Line-1])
		end := len(line)
		if w.EndLine == w.Line {
			end = w.EndColumn - 1
		}
		found := string(line[w.Column-1 : end])
		if len(string(line[:w.Column-1])) != w.Column-1 {
			multiByte++
		}
		if !strings.HasPrefix(q.UnderCursor, found) {
			t.Errorf("entry %d (%s:%d:%d %s): vim put the cursor on %q, want %q (Vim's %%c is a byte column: --format short must count columns in bytes)",
				i, w.Path, w.Line, w.Column, w.Rule, trunc(q.UnderCursor, 20), found)
		}
	}
	if multiByte == 0 {
		t.Errorf("no finding after multi-byte text: the test checks nothing about column units")
	}
}

func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
