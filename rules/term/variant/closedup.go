package variant

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/term/internal/freq"
	"github.com/factlint/factlint/rules/term/internal/hyphens"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// closedBits is the size of the filter of closedCompounds: 65,536 bits,
// about one in forty set.
const closedBits = 16

// closedTable is the compounds of two words that news copy hyphenates
// often and never writes closed up (hyphens.Closed), by their closed-up
// form, where that form is no English word either and no free prefix
// before a word (yearold, wellknown; not antivirus), with a filter of their
// keys' lengths and end bytes.
type closedTable struct {
	bits [1 << closedBits / 64]uint64
	// inner is a filter of their lengths and second and last but one
	// bytes.
	inner [1 << closedBits / 64]uint64
	// cells are the cells (cellOf) of the closed forms, each once: the
	// buckets of the plain words of five letters or more by cell are
	// walked for these alone.
	cells []uint16
	m     map[string]string
}

// closedSpellings are closed forms that some house styles or varieties
// write as one word though the news counts never do: weeklong (AP),
// flyhalf and scrumhalf (South African and New Zealand rugby copy), dialup
// (American technology copy), byelection (Canadian Press).
var closedSpellings = map[string]bool{"weeklong": true, "flyhalf": true, "scrumhalf": true, "dialup": true,
	"byelection": true}

func closedCell(klen int32, first, last byte) uint32 {
	x := uint64(klen)<<16 | uint64(first)<<8 | uint64(last)
	return uint32(x * 0xff51afd7ed558ccd >> (64 - closedBits))
}

var closedCompounds = sync.OnceValue(func() *closedTable {
	t := &closedTable{m: map[string]string{}}
	for _, h := range hyphens.Closed() {
		a, b, ok := strings.Cut(h, "-")
		if !ok || strings.IndexByte(b, '-') >= 0 || len(a) < 2 || len(b) < 2 || !letters(a) || !letters(b) {
			continue
		}
		c := a + b
		if len(c) < 6 || lexicon.IsCommonWord(c) || freq.Band(c) > 0 || freq.Compound(c) || closedSpellings[c] ||
			!lexicon.IsCommonWord(a) || !lexicon.IsCommonWord(b) {
			continue
		}
		t.m[c] = h
		k := closedCell(int32(len(c)), c[0], c[len(c)-1])
		t.bits[k/64] |= 1 << (k % 64)
		k = closedCell(int32(len(c)), c[1], c[len(c)-2])
		t.inner[k/64] |= 1 << (k % 64)
		if c := cellOf(int32(len(c)), c[0], c[len(c)-1]); !slices.Contains(t.cells, c) {
			t.cells = append(t.cells, c)
		}
	}
	return t
})

func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// closedUp reports a word that is a compound news copy hyphenates written
// closed up (a 17-yearold, performanceenhancing drugs, the ondemand service)
// when the closed form is no English word and the article writes the
// compound no other way (those are compared as forms of one term). Only
// the buckets of the closed forms' cells are walked (a few hundred loads
// an article, whatever its length); the parts of hyphenated words
// (17-yearold) were noted by noteClosedPart.
func (sc *buffers) closedUp(p *lint.Pass, plains []plain, cands []cand, reported map[lint.Span]bool) {
	t := closedCompounds()
	toks := p.Doc.Tokens
	sc.closedWords(t, toks, plains)
	sc.reportClosedUp(p, t, cands, reported)
}

// closedWords adds to sc.closedHits the plain words that pass the filters
// of closedCompounds, t (a loop of its own: in closedUp's, with the
// reports', its variables spilled).
func (sc *buffers) closedWords(t *closedTable, toks []lint.Token, plains []plain) {
	// Most of the cells are empty in an article of news length: they are
	// told so by one load and compare each (bucket a slice of constant
	// length that a cell indexes: no bounds or nil check), before any
	// walk.
	bucket, base := sc.bucket[:], sc.base
	for _, c := range t.cells {
		if bucket[c] < base {
			continue // (a value below base is an empty cell: decode)
		}
		for k := sc.lastClosed(c); k >= 0 && int(k) < len(plains); k = sc.decode(plains[k].next) {
			pw := &plains[k]
			if c := closedCell(pw.klen(), pw.first(), pw.last()); pw.klen() < 6 || t.bits[c/64]&(1<<(c%64)) == 0 {
				continue
			}
			tk := &toks[k]
			w := words.StripPossessive(tk.Text)
			// the second and last but one bytes (between shares builtin's
			// length and ends)
			if len(w) != int(pw.klen()) {
				continue
			}
			if c := closedCell(int32(len(w)), w[1]|0x20, w[len(w)-2]|0x20); t.inner[c/64]&(1<<(c%64)) == 0 {
				continue
			}
			sc.closedHits = append(sc.closedHits, closedHit{lint.Span{Start: tk.Span.Start, End: tk.Span.Start + len(w)}, k})
		}
	}
}

