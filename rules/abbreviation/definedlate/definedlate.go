// Package definedlate implements abbreviation-defined-late: an abbreviation
// used before the article spells it out (the IRA … later Internet Research
// Agency (IRA)).
package definedlate

import (
	_ "embed"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/scan"
)

//go:embed doc.md
var doc string

// Rule is abbreviation-defined-late.
var Rule = &lint.Rule{
	Name:     "abbreviation-defined-late",
	Summary:  "An abbreviation used before the article spells it out (the IRA … Internet Research Agency (IRA)).",
	Doc:      doc,
	Severity: lint.Info,
	Fixable:  true,
	Run:      run,
}

// connectors may stand inside a spelt-out name without giving it a letter
// (Department of Defense (DOD)).
var connectors = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "&": true, "to": true,
	"at": true, "de": true, "du": true, "la": true, "des": true, "del": true, "a": true,
}

type definition struct {
	long  lint.Span // "Internet Research Agency"
	whole lint.Span // "Internet Research Agency (IRA)"
	abbr  lint.Span // "IRA"
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	toks := d.Tokens
	defs := map[string]definition{}
	// "Name (ABBR)": the opening brackets, found in the text, then their
	// tokens. A long page's brackets are looked up bracketBatch at a time
	// (Document.TokensAt), so that the last probes of their searches,
	// which miss the cache, wait for memory together, not one after
	// another; a short one's each alone, as its tokens are in the cache.
	brackets := scan.NewFinder(d.Text, 0, len(d.Text), "(")
	if len(toks) > batchMinTokens {
		defineBatched(d, defs, &brackets)
	} else {
		for at := brackets.Next(); at >= 0; at = brackets.Next() {
			define(defs, toks, at, d.TokenAt(at))
		}
	}
	if len(defs) == 0 {
		return nil, nil
	}
	// No token at or after the last definition can be used before one:
	// the walk stops there.
	end := 0
	for _, def := range defs {
		end = max(end, def.whole.Start)
	}
	reported := map[string]bool{}
	// On a long page with definitions all through it the walk reads
	// nearly every token: it ranges over the slice it indexes (no bounds
	// test) and tests first the flag that turns most tokens away.
	walk := toks[:d.TokenAt(end)]
	// Every abbreviation defined is two runes or more, so its first two
	// bytes are those of any word it stands in. On a long walk heads
	// holds them, and turns away most capitals (US, BBC) before their
	// abbreviation is cut out and hashed for defs: on the 1 MB article the
	// look-ups were a tenth of the rule and abbrPart's loop over the text
	// another. (A short walk meets too few capitals to repay the set.)
	var heads pairSet
	sieved := len(walk) > headsMinTokens
	if sieved {
		for ab := range defs {
			heads.add(ab)
		}
	}
	for i := range walk {
		t := &walk[i]
		if t.Flags&lint.AllCaps == 0 || t.Kind != lint.Word || sieved && !heads.has(t.Text) {
			continue
		}
		ab := abbrPart(t.Text)
		def, ok := defs[ab]
		if !ok || reported[ab] || t.Span.Start >= def.whole.Start {
			continue
		}
		// Headlines and headings use the short form before the body spells it out.
		if k := d.Blocks[t.Block].Kind; k == lint.BlockHeadline || k == lint.BlockHeading {
			continue
		}
		reported[ab] = true
		long := d.Slice(def.long)
		line := d.LineOf(def.whole.Start)
		diag := lint.Diagnostic{
			Span:    lint.Span{Start: t.Span.Start, End: t.Span.Start + len(ab)},
			Message: fmt.Sprintf("%q is used before the article spells it out as %q (line %d)", ab, long, line),
			Related: []lint.Related{{Span: def.whole, Message: "spelt out here"}},
		}
		if ab == t.Text {
			diag.Fixes = []lint.Fix{{
				Message: fmt.Sprintf("Spell out %q here and use %q on line %d", ab, ab, line),
				Edits: []lint.Edit{
					{Span: t.Span, NewText: long + " (" + ab + ")"},
					{Span: def.whole, NewText: ab},
				},
				Safe: false,
			}}
		}
		p.Report(diag)
	}
	return nil, nil
}

// bracketBatch is the number of brackets whose tokens run looks up at a
// time on a long page.
const bracketBatch = 32

// batchMinTokens is the number of tokens above which run looks up its
// brackets' tokens a batch at a time: the tokens of a shorter page (under
// 800 KB of them) are in the second-level cache, where a search alone
// waits little.
const batchMinTokens = 16 << 10

// defineBatched is run's look-up of the brackets that brackets finds on
// a long page: their tokens are looked up bracketBatch at a time.
func defineBatched(d *lint.Document, defs map[string]definition, brackets *scan.Finder) {
	var offs, ks [bracketBatch]int
	for {
		n := brackets.NextBatch(offs[:])
		d.TokensAt(offs[:n], ks[:n])
		for q := range n {
			define(defs, d.Tokens, offs[q], ks[q])
		}
		if n < len(offs) {
			return
		}
	}
}

