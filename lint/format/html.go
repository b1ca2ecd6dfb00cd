package format

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/factlint/factlint/lint"
)

func init() { Register("html", func(o Options) Formatter { return &htmlFormat{opts: o} }) }

// htmlFormat writes one self-contained HTML page, a marked-up proof: each
// article as an editor reads it (its prose, block by block, markup removed),
// every finding highlighted in place with its message on hover (title) and
// on click (a popover), related spans linked both ways, a summary by rule
// at the top and the safe fixes as a word diff. Nothing is loaded from the
// network: the CSS and the script are inline and a Content-Security-Policy
// forbids everything else. Every piece of text from the article, the path,
// the messages and the docs is escaped.
//
// Each file is written when it arrives, so neither its document nor its
// rendering is kept; the summary, known at End, closes the page and the
// style sheet shows it at the top.
type htmlFormat struct {
	opts   Options
	files  []htmlFile
	counts map[string]int // findings by rule
	sev    map[string]lint.Severity
	total  int
}

type htmlFile struct {
	id, path string
	n        int
	err      string
}

// Begin writes the head of the page; each file's section follows as it
// arrives (nothing is kept but its counts), and End writes the summary,
// which the style sheet shows at the top.
func (f *htmlFormat) Begin(w io.Writer) error {
	_, err := io.WriteString(w, `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="factlint">
<title>factlint proof</title>
<style>`+htmlCSS+`</style>
</head>
<body>
<main>
`)
	return err
}

func (f *htmlFormat) File(w io.Writer, r *lint.FileResult) error {
	if r == nil {
		return nil
	}
	if f.counts == nil {
		f.counts, f.sev = map[string]int{}, map[string]lint.Severity{}
	}
	hf := htmlFile{id: "f" + strconv.Itoa(len(f.files)+1), path: r.Path}
	if r.Err != nil {
		hf.err = r.Err.Error()
	}
	if printable(r) {
		for _, d := range r.Diags {
			f.counts[d.Rule]++
			if d.Severity > f.sev[d.Rule] {
				f.sev[d.Rule] = d.Severity
			}
		}
		hf.n = len(r.Diags)
		f.total += hf.n
	}
	f.files = append(f.files, hf)
	var b bytes.Buffer
	fmt.Fprintf(&b, `<section class="file" id="%s"><h2 class="path">%s <span class="count">%s</span></h2>`, hf.id, html.EscapeString(hf.path), htmlFileCount(hf))
	if hf.err != "" {
		fmt.Fprintf(&b, `<p class="error">Not linted: %s</p>`, html.EscapeString(hf.err))
	}
	if printable(r) {
		b.Write(htmlRenderFile(hf.id, r))
	}
	b.WriteString("</section>\n")
	_, err := w.Write(b.Bytes())
	return err
}

