package format_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	xhtml "golang.org/x/net/html"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
	"github.com/factlint/factlint/rules/all"
)

// hostileArticle is our own Markdown copy whose text and diagnostics carry
// markup that must come out as text.
const hostileArticle = "# Council & <script>alert(1)</script> vote\n\nThe mayor´s office said the \"<b>budget</b>\" would pass.\n"

// htmlResults lints the seed with every rule, and adds a Markdown article
// with hand-made diagnostics whose message, related span and fix hold markup.
func htmlResults(t *testing.T) []*lint.FileResult {
	t.Helper()
	src, err := os.ReadFile("../../seeds/000_cbba7123a7b556d8.txt")
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	doc, err := lint.Parse("seeds/000_cbba7123a7b556d8.txt", src, lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := lint.Check(doc, all.All(), nil)
	if err != nil {
		t.Logf("check: %v", err)
	}
	if len(diags) < 5 {
		t.Fatalf("only %d findings on the seed", len(diags))
	}
	md, err := lint.Parse("news/<odd> & \"name\".md", []byte(hostileArticle), lint.FormatMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) lint.Span {
		i := strings.Index(hostileArticle, s)
		return lint.Span{Start: i, End: i + len(s)}
	}
	hostile := []lint.Diagnostic{
		{Rule: "typography-apostrophe", Class: "typography", Severity: lint.Error, Span: at("´"),
			Message: `<img src=x onerror="document.title='pwned'"> & "quotes"`,
			Related: []lint.Related{{Span: at("budget"), Message: "<i>related</i>"}},
			Fixes:   []lint.Fix{{Message: "Write <'>", Safe: true, Edits: []lint.Edit{{Span: at("´"), NewText: "'<u>"}}}}},
	}
	return []*lint.FileResult{{Path: doc.Path, Doc: doc, Diags: diags}, {Path: md.Path, Doc: md, Diags: hostile}}
}

func renderHTML(t *testing.T, results []*lint.FileResult) []byte {
	t.Helper()
	fac, ok := format.Get("html")
	if !ok {
		t.Fatal("html format not registered")
	}
	f := fac(format.Options{Rules: all.All(), Version: "test"})
	var b bytes.Buffer
	if err := f.Begin(&b); err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if err := f.File(&b, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.End(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestHTMLSelfContained: one page, well formed, nothing fetched from
// anywhere, every hostile string escaped.
func TestHTMLSelfContained(t *testing.T) {
	out := renderHTML(t, htmlResults(t))
	doc, err := xhtml.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *xhtml.Node)
	counts := map[string]int{}
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			counts[n.Data]++
			for _, a := range n.Attr {
				if (a.Key == "src" || a.Key == "href" || a.Key == "action") && !strings.HasPrefix(a.Val, "#") {
					t.Errorf("<%s %s=%q>: the page must not load or link anything outside itself", n.Data, a.Key, a.Val)
				}
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s %s=...>: inline event handler from the content", n.Data, a.Key)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if counts["script"] != 1 || counts["style"] != 1 || counts["img"] != 0 || counts["b"] != 0 || counts["i"] != 0 || counts["u"] != 0 || counts["link"] != 0 {
		t.Errorf("elements: %v (want one script, one style, no img/b/i/u/link)", counts)
	}
	if !bytes.Contains(out, []byte("Content-Security-Policy")) || !bytes.Contains(out, []byte("default-src 'none'")) {
		t.Errorf("no Content-Security-Policy forbidding the network")
	}
	if regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:|//)`).Match(out) {
		t.Errorf("the page references the network")
	}
	for _, s := range []string{"&lt;img src=x onerror=", "news/&lt;odd&gt; &amp; &#34;name&#34;.md", "Write &lt;&#39;&gt;"} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("escaped text %q missing", s)
		}
	}
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestHTMLInChromium renders the proof of the seed in headless Chromium
// and checks through the DOM that every finding is highlighted in place
// with exactly its text, that the summary counts agree, that clicking a
// highlight opens its message and that the related span (the other
// spelling) is linked both ways; then it takes a screenshot.
func TestHTMLInChromium(t *testing.T) {
	chrome := findChromium()
	if chrome == "" {
		t.Skip("Chromium is not installed (apt-get install chromium; .ci/setup.d/chromium does it in CI): skipping the browser test of --format html")
	}
	results := htmlResults(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "proof.html")
	if err := os.WriteFile(page, renderHTML(t, results), 0o644); err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("FACTLINT_SCREENSHOT_DIR") // to keep the screenshot
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1200, 1000),
	)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	run := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("chromium: %v", err)
		}
	}
	evalString := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluating %s: %v", js, err)
		}
		return v
	}
	evalInt := func(js string) int {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
		if err != nil {
			t.Fatalf("evaluating %s: %v", js, err)
		}
		return v
	}
	click := func(sel string) { t.Helper(); run(chromedp.Click(chromedp.CSS(sel))) }

	run(chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`)))

	// Every finding of the seed: the marks carrying its id spell its text,
	// and the hover title holds its message.
	seed := results[0]
	for i, d := range seed.Diags {
		id := fmt.Sprintf("f1-d%d", i+1)
		got := evalString(fmt.Sprintf(`Array.from(document.querySelectorAll('mark[data-d~=%q]')).map(m => m.textContent).join('')`, id))
		want := string(seed.Doc.Src[d.Span.Start:d.Span.End])
		if got != want {
			t.Errorf("%s (%s at %d-%d): highlighted %q, want %q", id, d.Rule, d.Span.Start, d.Span.End, got, want)
		}
		title := evalString(fmt.Sprintf(`(document.querySelector('mark[data-d~=%q]')||{}).title||''`, id))
		if !strings.Contains(title, d.Message) {
			t.Errorf("%s: hover title %q lacks the message %q", id, title, d.Message)
		}
	}

	// The summary by rule agrees with the findings.
	want := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diags {
			want[d.Rule]++
		}
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]struct {
		Rule  string
		Count int
	}](`Array.from(document.querySelectorAll('#summary tbody tr')).map(tr => ({Rule: tr.dataset.rule, Count: +tr.querySelector('.num').textContent}))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(want) {
		t.Errorf("summary has %d rules, want %d", len(rows), len(want))
	}
	for _, r := range rows {
		if want[r.Rule] != r.Count {
			t.Errorf("summary: %s %d, want %d", r.Rule, r.Count, want[r.Rule])
		}
	}

	// Click a finding: its popover shows the message and a link to the
	// related span; clicking that link jumps to it; clicking the related
	// span jumps back.
	rel := -1
	for i, d := range seed.Diags {
		if len(d.Related) > 0 && d.Related[0].Span.Len() > 0 && d.Span.Len() > 0 {
			rel = i
			break
		}
	}
	if rel < 0 {
		t.Fatal("no seed finding with a related span")
	}
	id := fmt.Sprintf("f1-d%d", rel+1)
	click(fmt.Sprintf(`mark[data-d~=%q]`, id))
	if hidden := evalString(`String(document.getElementById('pop').hidden)`); hidden != "false" {
		t.Errorf("popover hidden after clicking %s", id)
	}
	if pop := evalString(`document.getElementById('pop').textContent`); !strings.Contains(pop, seed.Diags[rel].Message) {
		t.Errorf("popover after clicking %s: %q lacks %q", id, pop, seed.Diags[rel].Message)
	}
	click(`#pop a.jump`)
	if hash := evalString(`location.hash`); hash != "#"+id+"-r1" {
		t.Errorf("after clicking the related link: hash %q, want #%s-r1", hash, id)
	}
	focused := evalString(`document.activeElement.textContent`)
	relSpan := seed.Diags[rel].Related[0].Span
	if relText := string(seed.Doc.Src[relSpan.Start:relSpan.End]); focused == "" || !strings.HasPrefix(relText, focused) {
		t.Errorf("the jump focused %q, want the related span %q", focused, relText)
	}
	click(fmt.Sprintf(`mark[data-r~="%s-r1"]`, id))
	if hash := evalString(`location.hash`); hash != "#"+id {
		t.Errorf("after clicking the related span: hash %q, want #%s", hash, id)
	}

	// Unticking a rule in the summary clears its highlights.
	rule := seed.Diags[0].Rule
	click(fmt.Sprintf(`input.toggle[data-rule=%q]`, rule))
	if off := evalInt(fmt.Sprintf(`document.querySelectorAll('mark.off[data-rules~=%q]').length`, rule)); off == 0 {
		t.Errorf("unticking %s hid no highlight", rule)
	}
	click(fmt.Sprintf(`input.toggle[data-rule=%q]`, rule))

	// The hostile article: no element came from its text or messages.
	if n := evalInt(`document.querySelectorAll('main img, main script, main b, main i, main u').length`); n != 0 {
		t.Errorf("content became markup: %d elements", n)
	}
	if title, err := chromedp.Run(ctx, chromedp.Title()); err != nil || title != "factlint proof" {
		t.Errorf("title %q (%v)", title, err)
	}

	// Screenshots: the whole page, and the window on the article with the
	// popover of a finding open.
	save := func(name string, png []byte, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		shot := filepath.Join(shots, name)
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
		if len(png) < 10000 {
			t.Errorf("screenshot %s is only %d bytes", name, len(png))
		}
		t.Logf("screenshot: %s (%d bytes)", shot, len(png))
	}
	run(chromedp.Evaluate[chromedp.Void](`document.getElementById('pop').hidden = true; window.scrollTo(0, 0)`))
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	save("proof-full.png", png, err)
	run(chromedp.Evaluate[chromedp.Void](`document.getElementById('f1').scrollIntoView()`))
	click(`mark[data-d~="f1-d3"]`)
	png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	save("proof-article.png", png, err)
	run(chromedp.Evaluate[chromedp.Void](`document.getElementById('pop').hidden = true; document.getElementById('f1-fixes').scrollIntoView()`))
	png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	save("proof-fixes.png", png, err)
}

