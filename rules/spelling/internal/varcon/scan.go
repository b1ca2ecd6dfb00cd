package varcon

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/scratch"
)

// Occurrence is one word (or one part of a hyphenated compound) of the
// article that the table knows.
type Occurrence struct {
	Span  lint.Span // in Doc.Text: the word without a possessive 's
	Text  string    // as written
	Lower string
	Entry *Entry // read only; the zero Entry for a word of the extra set alone
	Token int    // index in Doc.Tokens
	// Name is set when the word is part of a proper name or of a title
	// of a work (a capitalised word that is not merely a sentence start),
	// or of an American office's name in lower case (usOfficeWord).
	Name bool
	// Prev and Next are the capitalised words around a name word (lower
	// case, "" when there is none): they identify the name.
	Prev, Next string
}

// Scan returns the table's words in doc, in order, and the words of extra
// (may be nil) that the table does not hold (with a zero Entry). ALL-CAPS
// words are left out. In a Title Case headline a capitalised word counts as
// a name only when the body also capitalises it mid-sentence.
func Scan(doc *lint.Document, extra *Set) []Occurrence {
	occ, _ := scan(doc, extra, nil, nil, nil)
	return occ
}

// Stops are the words of another walk over an article (a few hundred,
// keyed by Fold), at which ScanStops stops besides the words it looks up,
// so that the other walk reads the few tokens ScanStops lists instead of
// every token.
type Stops struct {
	extra *Set
	folds func() *foldFilter // extra's filter keyed by Fold (or the table's) with the words added
}

// NewStops makes the Stops of the words that words (called once, on first
// use) returns, as written, for ScanStops with extra (may be nil).
func NewStops(extra *Set, words func() []string) *Stops {
	return &Stops{extra: extra, folds: sync.OnceValue(func() *foldFilter {
		f := *tableFolds()
		if extra != nil {
			f = *extra.folds()
		}
		for _, w := range words() {
			f.add(lint.FoldHash(w))
		}
		return &f
	})}
}

// ScanStops is Scan(doc, stops' extra set) that also appends to list the
// index of every token it stops at, in order, and returns it: among them
// every token whose Fold is that of one of stops' words and every word or
// number with a byte beyond ASCII (and some others). The occurrences are
// returned in the array of into when it has room for them (a caller's
// pooled list: it must be no part of a list still read), else in a new
// one.
func ScanStops(doc *lint.Document, stops *Stops, list []int32, into []Occurrence) ([]Occurrence, []int32) {
	return scan(doc, stops.extra, stops.folds(), list, into)
}

// scan is Scan; with stopAt, it stops at the tokens of that filter keyed
// by Fold too, and lists the tokens it stops at after those of list (see
// ScanStops).
func scan(doc *lint.Document, extra *Set, stopAt *foldFilter, list []int32, into []Occurrence) ([]Occurrence, []int32) {
	s := newScanner(doc, extra)
	if stopAt != nil {
		s.stopAt, s.listing, s.stops = stopAt, true, list
	}
	s.into = into
	return s.run()
}

// newScanner returns the scanner of doc for Scan(doc, extra).
func newScanner(doc *lint.Document, extra *Set) scanner {
	s := scanner{doc: doc, toks: doc.Tokens}
	if extra == nil {
		s.filter, s.folds = &tableFilter, tableFolds()
	} else {
		s.filter, s.extra, s.folds = extra.filter(), extra.index(), extra.folds()
	}
	s.stopAt = s.folds
	return s
}

// run looks up the words of the article and returns what they are, and
// the tokens it stopped at when listing.
func (s *scanner) run() ([]Occurrence, []int32) {
	sc := spaces.GetFor(len(s.toks))
	if sc.titleCase == nil {
		sc.titleCase, sc.bodyNames = map[int32]bool{}, map[string]bool{}
	}
	s.out, s.titleCase, s.bodyNames = sc.occ[:0], sc.titleCase, sc.bodyNames
	s.words()
	toks, out := s.toks, s.out
	for k := range out {
		o := &out[k]
		if o.Name && s.titleCase[toks[o.Token].Block] && !s.bodyNames[o.Lower] {
			o.Name = false
		}
		// A word that opens a sentence is a name when the body writes it
		// capitalised in mid-sentence as well (Tyre, the Lebanese city,
		// beside "the port city of Tyre").
		if t := &toks[o.Token]; !o.Name && t.Has(lint.SentenceStart) && isUpper(o.Text) && s.bodyNames[o.Lower] && !s.titleCase[t.Block] {
			o.Name = true
		}
	}
	sc.occ = out
	return sc.exact(len(toks), s.into), s.stops
}