func (f *htmlFormat) End(w io.Writer) error {
	var b bytes.Buffer
	esc := html.EscapeString
	b.WriteString(`</main>
<header class="top">
<h1>factlint proof</h1>
`)
	withFindings := 0
	for _, hf := range f.files {
		if hf.n > 0 {
			withFindings++
		}
	}
	fmt.Fprintf(&b, `<p class="overview" id="overview"><strong>%d</strong> %s in <strong>%d</strong> of %d %s`,
		f.total, htmlPlural(f.total, "finding", "findings"), withFindings, len(f.files), htmlPlural(len(f.files), "file", "files"))
	if f.opts.Version != "" {
		fmt.Fprintf(&b, ` · factlint %s`, esc(f.opts.Version))
	}
	b.WriteString(". Click a highlighted passage for the finding, its fix and the other spelling.</p>\n")

	// Summary by rule.
	if len(f.counts) > 0 {
		rules := map[string]*lint.Rule{}
		for _, r := range f.opts.Rules {
			rules[r.Name] = r
		}
		names := make([]string, 0, len(f.counts))
		for n := range f.counts {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool {
			if f.counts[names[i]] != f.counts[names[j]] {
				return f.counts[names[i]] > f.counts[names[j]]
			}
			return names[i] < names[j]
		})
		b.WriteString(`<table class="summary" id="summary"><caption>Findings by rule</caption>
<thead><tr><th scope="col">Show</th><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col" class="num">Findings</th><th scope="col">What it checks</th></tr></thead>
<tbody>
`)
		for _, n := range names {
			sev := severityWord(f.sev[n])
			summary, doc := "", ""
			if r := rules[n]; r != nil {
				summary, doc = r.Summary, r.Doc
			}
			fmt.Fprintf(&b, `<tr data-rule="%s"><td><input type="checkbox" class="toggle" checked aria-label="show %s" data-rule="%s"></td><td><code>%s</code></td><td><span class="chip sev-%s">%s</span></td><td class="num">%d</td><td>%s`,
				esc(n), esc(n), esc(n), esc(n), sev, sev, f.counts[n], esc(summary))
			if doc != "" {
				fmt.Fprintf(&b, `<details><summary>doc</summary><pre class="doc">%s</pre></details>`, esc(strings.TrimSpace(doc)))
			}
			b.WriteString("</td></tr>\n")
		}
		b.WriteString("</tbody></table>\n")
	}
	if len(f.files) > 1 {
		b.WriteString(`<nav class="files"><h2>Files</h2><ol>`)
		for _, hf := range f.files {
			fmt.Fprintf(&b, `<li><a href="#%s">%s</a> <span class="count">%s</span></li>`, hf.id, esc(hf.path), htmlFileCount(hf))
		}
		b.WriteString("</ol></nav>\n")
	}
	b.WriteString("</header>\n")
	b.WriteString(`<div id="pop" class="pop" role="dialog" aria-live="polite" hidden></div>
<script>` + htmlJS + `</script>
</body>
</html>
`)
	_, err := w.Write(b.Bytes())
	return err
}

func htmlFileCount(hf htmlFile) string {
	if hf.err != "" {
		return "error"
	}
	return strconv.Itoa(hf.n) + " " + htmlPlural(hf.n, "finding", "findings")
}

func htmlPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// htmlTextRange maps a Src span to the Text range that shows it: the first
// Text offset whose source is at or after the span's start, to the first
// whose source is at or after its end. ok is false when the readers did not
// keep the source in order there.
func htmlTextRange(doc *lint.Document, sp lint.Span) (a, b int, ok bool) {
	n := len(doc.Text)
	a = sort.Search(n+1, func(t int) bool { return doc.ToSource(t) >= sp.Start })
	b = sort.Search(n+1, func(t int) bool { return doc.ToSource(t) >= sp.End })
	a, b = min(a, n), min(b, n)
	if b < a {
		return a, a, false
	}
	return a, b, true
}

// htmlOverlay is a highlighted range of Text: a finding, or a related span of one.
type htmlOverlay struct {
	a, b    int
	diag    int // index of the finding
	related int // -1 for the finding itself, else the related span's index
}

