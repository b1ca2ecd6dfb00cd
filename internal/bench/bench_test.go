package bench

import (
	"fmt"
	"github.com/factlint/factlint/internal/cputime"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/all"
)

type article struct {
	path string
	src  []byte
}

var loadClean = sync.OnceValues(func() ([]article, error) {
	dev, ok := corpus.Dev()
	if !ok {
		return nil, nil
	}
	dir := filepath.Join(dev, "clean")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var arts []article
	for _, e := range entries {
		if e.IsDir() || !corpus.ArticleExts[strings.ToLower(filepath.Ext(e.Name()))] {
			continue
		}
		p := filepath.Join(dir, e.Name())
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		arts = append(arts, article{path: "clean/" + e.Name(), src: src})
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].path < arts[j].path })
	return arts, nil
})

var warmUp sync.Once

// articles returns the clean corpus articles and their total size, or skips.
func articles(b *testing.B) ([]article, int64) {
	b.Helper()
	arts, err := loadClean()
	if err != nil {
		b.Fatal(err)
	}
	if len(arts) == 0 {
		b.Skip("no ../shared/corpus/dev/clean above the working directory: skipping the throughput benchmarks")
	}
	warmUp.Do(func() { lintOne(b, arts[0], all.All()) }) // lazy tables load once, outside any timing
	var n int64
	for _, a := range arts {
		n += int64(len(a.src))
	}
	return arts, n
}

// lintOne is what the command does for one file once it is read.
func lintOne(b *testing.B, a article, rules []*lint.Rule) int {
	doc, err := lint.Parse(a.path, a.src, lint.FormatOf(a.path))
	if err != nil {
		b.Fatalf("%s: %v", a.path, err)
	}
	diags, err := lint.Check(doc, rules, nil)
	if err != nil {
		b.Fatalf("%s: %v", a.path, err)
	}
	doc.Release() // as the command's runner does
	return len(diags)
}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

// lintBatch is what the command does for a batch of small files once they
// are read (lint.NextBatch): parse each, check them together.
func lintBatch(b *testing.B, arts []article, rules []*lint.Rule) int {
	docs := make([]*lint.Document, len(arts))
	for k, a := range arts {
		doc, err := lint.Parse(a.path, a.src, lint.FormatOf(a.path))
		if err != nil {
			b.Fatalf("%s: %v", a.path, err)
		}
		docs[k] = doc
	}
	diags, errs := lint.CheckBatch(docs, rules, nil)
	n := 0
	for k, doc := range docs {
		if errs[k] != nil {
			b.Fatalf("%s: %v", arts[k].path, errs[k])
		}
		doc.Release()
		n += len(diags[k])
	}
	return n
}

// batches splits arts into the batches the command's runner makes of them
// on jobs workers.
func batches(arts []article, jobs int) [][]article {
	var out [][]article
	size := func(k int) int64 { return int64(len(arts[k].src)) }
	for s := 0; s < len(arts); {
		e, _ := lint.NextBatch(s, len(arts), jobs, size)
		out = append(out, arts[s:e])
		s = e
	}
	return out
}

// BenchmarkAllRules lints every clean article with every rule on one
// goroutine as the command does: parse and check, in batches of small
// files (lint.NextBatch, lint.CheckBatch), files already in memory.
func BenchmarkAllRules(b *testing.B) {
	arts, total := articles(b)
	lintTimed(b, arts, total, all.All(), lintAllBatched)
}

// BenchmarkAllRulesOneByOne is BenchmarkAllRules with each article parsed
// and checked on its own (lint.Check), as for a single file, the HTTP
// service and the language server: what batching gains.
func BenchmarkAllRulesOneByOne(b *testing.B) {
	arts, total := articles(b)
	lintTimed(b, arts, total, all.All(), lintAllOneByOne)
}

// lintAllBatched lints arts in the runner's batches on one worker and
// returns the number of findings.
func lintAllBatched(b *testing.B, arts []article, rules []*lint.Rule) int {
	n := 0
	for _, batch := range batches(arts, 1) {
		n += lintBatch(b, batch, rules)
	}
	return n
}