// scratchSpace is what a Scan fills and needs no more once it returns: the
// list of occurrences (a few hundred bytes an article), so that the list
// it returns is allocated at its size, and the scanner's maps.
type scratchSpace struct {
	occ       []Occurrence
	titleCase map[int32]bool
	bodyNames map[string]bool
}

// spaces holds scratchSpaces. They grow with the words of the table that
// an article holds, not with its tokens (a list of some 14,000 for a
// 10 MB article), so they are put back by the article's length
// (scratch.Pool.PutFor): a long article's go to the side that only the
// next article that long takes, on any processor.
var spaces scratch.Pool[scratchSpace]

// exact returns a copy of sc.occ at its length (nil when it is empty), in
// the array of into when it has the room, and puts sc back in spaces,
// cleared so that it holds no text, as the space of a document of ntoks
// tokens.
func (sc *scratchSpace) exact(ntoks int, into []Occurrence) []Occurrence {
	size := max(cap(sc.occ), len(sc.titleCase), len(sc.bodyNames))
	var out []Occurrence
	if len(sc.occ) > 0 {
		if cap(into) >= len(sc.occ) {
			out = into[:len(sc.occ)]
		} else {
			out = make([]Occurrence, len(sc.occ))
		}
		copy(out, sc.occ)
		clear(sc.occ)
	}
	if len(sc.titleCase) > 0 {
		clear(sc.titleCase)
	}
	if len(sc.bodyNames) > 0 {
		clear(sc.bodyNames)
	}
	spaces.PutFor(sc, ntoks, size)
	return out
}

// words looks up every word of the article. Most words are in no table:
// the filter of the table's words keyed by their Fold turns them away
// without a look at their text. The others, and the words of other bytes
// than ASCII or with a capital inside (which may lower otherwise) or with
// a hyphen or an apostrophe (whose parts or possessive-less form are
// looked up), are looked up the thorough way. When listing, it lists
// every token it stops at.
func (s *scanner) words() {
	toks, stopAt := s.toks, s.stopAt
	for i := skip(toks, 0, stopAt); i < len(toks); i = skip(toks, i+1, stopAt) {
		if s.listing {
			s.stops = append(s.stops, int32(i))
		}
		if t := &toks[i]; t.Kind == lint.Word && t.Flags&lint.AllCaps == 0 &&
			(t.Flags&thorough != 0 || stopAt == s.folds || s.folds.may(t.Fold)) {
			s.token(i)
		}
	}
}

// thorough are the flags of a word that Scan looks up the thorough way
// whatever its Fold: a hyphen or an apostrophe (its parts, or its form
// without a possessive, are what the table may hold), a byte beyond ASCII
// (a curly apostrophe, a Unicode hyphen) or a capital inside (it may lower
// otherwise than its Fold does).
const thorough = lint.HyphenOrApostrophe | lint.InnerCapOrNonASCII

// skip returns the first token from i on that words stops at (or
// len(toks)): a word (or number) with a flag of thorough, or a token whose
// Fold stopAt passes. It calls nothing, so that its loop runs in
// registers; most tokens are none of these, and words asks of the few
// that are whether they are words to look up.
func skip(toks []lint.Token, i int, stopAt *foldFilter) int {
	f := &stopAt.f
	_ = f[0] // (the filter's nil check, once and not at every token)
	// Two tokens a turn: the loop's own count, test and index are paid
	// once for both.
	rest := toks[i:]
	k := 0
	for ; k < len(rest)-1; k += 2 {
		if stops(&rest[k], f) {
			return i + k
		}
		if stops(&rest[k+1], f) {
			return i + k + 1
		}
	}
	if k < len(rest) && stops(&rest[k], f) {
		return i + k
	}
	return len(toks)
}

// stops reports whether skip stops at t, of filter f: a flag of thorough,
// or a Fold f passes (its two bits tested without a branch).
func stops(t *lint.Token, f *[4096]uint64) bool {
	if t.Flags&thorough != 0 {
		return true
	}
	w := f[t.Fold>>20]
	return bit(w&(1<<(t.Fold>>14&63)) != 0)&bit(w&(1<<(t.Fold>>8&63)) != 0) != 0
}

