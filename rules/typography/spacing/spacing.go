// Package spacing implements typography-spacing: doubled spaces inside a
// sentence and a space before a comma or full stop.
package spacing

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
)

//go:embed doc.md
var doc string

// Rule is typography-spacing.
var Rule = &lint.Rule{
	Name:     "typography-spacing",
	Summary:  "A doubled space inside a sentence, or a space before a comma or full stop.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

type double struct {
	span      lint.Span
	afterStop bool
}

func run(p *lint.Pass) (any, error) {
	var buf [16]int
	marks, double := spacedMarks(p.Doc.Text, buf[:0], func(i int) { runOn(p, i) })
	// Only a space before a mark can be reported where the text has no
	// doubled space (most articles), and only where the text has one.
	for _, i := range marks {
		spaceBeforeAt(p, i)
	}
	if double {
		checkDoubles(p) // reported after the spaces before marks, as they always were
	}
	return nil, nil
}

// spacedMarks appends to out the offsets of the marks , . ; : that follow
// a space, in order, and reports whether text has two spaces in a row.
// One search for each mark serves the check for a missing space after it
// as well: runOns, when not nil, is called with each full stop, comma or
// question mark that mayRunOn takes, every mark in text order.
func spacedMarks(text string, out []int, runOns func(int)) ([]int, bool) {
	double := strings.Contains(text, "  ")
	out = marksOf(text, '.', out, runOns)
	out = marksOf(text, ',', out, runOns)
	if runOns != nil {
		runOnsOf(text, '?', runOns)
	}
	out = marksOf(text, ';', out, nil)
	out = marksOf(text, ':', out, nil)
	slices.Sort(out)
	return out, double
}

// marksOf appends to out the offsets of mark after a space and calls
// runOns, when not nil, with the others that mayRunOn takes (a mark after a
// space is never one: mayRunOn wants a letter before it). A loop of its own
// for each mark, with nothing else live across strings.IndexByte, keeps
// the work per mark found (a full stop or comma every few dozen bytes) to
// a few loads.
func marksOf(text string, mark byte, out []int, runOns func(int)) []int {
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], mark)
		if k < 0 {
			return out
		}
		i += k
		if i > 0 && text[i-1] == ' ' {
			out = append(out, i)
		} else if runOns != nil && mayRunOn(text, i) {
			runOns(i)
		}
	}
}

// runOnsOf calls runOns with each mark in text that mayRunOn takes.
func runOnsOf(text string, mark byte, runOns func(int)) {
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], mark)
		if k < 0 {
			return
		}
		i += k
		if mayRunOn(text, i) {
			runOns(i)
		}
	}
}

// checkDoubles reports the doubled spaces between two tokens of one line,
// visiting only the gaps where the text has two spaces in a row (a long
// article with one doubled space is not walked token by token), unless it
// is a table's or the article's habit after a full stop.
func checkDoubles(p *lint.Pass) {
	d := p.Doc
	text := d.Text
	toks := d.Tokens
	var doubles []double
	stopDouble := 0
	var lines lineStarts
	// The last line looked at, and whether it is a table: a line is read
	// once, however many doubled spaces it holds (a long line with many
	// would be read again for each).
	checkedLine, tabularLine := -1, false
	for i := 0; ; {
		g := strings.Index(text[i:], "  ")
		if g < 0 {
			break
		}
		g += i
		k := d.TokenAt(g)
		if k >= len(toks) {
			break
		}
		t := &toks[k]
		if t.Span.Start <= g {
			i = t.Span.End // two spaces inside a token: not a gap between tokens
			continue
		}
		i = t.Span.Start
		if k == 0 {
			continue
		}
		prev := &toks[k-1]
		if t.Flags&(lint.SpaceBefore|lint.NewlineBefore) != lint.SpaceBefore || t.Block != prev.Block {
			continue
		}
		gap := text[prev.Span.End:t.Span.Start]
		if !allSpaces(gap) {
			continue // a tab or a special space: layout, not a slip
		}
		// A line with a run of three or more spaces, or with cells between
		// pipes, is a table.
		if ls := lines.at(d, k); ls != checkedLine {
			checkedLine, tabularLine = ls, tabular(text, ls)
		}
		if tabularLine {
			continue
		}
		stop := prev.Kind == lint.Punct && afterStop(text[d.Blocks[t.Block].Span.Start:prev.Span.End])
		if stop {
			stopDouble++
		}
		doubles = append(doubles, double{span: lint.Span{Start: prev.Span.End, End: t.Span.Start}, afterStop: stop})
	}
	// Two spaces after a full stop is a typewriter habit; when the article
	// keeps it up it is the article's style.
	stopStyle := stopDouble > 0 && stopDouble >= stopSingles(d, stopDouble+1)
	reportDoubles(p, doubles, stopStyle)
}

// reportDoubles reports the doubled spaces, but not those after a full stop
// when that is the article's style (stopStyle).
func reportDoubles(p *lint.Pass, doubles []double, stopStyle bool) {
	for _, db := range doubles {
		if db.afterStop && stopStyle || !p.Doc.Verbatim(db.span) {
			continue
		}
		msg := "doubled space inside a sentence"
		if db.afterStop {
			msg = "two spaces after a sentence; the article uses one elsewhere"
		}
		p.Report(lint.Diagnostic{
			Span:    db.span,
			Message: msg,
			Fixes:   fixes.One("Use one space", db.span, " ", true),
		})
	}
}