// lintAllOneByOne lints arts one after the other and returns the number of
// findings.
func lintAllOneByOne(b *testing.B, arts []article, rules []*lint.Rule) int {
	n := 0
	for _, a := range arts {
		n += lintOne(b, a, rules)
	}
	return n
}

// BenchmarkAllRulesAfterLong is BenchmarkAllRules after one 1 MB article
// has been linted: the buffers pooled for a long article must not make the
// short ones after it slower (a rule that cleared a table's whole capacity
// instead of what it uses would show here, not in BenchmarkAllRules).
func BenchmarkAllRulesAfterLong(b *testing.B) {
	arts, total := articles(b)
	rules := all.All()
	lintOne(b, article{path: "joined-1MB.txt", src: joined(arts, 1<<20)}, rules)
	lintTimed(b, arts, total, rules, lintAllBatched)
}

// lintTimed lints arts (total bytes) b.N times with rules (lintAllBatched
// or lintAllOneByOne), timing only that, and reports MB/cpu-s, allocations
// per article and findings per MB. The last says how much of a change in
// ns/MB between inputs is a change in what there is to report: the joined
// articles of BenchmarkScaling bring the names and terms of 200 stories
// into one document, and report about twelve times the findings per MB
// that the same stories do as separate files. The passes are timed warm,
// after a first one (see settle), whose cost is reported as cold-ns/MB.
func lintTimed(b *testing.B, arts []article, total int64, rules []*lint.Rule, each func(*testing.B, []article, []*lint.Rule) int) {
	b.SetBytes(total)
	b.ReportAllocs()
	cold := settle(b, func() { each(b, arts, rules) })
	m0, c0 := mallocs(), cputime.Now()
	found := 0
	for i := 0; i < b.N; i++ {
		found += each(b, arts, rules)
	}
	b.StopTimer()
	b.ReportMetric(float64(mallocs()-m0)/float64(b.N*len(arts)), "allocs/article")
	b.ReportMetric(float64(found)/float64(b.N)/(float64(total)/1e6), "findings/MB")
	reportCPU(b, c0, total)
	reportCold(b, cold, total)
}

// reportCPU reports MB per second of CPU time used by the whole process
// (every thread, the garbage collector included): unlike MB/s it does not
// drop when other programs share the machine.
func reportCPU(b *testing.B, c0 time.Duration, bytesPerOp int64) {
	if c := cputime.Now() - c0; c > 0 && c0 > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/c.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkAllRulesParallel lints the articles on GOMAXPROCS workers, in
// the batches the command's runner makes for that many; compare -cpu 1,2.
func BenchmarkAllRulesParallel(b *testing.B) {
	arts, total := articles(b)
	rules := all.All()
	workers := runtime.GOMAXPROCS(0)
	work := batches(arts, workers)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Now()
	defer func() { reportCPU(b, c0, total) }()
	for i := 0; i < b.N; i++ {
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					k := int(next.Add(1)) - 1
					if k >= len(work) {
						return
					}
					lintBatch(b, work[k], rules)
				}
			}()
		}
		wg.Wait()
	}
}

// BenchmarkParse times the readers alone (document model, sentences, tokens).
func BenchmarkParse(b *testing.B) {
	arts, total := articles(b)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			doc, err := lint.Parse(a.path, a.src, lint.FormatOf(a.path))
			if err != nil {
				b.Fatal(err)
			}
			doc.Release()
		}
	}
	reportCPU(b, c0, total)
}

// BenchmarkRule times each rule's Run alone over the corpus: documents are
// parsed and the results the rule reads are computed before the timer starts.
// Result-only rules (the entity model) are timed the same way, their result
// recycled after each document as Check recycles it, so their share of the
// total shows.
func BenchmarkRule(b *testing.B) {
	arts, total := articles(b)
	rules := all.All()
	cfg := &lint.Config{}
	docs := make([]*lint.Document, len(arts))
	results := make([]map[*lint.Rule]any, len(arts))
	for i, a := range arts {
		doc, err := lint.Parse(a.path, a.src, lint.FormatOf(a.path))
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = doc
		if results[i], err = lint.RuleResults(doc, rules, cfg); err != nil {
			b.Fatalf("%s: %v", a.path, err)
		}
	}
	discard := func(lint.Diagnostic) {}
	for _, r := range allWithRequired(rules) {
		b.Run(r.Name, func(b *testing.B) {
			b.SetBytes(total)
			b.ReportAllocs()
			c0 := cputime.Now()
			for i := 0; i < b.N; i++ {
				for k, doc := range docs {
					res, err := lint.RunRule(doc, r, cfg, results[k], discard)
					if err != nil {
						b.Fatalf("%s: %v", arts[k].path, err)
					}
					recycle(res)
				}
			}
			reportCPU(b, c0, total)
		})
	}
}