// token looks up token i the thorough way: a word of letters and
// apostrophes without its possessive, or the parts of a hyphenated
// compound. words asks it of a word with a flag of thorough, or of one
// whose Fold the filter keyed by Fold (folds) passes.
//
// The filter keyed by Fold turns away most of what it looks up (it' of
// it's, don't, the parts of well-known) for the cost of their FoldHash,
// before the table's own hash: a word it turns away that is clean has no
// hyphen either.
func (s *scanner) token(i int) {
	t := &s.toks[i]
	w := t.Text
	if t.Flags&thorough == 0 {
		// A word without a hyphen, an apostrophe or a byte beyond ASCII
		// (most of those words looks up) is its own form without a
		// possessive, and words looks it up only when its Fold passed the
		// filter keyed by Fold: only the table's own hash is left to ask,
		// and a word that is not clean has no parts to look up either.
		if h, clean := wordHash(w); clean && s.filter.MayHave(h) {
			s.look(i, 0, w, true, h)
		}
		return
	}
	// A word of letters and apostrophes is one part.
	sw := stripPossessive(w)
	fold := t.Fold
	if len(sw) != len(w) {
		fold = lint.FoldHash(sw)
	}
	if s.folds.may(fold) {
		if h, clean := wordHash(sw); clean {
			if s.filter.MayHave(h) {
				s.look(i, 0, sw, true, h)
			}
			return
		}
	}
	switch {
	case t.Flags&thorough == 0:
		// no hyphen: not a word of the table
	case t.Flags&lint.InnerCapOrNonASCII == 0:
		s.asciiParts(i, w) // its only hyphen is '-'
	case strings.IndexByte(w, '-') >= 0 || strings.IndexByte(w, 0xE2) >= 0: // U+2010 and U+2011 start with 0xE2
		s.parts(i, w)
	}
}

// asciiParts looks up the parts of token i, an ASCII word w, between its
// hyphens, found by byte search; none when it has no hyphen.
func (s *scanner) asciiParts(i int, w string) {
	k := strings.IndexByte(w, '-')
	if k < 0 {
		return
	}
	start, first := 0, true
	for ; k >= 0; k = strings.IndexByte(w[start:], '-') {
		if k > 0 {
			s.part(i, start, w[start:start+k], first)
		}
		first = false
		start += k + 1
	}
	if start < len(w) {
		s.part(i, start, w[start:], first)
	}
}

// parts looks up the parts of token i, a word w with a hyphen, between
// its hyphens (lint.IsHyphen), rune by rune.
func (s *scanner) parts(i int, w string) {
	start, first := 0, true
	for k, r := range w {
		if lint.IsHyphen(r) {
			if k > start {
				s.part(i, start, w[start:k], first)
			}
			first = false
			start = k + utf8.RuneLen(r)
		}
	}
	if start < len(w) {
		s.part(i, start, w[start:], first)
	}
}

// noEntry is the Entry of a word of the extra set alone.
var noEntry Entry

// scanner is the state of one Scan.
type scanner struct {
	doc       *lint.Document
	toks      []lint.Token
	filter    *filter     // of the table's words and extra's
	folds     *foldFilter // the same keyed by Fold
	stopAt    *foldFilter // folds, or that of ScanStops' Stops
	listing   bool        // for ScanStops
	stops     []int32     // the tokens words stopped at, when listing
	extra     *index      // of extra's words that the table does not hold, or nil
	out       []Occurrence
	into      []Occurrence    // room for the list run returns (see ScanStops)
	titleCase map[int32]bool  // the Title Case headline blocks, once titled
	titled    bool            // titleCase is filled (once a name is seen)
	bodyNames map[string]bool // words of names outside them
}

// part looks up p, a hyphen-separated part of token i at byte offset off.
func (s *scanner) part(i int, off int, p string, first bool) {
	w := stripPossessive(p)
	if !s.folds.may(lint.FoldHash(w)) {
		return
	}
	if h, clean := wordHash(w); clean && s.filter.MayHave(h) {
		s.look(i, off, w, first, h)
	}
}

