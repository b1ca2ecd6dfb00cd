// Package quotes implements typography-quotes: straight and curly quotation
// marks mixed in one article, and quotation marks or brackets that do not
// pair up within a paragraph.
package quotes

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	scanpkg "github.com/factlint/factlint/rules/internal/scan"
	"github.com/factlint/factlint/rules/internal/scratch"
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

// found holds what scan finds: the double quotation marks, and the offsets
// of the apostrophes.
type found struct {
	marks []mark
	apos  []int
}

// founds recycles the lists of scan between documents (an article has a
// mark every hundred bytes or so). The lists grow with the marks, not with
// the tokens, so they are put back by the document's length
// (scratch.Pool.PutFor): a long document's go to the side that only the
// next document that long takes, on any processor.
var founds scratch.Pool[found]

func run(p *lint.Pass) (any, error) {
	// Without a byte 0xE2 in the text there is no curly mark at all (as in
	// most copy) and the apostrophes are left out: mixed reports nothing
	// when one style has none, and balanceQuotes never reads apostrophes.
	// (Text that Parse found ASCII has none: it is not searched.)
	check(p, !p.Doc.ASCII && strings.IndexByte(p.Doc.Text, 0xE2) >= 0)
	return nil, nil
}

// check runs the rule; apostrophes are looked at only when withApostrophes.
func check(p *lint.Pass, withApostrophes bool) {
	d := p.Doc
	buf := founds.GetFor(len(d.Tokens))
	defer func() { founds.PutFor(buf, len(d.Tokens), max(cap(buf.marks), cap(buf.apos))) }()
	all, apos, styles := scan(buf.marks[:0], buf.apos[:0], d, withApostrophes)
	buf.marks, buf.apos = all, apos
	mixed(p, all, apostrophes(d.Text, apos), styles)
	// The brackets, in order, found in the text rather than among the tokens.
	brackets := scanpkg.InBlocks(d, "()[]")
	bracket, bracketBlock := brackets.Next()
	var atBuf [16]int
	// all is in block order: k is the first mark of block bi.
	k := 0
	for bi := range d.Blocks {
		end := k
		for end < len(all) && all[end].blockIdx == bi {
			end++
		}
		var next []mark // the marks of block bi+1 (their first is all balanceQuotes reads)
		if end < len(all) && all[end].blockIdx == bi+1 {
			next = all[end : end+1]
		}
		balanceQuotes(p, all[k:end], next, bi)
		k = end
		at := atBuf[:0]
		for ; bracket >= 0 && bracketBlock == bi; bracket, bracketBlock = brackets.Next() {
			at = append(at, bracket)
		}
		if len(at) > 0 {
			balanceBrackets(p, bi, at)
		}
	}
}

// styles counts the marks by kind (quotation mark 0, apostrophe 1) and style
// (straight 0, curly 1).
type styles [2][2]int

// scan appends to out the double quotation marks of d's blocks, in order,
// and to apos the offsets of the apostrophes inside words when
// withApostrophes, and counts them. An apostrophe is kept as its offset
// alone (its byte tells ' from ’): balanceQuotes never reads apostrophes,
// and mixed reports only those of the minority style, so that a page of a
// million possessives keeps no list of marks as long as the page. Every
// mark looked for is ' or " or starts with the byte 0xE2 (which is never
// inside another character).
func scan(out []mark, apos []int, d *lint.Document, withApostrophes bool) ([]mark, []int, styles) {
	var st styles
	text := d.Text
	leads := "\""
	if withApostrophes {
		leads = "\"'\xE2"
	}
	f := scanpkg.InBlocks(d, leads)
	for i, bi := f.Next(); i >= 0; i, bi = f.Next() {
		sp := d.Blocks[bi].Span
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
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
		curly := r == '“' || r == '”' || r == '’'
		var dir dir
		switch r {
		case '\'', '’':
			// Only apostrophes inside words; single quotation marks are too
			// easily confused with them to check.
			if !unicode.IsLetter(after) || !unicode.IsLetter(before) && !figurePossessive(text[i+n:sp.End], before) {
				continue
			}
			st[1][b2i(curly)]++
			apos = append(apos, i)
			continue
		case '“':
			dir = opening
		case '”':
			dir = closing
		case '"':
			dir = straightDir(before, after)
		}
		st[0][b2i(curly)]++
		out = append(out, mark{span: lint.Span{Start: i, End: i + n}, r: r, dir: dir, curly: curly, blockIdx: bi})
	}
	return out, apos, st
}

