package spacing

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
)

// runOn (below) reports a sentence run into the next without a space after
// its full stop or question mark ("his dressing room.He also"; not an
// exclamation mark, which brands keep: Yahoo!Japan),
// and words run together at a comma ("said,but"). Only between two words of
// prose: the word before ends in two lower-case letters (so Mr.Smith,
// U.S.Army, St.John and Ph.D are left alone), the word after is a capital
// and a lower-case letter or another capital (a full stop; not a file's
// extension: report.PDF) or two lower-case letters (a comma), or a word of
// one letter (hope.I can, years,a poll), the tokens are no web address and the text is the writer's (not
// joined by markup removal). Domains and file names (bbc.co.uk,
// report.pdf) have a lower-case letter after the point and are left alone.
//
// spacedMarks' search for each mark calls runOn for the marks that pass
// mayRunOn: a byte beyond a space after the mark, and two lower-case
// letters or a digit and a letter before it (nearly every mark is turned
// away by its next byte).
func mayRunOn(text string, i int) bool {
	return i >= 2 && i+2 < len(text) && text[i+1] > ' ' && lowerASCII(text[i-1]) && (lowerASCII(text[i-2]) || digitASCII(text[i-2]))
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
	// The word after: a capital and a lower-case letter after a full stop,
	// two lower-case letters after a comma, or a word of one letter that
	// opens a sentence or clause (hope.I can, dropped.A 30GB version,
	// years,a poll suggests).
	oneLetter := (a == 'I' || a == 'A' || a == 'a' && what == "comma") && (b == ' ' || b == '\'' && a == 'I')
	if what == "comma" {
		if !oneLetter && (!lowerASCII(a) || !lowerASCII(b)) {
			return
		}
	} else if !oneLetter && (!upperASCII(a) || !lowerASCII(b) && !upperASCII(b)) {
		return
	}
	k := d.TokenAt(i)
	if k == 0 || k+1 >= len(d.Tokens) {
		return
	}
	t, prev, next := &d.Tokens[k], &d.Tokens[k-1], &d.Tokens[k+1]
	if t.Span.Start != i || t.Kind != lint.Punct || !prose(prev, what == "comma") || next.Kind != lint.Word ||
		prev.Span.End != i || next.Span.Start != i+1 || prev.Block != next.Block {
		return
	}
	if upperASCII(b) && (len(next.Text) < 2 || extension(next.Text)) {
		return // report.PDF; a capital run after a stop is otherwise a word (growth.US retailers, said.EBay)
	}
	sp := lint.Span{Start: prev.Span.Start, End: next.Span.End}
	if !d.Verbatim(sp) {
		return
	}
	p.Report(lint.Diagnostic{
		Span:    lint.Span{Start: i, End: i + 1},
		Message: "no space after the " + what + " (" + d.Slice(sp) + ")",
		Fixes:   fixes.One("Add a space", lint.Span{Start: i + 1, End: i + 1}, " ", true),
	})
}

// extension reports whether w, after a point, is a file extension or a
// domain's end written in capitals (report.PDF, setup.EXE, ASP.NET), or a
// Roman numeral (Vol.II).
func extension(w string) bool {
	roman := true // Vol.II, Part.IV
	for k := 0; k < len(w); k++ {
		roman = roman && strings.IndexByte("IVXLC", w[k]) >= 0
	}
	if roman {
		return true
	}
	if len(w) > 4 {
		return false
	}
	switch strings.ToUpper(w) {
	case "PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "TXT", "RTF", "CSV", "XML", "JSON", "HTML", "HTM",
		"JPG", "JPEG", "PNG", "GIF", "TIF", "TIFF", "BMP", "SVG", "MP3", "MP4", "WAV", "AVI", "MOV", "MKV",
		"ZIP", "RAR", "EXE", "DLL", "BAT", "BIN", "ISO", "APK", "NET", "COM", "ORG", "GOV", "EDU", "JS":
		return true
	}
	return false
}

// prose: the token before the mark is a word of three letters or more, or
// of two before a comma (it,but; is,the), or an amount with its unit
// ($104m,compared; 4bn.The).
func prose(prev *lint.Token, comma bool) bool {
	switch prev.Kind {
	case lint.Word:
		return len(prev.Text) >= 3 || comma && len(prev.Text) == 2
	case lint.Number:
		n := len(prev.Text)
		return n >= 3 && lowerASCII(prev.Text[n-1]) && lowerASCII(prev.Text[n-2]) || n >= 2 && lowerASCII(prev.Text[n-1]) && digitASCII(prev.Text[n-2])
	}
	return false
}

func digitASCII(c byte) bool { return '0' <= c && c <= '9' }
func lowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func upperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