// look looks up w, a clean hyphen-separated part of token i at byte offset
// off without its possessive, whose wordHash is h, and records it when the
// table or the extra set holds it.
func (s *scanner) look(i int, off int, w string, first bool, h uint64) {
	lower, e := findTable(h, w)
	if e == nil {
		if s.extra == nil {
			return
		}
		if lower = s.extra.find(h, w); lower == "" {
			return
		}
		e = &noEntry
	}
	toks := s.toks
	t := &toks[i]
	o := Occurrence{
		Span:  lint.Span{Start: t.Span.Start + off, End: t.Span.Start + off + len(w)},
		Text:  w,
		Lower: lower,
		Entry: e,
		Token: i,
	}
	if isUpper(w) {
		o.Name = t.Has(lint.Capitalized) && !t.Has(lint.SentenceStart) || !first ||
			i+1 < len(toks) && capitalWord(&toks[i+1]) && toks[i+1].Sentence == t.Sentence ||
			i > 0 && capitalWord(&toks[i-1]) && toks[i-1].Sentence == t.Sentence && !toks[i-1].Has(lint.SentenceStart)
		if o.Name {
			if i > 0 && capitalWord(&toks[i-1]) && toks[i-1].Sentence == t.Sentence {
				o.Prev = strings.ToLower(toks[i-1].Text)
			}
			if i+1 < len(toks) && capitalWord(&toks[i+1]) && toks[i+1].Sentence == t.Sentence {
				o.Next = strings.ToLower(toks[i+1].Text)
			}
			if !s.titled {
				titleCaseBlocks(s.doc, s.titleCase)
				s.titled = true
			}
			if !s.titleCase[t.Block] {
				s.bodyNames[lower] = true
			}
		}
	} else if i > 0 && i+1 < len(toks) && usOfficeWord(toks, i) {
		o.Name = true
	}
	s.out = append(s.out, o)
}

// usOfficeWord reports whether token i, a word in lower case, stands in the
// name of an American office or department between US and its head (US
// defense Minister, U.S. labor Department): the name keeps its American
// spelling in any copy (the BBC writes US Defense Secretary), and its
// lower case is a slip of capitals, not of spelling.
func usOfficeWord(toks []lint.Token, i int) bool {
	p, n, t := &toks[i-1], &toks[i+1], &toks[i]
	if p.Sentence != t.Sentence || n.Sentence != t.Sentence || !capitalWord(n) {
		return false
	}
	switch p.Text {
	case "US", "U.S.", "U.S":
	default:
		return false
	}
	switch n.Text {
	case "Secretary", "Minister", "Department", "Dept", "Ministry", "Secretaries", "Undersecretary":
		return true
	}
	return false
}

// capitalWord reports whether t is a capitalised word (a name part).
func capitalWord(t *lint.Token) bool {
	return t.Kind == lint.Word && t.Has(lint.Capitalized)
}

// titleCaseBlocks marks in m the headlines and headings written in Title
// Case: most of their words of four letters or more are capitalised.
func titleCaseBlocks(doc *lint.Document, m map[int32]bool) {
	for bi, b := range doc.Blocks {
		if b.Kind != lint.BlockHeadline && b.Kind != lint.BlockHeading {
			continue
		}
		long, caps := 0, 0
		for i := b.FirstToken; i < b.EndToken; i++ {
			t := &doc.Tokens[i]
			if t.Kind != lint.Word || utf8.RuneCountInString(t.Text) < 4 {
				continue
			}
			long++
			if t.Has(lint.Capitalized) {
				caps++
			}
		}
		if long >= 3 && caps*10 >= long*7 {
			m[int32(bi)] = true
		}
	}
}

// stripPossessive removes a final 's or ’s (or 'S, ’S).
func stripPossessive(w string) string {
	n := len(w)
	if n < 2 || w[n-1]|0x20 != 's' {
		return w
	}
	if w[n-2] == '\'' {
		return w[:n-2]
	}
	if n >= 4 && w[n-4:n-1] == "’" {
		return w[:n-4]
	}
	return w
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// MatchCase gives repl the case pattern of orig: capitalised when orig is.
func MatchCase(orig, repl string) string {
	if repl == "" || !isUpper(orig) {
		return repl
	}
	r, n := utf8.DecodeRuneInString(repl)
	return string(unicode.ToUpper(r)) + repl[n:]
}

// bit is 1 for true and 0 for false (a flag set, no branch).
func bit(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