// reportClosedUp reports the closed-up compounds of sc.closedHits that are
// no forms of the article's terms (cands).
func (sc *buffers) reportClosedUp(p *lint.Pass, t *closedTable, cands []cand, reported map[lint.Span]bool) {
	toks := p.Doc.Tokens
	// The hits that are closed-up compounds (few), with the compound each
	// is.
	found := sc.found[:0]
	for _, hit := range sc.closedHits {
		sp := hit.span
		w := p.Doc.Text[sp.Start:sp.End]
		tk := &toks[hit.tok]
		if upper := w[0] < 'a'; upper && (!tk.Has(lint.SentenceStart) || tk.Span.Start != sp.Start) {
			continue // a name (Deepmind) keeps its spelling
		}
		h, ok := sc.hyphenatedOf(t, w)
		if !ok || reported[sp] {
			continue
		}
		found = append(found, closedFound{span: sp, tok: hit.tok, hyphenated: h})
	}
	sc.found = found
	if len(found) == 0 {
		return
	}
	sc.termForms(cands, found, toks)
	for _, f := range found {
		if f.termForm {
			continue // a form of a term of the article: compared with its others
		}
		sp := f.span
		w := p.Doc.Text[sp.Start:sp.End]
		want := words.MatchCase(w, f.hyphenated)
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("%q is no word: news copy writes the compound hyphenated, %q", w, want),
			Fixes:   fixes.One(fmt.Sprintf("Use %q", want), sp, want, true),
		})
	}
}

// noteClosedPart notes a part of the hyphenated word of token tok that may
// be a compound written closed up (yearold in 17-yearold); t is
// closedCompounds(), which the caller asks once.
func (sc *buffers) noteClosedPart(t *closedTable, tok *lint.Token, i, off int, part string) {
	if len(part) < 6 {
		return
	}
	if c := closedCell(int32(len(part)), part[0]|0x20, part[len(part)-1]|0x20); t.bits[c/64]&(1<<(c%64)) == 0 {
		return
	}
	sc.closedHits = append(sc.closedHits, closedHit{lint.Span{Start: tok.Span.Start + off, End: tok.Span.Start + off + len(part)}, int32(i)})
}

// closedHit is a word or a part of a hyphenated word that passed the
// filter of closedCompounds: its span and its token.
type closedHit struct {
	span lint.Span
	tok  int32
}

// hyphenatedOf is the compound of closedCompounds, t, that the word w
// writes closed up, hyphenated, and whether there is one.
func (sc *buffers) hyphenatedOf(t *closedTable, w string) (string, bool) {
	sc.key = words.AppendKey(sc.key[:0], w)
	h, ok := t.m[string(sc.key)]
	return h, ok
}

// closedFound is a closed-up compound closedUp found: its span, its token
// and the compound hyphenated, and termForm tells whether it is a form of
// a term of the article.
type closedFound struct {
	span       lint.Span
	tok        int32
	hyphenated string
	termForm   bool
}

// termForms sets the termForm of each of found, the compounds closedUp
// found in an article of tokens toks: whether the closed form at its span
// is a form of a term the article writes some other way too, a closed form
// of cands at that span whose Sum some form of cands at another span has.
// The found compounds are sorted by token and span (sc.foundOrder) and a
// closed form's span is looked for by binary search, not in a map by span
// nor along a list of its token's compounds, and cands are read three
// times: asking cands for every found span, or walking a token's list for
// every closed form, made a long article's run, or one long word holding
// many closed-up compounds, quadratic.
func (sc *buffers) termForms(cands []cand, found []closedFound, toks []lint.Token) {
	order := sc.foundOrder[:0]
	for i := range found {
		order = append(order, int32(i))
	}
	sc.foundOrder = order
	byPlace := func(f *closedFound, tok int32, sp lint.Span) int {
		if c := cmp.Compare(f.tok, tok); c != 0 {
			return c
		}
		if c := cmp.Compare(f.span.Start, sp.Start); c != 0 {
			return c
		}
		return cmp.Compare(f.span.End, sp.End)
	}
	// (ties by index: a span found twice keeps its order)
	slices.SortFunc(order, func(a, b int32) int {
		if c := byPlace(&found[a], found[b].tok, found[b].span); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// foundAt is the first place in order of a found compound at the span
	// of the closed form c, or -1.
	foundAt := func(c *cand) int {
		if c.kind != closed {
			return -1
		}
		sp := c.span(toks)
		j, ok := slices.BinarySearchFunc(order, c.token, func(i int32, tok int32) int {
			return byPlace(&found[i], tok, sp)
		})
		if !ok {
			return -1
		}
		return j
	}
	// the Sums of the closed forms at the spans found, each with the span
	// of its first such form and whether a form of any kind has it at
	// another span
	type spans struct {
		first lint.Span
		two   bool
	}
	sums := map[uint64]*spans{}
	for k := range cands {
		if c := &cands[k]; sums[c.sum] == nil && foundAt(c) >= 0 {
			sums[c.sum] = &spans{first: c.span(toks)}
		}
	}
	if len(sums) == 0 {
		return
	}
	for k := range cands {
		if s := sums[cands[k].sum]; s != nil && cands[k].span(toks) != s.first {
			s.two = true
		}
	}
	for k := range cands {
		// (the form at first has the Sum too: a form at sp has it at
		// another span than one of them at least when two is set)
		c := &cands[k]
		if s := sums[c.sum]; s == nil || !s.two {
			continue
		}
		// every compound found at the span (a span may be found twice),
		// once: they stand together in order
		if j := foundAt(c); j >= 0 && !found[order[j]].termForm {
			sp := found[order[j]].span
			for ; j < len(order) && found[order[j]].span == sp; j++ {
				found[order[j]].termForm = true
			}
		}
	}
}
