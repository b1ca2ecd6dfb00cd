package lint

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// batchTexts are documents for the CheckBatch tests: findings of every test
// rule, directives used and unused, a marker that makes testPanicky panic.
var batchTexts = []string{
	"Harbour plan delayed\n\nThe the harbour` master reportedly said nothing.\n",
	"Quiet day\n\nNothing to see here.\n",
	"Sign painted\n\n<!-- factlint-disable-next-line typography -- as painted -->\nFisherman`s Rest and and more.\n",
	"PANIC headline\n\nThe the sign` reportedly fell.\n",
	"Long list\n\n" + strings.Repeat("A` b` the the reportedly. ", 40) + "\n",
	"<!-- factlint-disable all -- nothing given -->\nUnused directive and the the end.\n",
}

// batchResult is a result-only rule's result: what the document was, and
// whether Check recycled it while a rule could still read it.
type batchResult struct {
	text     string
	recycled bool
}

func (r *batchResult) Recycle() { r.recycled = true }

var testModelish = &Rule{Name: "model-test-text", Summary: "x", ResultOnly: true,
	Run: func(p *Pass) (any, error) { return &batchResult{text: p.Doc.Text}, nil }}

// testReader reports once per document, reading testModelish's result:
// an error if the result is another document's or already recycled.
var testReader = &Rule{Name: "term-test-reader", Summary: "x", Severity: Info, Requires: []*Rule{testModelish},
	Run: func(p *Pass) (any, error) {
		r := ResultOf[*batchResult](p, testModelish)
		if r.text != p.Doc.Text || r.recycled {
			return nil, fmt.Errorf("read the wrong result (recycled %v)", r.recycled)
		}
		p.Reportf(Span{0, min(1, len(p.Doc.Text))}, "%d bytes", len(r.text))
		return nil, nil
	}}

// testPanicky panics on a document that starts with PANIC and reports
// once on every other, so that a batch that left the documents after the
// panic unchecked by it would miss their findings.
var testPanicky = &Rule{Name: "fact-test-panicky", Summary: "x", Severity: Warning,
	Run: func(p *Pass) (any, error) {
		if strings.HasPrefix(p.Doc.Text, "PANIC") {
			panic("boom")
		}
		p.Reportf(Span{0, min(1, len(p.Doc.Text))}, "calm")
		return nil, nil
	}}

func batchRules() []*Rule {
	return append(testRules(), testModelish, testReader, testPanicky)
}