// define adds to defs the definition "Name (ABBR)" whose opening bracket
// is at Text offset at, k the first token that ends after at
// (Document.TokenAt), unless its abbreviation is defined already.
func define(defs map[string]definition, toks []lint.Token, at, k int) {
	i := k + 1 // the abbreviation
	if k >= len(toks) || toks[k].Span.Start != at || i < 2 || i+1 >= len(toks) {
		return
	}
	if toks[i-1].Text != "(" || toks[i+1].Text != ")" || toks[i].Kind != lint.Word || !toks[i].Has(lint.AllCaps) {
		return
	}
	ab := toks[i].Text
	if n := utf8.RuneCountInString(ab); n < 2 || n > 8 || !allLetters(ab) {
		return
	}
	if _, seen := defs[ab]; seen {
		return
	}
	first := spelledOut(toks, i-2, ab)
	if first < 0 {
		return
	}
	defs[ab] = definition{
		long:  lint.Span{Start: toks[first].Span.Start, End: toks[i-2].Span.End},
		whole: lint.Span{Start: toks[first].Span.Start, End: toks[i+1].Span.End},
		abbr:  toks[i].Span,
	}
}

// spelledOut walks back from token last over the capitalised words whose
// initials spell ab and returns the index of the first word, or -1.
// Connectors inside the name may give a letter (Department of Defense, DOD)
// or none (Institute for Fiscal Studies, IFS); the first word is capitalised.
func spelledOut(toks []lint.Token, last int, ab string) int {
	first, _ := spelledOutCount(toks, last, ab)
	return first
}

// spelledOutCount is spelledOut, which also returns how many words it
// compared with a letter (TestSpelledOutBound bounds them).
func spelledOutCount(toks []lint.Token, last int, ab string) (first, calls int) {
	letters := []rune(ab)
	block := toks[last].Block
	// A word that is a connector and starts with the letter sought may
	// stand for the letter or be skipped: without a memo, a run of such
	// words (of of of ... (OOOOOOOO)) is tried in every way, tens of
	// thousands of calls for each bracket. match(k, j) depends on k and j
	// alone, and the window holds 2*len(letters)+3 values of k: memo holds
	// each answer + 2 (0 for none yet).
	width := 2*len(letters) + 3
	var buf [19 * 8]int32
	memo := buf[:]
	if width*len(letters) > len(buf) {
		memo = make([]int32, width*len(letters))
	}
	var match, matchAt func(k, j int) int
	match = func(k, j int) int {
		if j < 0 {
			if k+1 <= last && toks[k+1].Has(lint.Capitalized) {
				return k + 1
			}
			return -1
		}
		if k < 0 || last-k > 2*len(letters)+2 {
			return -1
		}
		m := &memo[(last-k)*len(letters)+j]
		if *m == 0 {
			*m = int32(matchAt(k, j) + 2)
		}
		return int(*m) - 2
	}
	matchAt = func(k, j int) int {
		calls++
		t := &toks[k]
		if t.Kind != lint.Word || t.Block != block {
			return -1
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		conn := fold.Has(connectors, t.Text) && !t.Has(lint.Capitalized)
		if unicode.ToUpper(r) == letters[j] && (t.Has(lint.Capitalized) || conn) {
			if f := match(k-1, j-1); f >= 0 {
				return f
			}
		}
		if conn && k < last {
			return match(k-1, j)
		}
		return -1
	}
	return match(last, len(letters)-1), calls
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// headsMinTokens is the length of walk above which run sieves its
// capitals by their first two bytes (pairSet); a variable, so that a test
// can turn the sieve off.
var headsMinTokens = 4096

// pairSet is a set of the first two bytes of words that may err towards
// yes: the low five bits of each byte make its bit, which tells the
// capitals A to Z apart (the set is 128 bytes, cleared at each page).
type pairSet [16]uint64

func pairBit(w string) uint { return uint(w[0]&31)<<5 | uint(w[1]&31) }

// add records the first two bytes of w, which has two or more.
func (s *pairSet) add(w string) {
	k := pairBit(w)
	s[k>>6] |= 1 << (k & 63)
}

// has reports whether a word that begins as w does may have been added:
// false when w has fewer than two bytes.
func (s *pairSet) has(w string) bool {
	if len(w) < 2 {
		return false
	}
	k := pairBit(w)
	return s[k>>6]&(1<<(k&63)) != 0
}

// abbrPart returns the abbreviation inside a word such as "IRA's" or "IRA-backed".
func abbrPart(w string) string {
	for i, r := range w {
		if r == '-' || r == '\'' || r == '’' {
			return w[:i]
		}
	}
	return w
}
