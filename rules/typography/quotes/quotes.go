// Package quotes implements typography-quotes: straight and curly quotation
// marks mixed in one article, and quotation marks or brackets that do not
// pair up within a paragraph.
package quotes

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is typography-quotes.
var Rule = &lint.Rule{
	Name:     "typography-quotes",
	Summary:  "Straight and curly quotes mixed in one article, or a quotation mark or bracket that does not pair up.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

type dir int8

const (
	unknown dir = iota
	opening
	closing
)

// mark is one double quotation mark or apostrophe of the prose.
type mark struct {
	span     lint.Span
	r        rune
	dir      dir
	curly    bool
	apos     bool // an apostrophe inside a word (it's, it’s)
	blockIdx int
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	// The marks of all blocks in one slice (news copy has a mark every
	// hundred bytes or so), then each block's part of it.
	all := make([]mark, 0, len(d.Text)/64+8)
	starts := make([]int, len(d.Blocks)+1)
	for bi := range d.Blocks {
		starts[bi] = len(all)
		all = scan(all, d.Text, d.Blocks[bi].Span, bi)
	}
	starts[len(d.Blocks)] = len(all)
	perBlock := make([][]mark, len(d.Blocks))
	for bi := range perBlock {
		perBlock[bi] = all[starts[bi]:starts[bi+1]]
	}
	mixed(p, all)
	for bi := range d.Blocks {
		balanceQuotes(p, perBlock, bi)
		balanceBrackets(p, bi)
	}
	return nil, nil
}

// scan appends to out the double quotation marks and the apostrophes inside
// words of block bi.
func scan(out []mark, text string, sp lint.Span, bi int) []mark {
	// Every mark looked for is ' or " or starts with the byte 0xE2: next
	// holds where each of the three bytes comes next (sp.End for none),
	// each found by strings.IndexByte and looked for again once passed.
	leads := [3]byte{'"', '\'', 0xE2}
	var next [3]int
	for k, c := range leads {
		next[k] = indexByteFrom(text, sp.Start, sp.End, c)
	}
	for {
		i := min(next[0], next[1], next[2])
		if i >= sp.End {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		for k, c := range leads {
			if next[k] < i+n {
				next[k] = indexByteFrom(text, i+n, sp.End, c)
			}
		}
		switch r {
		case '"', '“', '”', '\'', '’':
		default:
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[sp.Start:i])
		if i == sp.Start {
			before = ' '
		}
		after, _ := utf8.DecodeRuneInString(text[i+n : sp.End])
		if i+n >= sp.End {
			after = ' '
		}
		m := mark{span: lint.Span{Start: i, End: i + n}, r: r, curly: r == '“' || r == '”' || r == '’', blockIdx: bi}
		switch r {
		case '\'', '’':
			// Only apostrophes inside words; single quotation marks are too
			// easily confused with them to check.
			if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
				continue
			}
			m.apos = true
		case '“':
			m.dir = opening
		case '”':
			m.dir = closing
		case '"':
			m.dir = straightDir(before, after)
		}
		out = append(out, m)
	}
	return out
}

// indexByteFrom returns the index of the first c in text[from:end], or end.
func indexByteFrom(text string, from, end int, c byte) int {
	if k := strings.IndexByte(text[from:end], c); k >= 0 {
		return from + k
	}
	return end
}

// straightDir decides whether a straight double quote opens or closes a
// quotation from its neighbours.
func straightDir(before, after rune) dir {
	spaceB := unicode.IsSpace(before) || isOpenPunct(before)
	spaceA := unicode.IsSpace(after) || isClosePunct(after)
	switch {
	case spaceB && !spaceA:
		return opening
	case !spaceB && spaceA:
		return closing
	}
	return unknown
}

func isOpenPunct(r rune) bool {
	return r == '(' || r == '[' || r == '{' || r == '-' || r == '–' || r == '—' || r == '/' || r == '‘'
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '-', '–', '—', '/', '’', '\'', '…':
		return true
	}
	return false
}

// mixed reports the minority style of double quotation marks and of
// apostrophes, each counted on its own.
func mixed(p *lint.Pass, all []mark) {
	for _, apos := range []bool{false, true} {
		straight, curly := 0, 0
		for _, m := range all {
			if m.apos != apos {
				continue
			}
			if m.curly {
				curly++
			} else {
				straight++
			}
		}
		if straight == 0 || curly == 0 || straight == curly {
			continue
		}
		wantCurly := curly > straight
		what, style := "quotation mark", "straight"
		if apos {
			what = "apostrophe"
		}
		if wantCurly {
			style = "curly"
		}
		for _, m := range all {
			if m.apos != apos || m.curly == wantCurly {
				continue
			}
			var repl string
			switch {
			case apos && wantCurly:
				repl = "’"
			case apos:
				repl = "'"
			case !wantCurly:
				repl = "\""
			case m.dir == opening:
				repl = "“"
			case m.dir == closing:
				repl = "”"
			}
			diag := lint.Diagnostic{
				Span:    m.span,
				Message: fmt.Sprintf("%s %s among %s ones (%d against %d)", article(m.curly), what, style, min(straight, curly), max(straight, curly)),
			}
			if repl != "" {
				diag.Fixes = []lint.Fix{{
					Message: fmt.Sprintf("Use the %s %s %s", style, what, repl),
					Edits:   []lint.Edit{{Span: m.span, NewText: repl}},
					Safe:    true,
				}}
			}
			p.Report(diag)
		}
	}
}