// tabular reports whether the line starting at ls is a table: a run of
// three or more spaces, or cells between pipes.
func tabular(text string, ls int) bool {
	le := strings.IndexAny(text[ls:], "\n\r")
	if le < 0 {
		le = len(text) - ls
	}
	line := text[ls : ls+le]
	if lineRead != nil {
		lineRead(line)
	}
	return strings.Contains(line, "   ") || strings.Count(line, "|") >= 2
}

// lineRead, when not nil, is called with each line tabular reads. Only a
// test sets it, to bound the work on a line with many doubled spaces.
var lineRead func(line string)

// lineStarts finds the start of the line holding a token as a walk over
// the tokens would see it: just after the last line end in the gap before
// a token with a line end or a new block before it (or before the first
// token). Asked with nondecreasing tokens, it searches back only as far as
// the token it was last asked about.
type lineStarts struct {
	tok, start int // the last answer; tok is 0 before the first
}

func (l *lineStarts) at(d *lint.Document, k int) int {
	toks, text := d.Tokens, d.Text
	last := l.tok
	l.tok = k
	for j := k; j >= 1 && j > last; j-- {
		t, prev := &toks[j], &toks[j-1]
		if t.Has(lint.NewlineBefore) || t.Block != prev.Block {
			if i := strings.LastIndexAny(text[prev.Span.End:t.Span.Start], "\n\r"); i >= 0 {
				l.start = prev.Span.End + i + 1
				return l.start
			}
		}
	}
	if last == 0 {
		l.start = strings.LastIndexAny(text[:toks[0].Span.Start], "\n\r") + 1
	}
	return l.start
}

// stopSingles counts the single spaces after a full stop (question or
// exclamation mark) between tokens of one line, up to limit.
func stopSingles(d *lint.Document, limit int) int {
	text := d.Text
	toks := d.Tokens
	n := 0
	for k := 1; k < len(toks) && n < limit; k++ {
		t, prev := &toks[k], &toks[k-1]
		if prev.Kind != lint.Punct || t.Flags&(lint.SpaceBefore|lint.NewlineBefore) != lint.SpaceBefore || t.Block != prev.Block {
			continue
		}
		if text[prev.Span.End:t.Span.Start] == " " && afterStop(text[d.Blocks[t.Block].Span.Start:prev.Span.End]) {
			n++
		}
	}
	return n
}

func allSpaces(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return false
		}
	}
	return true
}

// afterStop reports whether s ends a sentence: a full stop, question or
// exclamation mark, perhaps followed by closing quotes and brackets.
func afterStop(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

// spaceBeforeAt calls spaceBefore for the mark at text offset i, which
// follows a space, when the walk of checkAll would: a one-byte punctuation
// token after white space without a line end, in the block of the token
// before.
func spaceBeforeAt(p *lint.Pass, i int) {
	d := p.Doc
	toks := d.Tokens
	k := d.TokenAt(i)
	if k == 0 || k >= len(toks) {
		return
	}
	t, prev := &toks[k], &toks[k-1]
	if t.Span.Start != i || t.Kind != lint.Punct || len(t.Text) != 1 ||
		t.Flags&(lint.SpaceBefore|lint.NewlineBefore) != lint.SpaceBefore || t.Block != prev.Block {
		return
	}
	spaceBefore(p, k)
}

// spaceBefore reports a space before a comma, full stop, semicolon or colon
// at token k, a one-byte punctuation mark with white space but no line end
// before it in the block of the token before: "Mobos , but", "in Nairobi .
// He".
func spaceBefore(p *lint.Pass, k int) {
	d := p.Doc
	text := d.Text
	t := &d.Tokens[k]
	b := d.Blocks[t.Block]
	c := t.Text[0]
	if c != ',' && c != '.' && c != ';' && c != ':' {
		return
	}
	i := t.Span.Start
	s := d.Tokens[k-1].Span.End
	if !allSpaces(text[s:i]) {
		return
	}
	prev, _ := utf8.DecodeLastRuneInString(text[b.Span.Start:s])
	next, _ := utf8.DecodeRuneInString(text[i+1 : b.Span.End])
	if i+1 == b.Span.End {
		next = ' '
	}
	switch {
	case c == '.' && (next == '.' || unicode.IsDigit(next) || unicode.IsLetter(next) || strings.HasPrefix(text[i+1:b.Span.End], " .")):
		return // an ellipsis " . . ." or "..", spaced or not, a decimal " .22", a file name " .txt"
	case (c == ':' || c == ';') && (next == ')' || next == '(' || next == '-' || next == 'D' || next == 'P'):
		return // an emoticon
	case c == ',' && unicode.IsDigit(next):
		return
	case next != ' ' && next != '\n' && next != '\r' && next != '"' && next != '\'' && next != '”' && next != '’' && next != ')':
		return // "x ,y" and the like are not prose
	case !(unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '"' || prev == '”' || prev == '’' || prev == '\'' || prev == ')' || prev == '%'):
		return
	}
	sp := lint.Span{Start: s, End: i + 1}
	if !p.Doc.Verbatim(sp) {
		return
	}
	what := "colon"
	switch c {
	case ',':
		what = "comma"
	case '.':
		what = "full stop"
	case ';':
		what = "semicolon"
	}
	p.Report(lint.Diagnostic{
		Span:    sp,
		Message: "space before a " + what,
		Fixes:   fixes.One("Delete the space", lint.Span{Start: s, End: i}, "", true),
	})
}