// apostrophes yields the marks of the apostrophes scan found at the
// offsets apos of text: ' or ’.
func apostrophes(text string, apos []int) iter.Seq[mark] {
	return func(yield func(mark) bool) {
		for _, i := range apos {
			m := mark{span: lint.Span{Start: i, End: i + 1}, r: '\'', apos: true}
			if text[i] != '\'' {
				m.span.End, m.r, m.curly = i+len("’"), '’', true
			}
			if !yield(m) {
				return
			}
		}
	}
}

// figurePossessive: the mark after before, a figure, is an apostrophe
// when rest starts with an s that ends the word (U2's, Radio 4’s, the
// 1990's).
func figurePossessive(rest string, before rune) bool {
	if !unicode.IsDigit(before) || rest == "" || rest[0] != 's' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// straightDir decides whether a straight double quote opens or closes a
// quotation from its neighbours.
func straightDir(before, after rune) dir {
	spaceB := scanpkg.IsSpace(before) || isOpenPunct(before)
	spaceA := scanpkg.IsSpace(after) || isClosePunct(after)
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

// mixed reports the minority style of double quotation marks (all) and of
// apostrophes, each counted on its own.
func mixed(p *lint.Pass, all []mark, apostrophes iter.Seq[mark], st styles) {
	for _, apos := range []bool{false, true} {
		straight, curly := st[b2i(apos)][0], st[b2i(apos)][1]
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
		list := slices.Values(all)
		if apos {
			list = apostrophes
		}
		for m := range list {
			if m.curly == wantCurly { // (list holds only apostrophes when apos, only quotation marks when not)
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
				diag.Fixes = fixes.One(fmt.Sprintf("Use the %s %s %s", style, what, repl), m.span, repl, true)
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

// balanceQuotes checks that the double quotation marks of block bi (marks)
// pair up; next holds the first mark of block bi+1, if it has one. (The
// apostrophes are not among them; had they been, one would never be the
// first mark of the next paragraph where a quotation mark opens it: an
// apostrophe stands after a letter or figure, so after the paragraph's
// first character.)
// A quotation that runs on into the next paragraph is left open at the end
// of the paragraph and opened again at the start of the next, as news copy
// does; when paragraphs have been run together the reopening stands after a
// sentence inside the block.
func balanceQuotes(p *lint.Pass, marks, next []mark, bi int) {
	d := p.Doc
	n := 0
	for k := range marks {
		if marks[k].dir == unknown {
			return // a quote mark with spaces on both sides, or between letters: cannot tell
		}
		n++
	}
	if n == 0 {
		return
	}
	open := -1
	for k := range marks {
		m := &marks[k]
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
	if bi+1 >= len(d.Blocks) {
		return
	}
	if len(next) > 0 && next[0].dir == opening && next[0].span.Start == firstNonSpace(d.Text, d.Blocks[bi+1].Span) {
		return
	}
	p.Report(lint.Diagnostic{
		Span:    marks[open].span,
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

// balanceBrackets checks that round and square brackets pair up within
// block bi; at lists the offsets of the bracket characters in its text (a
// bracket token is one of them; one inside a web address is not a token of
// its own). A closing bracket after a list label ("1)", "b)") and emoticons
// (":)") are left alone.
func balanceBrackets(p *lint.Pass, bi int, at []int) {
	d := p.Doc
	toks := d.Tokens[d.Blocks[bi].FirstToken:d.Blocks[bi].EndToken]
	var stack []int
	for _, off := range at {
		k := tokenAt(toks, off)
		if k >= len(toks) {
			break
		}
		t := &toks[k]
		if t.Span.Start != off || t.Kind != lint.Punct {
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

// tokenAt returns the index of the first of toks that ends after off, or
// len(toks).
func tokenAt(toks []lint.Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Span.End > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
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