func article(curly bool) string {
	if curly {
		return "a curly"
	}
	return "a straight"
}

// balanceQuotes checks that the double quotation marks of block bi pair up.
// A quotation that runs on into the next paragraph is left open at the end
// of the paragraph and opened again at the start of the next, as news copy
// does; when paragraphs have been run together the reopening stands after a
// sentence inside the block.
func balanceQuotes(p *lint.Pass, perBlock [][]mark, bi int) {
	d := p.Doc
	var quotes []mark
	for _, m := range perBlock[bi] {
		if m.apos {
			continue
		}
		if m.dir == unknown {
			return // a quote mark with spaces on both sides, or between letters: cannot tell
		}
		quotes = append(quotes, m)
	}
	if len(quotes) == 0 {
		return
	}
	open := -1
	for k, m := range quotes {
		if m.dir == opening {
			open = k // an opening mark inside a quotation re-opens it after a run-on
			continue
		}
		if open < 0 {
			p.Report(lint.Diagnostic{
				Span:    m.span,
				Message: "closing quotation mark without an opening one in this paragraph",
			})
			continue
		}
		open = -1
	}
	if open < 0 {
		return
	}
	// Open at the end of the paragraph: fine when the next paragraph opens
	// with a quotation mark (the quotation runs on). The last paragraph of a
	// text may be cut short, and is left alone.
	next := bi + 1
	if next >= len(d.Blocks) {
		return
	}
	if nm := perBlock[next]; len(nm) > 0 && !nm[0].apos && nm[0].dir == opening && nm[0].span.Start == firstNonSpace(d.Text, d.Blocks[next].Span) {
		return
	}
	p.Report(lint.Diagnostic{
		Span:    quotes[open].span,
		Message: "quotation is not closed in this paragraph, and the next paragraph does not continue it",
	})
}

func firstNonSpace(text string, sp lint.Span) int {
	for i := sp.Start; i < sp.End; i++ {
		if text[i] != ' ' && text[i] != '\t' {
			return i
		}
	}
	return sp.End
}

// balanceBrackets checks that round and square brackets pair up within a
// block. A closing bracket after a list label ("1)", "b)") and emoticons
// (":)") are left alone.
func balanceBrackets(p *lint.Pass, bi int) {
	d := p.Doc
	if !hasBracket(d.Slice(d.Blocks[bi].Span)) {
		return // most paragraphs: no bracket token to look at
	}
	toks := d.Tokens[d.Blocks[bi].FirstToken:d.Blocks[bi].EndToken]
	var stack []int
	for k := range toks {
		t := &toks[k]
		if t.Kind != lint.Punct {
			continue
		}
		switch t.Text {
		case "(", "[":
			stack = append(stack, k)
		case ")", "]":
			want := "("
			if t.Text == "]" {
				want = "["
			}
			if n := len(stack); n > 0 && toks[stack[n-1]].Text == want {
				stack = stack[:n-1]
				continue
			}
			if n := len(stack); n > 0 {
				return // crossed brackets: ( … ] — report nothing rather than guess
			}
			if label(toks, k) {
				continue
			}
			p.Report(lint.Diagnostic{Span: t.Span, Message: fmt.Sprintf("closing bracket %q without an opening one in this paragraph", t.Text)})
		}
	}
	for _, k := range stack {
		p.Report(lint.Diagnostic{Span: toks[k].Span, Message: fmt.Sprintf("bracket %q is not closed in this paragraph", toks[k].Text)})
	}
}

// hasBracket reports whether s has a round or square bracket.
func hasBracket(s string) bool {
	return strings.IndexByte(s, '(') >= 0 || strings.IndexByte(s, ')') >= 0 ||
		strings.IndexByte(s, '[') >= 0 || strings.IndexByte(s, ']') >= 0
}

// label reports whether the closing bracket at k ends a list label or an
// emoticon: "1)", "b)", "iv)" at the start of a line or after a colon or
// comma, ":)".
func label(toks []lint.Token, k int) bool {
	if k == 0 {
		return false
	}
	prev := &toks[k-1]
	if prev.Kind == lint.Punct && (prev.Text == ":" || prev.Text == ";" || prev.Text == "-") && !toks[k].Has(lint.SpaceBefore) {
		return true
	}
	if prev.Kind != lint.Punct && utf8.RuneCountInString(prev.Text) <= 4 && !toks[k].Has(lint.SpaceBefore) &&
		(k == 1 || prev.Has(lint.NewlineBefore) || toks[k-2].Kind == lint.Punct) {
		return true
	}
	return false
}