// BenchmarkShare lints the corpus as Check does, rule after rule, timing
// each step, and reports the share of the time spent parsing (parse-%), in
// the result-only model rules such as the entity model (model-%) and in the
// reporting rules (rules-%).
func BenchmarkShare(b *testing.B) {
	arts, total := articles(b)
	rules := allWithRequired(all.All())
	order := make([]*lint.Rule, 0, len(rules))
	done := map[*lint.Rule]bool{}
	var visit func(r *lint.Rule)
	visit = func(r *lint.Rule) {
		if done[r] {
			return
		}
		done[r] = true
		for _, q := range r.Requires {
			visit(q)
		}
		order = append(order, r)
	}
	for _, r := range rules {
		visit(r)
	}
	cfg := &lint.Config{}
	discard := func(lint.Diagnostic) {}
	var parse, model, check time.Duration
	b.SetBytes(total)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			t0 := time.Now()
			doc, err := lint.Parse(a.path, a.src, lint.FormatOf(a.path))
			if err != nil {
				b.Fatal(err)
			}
			parse += time.Since(t0)
			results := map[*lint.Rule]any{}
			for _, r := range order {
				t := time.Now()
				res, err := lint.RunRule(doc, r, cfg, results, discard)
				d := time.Since(t)
				if err != nil {
					b.Fatalf("%s: %s: %v", a.path, r.Name, err)
				}
				results[r] = res
				if r.ResultOnly {
					model += d
				} else {
					check += d
				}
			}
		}
	}
	b.StopTimer()
	sum := float64(parse + model + check)
	b.ReportMetric(100*float64(parse)/sum, "parse-%")
	b.ReportMetric(100*float64(model)/sum, "model-%")
	b.ReportMetric(100*float64(check)/sum, "rules-%")
}

