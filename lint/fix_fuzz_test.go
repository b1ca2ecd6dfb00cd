package lint_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

// FuzzApplyFixes checks, with every registered rule, that the fixes of any
// text apply cleanly, that what the runner writes with --fix equals
// applying the edits round after round, and that a second --fix is a no-op;
// the runner is given a limit on findings of 1 to 3 (or the default) and
// Lean or not, and its report must be LimitFindings of the findings left
// (its fixes, every finding's).
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
	// Floods past a limit of 1 to 3, Lean or not, safe or unsafe.
	f.Add(strings.Repeat("James´s plan was was made. ", 40), uint8(8|32))
	f.Add(strings.Repeat(".,;:!?-()\"' James´s the the vote. ", 30), uint8(16|32))
	f.Add("# Storm\n\n"+strings.Repeat("The storm`s path (path) moved moved east. ", 30), uint8(1|4|16))
	f.Add(strings.Repeat("<p>The the council′s vote.</p>", 20), uint8(2|24|32))
	rules := all.All()
	f.Fuzz(func(t *testing.T, src string, opts uint8) {
		name := [...]string{"a.txt", "a.md", "a.html"}[opts%3]
		unsafe := opts&4 != 0
		limit := int(opts>>3) & 3 // 0: the default
		lean := opts&32 != 0
		doc, err := lint.Parse(name, []byte(src), lint.FormatOf(name))
		if err != nil {
			return
		}
		diags, err := lint.Check(doc, rules, (*lint.Config)(nil).WithFindingLimit(0))
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
		var cfg *lint.Config
		if limit > 0 {
			cfg = cfg.WithFindingLimit(limit)
		}
		rn := &lint.Runner{Rules: rules, Fix: lint.FixWrite, Unsafe: unsafe, Jobs: 1, Lean: lean,
			ConfigFor: func(string) (*lint.Config, error) { return cfg, nil }}
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
		left := diags
		if res.Written {
			left = fdiags
		}
		if report := lint.LimitFindings(left, cfg.FindingLimit()); !reflect.DeepEqual(res.Diags, report) {
			t.Fatalf("limit %d: the runner reports %v, LimitFindings of the findings left %v", cfg.FindingLimit(), res.Diags, report)
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