// firstLine is an error's text up to its first line break: a panic's
// error carries a stack trace, which differs between callers.
func firstLine(err error) string {
	if err == nil {
		return ""
	}
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// TestCheckBatchMatchesCheck checks that CheckBatch gives each document
// what Check gives it alone, whatever configuration each has: rules off,
// finding limits, a rule that panics on one document, a result-only rule
// whose result another rule reads.
func TestCheckBatchMatchesCheck(t *testing.T) {
	var docs []*Document
	for k, src := range batchTexts {
		doc, err := Parse(fmt.Sprintf("d%d.md", k), []byte(src), FormatMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	off, one, zero := false, 1, 0
	configs := []*Config{
		nil,
		{},
		{Rules: map[string]RuleConfig{"typography-test-tick": {Enabled: &off}}},
		{Rules: map[string]RuleConfig{"term-test-reader": {Enabled: &off}}},
		{MaxFindingsPerRule: &one},
		{MaxFindingsPerRule: &zero, Rules: map[string]RuleConfig{RuleSuppressionUnused: {Enabled: &off}}},
	}
	rules := batchRules()
	for round := range configs {
		// Each document its own configuration, turned round by round.
		cfgs := make([]*Config, len(docs))
		for k := range docs {
			cfgs[k] = configs[(k+round)%len(configs)]
		}
		diags, errs := CheckBatch(docs, rules, cfgs)
		if len(diags) != len(docs) || len(errs) != len(docs) {
			t.Fatalf("round %d: %d diagnostics and %d errors for %d documents", round, len(diags), len(errs), len(docs))
		}
		for k, doc := range docs {
			want, werr := Check(doc, rules, cfgs[k])
			if firstLine(errs[k]) != firstLine(werr) {
				t.Errorf("round %d, %s: error %q, Check alone %q", round, doc.Path, firstLine(errs[k]), firstLine(werr))
			}
			if !reflect.DeepEqual(diags[k], want) {
				t.Errorf("round %d, %s:\n got %s\nwant %s", round, doc.Path, summary(doc.Text, diags[k]), summary(doc.Text, want))
			}
		}
	}
	// The panic fails its document alone, and the rules after it still ran there.
	diags, errs := CheckBatch(docs, rules, nil)
	for k, doc := range docs {
		panicky := strings.HasPrefix(doc.Text, "PANIC")
		if got := errs[k] != nil; got != panicky {
			t.Errorf("%s: error %v", doc.Path, errs[k])
		}
		if panicky && (!strings.Contains(errs[k].Error(), "rule fact-test-panicky: internal error: boom") || len(diags[k]) == 0) {
			t.Errorf("%s: error %v with %d findings", doc.Path, errs[k], len(diags[k]))
		}
	}
	// With no configurations every document has the defaults.
	for k, doc := range docs {
		want, _ := Check(doc, rules, nil)
		if !reflect.DeepEqual(diags[k], want) {
			t.Errorf("%s (no configs): got %s want %s", doc.Path, summary(doc.Text, diags[k]), summary(doc.Text, want))
		}
	}
}

func TestCheckBatchErrors(t *testing.T) {
	doc, err := Parse("a.txt", []byte("Text the the end.\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	docs := []*Document{doc, doc}
	_, errs := CheckBatch(docs, testRules(), []*Config{nil})
	for k, err := range errs {
		if err == nil || !strings.Contains(err.Error(), "1 configs for 2 documents") {
			t.Errorf("document %d: error %v, want one about the configurations", k, err)
		}
	}
	// A registry Check refuses, CheckBatch refuses for every document.
	a := &Rule{Name: "term-test-a", Summary: "x", Run: func(*Pass) (any, error) { return nil, nil }}
	b := &Rule{Name: "term-test-b", Summary: "x", Requires: []*Rule{a}, Run: a.Run}
	a.Requires = []*Rule{b}
	cycle := []*Rule{a, b}
	_, want := Check(doc, cycle, nil)
	_, errs = CheckBatch(docs, cycle, nil)
	for k, err := range errs {
		if want == nil || err == nil || err.Error() != want.Error() {
			t.Errorf("document %d: error %v, Check %v", k, err, want)
		}
	}
	if d, e := CheckBatch(nil, testRules(), nil); len(d) != 0 || len(e) != 0 {
		t.Errorf("no documents: %v %v", d, e)
	}
}

func TestNextBatch(t *testing.T) {
	k := int64(1 << 10)
	for _, tc := range []struct {
		name  string
		sizes []int64
		jobs  int
		want  []int // the end of each batch
	}{
		{"one file", []int64{5 * k}, 1, []int{1}},
		{"up to the bytes", []int64{10 * k, 10 * k, 10 * k, 2 * k, 1, 10 * k}, 1, []int{4, 6}},
		{"exactly the bytes", []int64{16 * k, 16 * k, 1}, 1, []int{2, 3}},
		{"a large file alone", []int64{1 * k, 40 * k, 1 * k, 1 * k}, 1, []int{1, 2, 4}},
		{"a large file first", []int64{33 * k, 1, 1}, 1, []int{1, 3}},
		{"empty files", make([]int64, 150), 1, []int{64, 128, 150}},
		{"a share for each job", make([]int64, 10), 2, []int{5, 10}},
		{"three jobs", make([]int64, 10), 3, []int{4, 8, 10}},
		{"no jobs given", make([]int64, 3), 0, []int{3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for i := 0; i < len(tc.sizes); {
				asked := map[int]int{}
				end, bytes := NextBatch(i, len(tc.sizes), tc.jobs, func(j int) int64 { asked[j]++; return tc.sizes[j] })
				var sum int64
				for j := i; j < end; j++ {
					sum += tc.sizes[j]
					if asked[j] != 1 {
						t.Errorf("the size of input %d asked %d times", j, asked[j])
					}
				}
				if bytes != sum || len(asked) > end-i+1 {
					t.Errorf("batch %d-%d: %d bytes, want %d; sizes asked %v", i, end, bytes, sum, asked)
				}
				i = end
				got = append(got, i)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("batch ends %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRunnerBatchesMatchOne checks that the results of inputs checked in
// batches are those of each input read and checked alone (Runner.one),
// including inputs that fail inside a batch, in input order.
func TestRunnerBatchesMatchOne(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var inputs []Input
	for i := 0; i < 40; i++ {
		name := fmt.Sprintf("f%02d.md", i)
		switch i {
		case 7: // missing
		case 12:
			files[name] = strings.Repeat("Too long. ", 200)
		default:
			files[name] = batchTexts[i%len(batchTexts)]
		}
		in := Input{Path: filepath.Join(dir, name)}
		if i == 20 {
			in.Src = []byte("Given on standard input, the the end.\n")
		}
		if i == 25 {
			in.Path = filepath.Join(dir, "broken", name)
		}
		inputs = append(inputs, in)
	}
	writeFiles(t, dir, files)
	configFor := func(path string) (*Config, error) {
		if strings.Contains(path, "broken") {
			return nil, fmt.Errorf("broken configuration")
		}
		return nil, nil
	}
	for _, lean := range []bool{false, true} {
		for _, jobs := range []int{1, 2, 3} {
			rn := &Runner{Rules: batchRules(), Jobs: jobs, MaxSize: 1000, ConfigFor: configFor, Lean: lean, Budget: 1 << 20}
			var got []*Result
			if err := rn.Run(context.Background(), inputs, func(r *Result) { got = append(got, r) }); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(inputs) {
				t.Fatalf("%d results for %d inputs", len(got), len(inputs))
			}
			for i, in := range inputs {
				want := rn.one(context.Background(), in)
				g := got[i]
				if g.Path != want.Path || firstLine(g.Err) != firstLine(want.Err) || (g.ConfigErr == nil) != (want.ConfigErr == nil) ||
					!reflect.DeepEqual(g.Diags, want.Diags) || string(g.Original) != string(want.Original) {
					t.Errorf("lean %v, jobs %d, input %d: got %s %v %d findings, want %s %v %d findings",
						lean, jobs, i, g.Path, g.Err, len(g.Diags), want.Path, want.Err, len(want.Diags))
					continue
				}
				if (g.Doc == nil) != (want.Doc == nil) || g.Doc != nil && (g.Doc.Text != want.Doc.Text || (g.Doc.Tokens == nil) != (want.Doc.Tokens == nil)) {
					t.Errorf("lean %v, jobs %d, input %d: documents differ", lean, jobs, i)
				}
			}
			if firstLine(got[3].Err) != "rule fact-test-panicky: internal error: boom" || firstLine(got[7].Err) == "" ||
				firstLine(got[12].Err) == "" || got[25].ConfigErr == nil || got[20].Err != nil {
				t.Errorf("the failing inputs: %v / %v / %v / %v / %v", got[3].Err, got[7].Err, got[12].Err, got[25].ConfigErr, got[20].Err)
			}
		}
	}
}

// TestRunOneWritesEveryPassField checks that runOne, which writes a rule's
// Pass field by field, leaves nothing of what the Pass held before: every
// field is set to a stale value first (as a state reused without being
// cleared would hold), and the rule must see exactly the Pass of a fresh
// Check. A field added to Pass fails here until runOne writes it and this
// test sets it.
func TestRunOneWritesEveryPassField(t *testing.T) {
	doc, err := Parse("a.txt", []byte("Text the the end.\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Parse("b.txt", []byte("Another text.\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var seen Pass
	r := &Rule{Name: "term-test-seen", Summary: "x", Severity: Info, Run: func(p *Pass) (any, error) {
		seen = *p
		return nil, nil
	}}
	plan, err := runOrder([]*Rule{r})
	if err != nil {
		t.Fatal(err)
	}
	if n := reflect.TypeOf(Pass{}).NumField(); n != 12 {
		t.Fatalf("Pass has %d fields: runOne must write each, and this test set each stale", n)
	}
	st := plan.start(doc, []*Rule{r}, &noConfig)
	st.runs[0].pass = Pass{Doc: other, Rule: testPanicky, Config: &Config{}, severity: Error,
		options: map[string]any{"x": 1}, results: map[*Rule]any{r: 1}, plan: &plannedOrder{},
		runs: make([]ruleRun, 3), st: &checkState{}, report: func(Diagnostic) {}, base: 7, over: &findingCap{}}
	var errs []string
	runOne(doc, &noConfig, plan, st, 0, &errs)
	// Field by field, by identity: a Pass is cyclic (runs holds it).
	for _, c := range []struct {
		field string
		ok    bool
	}{
		{"Doc", seen.Doc == doc}, {"Rule", seen.Rule == r}, {"Config", seen.Config == &noConfig},
		{"severity", seen.severity == Info}, {"options", seen.options == nil}, {"results", seen.results == nil},
		{"plan", seen.plan == plan}, {"runs", len(seen.runs) == len(st.runs) && &seen.runs[0] == &st.runs[0]},
		{"st", seen.st == st}, {"report", seen.report == nil}, {"base", seen.base == 0}, {"over", seen.over == nil},
	} {
		if !c.ok {
			t.Errorf("the rule saw a Pass whose %s is not that of a fresh Check", c.field)
		}
	}
	plan.putState(st)
}

// TestStartMarksMatchConfig checks the marks start takes from its plan when
// the config turns no rule off (plannedOrder.allOn) against those it works
// out for a config with per-rule settings that change nothing: the same
// findings, and none from a rule that runs only because another requires
// it (testTick, required by testClash).
func TestStartMarksMatchConfig(t *testing.T) {
	doc, err := Parse("a.txt", []byte("Tick` and the the end, reportedly`s.\n"), FormatText)
	if err != nil {
		t.Fatal(err)
	}
	yes := true
	settings := &Config{Rules: map[string]RuleConfig{"term-no-such-rule": {Enabled: &yes}}}
	for _, rules := range [][]*Rule{{testClash}, {testClash, testTick}, batchRules(), append(batchRules(), testClash)} {
		want, _ := Check(doc, rules, settings)
		for _, cfg := range []*Config{nil, {}} {
			got, _ := Check(doc, rules, cfg)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%d rules, config %v: got %s want %s", len(rules), cfg, summary(doc.Text, got), summary(doc.Text, want))
			}
		}
		if len(rules) == 1 {
			for _, d := range want {
				if d.Rule == testTick.Name {
					t.Errorf("a finding of %s, which only runs for %s", testTick.Name, testClash.Name)
				}
			}
			if len(want) == 0 {
				t.Errorf("no finding of %s", testClash.Name)
			}
		}
	}
}