// allWithRequired lists the rules and every rule they require, by name.
func allWithRequired(rules []*lint.Rule) []*lint.Rule {
	seen := map[*lint.Rule]bool{}
	var out []*lint.Rule
	var add func(r *lint.Rule)
	add = func(r *lint.Rule) {
		if seen[r] {
			return
		}
		seen[r] = true
		out = append(out, r)
		for _, q := range r.Requires {
			add(q)
		}
	}
	for _, r := range rules {
		add(r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// joined makes one article of at least size bytes from corpus articles, one
// after another, blank lines between them. Past the corpus size it starts
// again, so names and paragraphs recur as they would in a long live blog.
func joined(arts []article, size int) []byte {
	var buf []byte
	for i := 0; len(buf) < size; i++ {
		if i > 0 {
			buf = append(buf, "\n\n"...)
		}
		buf = append(buf, arts[i%len(arts)].src...)
	}
	return buf
}

// fiveKB returns distinct articles of about 5 KB (corpus articles joined,
// each set starting three articles after the last), about total bytes in
// all: the short side of the scaling benchmarks. Linting one 5 KB article
// over and over would find every word of it already known to the entity
// model's memo and every buffer warm in the cache, which no real stream
// of articles gives.
func fiveKB(arts []article, total int) [][]byte {
	var small [][]byte
	for off := 0; off < len(arts); off += 3 {
		small = append(small, joined(arts[off:], 5<<10))
		if len(small)*5<<10 >= total {
			break
		}
	}
	return small
}

// scalingSize is one side of the scaling benchmarks: its articles.
type scalingSize struct {
	name string
	srcs [][]byte
}

// scalingSizes are the sides of the scaling benchmarks: distinct 5 KB
// articles of about 1 MB in all, one article of 1 MB and one of 10 MB.
func scalingSizes(arts []article) []scalingSize {
	return []scalingSize{{"5KB", fiveKB(arts, 1<<20)}, {"1MB", [][]byte{joined(arts, 1<<20)}}, {"10MB", [][]byte{joined(arts, 10<<20)}}}
}

// BenchmarkScaling lints articles of 5 KB (a set of distinct ones, about
// 1 MB in all), one of 1 MB and one of 10 MB with every rule; ns/MB must
// stay flat (no quadratic step anywhere). Each article is checked on its
// own (lint.Check), so that only its length differs: the command checks
// 5 KB files in batches (BenchmarkAllRules), which makes them cheaper still.
func BenchmarkScaling(b *testing.B) {
	arts, _ := articles(b)
	lintSizes(b, scalingSizes(arts), all.All())
}

// lintSizes lints each side's articles, each on its own, with rules in a
// sub-benchmark named after the side, and reports ns/MB.
func lintSizes(b *testing.B, sizes []scalingSize, rules []*lint.Rule) {
	for _, size := range sizes {
		var batch []article
		var n int64
		for i, src := range size.srcs {
			batch = append(batch, article{path: fmt.Sprintf("joined-%s-%d.txt", size.name, i), src: src})
			n += int64(len(src))
		}
		b.Run(size.name, func(b *testing.B) {
			lintTimed(b, batch, n, rules, lintAllOneByOne)
			reportPerMB(b, n)
		})
	}
}

// lengthSets are the sides of BenchmarkLengths: for each length from 5 KB
// to 500 KB, distinct articles of that length (corpus articles joined, each
// starting seven articles after the last) of about 1 MB in all.
func lengthSets(arts []article) []scalingSize {
	var out []scalingSize
	for _, kb := range []int{5, 20, 50, 100, 200, 500} {
		var srcs [][]byte
		for off, total := 0, 0; total < 1<<20; off += 7 {
			src := joined(arts[off%len(arts):], kb<<10)
			srcs = append(srcs, src)
			total += len(src)
		}
		out = append(out, scalingSize{fmt.Sprintf("%dKB", kb), srcs})
	}
	return out
}

// BenchmarkLengths is BenchmarkScaling between its sides: about 1 MB of
// articles of 5, 20, 50, 100, 200 and 500 KB, each checked on its own with
// every rule. A rule's cost per MB can peak between 5 KB and 1 MB, where it
// changes from its news-length path to its long-article one (term-garbled
// cost twice as much per MB at 200-330 KB as at 1 MB until the nineteenth
// session), which the three sizes of BenchmarkScaling do not show.
func BenchmarkLengths(b *testing.B) {
	arts, _ := articles(b)
	lintSizes(b, lengthSets(arts), all.All())
}

// BenchmarkRuleScaling times each rule alone, as BenchmarkRule does, on
// 5 KB articles (about 1 MB of them), on one 1 MB article and on one 10 MB
// article, so a rule whose ns/MB grows with the article's length shows by
// name.
func BenchmarkRuleScaling(b *testing.B) {
	arts, _ := articles(b)
	ruleSizes(b, scalingSizes(arts))
}

// BenchmarkRuleLengths is BenchmarkRuleScaling on BenchmarkLengths' sides
// (about 1 MB each of articles of 5, 20, 50, 100, 200 and 500 KB), so that
// the rule whose cost per MB peaks between 5 KB and 1 MB shows by name.
func BenchmarkRuleLengths(b *testing.B) {
	arts, _ := articles(b)
	ruleSizes(b, lengthSets(arts))
}

// ruleSizes times each rule alone on each side's articles, parsed and given
// their required results beforehand, in sub-benchmarks named rule/side.
func ruleSizes(b *testing.B, sizes []scalingSize) {
	rules := all.All()
	cfg := &lint.Config{}
	type parsed struct {
		doc     *lint.Document
		results map[*lint.Rule]any
	}
	prepare := func(srcs [][]byte) ([]parsed, int64) {
		var out []parsed
		var n int64
		for i, src := range srcs {
			doc, err := lint.Parse(fmt.Sprintf("joined-%d.txt", i), src, lint.FormatText)
			if err != nil {
				b.Fatal(err)
			}
			res, err := lint.RuleResults(doc, rules, cfg)
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, parsed{doc, res})
			n += int64(len(src))
		}
		return out, n
	}
	discard := func(lint.Diagnostic) {}
	for _, r := range allWithRequired(rules) {
		for _, size := range sizes {
			// Parsed on the sub-benchmark's first call only, so that a
			// filter naming one rule does not prepare every rule's input.
			var docs []parsed
			var total int64
			b.Run(r.Name+"/"+size.name, func(b *testing.B) {
				if docs == nil {
					docs, total = prepare(size.srcs)
				}
				b.SetBytes(total)
				pass := func() {
					for _, d := range docs {
						res, err := lint.RunRule(d.doc, r, cfg, d.results, discard)
						if err != nil {
							b.Fatal(err)
						}
						recycle(res)
					}
				}
				timePasses(b, total, pass)
			})
		}
	}
}

// BenchmarkParseScaling times the readers alone on the scaling benchmarks'
// sides (5 KB articles, about 1 MB of them; one of 1 MB; one of 10 MB), so
// that BenchmarkRuleScaling's rows and this one add up to what
// BenchmarkScaling times, less the runner.
func BenchmarkParseScaling(b *testing.B) {
	arts, _ := articles(b)
	for _, size := range scalingSizes(arts) {
		var total int64
		for _, src := range size.srcs {
			total += int64(len(src))
		}
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(total)
			b.ReportAllocs()
			pass := func() {
				for k, src := range size.srcs {
					doc, err := lint.Parse(fmt.Sprintf("joined-%d.txt", k), src, lint.FormatText)
					if err != nil {
						b.Fatal(err)
					}
					doc.Release()
				}
			}
			timePasses(b, total, pass)
		})
	}
}

