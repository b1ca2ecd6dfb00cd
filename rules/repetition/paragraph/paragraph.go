// Package paragraph implements repetition-paragraph: a headline or paragraph
// printed twice.
package paragraph

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
)

//go:embed doc.md
var doc string

// Rule is repetition-paragraph.
var Rule = &lint.Rule{
	Name:     "repetition-paragraph",
	Summary:  "A headline or paragraph repeated verbatim.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// Thresholds, in words: a copy right after its original must have at least
// minAdjacent words ("Ends" twice is a layout habit); a copy further down,
// at least minDistant (short refrains such as "Winners meet in the final" in
// a fixture list repeat on purpose).
const (
	minAdjacent = 2
	minDistant  = 8
)

type seen struct {
	first int // block index of the first occurrence
	count int
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	keys := make([]uint64, len(d.Blocks))
	words := make([]int, len(d.Blocks))
	occ := make(map[uint64]*seen, len(d.Blocks))
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		for k := b.FirstToken; k < b.EndToken; k++ {
			if d.Tokens[k].Kind != lint.Punct {
				words[bi]++
			}
		}
		if words[bi] < minAdjacent {
			continue
		}
		keys[bi] = hash(d.Slice(b.Span))
		if s := occ[keys[bi]]; s != nil {
			s.count++
		} else {
			occ[keys[bi]] = &seen{first: bi, count: 1}
		}
	}
	for bi := range d.Blocks {
		if words[bi] < minAdjacent {
			continue
		}
		s := occ[keys[bi]]
		// Only a pair is a slip: three or more copies are a refrain or a list.
		if s.count != 2 || s.first == bi {
			continue
		}
		if !sameText(d.Slice(d.Blocks[s.first].Span), d.Slice(d.Blocks[bi].Span)) {
			continue // a hash collision
		}
		orig := s.first
		adjacent := orig == bi-1
		if !adjacent && words[bi] < minDistant {
			continue
		}
		// Markdown: a front-matter title shown again as the page's first
		// heading is a convention of static site generators, not a slip.
		if d.Format == lint.FormatMarkdown && d.Blocks[orig].Kind == lint.BlockHeadline && d.Blocks[bi].Kind == lint.BlockHeading && adjacent {
			continue
		}
		what := "paragraph"
		if d.Blocks[orig].Kind == lint.BlockHeadline {
			what = "headline"
		}
		b := d.Blocks[bi]
		origLine := d.Lines.Line(d.ToSource(d.Blocks[orig].Span.Start))
		p.Report(lint.Diagnostic{
			Span:    b.Span,
			Message: fmt.Sprintf("the %s is repeated verbatim (first on line %d)", what, origLine),
			Related: []lint.Related{{Span: d.Blocks[orig].Span, Message: "first printed here"}},
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Delete the repeated %s", what),
				Edits:   []lint.Edit{{Span: deletion(d, bi), NewText: ""}},
				Safe:    false,
			}},
		})
	}
	return nil, nil
}

// deletion is the span that removes block bi together with the blank line
// that separates it from its neighbour: from the end of the block before it,
// or, for the first block, up to the start of the next one.
func deletion(d *lint.Document, bi int) lint.Span {
	b := d.Blocks[bi].Span
	if bi > 0 {
		sp := lint.Span{Start: d.Blocks[bi-1].Span.End, End: b.End}
		if d.Verbatim(sp) {
			return sp
		}
	}
	if bi+1 < len(d.Blocks) {
		sp := lint.Span{Start: b.Start, End: d.Blocks[bi+1].Span.Start}
		if d.Verbatim(sp) {
			return sp
		}
	}
	return b
}

// hash is FNV-1a over s with each run of white space taken as one space,
// so that a copy wrapped differently still matches its original.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			space = true
			continue
		}
		if space {
			h ^= ' '
			h *= 1099511628211
			space = false
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// sameText compares two texts with runs of white space taken as one space.
func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}