func htmlRenderFile(fid string, r *lint.FileResult) []byte {
	doc := r.Doc
	esc := html.EscapeString
	lt := doc.Lines
	var b bytes.Buffer
	src := doc.Src
	var ovs []htmlOverlay
	for i, d := range r.Diags {
		a, e, _ := htmlTextRange(doc, clampSpan(d.Span, len(src)))
		ovs = append(ovs, htmlOverlay{a, e, i, -1})
		for j, rel := range d.Related {
			ra, re, _ := htmlTextRange(doc, clampSpan(rel.Span, len(src)))
			ovs = append(ovs, htmlOverlay{ra, re, i, j})
		}
	}
	did := func(i int) string { return fid + "-d" + strconv.Itoa(i+1) }
	rid := func(i, j int) string { return did(i) + "-r" + strconv.Itoa(j+1) }
	sw := newHTMLSweeper(ovs, len(doc.Text))

	// The article, block by block.
	b.WriteString(`<article class="proof">`)
	text := doc.Text
	blocks := doc.Blocks
	pos := 0
	emitGap := func(lo, hi int) {
		if lo >= hi {
			return
		}
		cand := sw.within(lo, hi)
		if strings.TrimSpace(text[lo:hi]) != "" || len(cand) > 0 {
			b.WriteString(`<p class="gap">`)
			htmlRenderRange(&b, text, lo, hi, ovs, cand, r.Diags, did, rid)
			b.WriteString("</p>\n")
		}
	}
	for _, blk := range blocks {
		sp := blk.Span
		if sp.Start < pos || sp.End > len(text) || sp.End < sp.Start {
			continue
		}
		emitGap(pos, sp.Start)
		tag, class := "p", ""
		switch blk.Kind {
		case lint.BlockHeadline:
			tag = "h3"
			class = ` class="headline"`
		case lint.BlockHeading:
			tag = "h4"
		case lint.BlockQuote:
			tag = "blockquote"
		case lint.BlockListItem:
			class = ` class="li"`
		}
		fmt.Fprintf(&b, "<%s%s>", tag, class)
		htmlRenderRange(&b, text, sp.Start, sp.End, ovs, sw.within(sp.Start, sp.End), r.Diags, did, rid)
		fmt.Fprintf(&b, "</%s>\n", tag)
		pos = sp.End
	}
	emitGap(pos, len(text))
	b.WriteString("</article>\n")

	// The findings, in order: what the popover shows, and the page without script.
	if len(r.Diags) > 0 {
		fmt.Fprintf(&b, `<details class="findings" id="%s-findings" open><summary>Findings</summary><ol class="findings">`, fid)
		for i, d := range r.Diags {
			p := position(lt, clampSpan(d.Span, len(src)), lint.CodePoints)
			sev := severityWord(d.Severity)
			fmt.Fprintf(&b, `<li class="finding" id="item-%s" data-d="%s" data-rule="%s"><a class="loc" href="#%s">line %d, column %d</a> <span class="chip sev-%s">%s</span> <code class="rule">%s</code><p class="msg">%s</p>`,
				did(i), did(i), esc(d.Rule), did(i), p.Line, p.Col, sev, sev, esc(d.Rule), esc(d.Message))
			if n := d.Span.Len(); n > 0 && n <= 200 {
				fmt.Fprintf(&b, `<p class="quote">“%s”</p>`, esc(string(src[clampSpan(d.Span, len(src)).Start:clampSpan(d.Span, len(src)).End])))
			}
			if len(d.Related) > 0 {
				b.WriteString(`<ul class="related">`)
				for j, rel := range d.Related {
					rp := position(lt, clampSpan(rel.Span, len(src)), lint.CodePoints)
					msg := rel.Message
					if msg == "" {
						msg = "related"
					}
					fmt.Fprintf(&b, `<li><a class="jump" href="#%s">line %d: %s</a></li>`, rid(i, j), rp.Line, esc(msg))
				}
				b.WriteString("</ul>")
			}
			for _, fx := range d.Fixes {
				kind, class := "Safe fix", "safe"
				if !fx.Safe {
					kind, class = "Fix to check", "unsafe"
				}
				fmt.Fprintf(&b, `<p class="fix %s"><span class="kind">%s:</span> %s</p>`, class, kind, esc(fx.Message))
			}
			b.WriteString("</li>\n")
		}
		b.WriteString("</ol></details>\n")
	}
	htmlFixDiff(&b, fid, r)
	return b.Bytes()
}

// htmlSweeper hands out the overlays that meet each range of Text, for
// ranges asked in increasing order, so a file renders in time linear in its
// size plus its findings (times the depth of overlap), never blocks ×
// findings.
type htmlSweeper struct {
	ovs     []htmlOverlay
	order   []int // overlay indices by start
	next    int
	open    []int
	textLen int
}

func newHTMLSweeper(ovs []htmlOverlay, textLen int) *htmlSweeper {
	order := make([]int, len(ovs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return ovs[order[i]].a < ovs[order[j]].a })
	return &htmlSweeper{ovs: ovs, order: order, textLen: textLen}
}

