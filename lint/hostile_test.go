package lint

import (
	"runtime"
	"strings"
	"testing"
)

// parseBounded parses src in every format and fails when a reader allocates
// more than perByte bytes for each input byte (plus a small constant).
func parseBounded(t *testing.T, name string, src []byte, perByte uint64, formats ...Format) {
	t.Helper()
	for _, f := range formats {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		d, err := Parse(name, src, f)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatalf("%s as %v: %v", name, f, err)
		}
		if len(src) < 1<<20 {
			checkDocument(t, d)
		}
		if got, limit := after.TotalAlloc-before.TotalAlloc, perByte*uint64(len(src))+32<<20; got > limit {
			t.Errorf("%s as %v: allocated %d MB for %d MB of input", name, f, got>>20, len(src)>>20)
		}
	}
}

var allFormats = []Format{FormatText, FormatMarkdown, FormatHTML}

func TestHostileLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	// 50 MB on one line, a word every kilobyte.
	unit := strings.Repeat("x", 1000) + " "
	src := []byte(strings.Repeat(unit, 50<<20/len(unit)))
	parseBounded(t, "line", src, 40, allFormats...)
}

func TestHostileMillionLines(t *testing.T) {
	if testing.Short() {
		t.Skip("a million lines")
	}
	src := []byte(strings.Repeat("word\n", 1000000))
	parseBounded(t, "lines", src, 120, allFormats...)
	d, _ := Parse("lines", src, FormatText)
	if len(d.Tokens) != 1000000 {
		t.Errorf("%d tokens", len(d.Tokens))
	}
}

func TestHostilePunctuation(t *testing.T) {
	src := []byte(strings.Repeat(`.,;:!?"'“”‘’()[]{}<>/\|-–—…*&^%$#@~`+"`", 20000))
	parseBounded(t, "punct", src, 200, allFormats...)
}

func TestHostileDeepHTML(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		b.WriteString("<div><b>")
	}
	b.WriteString("Deep words here.")
	parseBounded(t, "deep.html", []byte(b.String()), 100, FormatHTML)
}

func TestHostileDeepMarkdown(t *testing.T) {
	src := []byte(strings.Repeat("> ", 10000) + "quote\n\n" + strings.Repeat("1. ", 10000) + "list\n")
	parseBounded(t, "deep.md", src, 200, FormatMarkdown)
}

func TestHostileInvisibleAndTabs(t *testing.T) {
	paras := []string{"Ka\u200bren\u200d Sm\u2066ith\u2069\t\tmet\u00ad \t O\u200e’Neill\u202e.", "\u200b\u200b\u200b", "\t\t\t", "Jose\u0301 and José met."}
	for _, f := range allFormats {
		src := strings.Join(paras, "\n\n")
		if f == FormatHTML {
			src = "<p>" + strings.Join(paras, "</p><p>") + "</p>"
		}
		d, err := Parse("inv", []byte(src), f)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, d)
		got := texts(d.BlockTokens(0))
		if len(got) != 5 || FoldName(got[0]) != "karen" || FoldName(got[1]) != "smith" || FoldName(got[3]) != "o'neill" {
			t.Errorf("%v: names split by invisible characters: %q", f, got)
		}
		last := d.BlockTokens(len(d.Blocks) - 1)
		if FoldName(last[0].Text) != FoldName(last[2].Text) {
			t.Errorf("%v: NFD %q and NFC %q differ", f, last[0].Text, last[2].Text)
		}
	}
}
