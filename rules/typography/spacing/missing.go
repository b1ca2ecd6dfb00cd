package spacing

import (
	"strings"

	"github.com/factlint/factlint/lint"
)

// missingSpace reports a sentence run into the next without a space after
// its full stop or question mark ("his dressing room.He also"; not an
// exclamation mark, which brands keep: Yahoo!Japan),
// and words run together at a comma ("said,but"). Only between two words of
// prose: the word before ends in two lower-case letters (so Mr.Smith,
// U.S.Army, St.John and Ph.D are left alone), the word after is a capital
// and a lower-case letter (a full stop) or two lower-case letters (a
// comma), the tokens are no web address and the text is the writer's (not
// joined by markup removal). Domains and file names (bbc.co.uk,
// report.pdf) have a lower-case letter after the point and are left alone.
func missingSpace(p *lint.Pass) {
	text := p.Doc.Text
	// One vectorised search per mark; nearly every hit is followed by a
	// space and turned away by its next byte.
	for _, mark := range [...]byte{'.', ',', '?'} {
		for i := 0; ; i++ {
			k := strings.IndexByte(text[i:], mark)
			if k < 0 {
				break
			}
			i += k
			if i >= 2 && i+2 < len(text) && text[i+1] > ' ' && lowerASCII(text[i-1]) && lowerASCII(text[i-2]) {
				runOn(p, i)
			}
		}
	}
}

// runOn reports the mark at text offset i when it joins two words of prose.
func runOn(p *lint.Pass, i int) {
	d := p.Doc
	text := d.Text
	a, b := text[i+1], text[i+2]
	var what string
	switch text[i] {
	case '.':
		what = "full stop"
	case '?':
		what = "question mark"
	case ',':
		what = "comma"
	}
	if what == "comma" {
		if !lowerASCII(a) || !lowerASCII(b) {
			return
		}
	} else if !upperASCII(a) || !lowerASCII(b) {
		return
	}
	k := d.TokenAt(i)
	if k == 0 || k+1 >= len(d.Tokens) {
		return
	}
	t, prev, next := &d.Tokens[k], &d.Tokens[k-1], &d.Tokens[k+1]
	if t.Span.Start != i || t.Kind != lint.Punct || prev.Kind != lint.Word || next.Kind != lint.Word ||
		prev.Span.End != i || next.Span.Start != i+1 || prev.Block != next.Block || len(prev.Text) < 3 {
		return
	}
	sp := lint.Span{Start: prev.Span.Start, End: next.Span.End}
	if !d.Verbatim(sp) {
		return
	}
	p.Report(lint.Diagnostic{
		Span:    lint.Span{Start: i, End: i + 1},
		Message: "no space after the " + what + " (" + d.Slice(sp) + ")",
		Fixes: []lint.Fix{{
			Message: "Add a space",
			Edits:   []lint.Edit{{Span: lint.Span{Start: i + 1, End: i + 1}, NewText: " "}},
			Safe:    true,
		}},
	})
}

func lowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func upperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
