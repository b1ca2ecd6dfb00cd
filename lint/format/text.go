package format

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fatih/color"
	"golang.org/x/text/width"

	"github.com/factlint/factlint/lint"
)

func init() {
	Register("text", func(o Options) Formatter {
		f := &textFormat{}
		if o.Color {
			f.st = newStyles()
		}
		return f
	})
}

// textFormat is the default, human format: the short line, then the source
// line with the span underlined, a note line per related span and a help
// line for the first fix. It ends with a one-line summary when anything was
// found.
type textFormat struct {
	st                   *styles
	errors, warns, infos int
	files                int
}

type styles struct {
	loc, message, rule, gutter, caret, note, help *color.Color
	err, warn, info                               *color.Color
}

func newStyles() *styles {
	mk := func(a ...color.Attribute) *color.Color {
		c := color.New(a...)
		c.EnableColor() // the caller decided (terminal, NO_COLOR); do not ask again
		return c
	}
	return &styles{
		loc:     mk(color.Bold),
		message: mk(color.Bold),
		rule:    mk(color.Faint),
		gutter:  mk(color.FgBlue, color.Bold),
		caret:   mk(color.FgGreen, color.Bold),
		note:    mk(color.FgCyan, color.Bold),
		help:    mk(color.FgCyan, color.Bold),
		err:     mk(color.FgRed, color.Bold),
		warn:    mk(color.FgYellow, color.Bold),
		info:    mk(color.FgBlue, color.Bold),
	}
}

func (s *styles) severity(sev lint.Severity) *color.Color {
	switch sev {
	case lint.Error:
		return s.err
	case lint.Info:
		return s.info
	}
	return s.warn
}

func (f *textFormat) Begin(io.Writer) error { return nil }

func (f *textFormat) File(w io.Writer, r *lint.FileResult) error {
	if !printable(r) || len(r.Diags) == 0 {
		return nil
	}
	f.files++
	bw := bufio.NewWriter(w)
	doc := r.Doc
	lt := doc.Lines
	path := oneLine(r.Path)
	for _, d := range r.Diags {
		switch d.Severity {
		case lint.Error:
			f.errors++
		case lint.Info:
			f.infos++
		default:
			f.warns++
		}
		sp := clampSpan(d.Span, len(doc.Src))
		p := position(lt, sp, lint.CodePoints)
		writeHeader(bw, path, p, d, f.st)
		bw.WriteByte('\n')
		f.writeSource(bw, lt, doc.Src, p.Line, sp)
		for _, rel := range d.Related {
			rp := position(lt, clampSpan(rel.Span, len(doc.Src)), lint.CodePoints)
			loc, note := path+":"+itoa(rp.Line)+":"+itoa(rp.Col)+":", "note:"
			if f.st != nil {
				loc, note = f.st.loc.Sprint(loc), f.st.note.Sprint(note)
			}
			fmt.Fprintf(bw, "%s %s %s\n", loc, note, oneLine(rel.Message))
		}
		if len(d.Fixes) > 0 {
			help := "help:"
			if f.st != nil {
				help = f.st.help.Sprint(help)
			}
			fmt.Fprintf(bw, "%s %s\n", help, fixHelp(doc.Src, d.Fixes[0]))
		}
	}
	return bw.Flush()
}

func (f *textFormat) End(w io.Writer) error {
	n := f.errors + f.warns + f.infos
	if n == 0 {
		return nil
	}
	var parts []string
	for _, c := range []struct {
		n    int
		word string
	}{{f.errors, "error"}, {f.warns, "warning"}, {f.infos, "info"}} {
		if c.n > 0 {
			parts = append(parts, plural(c.n, c.word))
		}
	}
	_, err := fmt.Fprintf(w, "%s (%s) in %s\n", plural(n, "problem"), strings.Join(parts, ", "), plural(f.files, "file"))
	return err
}

func plural(n int, word string) string {
	if n == 1 || word == "info" {
		return itoa(n) + " " + word
	}
	return itoa(n) + " " + word + "s"
}

func itoa(n int) string { return strconv.Itoa(n) }

// Window of a long line shown around a span, in code points.
const (
	windowBefore = 80
	windowAfter  = 120
	tabWidth     = 4
)

