package paragraph

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// FuzzTwoWords: a block of any text, read as text, Markdown or HTML, in
// which twoWords sees two words has two tokens that are no punctuation
// (countWords, which twoWords spares the rule).
func FuzzTwoWords(f *testing.F) {
	for _, s := range []string{"a b", "1 000", "1\u00a0000", "**a** b", "[a b](http://x.y/z w)", "<a href=\"x\">y</a> z",
		"&nbsp;a&nbsp;b", "a\r\nb", "a\tb", "- a b", "# a b", "`a b`", "    a b", "jo@ex.com x", "http://a.b/c d",
		"U.S. a", "a\u200b b", "<img alt=\"a b\">", "<!-- a b -->", "<script>a b</script>", "a\\\nb", "[a b]: http://x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, format := range []lint.Format{lint.FormatText, lint.FormatMarkdown, lint.FormatHTML} {
			d, err := lint.Parse("x", []byte(src), format)
			if err != nil {
				continue
			}
			for bi := range d.Blocks {
				b := &d.Blocks[bi]
				if twoWords(d.Slice(b.Span)) && countWords(d, b, minAdjacent) < minAdjacent {
					t.Fatalf("%v, block %q: twoWords, but fewer than %d tokens that are no punctuation", format, d.Slice(b.Span), minAdjacent)
				}
			}
		}
	})
}