// FuzzHTML: any article, message, span, related span and fix give a page
// that parses with exactly the page's own script and no element from the
// content, and never a panic.
func FuzzHTML(f *testing.F) {
	f.Add("Headline\r\n\r\nZoë´s “bridge” 🎉 opened.\r\n", "x.txt", "<img src=x onerror=alert(1)>", 10, 12, 0, 8, "’")
	f.Add("# T\n\n<script>alert(1)</script> *a* [b](c)\n", "a.md", "</mark></p><script>", 0, 1<<20, 3, 3, "")
	f.Add("<p>Caf&eacute; &amp; <b>bar</b></p>", "p.html", "&amp; \" '", -4, 7, 5, 2, "<u>")
	f.Fuzz(func(t *testing.T, src, path, msg string, start, end, relStart, relEnd int, newText string) {
		doc, err := lint.Parse(path, []byte(src), lint.FormatOf(path))
		if err != nil {
			return
		}
		n := len(doc.Src)
		clamp := func(v int) int {
			if v < 0 {
				v = -(v + 1)
			}
			return v % (n + 1)
		}
		sp := lint.Span{Start: clamp(start), End: clamp(end)}
		if sp.End < sp.Start {
			sp.Start, sp.End = sp.End, sp.Start
		}
		rel := lint.Span{Start: clamp(relStart), End: clamp(relEnd)}
		if rel.End < rel.Start {
			rel.Start, rel.End = rel.End, rel.Start
		}
		d := lint.Diagnostic{Rule: "typography-apostrophe", Class: "typography", Severity: lint.Warning, Span: sp, Message: msg,
			Related: []lint.Related{{Span: rel, Message: msg}},
			Fixes:   []lint.Fix{{Message: msg, Safe: true, Edits: []lint.Edit{{Span: sp, NewText: newText}}}}}
		out := renderHTML(t, []*lint.FileResult{{Path: path, Doc: doc, Diags: []lint.Diagnostic{d, d}}})
		root, err := xhtml.Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		var walk func(*xhtml.Node)
		walk = func(n *xhtml.Node) {
			if n.Type == xhtml.ElementNode {
				counts[n.Data]++
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		if counts["script"] != 1 || counts["img"] != 0 || counts["u"] != 0 || counts["b"] != 0 {
			t.Fatalf("content became markup: %v", counts)
		}
	})
}

// BenchmarkHTMLLarge renders the proof of a 2 MB article with a finding
// and a related span in every paragraph: the time per byte stays flat as
// the article grows (no blocks × findings step).
func BenchmarkHTMLLarge(b *testing.B) {
	for _, paras := range []int{1000, 10000} {
		b.Run(fmt.Sprint(paras), func(b *testing.B) {
			var src strings.Builder
			src.WriteString("Harbour board names new master\n\n")
			for i := range paras {
				fmt.Fprintf(&src, "Paragraph %d: the board´s decision on the harbour was announced on Tuesday by the chair.\n\n", i)
			}
			doc, err := lint.Parse("big.txt", []byte(src.String()), lint.FormatText)
			if err != nil {
				b.Fatal(err)
			}
			var diags []lint.Diagnostic
			first := strings.Index(doc.Text, "´")
			for off := first; off >= 0; {
				diags = append(diags, lint.Diagnostic{Rule: "typography-apostrophe", Severity: lint.Warning, Span: lint.Span{Start: off, End: off + 2},
					Message: "an acute accent is used as an apostrophe", Related: []lint.Related{{Span: lint.Span{Start: first, End: first + 2}, Message: "first"}},
					Fixes: []lint.Fix{{Message: "Replace with '", Safe: true, Edits: []lint.Edit{{Span: lint.Span{Start: off, End: off + 2}, NewText: "'"}}}}})
				next := strings.Index(doc.Text[off+2:], "´")
				if next < 0 {
					break
				}
				off += 2 + next
			}
			fac, _ := format.Get("html")
			b.SetBytes(int64(len(doc.Src)))
			for b.Loop() {
				f := fac(format.Options{})
				f.Begin(io.Discard)
				f.File(io.Discard, &lint.FileResult{Path: "big.txt", Doc: doc, Diags: diags})
				f.End(io.Discard)
			}
		})
	}
}
