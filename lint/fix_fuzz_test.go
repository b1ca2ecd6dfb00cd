package lint_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

// FuzzApplyFixes checks, with every registered rule, that the fixes of any
// text apply cleanly, that what the runner writes with --fix equals
// applying the edits round after round, and that a second --fix is a no-op.
func FuzzApplyFixes(f *testing.F) {
	for _, s := range []string{
		"Mayor´s plan\n\nThe the mayor´s plan was approved on on Tuesday.\n",
		"Mayor´s plan\n\nMayor´s plan\n\nThe council`s vote.\n",
		"# Storm\n\nThe storm`s path (path) moved moved east.\n",
		"<html><body><article><h1>Vote</h1><p>The the council′s vote.</p></article></body></html>",
		"Vote\r\n\r\nThe council´s  vote was was delayed.\r\n",
		"A\n\n<!-- factlint-disable-next-line all -- x -->\nB´s b b.\n",
	} {
		f.Add(s, uint8(0))
	}
	rules := all.All()
	f.Fuzz(func(t *testing.T, src string, opts uint8) {
		name := [...]string{"a.txt", "a.md", "a.html"}[opts%3]
		unsafe := opts&4 != 0
		doc, err := lint.Parse(name, []byte(src), lint.FormatOf(name))
		if err != nil {
			return
		}
		diags, err := lint.Check(doc, rules, nil)
		if err != nil {
			t.Fatal(err)
		}
		edits := lint.FixEdits(diags, unsafe)
		if _, err := lint.ApplyEdits(doc.Src, edits); err != nil {
			t.Fatalf("FixEdits chose edits that do not apply: %v", err)
		}
		want, fdoc, fdiags := lint.FixRounds(doc, diags, rules, nil, unsafe, lint.MaxFixRounds)
		converged := len(lint.FixEdits(fdiags, unsafe)) == 0
		if want == nil {
			want = doc.Src
		} else if !bytes.Equal(want, fdoc.Src) {
			t.Fatal("FixRounds returned a document of other text")
		}

		dir := t.TempDir()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		rn := &lint.Runner{Rules: rules, Fix: lint.FixWrite, Unsafe: unsafe, Jobs: 1}
		var res *lint.Result
		if err := rn.Run(context.Background(), []lint.Input{{Path: p}}, func(r *lint.Result) { res = r }); err != nil {
			t.Fatal(err)
		}
		if res.Err != nil || res.FixErr != nil {
			t.Fatalf("runner: %v %v", res.Err, res.FixErr)
		}
		got, _ := os.ReadFile(p)
		if !bytes.Equal(got, want) {
			t.Fatalf("--fix wrote %q, applying the edits gives %q", got, want)
		}
		if !converged {
			t.Fatalf("fixes of %q still apply after %d rounds", src, lint.MaxFixRounds)
		}
		res = nil
		_ = rn.Run(context.Background(), []lint.Input{{Path: p}}, func(r *lint.Result) { res = r })
		again, _ := os.ReadFile(p)
		if res.Written || !bytes.Equal(again, got) {
			t.Fatalf("a second --fix changed %q to %q", got, again)
		}
	})
}
