package lint

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		body    string
		ok      bool
		wantErr string
		want    Directive
	}{
		{body: "a note to the desk", ok: false},
		{body: "factlint-disable-next-line repetition-word -- quoted verbatim", ok: true,
			want: Directive{Kind: DisableNextLine, Selectors: []string{"repetition-word"}, Reason: "quoted verbatim"}},
		{body: "  factlint-disable typography, repetition-word --  the sign as painted ", ok: true,
			want: Directive{Kind: Disable, Selectors: []string{"typography", "repetition-word"}, Reason: "the sign as painted"}},
		{body: "factlint-enable all", ok: true, want: Directive{Kind: Enable, Selectors: []string{"all"}}},
		{body: "factlint-disable-next-line term-x --", ok: true,
			want: Directive{Kind: DisableNextLine, Selectors: []string{"term-x"}}},
		{body: "factlint-disable -- reason only", ok: true, wantErr: "names no rule"},
		{body: "factlint-disable-line x -- r", ok: true, wantErr: "unknown directive"},
		{body: "factlint-disable-next-line\tname-a,\nname-b -- two -- dashes", ok: true,
			want: Directive{Kind: DisableNextLine, Selectors: []string{"name-a", "name-b"}, Reason: "two -- dashes"}},
	} {
		d, ok, err := ParseDirective(tc.body)
		if ok != tc.ok {
			t.Errorf("%q: ok = %v, want %v", tc.body, ok, tc.ok)
			continue
		}
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: err = %v, want %q", tc.body, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.body, err)
			continue
		}
		if fmt.Sprint(d) != fmt.Sprint(tc.want) {
			t.Errorf("%q: got %+v, want %+v", tc.body, d, tc.want)
		}
	}
}

// lintText parses src as plain text and checks it with the test rules.
func lintText(t testing.TB, src string, cfg *Config) []Diagnostic {
	t.Helper()
	doc, err := Parse("t.txt", []byte(src), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := Check(doc, testRules(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return diags
}

// summary lists diagnostics as "line:rule".
func summary(src string, diags []Diagnostic) string {
	lt := NewLineTable([]byte(src))
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%d:%s", lt.Line(d.Span.Start), d.Rule))
	}
	return strings.Join(out, " ")
}

func TestSuppressions(t *testing.T) {
	src := `Harbour plan delayed again

<!-- factlint-disable-next-line typography -- the sign as painted -->

The sign reads Fisherman` + "`" + `s Rest and has hung there for years.

<!-- factlint-disable-next-line repetition-test-double, typography-test-tick -- half used -->
The the harbour master said nothing.

<!-- factlint-disable all -- the petition as signed -->
We the the undersigned oppose the harbour` + "`" + `s closure.
<!-- factlint-enable all -->
<!-- factlint-enable all -->

Its organisers said more than 400 people had signed the the petition.

<!-- factlint-disable-next-line typography-test-tick -->
A notice said the harbour` + "`" + `s gates would close at six.

<!-- factlint-disable-next-line term-test-reportedly -- this rule is off -->
The council reportedly agreed.
`
	off := false
	cfg := &Config{Rules: map[string]RuleConfig{"term-test-reportedly": {Enabled: &off}}}
	got := summary(src, lintText(t, src, cfg))
	want := "7:suppression-unused 13:suppression-invalid 15:repetition-test-double 17:suppression-reason"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}

	// Switching the suppression rules off in the config silences them; the
	// suppressions still work.
	cfg.Rules[RuleSuppressionUnused] = RuleConfig{Enabled: &off}
	cfg.Rules[RuleSuppressionInvalid] = RuleConfig{Severity: Error}
	diags := lintText(t, src, cfg)
	got = summary(src, diags)
	want = "13:suppression-invalid 15:repetition-test-double 17:suppression-reason"
	if got != want {
		t.Errorf("with config: got  %s\nwant %s", got, want)
	}
	if diags[0].Severity != Error {
		t.Errorf("configured severity not applied: %v", diags[0].Severity)
	}
}

func TestSuppressionNestedRanges(t *testing.T) {
	src := "Headline here\n\n<!-- factlint-disable typography -- outer -->\n" +
		"A` b.\n\n<!-- factlint-disable typography -- inner -->\nC` d.\n<!-- factlint-enable typography -->\n\nE` f.\n" +
		"<!-- factlint-enable typography -->\n\nG` h.\n"
	got := summary(src, lintText(t, src, nil))
	if want := "13:typography-test-tick"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// suppressionHeavy is a document with n disable-next-line directives, n plain
// comments and n findings, each silenced.
func suppressionHeavy(n int) string {
	var b strings.Builder
	b.WriteString("Headline\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<!-- factlint-disable-next-line typography -- quoted -->\n<!-- a plain comment -->\nLine %d has a tick` here.\n\n", i)
	}
	return b.String()
}

// TestSuppressionsMany checks that 20,000 directives each silence their line.
func TestSuppressionsMany(t *testing.T) {
	if diags := lintText(t, suppressionHeavy(20000), nil); len(diags) != 0 {
		t.Fatalf("%d diagnostics left, first %+v", len(diags), diags[0])
	}
}

// BenchmarkSuppressions shows that suppression handling is linear: ns per
// directive stays flat from 1,000 to 20,000 directives.
func BenchmarkSuppressions(b *testing.B) {
	for _, n := range []int{1000, 20000} {
		src := suppressionHeavy(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				lintText(b, src, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/directive")
		})
	}
}

func FuzzSuppressions(f *testing.F) {
	for _, s := range []string{
		"Headline\n\n<!-- factlint-disable-next-line typography -- r -->\nA` b\n",
		"H\n\n<!-- factlint-disable all -- r -->\nx` the the\n<!-- factlint-enable all -->\n",
		"H\n<!-- factlint-enable typography -->\n<!-- factlint-disable-line x -->\n",
		"H\n\n<!-- factlint-disable-next-line -->\n<!-- factlint-disable-next-line a,,b,all -- -- -->\n",
		"<!-- factlint-disable typography -- r -->",
		"H\r\n\r\n<!-- factlint-disable-next-line typography-test-tick -- r -->\r\n\r\nx`\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, _, _ = ParseDirective(src)
		doc, err := Parse("f.txt", []byte(src), FormatText)
		if err != nil {
			return
		}
		all, err := Check(doc, []*Rule{testTick, testDouble}, nil)
		if err != nil {
			t.Fatal(err)
		}
		kept, err := Check(doc, testRules(), nil)
		if err != nil {
			t.Fatal(err)
		}
		// Suppression only removes diagnostics and adds its own.
		before := map[string]bool{}
		for _, d := range all {
			before[fmt.Sprint(d.Rule, d.Span)] = true
		}
		for _, d := range kept {
			if d.Class == "suppression" {
				if d.Span.Start < 0 || d.Span.End > len(doc.Src) || d.Span.Start > d.Span.End {
					t.Fatalf("suppression diagnostic outside the source: %+v", d)
				}
				continue
			}
			if !before[fmt.Sprint(d.Rule, d.Span)] {
				t.Fatalf("diagnostic appeared with suppressions: %+v", d)
			}
		}
	})
}
