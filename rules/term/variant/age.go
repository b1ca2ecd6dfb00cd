package variant

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
)

// ageNumbers are the number words an age compound may open with (a
// five-year-old, twenty-five-year-old).
var ageNumbers = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true,
	"eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true}

// isOld reports whether w is old or olds, the last part of an age compound.
func isOld(w string) bool { return w == "old" || w == "olds" }

// oldWalks are the buckets of the plain words old and olds and their facts
// as fastWords packs them (so do Old and OLDs: a match reads the text).
var oldWalks = [2]struct {
	cell  uint16
	facts uint64
}{{cellOf(3, 'o', 'd'), packFacts(3, 'o', 'd', 0, asciiWord)}, {cellOf(4, 'o', 's'), packFacts(4, 'o', 's', 0, asciiWord)}}

// oldTokens lists the tokens old and olds, in order. Both are fast words
// (ASCII, no capital, hyphen or apostrophe) of fewer than five bytes, which
// fastWords chains in the buckets of their cells: the walk reads those
// chains and the facts of their plains, and a token only when its facts
// match, instead of every token's Fold.
func (sc *buffers) oldTokens(toks []lint.Token) []int32 {
	plains, olds := sc.plains, sc.olds[:0]
	for _, o := range oldWalks {
		// (past the words: markHyphenPairs' sentinel)
		for k := sc.lastClosed(o.cell); k >= 0 && int(k) < len(plains); k = sc.decode(plains[k].next) {
			if pw := &plains[k]; pw.facts == o.facts && isOld(toks[k].Text) {
				olds = append(olds, k)
			}
		}
	}
	slices.Sort(olds) // (two chains, each from the last word back)
	sc.olds = olds
	return olds
}

// noteAge reads the hyphenated word w of token i as a part of an age
// compound: written whole (17-year-old) it marks the article as one that
// writes ages with both hyphens; written with a hyphen missing (17-year old,
// 30 year-old) it is a candidate for ageCompounds. readSlowWords calls it
// for every hyphenated word, so it tests the word's last byte first.
func (sc *buffers) noteAge(toks []lint.Token, i int, w string) {
	if b := w[len(w)-1]; b != 'd' && b != 's' && b != 'r' && b != 'h' && b != 'k' && b != 'y' {
		return
	}
	// the last three parts: a-b-c (a may be empty)
	j := strings.LastIndexByte(w, '-')
	if j < 0 {
		return // another hyphen (U+2010)
	}
	c, rest := w[j+1:], w[:j]
	a, b := "", rest
	if k := strings.LastIndexByte(rest, '-'); k >= 0 {
		a, b = rest[:k], rest[k+1:]
	}
	switch {
	case isOld(c) && ageUnit(b) && a != "" && ageNumber(a, false):
		sc.ageFull = true // 17-year-old, twenty-five-year-old
	case isOld(c) && ageUnit(b) && a == "":
		// 30 year-old: a number before
		if i > 0 && toks[i].Has(lint.SpaceBefore) && toks[i-1].Sentence == toks[i].Sentence && ageNumber(toks[i-1].Text, toks[i-1].Kind == lint.Number) {
			sc.ageSlips = append(sc.ageSlips, int32(i-1))
		}
	case ageUnit(c) && ageNumber(b, false):
		// 17-year old: old after
		if i+1 < len(toks) && toks[i+1].Has(lint.SpaceBefore) && toks[i+1].Sentence == toks[i].Sentence && isOld(toks[i+1].Text) {
			sc.ageSlips = append(sc.ageSlips, int32(i))
		}
	}
}

// ageNumber reports whether w is a number an age compound opens with:
// digits (number is the token's kind) or a number word.
func ageNumber(w string, number bool) bool {
	if number {
		return true
	}
	if w != "" && '0' <= w[0] && w[0] <= '9' {
		for k := 0; k < len(w); k++ {
			if (w[k] < '0' || w[k] > '9') && w[k] != ',' {
				return false
			}
		}
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:] // twenty-five
	}
	return ageNumbers[strings.ToLower(w)]
}

// ageCompounds reports an age compound with one of its two hyphens missing
// or both (a 17-year old, the 30 year-old coach, a five year old boy) in an
// article that writes another age compound with both: with the unit in the
// singular it is the compound in every house style, only ever written
// 17-year-old (17 years old is the other way to say it; one year old, open,
// may be that too). An article that writes every age one way is left alone
// (BBC copy has its 41 year-old and 50-year old, a house style of sorts).
// The hyphenated candidates were noted by noteAge; the open ones (a five
// year old) are looked for here, only in an article with a whole compound.
func (sc *buffers) ageCompounds(p *lint.Pass, reported map[lint.Span]bool) {
	if !sc.ageFull {
		return
	}
	toks := p.Doc.Tokens
	report := func(first, last int) {
		sp := lint.Span{Start: toks[first].Span.Start, End: toks[last].Span.End}
		if reported[sp] {
			return
		}
		var parts []string
		for k := first; k <= last; k++ {
			parts = append(parts, toks[k].Text)
		}
		want := strings.Join(parts, "-")
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("%q is an age compound written without one of its hyphens; the article writes them with both elsewhere: %q", strings.Join(parts, " "), want),
			Fixes:   fixes.One(fmt.Sprintf("Use %q", want), sp, want, true),
		})
	}
	for _, i := range sc.ageSlips {
		report(int(i), int(i)+1)
	}
	// a five year old: three words, each after a space (not looked for in
	// a text of more than longMin words, no news story: see variant.go)
	if sc.long {
		return
	}
	for _, k := range sc.oldTokens(toks) {
		i := int(k)
		if i < 2 {
			continue
		}
		t := &toks[i]
		u, n := &toks[i-1], &toks[i-2]
		if !t.Has(lint.SpaceBefore) || !u.Has(lint.SpaceBefore) || u.Sentence != t.Sentence || n.Sentence != t.Sentence ||
			!ageUnit(u.Text) || !ageNumber(n.Text, n.Kind == lint.Number) {
			continue
		}
		if w := strings.ToLower(n.Text); w == "one" || w == "1" {
			continue // the scheme is one year old
		}
		report(i-2, i)
	}
}