// writeSource prints line n with the part of sp that lies on it underlined:
//
//	12 | The minister´s office
//	   |             ^
//
// A span running past the line end is underlined to the end of the line. Tabs
// become spaces, wide characters count two columns, combining marks none, and
// control characters print as U+FFFD, so the carets line up on a terminal. A
// long line is cut to a window around the span, marked with "…".
func (f *textFormat) writeSource(w *bufio.Writer, lt *lint.LineTable, src []byte, n int, sp lint.Span) {
	ls, le := lt.LineStart(n), lt.LineEnd(n)
	start := min(max(sp.Start, ls), le)
	end := min(max(sp.End, start), le)
	start, end = runeStart(src, start, ls), runeStart(src, end, ls)
	if end < start {
		end = start
	}
	// The window: up to windowBefore code points before the span, up to
	// windowAfter after its start.
	ws := start
	for k := 0; k < windowBefore && ws > ls; k++ {
		_, size := utf8.DecodeLastRune(src[ls:ws])
		ws -= size
	}
	we := start
	for k := 0; k < windowAfter && we < le; k++ {
		_, size := utf8.DecodeRune(src[we:le])
		we += size
	}
	end = min(end, we)

	var line, marks strings.Builder
	col := 0
	if ws > ls {
		line.WriteString("…")
		col++
	}
	caretCol, caretWidth := -1, 0
	for i := ws; i <= we; {
		if i == start {
			caretCol = col
		}
		if i == we {
			break
		}
		r, size := utf8.DecodeRune(src[i:we])
		wd := 0
		switch {
		case r == '\t':
			line.WriteString(strings.Repeat(" ", tabWidth))
			wd = tabWidth
		case r == utf8.RuneError && size <= 1, unicode.IsControl(r), isBidiControl(r):
			line.WriteRune(utf8.RuneError)
			wd = 1
		default:
			line.Write(src[i : i+size])
			wd = runeWidth(r)
		}
		if i >= start && i < end {
			caretWidth += wd
		}
		col += wd
		i += size
	}
	if we < le {
		line.WriteString("…")
	}
	if caretCol < 0 {
		caretCol = col
	}
	marks.WriteString(strings.Repeat(" ", caretCol))
	marks.WriteString("^")
	if caretWidth > 1 {
		marks.WriteString(strings.Repeat("~", caretWidth-1))
	}
	num := itoa(n)
	gutter, bar := "  "+num+" |", "  "+strings.Repeat(" ", len(num))+" |"
	caret := marks.String()
	if f.st != nil {
		gutter, bar, caret = f.st.gutter.Sprint(gutter), f.st.gutter.Sprint(bar), f.st.caret.Sprint(caret)
	}
	w.WriteString(gutter)
	if line.Len() > 0 {
		w.WriteByte(' ')
		w.WriteString(line.String())
	}
	w.WriteByte('\n')
	w.WriteString(bar)
	w.WriteByte(' ')
	w.WriteString(caret)
	w.WriteByte('\n')
}

// runeStart moves off back to the start of the rune it falls in (never before lo).
func runeStart(src []byte, off, lo int) int {
	for off > lo && off < len(src) && !utf8.RuneStart(src[off]) {
		off--
	}
	return off
}

func isBidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// runeWidth is the number of terminal columns r takes: 2 for East Asian wide
// and full-width characters (emoji included), 0 for combining marks and
// invisible format characters, else 1.
func runeWidth(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) && r != '\u00ad' {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// fixHelp describes a fix: its message and what it changes.
func fixHelp(src []byte, fx lint.Fix) string {
	var b strings.Builder
	b.WriteString(oneLine(fx.Message))
	var parts []string
	for i, e := range fx.Edits {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more edits", len(fx.Edits)-3))
			break
		}
		sp := clampSpan(e.Span, len(src))
		old := string(src[sp.Start:sp.End])
		switch {
		case old == "" && e.NewText == "":
			continue
		case old == "":
			parts = append(parts, "insert "+quoteShort(e.NewText))
		case e.NewText == "":
			parts = append(parts, "delete "+quoteShort(old))
		default:
			parts = append(parts, "replace "+quoteShort(old)+" with "+quoteShort(e.NewText))
		}
	}
	if len(parts) > 0 {
		b.WriteString(" (" + strings.Join(parts, "; ") + ")")
	}
	if !fx.Safe {
		b.WriteString(" [review before applying]")
	}
	return b.String()
}

// quoteShort quotes s as a Go string, cutting it to 40 code points.
func quoteShort(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		i, k := 0, 0
		for k < max-1 {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			k++
		}
		return strconv.Quote(s[:i]) + "…"
	}
	return strconv.Quote(s)
}