// within returns the overlays that meet [lo, hi): they overlap it, or they
// are an insertion point inside it (or at the very end of the text).
func (w *htmlSweeper) within(lo, hi int) []int {
	for w.next < len(w.order) {
		o := w.ovs[w.order[w.next]]
		if o.a < hi || o.a == hi && hi == w.textLen {
			w.open = append(w.open, w.order[w.next])
			w.next++
			continue
		}
		break
	}
	keep := w.open[:0]
	var out []int
	for _, k := range w.open {
		o := w.ovs[k]
		if o.a == o.b && o.a < lo || o.a < o.b && o.b <= lo {
			continue // passed
		}
		keep = append(keep, k)
		if o.a < hi || o.a == hi && o.a == o.b && hi == w.textLen {
			out = append(out, k)
		}
	}
	w.open = keep
	return out
}

// htmlRenderRange writes text[lo:hi] with its overlays as <mark> elements: the
// range is cut at every overlay boundary, and each piece is one mark naming
// every finding (data-d) and related span (data-r) that covers it. An empty
// overlay (an insertion point) is an empty mark. Anchors (empty spans with
// the ids) sit where each finding and related span starts.
func htmlRenderRange(b *bytes.Buffer, text string, lo, hi int, ovs []htmlOverlay, cand []int, diags []lint.Diagnostic, did func(int) string, rid func(int, int) string) {
	esc := html.EscapeString
	type event struct {
		at    int
		start bool
		o     int
	}
	var evs []event
	cuts := []int{lo, hi}
	for _, k := range cand {
		o := ovs[k]
		if o.a == o.b {
			if lo <= o.a && (o.a < hi || o.a == hi && hi == len(text)) {
				cuts = append(cuts, o.a)
				evs = append(evs, event{o.a, true, k})
			}
			continue
		}
		a, e := max(o.a, lo), min(o.b, hi)
		if a >= e {
			continue
		}
		cuts = append(cuts, a, e)
		evs = append(evs, event{a, true, k}, event{e, false, k})
	}
	sort.Ints(cuts)
	uniq := cuts[:0]
	for i, c := range cuts {
		if i == 0 || c != cuts[i-1] {
			uniq = append(uniq, c)
		}
	}
	cuts = uniq
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].at < evs[j].at })
	active := map[int]bool{}
	ei := 0
	for ci, p := range cuts {
		// Events at p: ends, then starts (with anchors), then insertion points.
		var inserts []int
		for ; ei < len(evs) && evs[ei].at == p; ei++ {
			ev := evs[ei]
			o := ovs[ev.o]
			switch {
			case !ev.start:
				delete(active, ev.o)
			case o.a == o.b:
				inserts = append(inserts, ev.o)
			default:
				active[ev.o] = true
				if o.a >= lo {
					fmt.Fprintf(b, `<span class="anchor" id="%s"></span>`, htmlAnchorID(o, did, rid))
				}
			}
		}
		for _, k := range inserts {
			o := ovs[k]
			d := diags[o.diag]
			if o.related < 0 {
				fmt.Fprintf(b, `<span class="anchor" id="%s"></span><mark class="f ins sev-%s" data-d="%s" data-rules="%s" title="%s" tabindex="0"></mark>`,
					did(o.diag), severityWord(d.Severity), did(o.diag), esc(d.Rule), esc(d.Rule+": "+d.Message))
			} else {
				fmt.Fprintf(b, `<span class="anchor" id="%s"></span><mark class="rel ins" data-r="%s" data-of="%s" title="%s" tabindex="0"></mark>`,
					rid(o.diag, o.related), rid(o.diag, o.related), did(o.diag), esc(htmlRelTitle(d, o.related)))
			}
		}
		if ci+1 >= len(cuts) || p >= hi {
			continue
		}
		piece := text[p:cuts[ci+1]]
		if len(active) == 0 {
			b.WriteString(esc(piece))
			continue
		}
		keys := make([]int, 0, len(active))
		for k := range active {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		var ds, rs, of, titles, rules []string
		worst := lint.Severity(0)
		for _, k := range keys {
			o := ovs[k]
			d := diags[o.diag]
			if o.related < 0 {
				ds = append(ds, did(o.diag))
				rules = append(rules, d.Rule)
				titles = append(titles, d.Rule+": "+d.Message)
				if d.Severity > worst {
					worst = d.Severity
				}
			} else {
				rs = append(rs, rid(o.diag, o.related))
				of = append(of, did(o.diag))
				titles = append(titles, htmlRelTitle(d, o.related))
			}
		}
		class := "rel"
		if len(ds) > 0 {
			class = "f sev-" + severityWord(worst)
			if len(rs) > 0 {
				class += " rel"
			}
			if len(ds) > 1 {
				class += " multi"
			}
		}
		fmt.Fprintf(b, `<mark class="%s"`, class)
		if len(ds) > 0 {
			fmt.Fprintf(b, ` data-d="%s" data-rules="%s"`, strings.Join(ds, " "), esc(strings.Join(rules, " ")))
		}
		if len(rs) > 0 {
			fmt.Fprintf(b, ` data-r="%s" data-of="%s"`, strings.Join(rs, " "), strings.Join(of, " "))
		}
		fmt.Fprintf(b, ` title="%s" tabindex="0">%s</mark>`, esc(strings.Join(titles, "\n")), esc(piece))
	}
}

