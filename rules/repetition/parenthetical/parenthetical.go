// Package parenthetical implements repetition-parenthetical: a bracket that
// only repeats the words before it (`on 6 November (November)`).
package parenthetical

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/scan"
)

//go:embed doc.md
var doc string

// Rule is repetition-parenthetical.
var Rule = &lint.Rule{
	Name:     "repetition-parenthetical",
	Summary:  "A bracket that only repeats the words before it (6 November (November)).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// maxWords is the longest bracket compared: a bracket of more words is an
// aside, not an echo.
const maxWords = 4

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	toks := d.Tokens
	// The opening brackets, found in the text: a bracket token is one of
	// them (one inside a web address is not a token of its own). A long
	// page's brackets are looked up bracketBatch at a time
	// (Document.TokensAt), so that the last probes of their searches,
	// which miss the cache, wait for memory together, not one after
	// another; a short one's each alone, as its tokens are in the cache.
	brackets := scan.NewFinder(d.Text, 0, len(d.Text), "([")
	if len(toks) > batchMinTokens {
		runBatched(p, &brackets)
		return nil, nil
	}
	for at := brackets.Next(); at >= 0; at = brackets.Next() {
		if end := bracket(p, at, d.TokenAt(at)); end >= 0 {
			brackets.Skip(end)
		}
	}
	return nil, nil
}

// runBatched is run's look-up of the brackets that brackets finds on a
// long page: their tokens are looked up bracketBatch at a time, and a
// batch's brackets inside a bracket reported are passed over, as
// brackets.Skip passes over those it has not found yet.
func runBatched(p *lint.Pass, brackets *scan.Finder) {
	var offs, ks [bracketBatch]int
	skip := 0
	for {
		n := brackets.NextBatch(offs[:])
		p.Doc.TokensAt(offs[:n], ks[:n])
		for q := range n {
			if offs[q] < skip {
				continue
			}
			if end := bracket(p, offs[q], ks[q]); end >= 0 {
				skip = end
				brackets.Skip(end)
			}
		}
		if n < len(offs) {
			return
		}
	}
}

// bracketBatch is the number of brackets whose tokens run looks up at a
// time on a long page.
const bracketBatch = 32

// batchMinTokens is the number of tokens above which run looks up its
// brackets' tokens a batch at a time: the tokens of a shorter page (under
// 800 KB of them) are in the second-level cache, where a search alone
// waits little.
const batchMinTokens = 16 << 10

// bracket reports the bracket whose opening mark is at Text offset at, i
// the first token that ends after at (Document.TokenAt), when it only
// repeats the words before it, and returns the end of its closing mark
// (no bracket inside it is looked at), or -1.
func bracket(p *lint.Pass, at, i int) int {
	d := p.Doc
	toks := d.Tokens
	if i >= len(toks) || toks[i].Span.Start != at {
		return -1
	}
	open := &toks[i]
	if open.Kind != lint.Punct || (open.Text != "(" && open.Text != "[") {
		return -1
	}
	closer := ")"
	if open.Text == "[" {
		closer = "]"
	}
	// The bracket's words, up to its closing mark.
	j := i + 1
	for j < len(toks) && j-i-1 <= maxWords && toks[j].Kind == lint.Word && toks[j].Block == open.Block {
		j++
	}
	n := j - i - 1
	if n == 0 || n > maxWords || j >= len(toks) || toks[j].Text != closer || toks[j].Block != open.Block {
		return -1
	}
	// The same number of words directly before the bracket.
	if i-n < 0 || !open.Has(lint.SpaceBefore) {
		return -1
	}
	same := true
	for k := 0; k < n; k++ {
		a, b := &toks[i-n+k], &toks[i+1+k]
		if a.Kind != lint.Word || a.Block != open.Block || !strings.EqualFold(a.Text, b.Text) {
			same = false
			break
		}
	}
	prev := lint.Span{Start: toks[i-n].Span.Start, End: toks[i-1].Span.End}
	msg := "the bracket only repeats %q"
	if !same {
		// A month in brackets after a date that already names it, in
		// the American order or abbreviated: Jan. 28-29 (January).
		k := monthBefore(toks, i, j)
		if k < 0 {
			return -1
		}
		prev = lint.Span{Start: toks[k].Span.Start, End: toks[i-1].Span.End}
		msg = "the bracket only repeats the month of %q"
	}
	sp := lint.Span{Start: open.Span.Start, End: toks[j].Span.End}
	p.Report(lint.Diagnostic{
		Span:    sp,
		Message: fmt.Sprintf(msg, d.Phrase(prev)),
		Related: []lint.Related{{Span: prev, Message: "already written here"}},
		Fixes:   fixes.One(fmt.Sprintf("Delete %q", d.Phrase(sp)), lint.Span{Start: toks[i-1].Span.End, End: sp.End}, "", true),
	})
	return toks[j].Span.End
}

// months maps a month's full name and its usual abbreviations (lower case,
// without the point) to the full name.
var months = func() map[string]string {
	m := map[string]string{"sept": "september"}
	for _, name := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		m[name] = name
		m[name[:3]] = name
	}
	return m
}()

// monthBefore reports the index of the month word of the date that ends
// right before the bracket toks[i:j+1] when the bracket holds only that
// month's full name (Jan. 28-29 (January), Nov. 6, 2026 (November)), or -1.
// Between the month and the bracket there may be only numbers and the
// points, commas and dashes of a date.
func monthBefore(toks []lint.Token, i, j int) int {
	if j != i+2 || !toks[i+1].Has(lint.Capitalized) {
		return -1
	}
	full := strings.ToLower(toks[i+1].Text)
	if months[full] != full {
		return -1
	}
	block := toks[i].Block
	for k := i - 1; k >= 0 && k >= i-8 && toks[k].Block == block; k-- {
		t := &toks[k]
		switch t.Kind {
		case lint.Number:
			continue
		case lint.Punct:
			switch t.Text {
			case ".", ",", "-", "–":
				continue
			}
			return -1
		case lint.Word:
			if dayRange(t.Text) {
				continue
			}
			w := strings.ToLower(strings.TrimSuffix(t.Text, "."))
			if t.Has(lint.Capitalized) && months[w] == full && (w == full || k < i-1 || strings.HasSuffix(t.Text, ".") || toks[k+1].Text == ".") {
				return k
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// dayRange reports whether a word is a range of days such as 28-29.
func dayRange(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == '–':
		default:
			return false
		}
	}
	return digits > 0
}