// recycle hands a result-only rule's result back for reuse once it has
// been timed, as Check does after the rules that read it have run: a result
// left to the collector (the entity model's, some 5 MB of garbage per corpus
// pass) made the rule look 1.4-1.5 times slower alone than it is in a run.
func recycle(res any) {
	if rc, ok := res.(lint.Recycler); ok {
		rc.Recycle()
	}
}

// settle readies a timed loop of passes like pass. It collects the garbage
// of the set-up (the joined articles, the documents parsed beforehand, an
// earlier sub-benchmark's), so that a collection the set-up caused is not
// timed as the cost of what follows (on the 1 MB sides of the scaling
// benchmarks it made small rules look several times slower per MB than
// they are). Then it runs one pass untimed and resets the timer, and
// returns how long that pass took.
//
// That first pass is cold. testing collects before each run of a
// benchmark, so the collection here is at least the second since the last
// pass put its buffers back, and a sync.Pool drops what waited through
// two: the pass allocates those buffers afresh and faults their pages in.
// (A longpool.Slot, which holds a long document's buffers, is aged by a
// cleanup on a goroutine of its own and may be aged once only by two
// collections back to back: on one processor the pass often finds it
// full.) A command checking many documents reuses its buffers, as its
// own collections seldom fall twice between two documents. Timed, the
// cold pass was one pass in three of a three-pass run at 1 MB and 10 MB,
// against one article in two hundred at 5 KB, and made the long sides
// look about a tenth dearer per MB (twentieth session): reportCold shows
// it apart.
func settle(b *testing.B, pass func()) time.Duration {
	runtime.GC()
	t0 := time.Now()
	pass()
	cold := time.Since(t0)
	b.ResetTimer()
	return cold
}

// timePasses runs pass b.N times, warm (settle runs one first, untimed),
// and reports MB/cpu-s, cold-ns/MB and ns/MB for a pass of total bytes.
func timePasses(b *testing.B, total int64, pass func()) {
	cold := settle(b, pass)
	c0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		pass()
	}
	reportCPU(b, c0, total)
	reportCold(b, cold, total)
	reportPerMB(b, total)
}

// reportPerMB reports ns/MB: the timed passes' time per MB of the total
// bytes a pass reads.
func reportPerMB(b *testing.B, total int64) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(total)/1e6), "ns/MB")
}

// reportCold reports the cold first pass that settle ran, per MB of the
// total bytes a pass reads.
func reportCold(b *testing.B, cold time.Duration, total int64) {
	b.ReportMetric(float64(cold.Nanoseconds())/(float64(total)/1e6), "cold-ns/MB")
}