func htmlAnchorID(o htmlOverlay, did func(int) string, rid func(int, int) string) string {
	if o.related < 0 {
		return did(o.diag)
	}
	return rid(o.diag, o.related)
}

func htmlRelTitle(d lint.Diagnostic, j int) string {
	msg := d.Related[j].Message
	if msg == "" {
		msg = "related"
	}
	return msg + " (see: " + d.Message + ")"
}

// htmlFixDiff shows what the safe fixes change: the lines they touch,
// before and after, with a word diff (go-diff) inside each changed passage.
func htmlFixDiff(b *bytes.Buffer, fid string, r *lint.FileResult) {
	edits := lint.FixEdits(r.Diags, false)
	if len(edits) == 0 {
		return
	}
	src := r.Doc.Src
	lt := r.Doc.Lines
	sort.Slice(edits, func(i, j int) bool { return edits[i].Span.Start < edits[j].Span.Start })
	for _, e := range edits {
		if e.Span.Start < 0 || e.Span.End > len(src) || e.Span.End < e.Span.Start {
			return
		}
	}
	// Group the edits by the lines they touch.
	type hunk struct {
		l1, l2 int
		edits  []lint.Edit
	}
	var hunks []hunk
	for _, e := range edits {
		l1 := lt.Line(e.Span.Start)
		l2 := lt.Line(e.Span.End)
		if e.Span.End > e.Span.Start && lt.LineStart(l2) == e.Span.End && l2 > l1 {
			l2--
		}
		if n := len(hunks); n > 0 && l1 <= hunks[n-1].l2 {
			hunks[n-1].l2 = max(hunks[n-1].l2, l2)
			hunks[n-1].edits = append(hunks[n-1].edits, e)
			continue
		}
		hunks = append(hunks, hunk{l1, l2, []lint.Edit{e}})
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // no clock: the same report on a busy machine as on an idle one
	esc := html.EscapeString
	fmt.Fprintf(b, `<details class="diff" id="%s-fixes" open><summary>Safe fixes: %d %s</summary>`, fid, len(edits), htmlPlural(len(edits), "change", "changes"))
	for _, h := range hunks {
		lo, hi := lt.LineStart(h.l1), lt.LineEnd(h.l2)
		var shifted []lint.Edit
		for _, e := range h.edits {
			shifted = append(shifted, lint.Edit{Span: lint.Span{Start: e.Span.Start - lo, End: e.Span.End - lo}, NewText: e.NewText})
		}
		before := src[lo:max(hi, lo)]
		if _, err := lint.ApplyEdits(before, shifted); err != nil {
			continue
		}
		diffs := hunkDiffs(dmp, before, shifted)
		var del, ins strings.Builder
		for i, d := range diffs {
			switch d.Type {
			case diffmatchpatch.DiffEqual:
				eq := esc(htmlElide(d.Text, i == 0, i == len(diffs)-1))
				del.WriteString(eq)
				ins.WriteString(eq)
			case diffmatchpatch.DiffDelete:
				del.WriteString("<del>" + esc(d.Text) + "</del>")
			case diffmatchpatch.DiffInsert:
				ins.WriteString("<ins>" + esc(d.Text) + "</ins>")
			}
		}
		where := "line " + strconv.Itoa(h.l1)
		if h.l2 > h.l1 {
			where = "lines " + strconv.Itoa(h.l1) + "–" + strconv.Itoa(h.l2)
		}
		fmt.Fprintf(b, `<div class="hunk"><div class="where">%s</div><div class="minus"><span class="sign">−</span>%s</div><div class="plus"><span class="sign">+</span>%s</div></div>`,
			where, del.String(), ins.String())
	}
	b.WriteString("</details>\n")
}

// htmlEditDiffMax bounds the text, in bytes, on either side of an edit that
// the word diff compares: a larger edit is shown as what it deletes and what
// it inserts, whole, which keeps the report's time linear in the file.
const htmlEditDiffMax = 2048

// hunkDiffs is the word diff of one hunk, built from its edits (sorted, not
// overlapping, spans relative to before): the text between edits is equal,
// and each edit's replacement is compared with the text it replaces, so the
// diff shows exactly what the fixes change. It used to diff the whole hunk
// again under go-diff's default one-second limit, past which go-diff returns
// a coarser diff: the same report could differ with the machine's load.
func hunkDiffs(dmp *diffmatchpatch.DiffMatchPatch, before []byte, edits []lint.Edit) []diffmatchpatch.Diff {
	var out []diffmatchpatch.Diff
	add := func(op diffmatchpatch.Operation, text string) {
		if text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Type == op {
			out[n-1].Text += text
			return
		}
		out = append(out, diffmatchpatch.Diff{Type: op, Text: text})
	}
	at := 0
	for _, e := range edits {
		add(diffmatchpatch.DiffEqual, string(before[at:e.Span.Start]))
		old := string(before[e.Span.Start:e.Span.End])
		// go-diff compares runes, so a side that is not valid UTF-8 (an edit
		// that cuts a character, which no rule makes) is shown whole too.
		if old != "" && e.NewText != "" && len(old) <= htmlEditDiffMax && len(e.NewText) <= htmlEditDiffMax &&
			utf8.ValidString(old) && utf8.ValidString(e.NewText) {
			for _, d := range dmp.DiffCleanupSemantic(dmp.DiffMain(old, e.NewText, false)) {
				add(d.Type, d.Text)
			}
		} else {
			add(diffmatchpatch.DiffDelete, old)
			add(diffmatchpatch.DiffInsert, e.NewText)
		}
		at = e.Span.End
	}
	add(diffmatchpatch.DiffEqual, string(before[at:]))
	return out
}

// htmlContext is how much unchanged text (in characters) a diff shows on
// each side of a change; the rest of a long line is elided.
const htmlContext = 60

// htmlElide shortens an unchanged run of a diff: the start of a hunk keeps
// its end, the end keeps its start, a run between two changes keeps both.
func htmlElide(s string, first, last bool) string {
	r := []rune(s)
	if len(r) <= 2*htmlContext+10 {
		return s
	}
	switch {
	case first && last:
		return s
	case first:
		return "…" + string(r[len(r)-htmlContext:])
	case last:
		return string(r[:htmlContext]) + "…"
	}
	return string(r[:htmlContext]) + " … " + string(r[len(r)-htmlContext:])
}

const htmlCSS = `
:root{--ink:#1d1d1f;--muted:#6b6b70;--paper:#fffefb;--rule:#e4e1d8;--warn:#f5b400;--warn-bg:#fff1c2;--err:#d93025;--err-bg:#fddad6;--info:#2f7de1;--info-bg:#dbe9fb;--rel:#7b3fe4;--rel-bg:#ece3fc}
*{box-sizing:border-box}
body{margin:0;display:flex;flex-direction:column;min-height:100vh;background:#f3f1ec;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{order:-1;background:#fff;border-bottom:1px solid var(--rule);padding:1.2rem max(1rem,calc(50% - 26rem))}
h1{font-size:1.4rem;margin:0 0 .3rem}
.overview{margin:.2rem 0 1rem;color:var(--muted)}
table.summary{border-collapse:collapse;width:100%;font-size:.9rem}
table.summary caption{text-align:left;font-weight:600;padding:.3rem 0}
table.summary th,table.summary td{border-top:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
table.summary td:nth-child(2){white-space:nowrap}
table.summary .num{text-align:right;font-variant-numeric:tabular-nums}
table.summary details{display:inline;margin-left:.3rem}
table.summary details[open]{display:block}
table.summary summary{display:inline;font-weight:400;color:#1a5fb4;font-size:.82rem}
pre.doc{white-space:pre-wrap;background:#faf9f6;border:1px solid var(--rule);padding:.6rem;font-size:.82rem;max-height:22rem;overflow:auto}
nav.files h2{font-size:1rem;margin:1rem 0 .3rem}
main{padding:1rem max(1rem,calc(50% - 26rem)) 4rem}
section.file{background:var(--paper);border:1px solid var(--rule);border-radius:6px;margin:1.2rem 0;padding:1rem 1.6rem 1.4rem;box-shadow:0 1px 2px rgba(0,0,0,.04)}
h2.path{font:600 .85rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);margin:0 0 .6rem;word-break:break-all}
.count{font-weight:400;color:var(--muted)}
article.proof{font-family:Georgia,"Times New Roman",serif;font-size:1.08rem;line-height:1.75;max-width:40rem}
article.proof h3.headline{font-size:1.5rem;line-height:1.3;margin:.4rem 0 1rem}
article.proof p{margin:0 0 .9rem}
article.proof blockquote{margin:0 0 .9rem;padding-left:1rem;border-left:3px solid var(--rule);font-style:italic}
article.proof .li{margin:0 0 .4rem;padding-left:1.2rem;text-indent:-1rem}
article.proof .li::before{content:"• "}
mark{background:none;color:inherit;border-radius:2px;cursor:pointer;padding:0 1px}
mark.f.sev-warning{background:var(--warn-bg);box-shadow:inset 0 -2px 0 var(--warn)}
mark.f.sev-error{background:var(--err-bg);box-shadow:inset 0 -2px 0 var(--err)}
mark.f.sev-info{background:var(--info-bg);box-shadow:inset 0 -2px 0 var(--info)}
mark.f.multi{box-shadow:inset 0 -3px 0 var(--ink)}
mark.rel{background:var(--rel-bg);box-shadow:inset 0 -2px 0 var(--rel)}
mark.f.rel{background-image:linear-gradient(var(--rel-bg),var(--rel-bg));background-size:100% 30%;background-repeat:no-repeat;background-position:bottom}
mark.ins{display:inline-block;width:.5em;height:1.1em;vertical-align:text-bottom;border-left:2px solid var(--err)}
mark.off{background:none!important;box-shadow:none!important;outline:none!important;cursor:auto}
mark:focus{outline:2px solid var(--ink)}
.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%{background:#ffd54a;box-shadow:0 0 0 4px #ffd54a}100%{}}
.chip{display:inline-block;font:600 .72rem/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;padding:0 .45em;border-radius:3px}
.chip.sev-warning{background:var(--warn-bg);color:#7a5a00}
.chip.sev-error{background:var(--err-bg);color:#8a1c14}
.chip.sev-info{background:var(--info-bg);color:#1b4d8f}
details.findings,details.diff{margin-top:1rem;border-top:1px solid var(--rule);padding-top:.6rem;font-size:.92rem}
details>summary{cursor:pointer;font-weight:600}
ol.findings{padding-left:1.4rem}
li.finding{margin:.5rem 0}
li.finding p{margin:.15rem 0}
li.finding.hidden{display:none}
.loc{color:var(--muted);font-size:.85rem}
code.rule{font-size:.82rem;color:var(--muted)}
.quote{color:var(--muted);font-family:Georgia,serif}
.fix .kind{font-weight:600}
.fix.safe .kind{color:#16794a}
.fix.unsafe .kind{color:#9a5b00}
ul.related{margin:.2rem 0;padding-left:1.2rem}
a{color:#1a5fb4}
.hunk{margin:.6rem 0;border:1px solid var(--rule);border-radius:4px;overflow:hidden;font:.85rem/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.hunk .where{background:#f6f5f1;color:var(--muted);padding:.15rem .6rem}
.hunk .minus,.hunk .plus{white-space:pre-wrap;word-break:break-word;padding:.2rem .6rem .2rem 1.8rem;text-indent:-1.2rem}
.hunk .minus{background:#fff5f4}.hunk .plus{background:#f2fbf5}
.sign{display:inline-block;width:1.2rem;text-indent:0;color:var(--muted)}
del{background:#fcc9c4;text-decoration:line-through}
ins{background:#b9efcd;text-decoration:none}
.error{color:var(--err)}
.pop{position:absolute;z-index:10;max-width:26rem;background:#fff;border:1px solid var(--rule);border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.6rem .8rem;font-size:.9rem}
.pop li.finding{list-style:none;margin:0 0 .5rem}
.pop .close{float:right;border:0;background:none;font-size:1.1rem;cursor:pointer;color:var(--muted)}
@media print{.pop,nav.files,input.toggle{display:none}body{background:#fff}section.file{box-shadow:none;border:0}}
`

const htmlJS = `
(function(){
"use strict";
var pop=document.getElementById("pop");
function flash(el){if(!el)return;el.classList.remove("flash");void el.offsetWidth;el.classList.add("flash");}
function marksOf(attr,id){return Array.prototype.filter.call(document.querySelectorAll("mark["+attr+"]"),function(m){return m.getAttribute(attr).split(" ").indexOf(id)>=0;});}
function showPop(ids,at){
  pop.innerHTML="";
  var close=document.createElement("button");close.className="close";close.textContent="×";close.setAttribute("aria-label","close");
  close.addEventListener("click",function(){pop.hidden=true;});
  pop.appendChild(close);
  var ol=document.createElement("ol");ol.style.padding="0";ol.style.margin="0";
  ids.forEach(function(id){var item=document.getElementById("item-"+id);if(item){var c=item.cloneNode(true);c.removeAttribute("id");ol.appendChild(c);}});
  pop.appendChild(ol);
  var r=at.getBoundingClientRect();
  pop.hidden=false;
  var left=Math.max(8,Math.min(r.left+window.scrollX,window.scrollX+document.documentElement.clientWidth-pop.offsetWidth-8));
  pop.style.left=left+"px";pop.style.top=(r.bottom+window.scrollY+6)+"px";
}
function goTo(id){
  var a=document.getElementById(id);if(!a)return false;
  var attr=id.indexOf("-r")>0?"data-r":"data-d";
  var ms=marksOf(attr,id);
  var target=ms[0]||a;
  target.scrollIntoView({block:"center"});
  ms.forEach(flash);
  if(ms[0])ms[0].focus({preventScroll:true});
  history.replaceState(null,"","#"+id);
  return target;
}
document.addEventListener("click",function(e){
  var jump=e.target.closest("a.jump, a.loc");
  if(jump){e.preventDefault();pop.hidden=true;goTo(jump.getAttribute("href").slice(1));return;}
  var m=e.target.closest("mark");
  if(m&&!m.classList.contains("off")){
    if(m.hasAttribute("data-d")){showPop(m.getAttribute("data-d").split(" "),m);return;}
    if(m.hasAttribute("data-of")){var t=goTo(m.getAttribute("data-of").split(" ")[0]);if(t)showPop([m.getAttribute("data-of").split(" ")[0]],t);return;}
  }
  if(!e.target.closest(".pop"))pop.hidden=true;
});
document.addEventListener("keydown",function(e){
  if(e.key==="Escape")pop.hidden=true;
  if(e.key==="Enter"&&e.target.tagName==="MARK")e.target.click();
});
document.querySelectorAll("input.toggle").forEach(function(box){
  box.addEventListener("change",function(){
    var rule=box.getAttribute("data-rule");
    document.querySelectorAll("mark[data-rules]").forEach(function(m){
      if(m.getAttribute("data-rules").split(" ").indexOf(rule)>=0){
        var on=m.getAttribute("data-rules").split(" ").some(function(r){var b=document.querySelector('input.toggle[data-rule="'+r+'"]');return !b||b.checked;});
        m.classList.toggle("off",!on);
      }
    });
    document.querySelectorAll('li.finding[data-rule="'+rule+'"]').forEach(function(li){li.classList.toggle("hidden",!box.checked);});
  });
});
document.body.setAttribute("data-ready","1");
})();
`
