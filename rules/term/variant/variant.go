// Package variant implements term-variant: one term written different ways
// in one article (midterm, mid-term, mid term).
package variant

import (
	_ "embed"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/spelling/variety"
	"github.com/factlint/factlint/rules/term/internal/freq"
	"github.com/factlint/factlint/rules/term/internal/words"
)

//go:embed doc.md
var doc string

// Rule is term-variant.
var Rule = &lint.Rule{
	Name:     "term-variant",
	Summary:  "One term written different ways in one article (mid-term, midterm, mid term).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: []*lint.Rule{variety.Rule},
	Fixable:  true,
	Run:      run,
}

type kind uint8

const (
	closed kind = iota // midterm
	hyphen             // mid-term
	open               // mid term
)

var kindName = [...]string{"closed up", "hyphenated", "open"}

type form struct {
	kind  kind
	span  lint.Span
	text  string
	token int
}

// distinct pairs are different words, not variants (re-sign ≠ resign).
var distinct = map[string]bool{
	"resign": true, "recover": true, "reform": true, "recreation": true, "release": true, "reserve": true,
	"resort": true, "remark": true, "retreat": true, "represent": true, "recollect": true, "repress": true,
	"coop": true, "redress": true, "resent": true, "research": true, "react": true, "recount": true,
	"reformed": true, "resigned": true, "recovered": true, "reserved": true, "released": true,
	"represented": true, "recreate": true, "unionized": true, "resound": true, "repose": true,
	"reserves": true, "resigns": true, "recovers": true, "reforms": true, "releases": true, "retreats": true,
	"remarks": true, "resorts": true, "represents": true, "reacts": true, "recounts": true, "recounted": true,
}

// cand is a form of a term, before the forms are grouped by term, in 24
// bytes (a long article has millions): its span (off bytes into its
// token, n bytes long) and its text there; sum is its key's Sum, by which
// the forms are grouped first. The forms are listed in the order they were
// found (termGroups orders them by their index). The key of an open form
// is the keys of its two words joined (appendOpenKey), that of another Key
// of its text. termGroups makes forms of the cands it keeps.
type cand struct {
	sum    uint64
	token  int32
	off, n uint32
	kind   kind
	late   bool // a closed word of the last pass: it joins a term but opens none
}

// newCand is the cand of kind k with the Sum sum, n bytes from off bytes
// into token i.
func newCand(k kind, sum uint64, i, off, n int) cand {
	return cand{sum: sum, token: int32(i), off: uint32(off), n: uint32(n), kind: k}
}

func (c *cand) span(toks []lint.Token) lint.Span {
	start := toks[c.token].Span.Start + int(c.off)
	return lint.Span{Start: start, End: start + int(c.n)}
}

func (c *cand) text(doc *lint.Document) string {
	sp := c.span(doc.Tokens)
	return doc.Text[sp.Start:sp.End]
}

func (c *cand) form(doc *lint.Document) form {
	return form{c.kind, c.span(doc.Tokens), c.text(doc), int(c.token)}
}

// key is the key of c's term (sc.key its scratch).
func (c *cand) key(sc *buffers, doc *lint.Document) string {
	if c.kind == open {
		sc.key = appendOpenKey(sc.key[:0], doc, int(c.token))
		return string(sc.key)
	}
	return words.Key(c.text(doc)) // (no copy when it is the text)
}

// appendKey appends the key of c's term to dst.
func (c *cand) appendKey(dst []byte, doc *lint.Document) []byte {
	if c.kind == open {
		return appendOpenKey(dst, doc, int(c.token))
	}
	return words.AppendKey(dst, c.text(doc))
}

// appendOpenKey appends the key of the open form of the words of tokens i
// and i+1 to dst: their keys joined, the second's without its possessive.
func appendOpenKey(dst []byte, doc *lint.Document, i int) []byte {
	dst = words.AppendKey(dst, doc.Tokens[i].Text)
	return words.AppendKey(dst, words.StripPossessive(doc.Tokens[i+1].Text))
}

// plain is a plain word of the article (a Word token, not ALL CAPS:
// isPlain), at the index of its token in plains: what the filters know of
// its key (the key of the word without its possessive), which they compare
// before any bytes: its length and its first and last bytes, ORed with
// 0x20 (which lower-cases an ASCII letter, so that a plain word's own bytes
// give them). Those facts are packed in one word (facts), so that readWords
// writes a plain in two stores. The plain of another token is left as an
// earlier run wrote it: a plain is read only where a token is plain.
type plain struct {
	next int32 // its bucket before it: the closed word before it, as decode reads it
	// fold is its token's Fold, in what was the struct's padding: set by
	// fastWords and fastWordsLong for the fast words and by readSlowWords
	// for the slow ones, it is read by termCellScanLong, which asks it of
	// termFolds, and by walkClosed, which compares it with a pair's,
	// where the key is the word's bytes lower-cased.
	fold  uint32
	facts uint64 // packFacts(klen, first, last, poss, state)
}

// isPlain reports whether t is a plain word (it has a plain).
func isPlain(t *lint.Token) bool { return t.Kind == lint.Word && !t.Has(lint.AllCaps) }

// The states of a plain.
const (
	asciiWord = iota // its key is its bytes lower-cased
	otherWord
	slowWord
	compound
)

// packFacts packs a plain's facts: its key's length, first and last bytes
// as cellKey packs them (bits 0-47), the bytes of its possessive ('s: 2,
// ’s: 4) that the key leaves out (bits 48-55) and its state: asciiWord,
// otherWord, slowWord (not read yet) or compound (no plain word).
func packFacts(klen int32, first, last byte, poss, state uint8) uint64 {
	return uint64(uint32(klen))<<16 | uint64(first)<<8 | uint64(last) | uint64(poss)<<48 | uint64(state)<<56
}

// klen is the number of bytes in the key.
func (pw *plain) klen() int32 { return int32(uint32(pw.facts >> 16)) }

// first and last are the key's first and last bytes, ORed with 0x20.
func (pw *plain) first() byte { return byte(pw.facts >> 8) }

func (pw *plain) last() byte { return byte(pw.facts) }

// poss is the number of bytes of the possessive the key leaves out.
func (pw *plain) poss() int32 { return int32(byte(pw.facts >> 48)) }

// state is asciiWord, otherWord, slowWord or compound.
func (pw *plain) state() uint8 { return uint8(pw.facts >> 56) }

// cell is cellOf(klen, first, last).
func (pw *plain) cell() uint16 { return hashCell(pw.facts & (1<<48 - 1)) }

// setKey sets the facts of w's key, which key holds, and its possessive
// and state.
func (pw *plain) setKey(key []byte, poss, state uint8) {
	pw.facts = packFacts(int32(len(key)), key[0]|0x20, key[len(key)-1]|0x20, poss, state)
}

// cellBits is the size of the filters by key length and end bytes.
const cellBits = 14

// noPair is the cell of two words that make no pair, beyond the cells of
// the keys: its bucket stays empty.
const noPair = 1<<cellBits + 1

// bucketCells is the number of buckets: the cells and noPair's, rounded up
// to the range of a uint16, so that a cell (a pair cell too) indexes them
// with neither mask nor bounds check. (The buckets beyond noPair's are
// never read or written after the allocation: they take no cache.)
const bucketCells = 1 << 16

// cellOf hashes a key's length and end bytes: keys that differ in any of
// them almost always fall in different cells, so a cell test spares most
// words any comparing of their bytes.
func cellOf(klen int32, first, last byte) uint16 {
	return hashCell(cellKey(klen, first, last))
}

// cellKey packs what cellOf hashes: the sum of the keys of two pieces of a
// key with first byte 0 and last byte 0 is the key of the whole.
func cellKey(klen int32, first, last byte) uint64 {
	return uint64(klen)<<16 | uint64(first)<<8 | uint64(last)
}

// hashCell is the cell of a cellKey.
func hashCell(x uint64) uint16 { return uint16(x * cellMul >> (64 - cellBits)) }

// cellMul is hashCell's multiplier.
const cellMul = 0x9e3779b97f4a7c15

// noKey is fastWords' lastKey when the token before was no fast plain
// word (its top bit, above any key's, makes a cell of no pair's key, most
// often).
const noKey = 1 << 63

// buffers holds the buffers one run needs, reused through a pool.
type buffers struct {
	plains []plain
	// pairCells[k] is the cell of the pair of the words of tokens k-1 and
	// k (their keys joined) when they make a pair (pairs), else noPair (a
	// token that is no plain word) or any cell, in an article of news
	// length alone (a long one's pairs are asked of closedSigs, and its
	// run leaves pairCells as an earlier run left it): readWords sets it
	// for every token, patchSlowPairs for the pairs that touch a slow
	// word, and openForms tells the pairs from the others among the few
	// whose cell holds a closed word.
	pairCells []uint16
	// bucket[c]-base is the last closed word (a token index) of cell
	// c; a value below base is an empty cell, left by an earlier run: each
	// run takes a base above every value stored before, so no run has to
	// clear the cells.
	bucket *[bucketCells]int32
	slow   []int32 // the plain words readWords left slow
	// starts[k] is, in a long article, the start of the text of plain
	// word k (its token's Span.Start; fastWordsLong and readSlowWords set
	// it), in 4 bytes a token, not its token's 48: termCellScanLong packs
	// it into lates as it reads the plains in order, and lateWord reads
	// an ASCII word's key there. (A token's Text is the document's Text
	// at its Span, as the lexer cuts it: fnTag and closedUp read words so
	// too.)
	starts []uint32
	// lates[j] is, for termCellScanLong's word hits[j], where lateWord
	// reads it (lateAt).
	lates    []uint64
	hits     []int32                    // the pairs whose cell holds a closed word
	hitBits  []uint64                   // sortHits' bit set
	base     int32                      // this run's
	nextBase int32                      // the next run's
	termBits [1 << cellBits / 64]uint64 // the cells of the terms' keys
	// termCells lists the cells termBits marks.
	termCells []uint16
	terms     words.SumSet
	cands     []cand
	keep      []int32 // termGroups': indices in cands
	out       []ordered
	groups    []group
	parts     []words.Part
	kinds     words.SumTable[uint8] // per term Sum: the kinds of form found
	key, k2   []byte
	refills   int  // refillLong's, for the tests
	warmed    uint // warm's sums, kept so that its reads are not dropped
	// closedFolds is a filter of the FoldHashes of the closed words' keys
	// of a long article (fastWordsLong, addLongKey; long tells),
	// joinMemo joinsClosed's answers there by joined key (nil for others).
	closedFolds blockFilter
	// closedSigs is a filter of the same keys' lengths and first two and
	// last two bytes (keySig), which a pair of ASCII words asks from
	// their bytes alone, before any Sum (pairSig, longPairHits).
	closedSigs blockFilter
	// termFolds is a filter of the FoldHashes of the terms' keys
	// (termFoldsOf), for the late closed words of a long article.
	termFolds sumFilter
	long      bool
	joinMemo  map[string]bool
	// closed indexes a long article's buckets by key (closedindex.go).
	closed closedIndex
	// hyphenBits marks the cells of the keys of the hyphenated pairs
	// (long-term, year-old in 24-year-old) and hyphenSums holds their Sums:
	// an open pair of words with such a key is a form of their term.
	hyphenBits [noPair/64 + 1]uint64
	hyphenSums words.SumSet
	anyHyphen  bool
	// partBits marks the first and the second parts of those pairs by
	// partCell: a long article's pairs fill every cell, and these turn
	// away most pairs of words before their keys are read.
	partBits [2][1 << partBits / 64]uint64
	// hyphenSet lists the words of hyphenBits and partBits that hold a
	// bit, for the next run to clear (not the 2.6 KB of them).
	hyphenSet []*uint64
	// marks are the hyphenated forms of cands, as addCompound read them,
	// for markHyphenPairs.
	marks []hyphenMark

	// ageFull is set when the article writes an age compound whole
	// (17-year-old); ageSlips are the first tokens of those written with
	// a hyphen missing (17-year old, 30 year-old), for ageCompounds.
	ageFull  bool
	ageSlips []int32
	olds     []int32 // the tokens old and olds (oldTokens)
	// closedHits are the words and parts of hyphenated words that pass
	// the filter of closedCompounds, for closedUp.
	closedHits []closedHit
	found      []closedFound // closedUp's
	foundOrder []int32       // termForms'
	runKeys    []keyed       // termGroups'
}

var pool scratch.Pool[buffers]

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	sc := pool.GetFor(len(toks))
	defer func() { pool.Put(sc, max(cap(sc.plains), cap(sc.key), cap(sc.k2))) }() // (a key as long as a hostile word is not kept)
	sc.newBuckets(len(toks))
	sc.ageFull, sc.ageSlips, sc.closedHits, sc.marks = false, sc.ageSlips[:0], sc.closedHits[:0], sc.marks[:0]
	// Hyphenated compounds first (few), and their closed-up parts; the plain
	// words, with those of five letters or more (the closed forms an open
	// form may join) chained in buckets by cell.
	plains, cands := sc.readWords(doc)
	if sc.anyHyphen {
		for _, w := range sc.hyphenSet {
			*w = 0
		}
		sc.hyphenSet, sc.anyHyphen = sc.hyphenSet[:0], false
	}
	if len(sc.slow) > 0 {
		cands = sc.readSlowWords(doc, plains, cands)
		if !sc.long {
			// (a long article asks its pairs of closedSigs, not by their
			// cells, and, no news story, leaves hyphenated and open forms
			// alone: its pairs would fill every filter)
			sc.patchSlowPairs(doc.Tokens, plains)
			sc.markHyphenPairs(plains)
		}
	}
	if sc.long {
		sc.refillLong(plains, toks) // (if its words' keys filled its filters)
	}
	// Open forms: two words that a closed form of the article joins (the
	// first keeps its possessive).
	cands = sc.openForms(doc, plains, cands)
	// Closed words of the terms found so far.
	if len(cands) > 0 {
		terms := &sc.terms
		terms.Reset(words.Presize(len(cands)))
		// (the last run's bits are those of its termCells: 2 KB need no
		// clearing)
		for _, c := range sc.termCells {
			sc.termBits[c/64] = 0
		}
		sc.termCells = sc.termCells[:0]
		long := sc.long
		for k := range cands {
			if long && k%warmTokens == 0 {
				sc.warmed += warmCands(doc.Text, toks, cands[k:min(k+warmTokens, len(cands))])
			}
			terms.Add(words.Sum{H: cands[k].sum})
			if klen, first, last, ok := sc.candKeyEnds(doc, &cands[k]); ok {
				c := cellOf(klen, first, last)
				if sc.termBits[c/64]&(1<<(c%64)) == 0 {
					sc.termBits[c/64] |= 1 << (c % 64)
					sc.termCells = append(sc.termCells, c)
				}
			}
		}
		// A long article that reads every word's cell (nearly all) asks
		// termFolds as it reads them (termCellScanLong), from the Folds
		// that its plains hold, and reads an ASCII word's bytes where
		// sc.starts says (lateWord): the words it lists are a tenth of the
		// tokens, not a third, and their tokens are not read. Reading the
		// Fold of every word whose cell is a term's from its token, a third
		// of 96 MB of tokens at 10 MB, was half of this loop's time there.
		// (If the words whose cell is a term's are too few for termFolds,
		// termFoldMin, they are listed again without it, as before.)
		scanLong := sc.long && scanTermCells(len(sc.termCells), len(plains)) && uint64(len(doc.Text)) <= math.MaxUint32
		var hits []int32
		if scanLong {
			sc.termFoldsOf(doc, cands, terms.Len())
			var cells int
			if hits, cells = sc.termCellScanLong(plains); cells < termFoldMin {
				scanLong = false
			}
		}
		if scanLong {
			cands = sc.lateWordsLong(doc, hits, cands)
		} else {
			hits = sc.termCellWords(toks, plains)
			// Many hits (a long article's thousands of terms mark a good
			// share of the cells): a plain ASCII word's Fold first, before
			// its Sum.
			folds := len(hits) >= termFoldMin
			if folds {
				sc.termFoldsOf(doc, cands, terms.Len())
			}
			for _, k := range hits {
				i := int(k)
				// (an ASCII word with no possessive, whose key its bytes
				// lower-cased: its facts above bit 48 are 0)
				if folds && plains[i].facts>>48 == 0 && !sc.termFolds.has(uint64(toks[i].Fold)) {
					continue // no term's key
				}
				cands = appendLate(cands, terms, i, words.StripPossessive(toks[i].Text))
			}
		}
	}
	sc.cands = cands
	reported := houseList(p)
	budget := familyBudget
	if sc.long {
		budget = 0 // a family's count walks the article
	}
	// the paragraphs that repeat the headline, read once (at the first
	// group: most articles have none)
	var repeats map[int32]bool
	repeatsRead := false
	for _, g := range termGroups(doc, cands, sc) {
		if distinct[g.key] {
			continue
		}
		if !repeatsRead {
			repeats, repeatsRead = headlineRepeats(p.Doc), true
		}
		named := withoutNames(p.Doc, withoutRepeats(p.Doc, g.forms, repeats))
		fs := variants(named)
		if fs == nil {
			reported = hyphenOpen(p, g.key, named, reported)
			continue
		}
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].span.Start < fs[j].span.Start })
		reported = report(p, plains, repeats, g.key, fs, reported, tieOrder(p), &budget)
	}
	sc.closedUp(p, plains, cands, reported)
	sc.ageCompounds(p, reported)
	return nil, nil
}

// candKeyEnds is the length of the key of c's term and its first and
// last bytes ORed with 0x20, as the filters read them, and false for an
// empty key. The text of a form that is not open is part of its token,
// whose key is read in place when the lexer flags the token ASCII
// (asciiKeyEnds), and so are the keys of an open form's two words; another
// key is made in sc.key.
func (sc *buffers) candKeyEnds(doc *lint.Document, c *cand) (klen int32, first, last byte, ok bool) {
	toks := doc.Tokens
	if !toks[c.token].Has(lint.InnerCapOrNonASCII) {
		if c.kind == closed {
			// A part of an ASCII compound (addCompound's, split at its
			// hyphens): no hyphen to count, its key its bytes
			// lower-cased.
			if w := c.text(doc); w != "" {
				return int32(len(w)), w[0] | 0x20, w[len(w)-1] | 0x20, true
			}
			return 0, 0, 0, false
		}
		if c.kind != open {
			return asciiKeyEnds(c.text(doc))
		}
		if b := &toks[c.token+1]; !b.Has(lint.InnerCapOrNonASCII) {
			la, fa, _, oka := asciiKeyEnds(toks[c.token].Text)
			lb, _, lastb, okb := asciiKeyEnds(words.StripPossessive(b.Text))
			if oka && okb {
				return la + lb, fa, lastb, true
			}
		}
	}
	sc.key = c.appendKey(sc.key[:0], doc)
	if k := sc.key; len(k) > 0 {
		return int32(len(k)), k[0] | 0x20, k[len(k)-1] | 0x20, true
	}
	return 0, 0, 0, false
}

// termFoldMin is the number of the words termCellWords finds from which
// run filters them by their Folds (termFolds) before their Sums: a news
// story's few hundred are not worth the filter.
const termFoldMin = 4096

// termFoldsOf fills sc.termFolds with the FoldHash of the key of every
// form of cands, whose terms have n distinct Sums: an ASCII word with no
// possessive whose Fold is none of them (its key its bytes lower-cased)
// has no term's key.
//
// The filter is sized by the distinct keys, 64 bits or more a key (a
// question about another value is answered yes 1 time in 64 or fewer),
// not by the forms: a long article writes its terms over and over (the
// 10 MB benchmark article has ten times the forms of the 1 MB one and the
// same 1,736 keys), and a filter of 16 bits a form, 128 KB there, was
// asked at random for each of some 700,000 words.
func (sc *buffers) termFoldsOf(doc *lint.Document, cands []cand, n int) {
	sc.termFolds.reset(16 * n)
	for k := range cands {
		if sc.long && k%warmTokens == 0 {
			sc.warmed += warmCands(doc.Text, doc.Tokens, cands[k:min(k+warmTokens, len(cands))])
		}
		sc.key = cands[k].appendKey(sc.key[:0], doc)
		sc.termFolds.add(uint64(lint.FoldHashBytes(sc.key)))
	}
}

// asciiKeyEnds is the length of Key(w) of an ASCII w and its first and
// last bytes ORed with 0x20, and false for an empty key: the key is w
// lower-cased without its hyphens (a lower-cased byte ORed with 0x20 is
// the byte ORed with 0x20).
func asciiKeyEnds(w string) (klen int32, first, last byte, ok bool) {
	i, j := 0, len(w)-1
	for i < len(w) && w[i] == '-' {
		i++
	}
	for j > i && w[j] == '-' {
		j--
	}
	if i >= len(w) {
		return 0, 0, 0, false
	}
	return int32(len(w) - strings.Count(w, "-")), w[i] | 0x20, w[j] | 0x20, true
}

// readWords lists the words of doc that are no ALL CAPS, and chains those
// of five letters or more (the closed forms an open form may join) in
// buckets by cell. fastWords reads the words that are ASCII without a
// hyphen or an apostrophe (their key is their bytes lower-cased) from
// their first and last bytes; readWords lists the others as slow, for
// readSlowWords.
func (sc *buffers) readWords(doc *lint.Document) ([]plain, []cand) {
	toks := doc.Tokens
	if cap(sc.plains) < len(toks)+1 {
		sc.plains = make([]plain, len(toks)+1) // and room for markHyphenPairs' sentinel
	}
	sc.plains = sc.plains[:len(toks)]
	slow := sc.slow[:0]
	// A long article's fast words go in its filters of closed words'
	// keys as they are read (fastWordsLong), not in a pass of their own
	// over every token again: the filters are sized first, for four bits
	// a token up to longKeyWords words (refillLong fills them again,
	// larger, if the keys of the article's words fill them). It has no
	// pair cells (its pairs are asked of closedSigs: longPairHits), so
	// that pairCells is sized, and written, for an article of news length
	// alone.
	sc.long = longText(toks)
	if sc.long {
		n := min(len(toks)/16, longKeyWords)
		sc.closedFolds.reset(n)
		sc.closedSigs.reset(n)
		if cap(sc.starts) < len(toks) {
			sc.starts = make([]uint32, len(toks))
		}
		sc.starts = sc.starts[:len(toks)]
	} else {
		if cap(sc.pairCells) < len(toks) {
			sc.pairCells = make([]uint16, len(toks))
		}
		sc.pairCells = sc.pairCells[:len(toks)]
	}
	for i := 0; ; i++ {
		if sc.long {
			i = sc.fastWordsLong(toks, i)
		} else {
			i = sc.fastWords(toks, i)
		}
		if i == len(toks) {
			break
		}
		// Token i is a word with a byte beyond ASCII, an inner capital,
		// or an ASCII hyphen or apostrophe (fastWords has set its plain
		// and, in an article of news length, its pair cell): its pairs are
		// patchSlowPairs' there, and closedSigs' in a long one.
		slow = append(slow, int32(i))
	}
	sc.slow = slow
	sc.closed.reset()
	return sc.plains, sc.cands[:0]
}

// longText reports whether toks hold more than longMin plain words.
func longText(toks []lint.Token) bool {
	if len(toks) <= longMin {
		return false
	}
	n := 0
	for k := range toks {
		if isPlain(&toks[k]) {
			n++
			if n > longMin {
				return true // (the rest of a long article unread)
			}
		}
	}
	return false
}

// notPlain is the facts markNotPlain gives a token that is no plain word
// (isPlain; fastWords leaves its plain as an earlier run's, fastWordsLong
// gives it notPlain): the state
// compound, which every reader of plains passes over, and a key of no
// bytes, so that a later walk over plains alone (longPairHits,
// termCellScan) need not read the tokens.
const notPlain = uint64(compound) << 56

// fastWords lists the plain words of toks from token i on until a word it
// cannot read from its ends (the lexer flags a byte beyond ASCII, an inner
// capital, a hyphen or an apostrophe), whose index it returns (len(toks)
// when there is none) with its plain (slowWord) and pair cell (noPair)
// set; it skips the ALL CAPS words (no plain words). Such a
// word is readWords', in a loop of its own: fastWords calls nothing, so
// that the compiler keeps its variables in registers. Its key is its bytes
// lower-cased (no possessive without an apostrophe).
//
//go:noinline
func (sc *buffers) fastWords(toks []lint.Token, i int) int {
	// (bucket a slice of constant length: an index below 1<<cellBits
	// needs no bounds check, and its pointer no nil check at every word)
	// (plains and pairCells as long as toks: i indexes them with no
	// bounds check)
	plains, bucket, base := sc.plains[:len(toks)], sc.bucket[:], sc.base
	pairCells := sc.pairCells[:len(toks)]
	// the key's length and first byte of the token before if it is a fast
	// plain word (packed as cellKey packs them: the pair's key starts so),
	// else noKey (token i-1, if any, is no fast word: the first token, or
	// one fastWords stopped at)
	lastKey := uint64(noKey)
	for ; uint(i) < uint(len(toks)); i++ { // (unsigned: no bounds check of toks[i])
		t := &toks[i]
		if t.Kind != lint.Word {
			// (its pair cell noPair, not an earlier run's: pairHits reads
			// every token's, and a cell at random misses the cache)
			lastKey, pairCells[i] = noKey, noPair
			continue
		}
		w := t.Text
		if t.Flags&(lint.AllCaps|lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 || len(w) == 0 {
			if t.Has(lint.AllCaps) {
				lastKey, pairCells[i] = noKey, noPair
				continue // no plain word
			}
			// A slow word, for readWords to list: its plain and pair
			// cell set here, where plains and pairCells are at hand.
			pw := &plains[i]
			pw.next, pw.facts, pairCells[i] = 0, packFacts(0, 0, 0, 0, slowWord), noPair
			break
		}
		// key packs the key's length and end bytes as cellKey does, and
		// is the plain's facts (no possessive, asciiWord is 0).
		key := uint64(len(w))<<16 | uint64(w[0])<<8 | uint64(w[len(w)-1]) | 0x2020
		// Every fast word goes in the bucket of its cell (a word of fewer
		// than five bytes too, though it is no closed form an open one
		// may join: walkClosed passes over it): the short words, about
		// half, are the frequent ones, whose buckets few cache lines hold.
		// (hashCell's product shifted as a uint64: below 1<<cellBits, it
		// indexes bucket with no mask.)
		c := key * cellMul >> (64 - cellBits)
		prev := bucket[c]
		bucket[c] = base + int32(i)
		// Fill in plains[i] in place (a copy of a struct written field by
		// field stalls the store buffer).
		pw := &plains[i]
		pw.next, pw.fold, pw.facts = prev, t.Fold, key
		// The cell of the pair with the token before, which openForms
		// asks whether the two words make a pair (pairs) only when the
		// cell holds a closed word (a few in a hundred), not here at
		// every word.
		pairCells[i] = hashCell(lastKey + key&^0xff00)
		lastKey = key &^ 0xff
	}
	return i
}

// fastWordsLong is fastWords for a long article (sc.long), which also
// fills the filters of its closed words' keys with the words it reads:
// the key of a fast word of five bytes or more (its bytes lower-cased,
// whose FoldHash the lexer gave: Token.Fold) goes in closedFolds and, with
// its second and last but one bytes, in closedSigs (readSlowWords puts the
// slow words' there: addLongKey); and a token that is no plain word gets
// the facts notPlain, for longPairHits and termCellScan, which read the
// plains alone. It sets no pair cells: a long article asks closedSigs,
// not the buckets, of its pairs (at 1 MB the cell of each pair, hashed
// and stored, was a tenth of this loop's work, for no reader).
//
// In an article of news length a bucket holds a few words; in a long one
// the same words recur thousands of times, and walking every copy for
// every pair made the rule quadratic: there joinsClosed asks these
// filters first and remembers its answer for each joined key. (A key the
// filters let through may be no closed word's: the walk decides.) The
// word's bytes are at hand here, where fastWords reads its ends: a pass of
// its own over the plains (closedKeys, until the nineteenth session) read
// every token and its text again, a fifth of the rule at 1 MB.
//
// It is a function of its own, not fastWords with a test of sc.long at
// every word: the filters' fields take registers that fastWords' loop, an
// article of news length's, keeps for its own.
//
//go:noinline
func (sc *buffers) fastWordsLong(toks []lint.Token, i int) int {
	// (as in fastWords: no bounds or nil checks; the filters are copies,
	// which share their bits, so that their fields stay in registers)
	plains, bucket, base := sc.plains[:len(toks)], sc.bucket[:], sc.base
	folds, sigs := sc.closedFolds, sc.closedSigs
	starts := sc.starts[:len(toks)]
	for ; uint(i) < uint(len(toks)); i++ {
		t := &toks[i]
		if t.Kind != lint.Word {
			plains[i].facts = notPlain
			continue
		}
		w := t.Text
		if t.Flags&(lint.AllCaps|lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 || len(w) == 0 {
			if t.Has(lint.AllCaps) {
				plains[i].facts = notPlain
				continue // no plain word
			}
			pw := &plains[i]
			pw.next, pw.facts = 0, packFacts(0, 0, 0, 0, slowWord)
			break
		}
		key := uint64(len(w))<<16 | uint64(w[0])<<8 | uint64(w[len(w)-1]) | 0x2020
		c := key * cellMul >> (64 - cellBits)
		prev := bucket[c]
		bucket[c] = base + int32(i)
		pw := &plains[i]
		pw.next, pw.fold, pw.facts = prev, t.Fold, key
		starts[i] = uint32(t.Span.Start)
		if len(w) >= 5 {
			// (keySig lower-cases the two bytes)
			folds.add(uint64(t.Fold))
			sigs.add(keySig(key, w[1], w[len(w)-2]))
		}
	}
	return i
}

// readSlowWords fills in the plain words readWords left slow, and marks the
// hyphenated compounds and appends their forms to cands, in order.
func (sc *buffers) readSlowWords(doc *lint.Document, plains []plain, cands []cand) []cand {
	closedTab := closedCompounds() // (asked once, not at every compound)
	if len(sc.slow) >= reserveMin {
		cands = slices.Grow(cands, compoundForms(doc.Tokens, sc.slow))
	}
	// (a batch at a time: a long article's tokens are read warmTokens
	// at a time first, and the test of long is made once a batch)
	long, slow := sc.long, sc.slow
	for j := 0; j < len(slow); j += warmTokens {
		batch := slow[j:min(j+warmTokens, len(slow))]
		if long {
			sc.warmed += warm(doc.Text, doc.Tokens, batch)
		}
		for _, k := range batch {
			pw := &plains[k]
			t := &doc.Tokens[k]
			w := words.StripPossessive(t.Text)
			if words.HasHyphen(w) {
				pw.facts = packFacts(0, 0, 0, 0, compound)
				sc.noteAge(doc.Tokens, int(k), w)
				cands = addCompound(sc, closedTab, doc, int(k), w, cands)
				continue
			}
			poss := uint8(len(t.Text) - len(w))
			pw.fold = t.Fold // (termCellScanLong's, where poss is 0 and the word ASCII)
			if long {
				sc.starts[k] = uint32(t.Span.Start)
			}
			if !t.Has(lint.InnerCapOrNonASCII) || w != "" && fold.IsASCII(w) {
				// ASCII (a possessive, a contraction; a word with an inner
				// capital, or whose possessive is curly): with no hyphen,
				// its key is its bytes lower-cased, read from its ends
				pw.facts = packFacts(int32(len(w)), w[0]|0x20, w[len(w)-1]|0x20, poss, asciiWord)
				if long && len(w) >= 5 {
					// (the lexer's Fold is the FoldHash of the word with
					// its possessive)
					f := t.Fold
					if poss != 0 {
						f = lint.FoldHash(w)
					}
					sc.addLongKey(pw.facts, f, w[1], w[len(w)-2])
				}
			} else {
				sc.key = words.AppendKey(words.KeyRoom(sc.key, w), w)
				pw.setKey(sc.key, poss, otherWord)
				if key := sc.key; long && len(key) >= 5 {
					sc.addLongKey(pw.facts, lint.FoldHashBytes(key), key[1], key[len(key)-2])
				}
			}
			pw.next = 0 // (below every base: no word)
			if len(w) >= 5 {
				pw.next = sc.addClosed(pw.cell(), int(k))
			}
		}
	}
	return cands
}

// warmTokens is the number of tokens warm reads at a time: 32 tokens and
// their text stay in the first-level cache until the loop that asked
// for them reads them.
const warmTokens = 32

// warm reads the tokens ks of toks and the last byte of their text, and
// returns a sum of what it read (its caller keeps it in sc.warmed, so that
// the reads are not dropped as unused; the function is not inlined). In a
// long article the tokens a loop reads by index (the slow words, a word
// in ten) lie megabytes apart, beyond what the hardware fetches ahead:
// there a loop of independent reads has many of them wait for memory at
// once, where the loop that reads them, whose work between them depends
// on what it read, had them wait one after another (at 10 MB two thirds
// of readSlowWords' time waited for its token's text, and a fifth for
// its last byte: perf samples 751 before, 265 and 152 in warm after).
//
//go:noinline
func warm(text string, toks []lint.Token, ks []int32) uint {
	sum := uint(0)
	for _, k := range ks {
		t := &toks[k]
		if end := t.Span.End; end > 0 && end <= len(text) {
			sum += uint(text[end-1])
		}
	}
	return sum
}

// warmPairs is warm for the pairs of words that end at the tokens hits
// (as openForms asks joinsClosed of them, in a long article): it reads
// both tokens, their plains and the first byte of the first's text and
// the last of the second's. longPairHits lists one pair in some forty, so
// that joinsClosed read each pair's tokens and plains from memory (at
// 10 MB perf samples 734 before, 221 and 188 in warmPairs after).
//
//go:noinline
func warmPairs(text string, toks []lint.Token, plains []plain, hits []int32) uint {
	sum := uint(0)
	for _, k := range hits {
		if k <= 0 || int(k) >= len(toks) || int(k) >= len(plains) {
			continue
		}
		a, b := &toks[k-1], &toks[k]
		sum += uint(plains[k-1].facts + plains[k].facts)
		if s, e := a.Span.Start, b.Span.End; s >= 0 && s < e && e <= len(text) {
			sum += uint(text[s]) + uint(text[e-1])
		}
	}
	return sum
}

// warmCands is warm for the tokens of cands (and the token after an open
// form's, its second word) and the first and last bytes of their text, as
// run's and termFoldsOf's loops over the forms read them: a long article's
// forms lie scattered over its tokens (at 10 MB perf samples of
// candKeyEnds, appendKey and AppendKey 917 before, 87 and 303 in
// warmCands after).
//
//go:noinline
func warmCands(text string, toks []lint.Token, cands []cand) uint {
	sum := uint(0)
	for k := range cands {
		c := &cands[k]
		i := int(c.token)
		if i < 0 || i >= len(toks) {
			continue
		}
		s, e := toks[i].Span.Start, toks[i].Span.End
		if c.kind == open && i+1 < len(toks) {
			e = toks[i+1].Span.End
		}
		if s >= 0 && s < e && e <= len(text) {
			sum += uint(text[s]) + uint(text[e-1])
		}
	}
	return sum
}

// reserveMin is the number of slow words from which readSlowWords makes
// room for the forms of their compounds at once: a long article's million
// compounds grew cands by a quarter at a time, and the last copy held
// two of it at once. (A 1 MB article's few thousand grow it in a few
// copies of a few hundred KB, cheaper than counting.)
const reserveMin = 1 << 16

// compoundForms is the number of forms addCompound adds for the
// compounds among the slow words, or a few more: per compound, a pair per
// two neighbouring parts that are not empty, a part of four bytes or more
// (a closed form needs four letters), and the whole of three parts or
// more; digits count as
// letters. (A hyphen beyond ASCII, not counted, may leave it short.)
func compoundForms(toks []lint.Token, slow []int32) int {
	n := 0
	for _, k := range slow {
		w := toks[k].Text
		if strings.IndexByte(w, '-') < 0 {
			continue
		}
		last, hyphens := 0, 0
		for w != "" {
			j := strings.IndexByte(w, '-')
			if j < 0 {
				j = len(w)
			} else {
				hyphens++
			}
			if j >= 4 {
				n++
			}
			if j > 0 && last > 0 {
				n++
			}
			last, w = j, w[min(j+1, len(w)):]
		}
		if hyphens >= 2 {
			n++ // the whole, of three parts or more
		}
	}
	return n
}

// openForms appends to cands the open forms: two words of a sentence with
// white space between that a closed word of the article joins (the first
// keeps its possessive).
func (sc *buffers) openForms(doc *lint.Document, plains []plain, cands []cand) []cand {
	// The pairs whose cell holds a closed word, found in a loop that calls
	// nothing (so the compiler keeps its variables in registers), then
	// compared.
	hits := sc.hits[:cap(sc.hits)]
	if len(hits) < len(plains) {
		hits = make([]int32, len(plains))
	}
	sc.joinMemo = nil
	var nh int
	if sc.long {
		// (a long article's closed words fill every cell: its pairs are
		// asked of its closed words' keySigs instead, which readWords
		// and readSlowWords have put in closedSigs)
		sc.joinMemo = map[string]bool{}
		// (longPairHits asks the function words itself)
		nh = sc.longPairHits(doc.Text, plains, doc.Tokens, hits)
	} else {
		nh = sc.pairHits(hits)
		// The function words first: they turn away most pairs whose cell
		// holds a word (of the, to the: their keys have the shapes of
		// common words), and a pair they turn away need not be read.
		nh = functionPairs(doc.Text, doc.Tokens, hits[:nh])
	}
	// the bucket walks may meet markHyphenPairs' sentinel after the words
	withSentinel := plains[:len(plains)+1]
	sc.hits = hits
	// (a batch at a time, as in readSlowWords)
	long := sc.long
	for j := 0; j < nh; j += warmTokens {
		batch := hits[j:min(j+warmTokens, nh)]
		if long {
			sc.warmed += warmPairs(doc.Text, doc.Tokens, plains, batch)
		}
		for _, k := range batch {
			if !long && !pairs(doc.Tokens, plains, int(k)) {
				continue // two tokens in no pair whose cell holds a closed word
			}
			pa, pb := &plains[k-1], &plains[k]
			// A cell that holds markHyphenPairs' sentinel alone holds no
			// closed word to walk.
			sentinelOnly := sc.anyHyphen && int(sc.lastClosed(cellOf(pa.klen()+pa.poss()+pb.klen(), pa.first(), pb.last()))) == len(plains)
			if (sentinelOnly || !sc.joinsClosed(withSentinel, doc.Tokens, int(k))) && !sc.joinsHyphen(doc.Tokens, plains, int(k)) {
				continue
			}
			if c, ok := openForm(doc, int(k)-1); ok {
				cands = append(cands, c)
			}
		}
	}
	return cands
}

// functionPairs drops from hits, in place, the pairs that openForm turns
// away whatever they join, for a function word (openers first, closers
// second), and a token with no token before it, and returns how many are
// left. It is a loop of its own, whose few variables the compiler keeps in
// registers across the calls of fnTag (in openForms' loop they were
// reloaded at every hit).
//
// It asks fnTag, as longPairHits does, of the words' bytes in text (a
// token's Text is the text at its Span), not openers.has and closers.has
// of their tokens: one load of a packed word against a set probe whose
// closure compares the bytes. A hit is one pair in ten at 5 KB but one
// in three at 50 KB, where the (length, first, last) cells of an
// article's many words fill up, and foldSet.has was a seventh of the
// rule's time there.
//
//go:noinline
func functionPairs(text string, toks []lint.Token, hits []int32) int {
	n := 0
	for _, k := range hits {
		if k <= 0 || int(k) >= len(toks) {
			continue
		}
		// (both words asked, and the pair kept without a branch: four
		// pairs in five hold a function word at 5 KB and at 50 KB alike,
		// and which ones is no pattern a branch predicts)
		ta, tb := &toks[k-1], &toks[k]
		drop := fnTag(text, ta.Span.Start, ta.Span.End)&fnOpens | fnTag(text, tb.Span.Start, tb.Span.End)&fnCloses
		hits[n] = k
		n += int(b2u(drop == 0))
	}
	return n
}

// patchSlowPairs sets the pair cells of the pairs that touch a slow word
// (readWords left them noPair, or a cell of noKey), once readSlowWords has
// read it.
//
// It asks pairs' questions itself, of the neighbours alone: a slow word
// that is no compound is a plain word (isPlain) whose plain readSlowWords
// has read, and pairs, no inlined function, cost more in calls than in
// tests.
func (sc *buffers) patchSlowPairs(toks []lint.Token, plains []plain) {
	pairCells := sc.pairCells[:len(toks)]
	plains = plains[:len(toks)]
	for _, k := range sc.slow {
		pw := &plains[k]
		if pw.state() == compound {
			continue // it makes no pair (pairs tells), whatever its cells
		}
		// the pair of the word before and this one
		c := uint16(noPair)
		if k > 0 && toks[k].Flags&(lint.SentenceStart|lint.SpaceBefore) == lint.SpaceBefore &&
			isPlain(&toks[k-1]) && plains[k-1].state() != compound {
			pa := &plains[k-1]
			c = cellOf(pa.klen()+pa.poss()+pw.klen(), pa.first(), pw.last())
		}
		pairCells[k] = c
		// the pair of this one and the word after
		if j := int(k) + 1; j < len(toks) {
			c := uint16(noPair)
			if tb := &toks[j]; tb.Flags&(lint.SentenceStart|lint.SpaceBefore) == lint.SpaceBefore &&
				isPlain(tb) && plains[j].state() != compound {
				pb := &plains[j]
				c = cellOf(pw.klen()+pw.poss()+pb.klen(), pw.first(), pb.last())
			}
			pairCells[j] = c
		}
	}
}

// pairs reports whether the tokens k-1 and k make a pair: plain words, no
// compound, in one sentence, with white space between.
func pairs(toks []lint.Token, plains []plain, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	// (two words in a row are in one sentence unless the second has
	// SentenceStart)
	ta, tb := &toks[k-1], &toks[k]
	return isPlain(ta) && isPlain(tb) && plains[k-1].state() != compound && plains[k].state() != compound &&
		tb.Flags&(lint.SentenceStart|lint.SpaceBefore) == lint.SpaceBefore
}

// termCellWords lists (in sc.hits, which openForms is done with), in order,
// the plain words whose cell is the cell of a term's key (termBits): the
// others have no term's key. It walks the buckets of the terms' cells
// (which hold every fast word of the cell, those of four bytes too) and
// reads the slow words, instead of every word's cell; when the terms' cells
// are so many that the walks would visit a good share of the words
// (termScanShare), or the article so long that its plains outgrow the
// second-level cache (termScanTokens), it reads every word's cell in
// order (termCellScan).
func (sc *buffers) termCellWords(toks []lint.Token, plains []plain) []int32 {
	if scanTermCells(len(sc.termCells), len(plains)) {
		return sc.termCellScan(toks, plains)
	}
	return sc.termCellWalk(plains)
}

// scanTermCells reports whether termCellWords reads every word (of n
// tokens) rather than walk the buckets of the terms' cells (cells of them).
func scanTermCells(cells, n int) bool {
	return cells >= 1<<cellBits/termScanShare || n >= termScanTokens
}

// termCellWalk is termCellWords walking the buckets of the terms' cells.
func (sc *buffers) termCellWalk(plains []plain) []int32 {
	hits := sc.hits[:0]
	for _, c := range sc.termCells {
		// (past the words: markHyphenPairs' sentinel)
		for k := sc.lastClosed(c); k >= 0 && int(k) < len(plains); k = sc.decode(plains[k].next) {
			// (a cell is below 1<<cellBits: the mask spares a bounds
			// check)
			pw := &plains[k]
			if c := pw.cell() & (1<<cellBits - 1); sc.termBits[c/64]&(1<<(c%64)) != 0 && pw.state() != compound {
				hits = append(hits, k)
			}
		}
	}
	// A slow word's bucket is by the length of its text (which may not be
	// its key's): read them all, the compounds (no plain words, about half
	// of them) told first from their state, before any cell.
	termBits := &sc.termBits
	for _, k := range sc.slow {
		pw := &plains[k]
		if pw.state() == compound {
			continue
		}
		if c := pw.cell() & (1<<cellBits - 1); termBits[c/64]&(1<<(c%64)) != 0 {
			hits = append(hits, k)
		}
	}
	hits = sc.sortHits(hits, len(plains)) // a slow word may be in a bucket too
	sc.hits = hits
	return hits
}

// sortHits sorts hits, token indices below n, and drops the repeated ones,
// in place. Many of them (64 or more, and one in 256 tokens or more: in
// news copy an article of 50 KB or more, whose terms' cells are many
// though below termScanShare) are marked in a bit set of n bits,
// then read back in order: pdqsort over some 10,000 hits was a fifth of
// the rule's time at 200 KB. A few (a news story's) are sorted as before,
// rather than clear and read n bits for them.
func (sc *buffers) sortHits(hits []int32, n int) []int32 {
	nw := (n + 63) / 64
	if len(hits) < sortBitsMin || 4*len(hits) < nw {
		slices.Sort(hits)
		return slices.Compact(hits)
	}
	if cap(sc.hitBits) < nw {
		sc.hitBits = make([]uint64, nw)
	}
	set := sc.hitBits[:nw]
	clear(set)
	for _, k := range hits {
		set[uint32(k)/64] |= 1 << (uint32(k) % 64)
	}
	// (every hit is read before the first is written over, and there are
	// no more distinct hits than hits)
	m := 0
	for i, w := range set {
		for w != 0 {
			hits[m] = int32(i*64 + bits.TrailingZeros64(w))
			m++
			w &= w - 1
		}
	}
	return hits[:m]
}

// sortBitsMin is the fewest hits sortHits marks in a bit set rather than
// sort.
const sortBitsMin = 64

// termScanShare: when the terms' cells are at least 1 in termScanShare of
// all cells, termCellWords reads every word in order rather than walk the
// buckets. A long article's many hyphenated words mark thousands of cells,
// and walking their buckets hops at random over its plains and leaves
// some 100,000 words to sort; a news story marks a few dozen.
const termScanShare = 32

// termScanTokens: from this many tokens on (some 160 KB of news copy, its
// plains 512 KB), termCellWords reads every word in order whatever the
// number of the terms' cells. The walks' hops over plains that the cache no
// longer holds cost more than the scan's few more words: over 1 MB of
// 200 KB articles the scan took 5-6 % less of the rule's time than the
// walks, for 8.5 % more instructions; over 100 KB ones, 1-5 % more.
const termScanTokens = 1 << 15

// termCellScan is termCellWords reading every plain word's cell in order:
// the same words (every plain word is either in the bucket of its cell or
// slow), in order already, with no walk and no sort.
func (sc *buffers) termCellScan(toks []lint.Token, plains []plain) []int32 {
	if !sc.long {
		sc.markNotPlain(toks, plains) // (fastWordsLong did in a long article)
	}
	hits := sc.hits[:cap(sc.hits)]
	if len(hits) < len(plains) {
		hits = make([]int32, len(plains))
	}
	hits = hits[:len(plains)]
	n := 0
	for k := range plains {
		// Without a branch: a word's cell is a term's about as often as
		// not, and a mispredicted branch at every other word cost more
		// than a store at every word.
		facts := plains[k].facts // (notPlain for a token that is no plain word)
		c := hashCell(facts&(1<<48-1)) & (1<<cellBits - 1)
		hits[n] = int32(k)
		n += int(sc.termBits[c/64] >> (c % 64) & notCompound(facts))
	}
	sc.hits = hits[:n]
	return sc.hits
}

// termCellScanLong is termCellScan for a long article, which also
// leaves out the ASCII words with no possessive (whose key is their bytes
// lower-cased: facts above bit 48 are 0) whose Fold termFolds does not
// hold, as run's loop over the words does when they are termFoldMin or
// more (termFolds is built first): fastWordsLong and readSlowWords have
// set every plain word's fold and the facts of the tokens that are no
// plain words. It returns, too, how many words termCellScan would list.
func (sc *buffers) termCellScanLong(plains []plain) ([]int32, int) {
	hits := sc.hits[:cap(sc.hits)]
	if len(hits) < len(plains) {
		hits = make([]int32, len(plains))
	}
	hits = hits[:len(plains)]
	if cap(sc.lates) < len(plains) {
		sc.lates = make([]uint64, len(plains))
	}
	lates, starts := sc.lates[:len(plains)], sc.starts[:len(plains)]
	folds := sc.termFolds // (a copy: its fields stay in registers)
	n, cells := 0, 0
	for k := range plains {
		// Without a branch, as in termCellScan: a word's cell is a term's
		// about as often as not, and its Fold a term's key's one time in
		// three.
		pw := &plains[k]
		facts := pw.facts
		c := hashCell(facts&(1<<48-1)) & (1<<cellBits - 1)
		b := folds.bit(uint64(pw.fold))
		// (1 when the word's key may be a term's: its Fold is in
		// termFolds, or its key is not its bytes lower-cased)
		keep := folds.words[b/64]>>(b%64) | b2u(facts>>48 != 0)
		cell := sc.termBits[c/64] >> (c % 64) & notCompound(facts)
		hits[n] = int32(k)
		lates[n] = lateAt(starts[k], facts)
		n += int(cell & keep)
		cells += int(cell)
	}
	sc.hits, sc.lates = hits[:n], lates[:n]
	return sc.hits, cells
}

// lateAt packs where lateWord reads the word of a plain with the facts
// facts whose text starts at start: the start (bits 32-63) and the
// length of its key (bits 0-31); bit 31 is set when the word is read
// from its token instead (its key is not its bytes lower-cased, or is 2
// GB long).
func lateAt(start uint32, facts uint64) uint64 {
	return uint64(start)<<32 | uint64(uint32(facts>>16)) | b2u(uint8(facts>>56) != asciiWord)<<31
}

// lateWordsLong appends to cands the late closed words of a long article
// among hits, termCellScanLong's list, as run's loop over the words does
// (in a loop of its own: an article of news length's loop stays as it
// was, with no test of the long path at every word).
func (sc *buffers) lateWordsLong(doc *lint.Document, hits []int32, cands []cand) []cand {
	toks, terms := doc.Tokens, &sc.terms
	lates := sc.lates[:len(hits)]
	for j, k := range hits {
		i := int(k)
		cands = appendLate(cands, terms, i, lateWord(doc, toks, i, lates[j]))
	}
	return cands
}

// appendLate appends to cands the late closed word w (the word of token
// i without its possessive) when its key, of four letters or more, is
// one of the terms'.
func appendLate(cands []cand, terms *words.SumSet, i int, w string) []cand {
	sum, letters := words.KeySumLetters(w)
	if !terms.Has(sum) || letters < 4 {
		return cands
	}
	c := newCand(closed, sum.H, i, 0, len(w))
	c.late = true
	return append(cands, c)
}

// lateWord is the word of plain word i of a long article without its
// possessive, as run's loop over the late closed words reads it, from
// where at says (lateAt): an ASCII word's is read from the text, at its
// start and as many bytes as its key's; another's from its token.
// termCellScanLong packs at as it reads the plains and sc.starts in
// order, so that the loop over its list, a word in ten, reads neither
// plains nor tokens: their tokens, 48 bytes each and read at random,
// were half of that loop's time at 10 MB, and the plains and starts of
// the list, read at random too, a tenth of the rule's time there (perf,
// 20 passes: lateWord 320 samples before, termCellScanLong +57 after).
func lateWord(doc *lint.Document, toks []lint.Token, i int, at uint64) string {
	if at&(1<<31) == 0 {
		s := int(at >> 32)
		return doc.Text[s : s+int(uint32(at))]
	}
	return words.StripPossessive(toks[i].Text)
}

// b2u is 1 for true and 0 for false (a SETcc, no branch).
func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// notCompound is 1 when facts' state is not compound, else 0.
func notCompound(facts uint64) uint64 {
	x := uint64(uint8(facts>>56) ^ compound) // (states are below 4)
	return (x | x>>1) & 1
}

// markNotPlain sets the facts of the tokens that are no plain words to
// notPlain.
func (sc *buffers) markNotPlain(toks []lint.Token, plains []plain) {
	for k := range plains {
		if !isPlain(&toks[k]) {
			plains[k].facts = notPlain
		}
	}
}

// pairHits lists in hits the tokens whose pair cell holds a closed word
// (pairs tells which make a pair with the word before), and returns how
// many. It stays a
// function of its own: inlined into openForms, whose many variables take
// the registers, its loop kept its counters on the stack.
//
// It stores every token and counts the hits without a branch: a hit is
// one pair in ten at 5 KB, where a branch at every pair was well
// predicted, but one in three at 50 KB, where the cells of an article's
// many words are those of a third of its pairs (the pair's length and
// end bytes are a word's: of the beside other), and mispredicted
// branches made pairHits cost more than twice as much a token.
//
//go:noinline
func (sc *buffers) pairHits(hits []int32) int {
	bucket, base := sc.bucket[:], sc.base // (a slice: no nil check at every pair)
	cells := sc.pairCells
	hits = hits[:len(cells)] // (as long as cells: a store at nh <= k stays inside it)
	nh := 0
	// Four cells a turn: the loop's counting is paid once for four.
	k := 0
	for ; k < len(cells)-3; k += 4 { // (k+3 in range: no bounds checks)
		hits[nh] = int32(k)
		nh += int(b2u(bucket[cells[k]] >= base)) // (a uint16: no bounds check)
		hits[nh] = int32(k + 1)
		nh += int(b2u(bucket[cells[k+1]] >= base))
		hits[nh] = int32(k + 2)
		nh += int(b2u(bucket[cells[k+2]] >= base))
		hits[nh] = int32(k + 3)
		nh += int(b2u(bucket[cells[k+3]] >= base))
	}
	for ; k < len(cells); k++ {
		hits[nh] = int32(k)
		nh += int(b2u(bucket[cells[k]] >= base))
	}
	return nh
}

// openForm is the open form of the words of tokens i and i+1, unless they
// are a phrasal verb or hold a function word (any one, set up).
func openForm(doc *lint.Document, i int) (cand, bool) {
	a, b := &doc.Tokens[i], &doc.Tokens[i+1]
	bw := words.StripPossessive(b.Text)
	la, lb := words.Key(a.Text), words.Key(bw)
	if (words.Function[la] || words.Particles[lb] || words.Function[lb]) && !functionCompounds[la+lb] &&
		!(words.Particles[lb] && !words.Function[la] && determinerBefore(doc, i)) {
		return cand{}, false
	}
	sa, _ := words.KeySum(a.Text)
	sb, _ := words.KeySum(bw)
	sp := lint.Span{Start: a.Span.Start, End: b.Span.Start + len(bw)}
	return newCand(open, words.Join(sa, sb).H, i, 0, sp.End-sp.Start), true
}

// foldSet is a set of lower-case ASCII words by their Fold (lint.FoldHash),
// asked with a token: a Fold that is no word's (most) reads no text.
// openForms asks it of most pairs whose cell holds a word: its index is a
// foldset.Small, held by value.
type foldSet struct {
	index foldset.Small
	words []string
}

func newFoldSet(ws map[string]bool, keep func(w string) bool) *foldSet {
	m := &foldSet{}
	for w := range ws {
		if keep(w) {
			m.words = append(m.words, w)
		}
	}
	slices.Sort(m.words) // (the same slots at every start)
	m.index = *foldset.NewSmall(m.words)
	return m
}

// has reports whether token t is a word of the set, in any case.
func (m *foldSet) has(t *lint.Token) bool {
	return m.index.Find(t.Fold, func(i int) bool { return words.EqualFoldASCII(t.Text, m.words[i]) }) >= 0
}

// openers and closers are the words openForm turns a pair away for, whatever
// the pair joins: openers first, closers second. The first word of a pair
// that is a function word (the, of), but per and under, which open per
// cent and under way (functionCompounds); the second one that is a function
// word but no particle (a particle after a determiner may close a noun: a
// slow down), and so no part of cent or way either.
var (
	openers = newFoldSet(words.Function, func(w string) bool { return w != "per" && w != "under" })
	closers = newFoldSet(words.Function, func(w string) bool { return !words.Particles[w] })
)

// determinerBefore reports whether the word before token i is a determiner
// or a possessive: then a verb and its particle are a noun (a slow down in
// house prices, Foster's take over offer), the closed noun written open.
// Not that or her, which also stand before a verb (investments that pay
// off, to pay her off).
func determinerBefore(doc *lint.Document, i int) bool {
	toks := doc.Tokens
	if i == 0 || toks[i-1].Kind != lint.Word || toks[i-1].Sentence != toks[i].Sentence {
		return false
	}
	w := strings.ToLower(toks[i-1].Text)
	return nounDeterminers[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

var nounDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true,
	"its": true, "their": true, "his": true, "our": true, "your": true, "my": true,
	"any": true, "every": true, "another": true}

// addCompound adds the forms of the hyphenated word w of token i: its
// closed-up parts (a part of a longer compound: 24-yearold), each two
// neighbouring parts, and the whole of a compound of three parts or more,
// in that order: part 1, parts 1 and 2, part 2, parts 2 and 3, ... Each
// part's Sum and letters are read once; closedTab is closedCompounds().
func addCompound(sc *buffers, closedTab *closedTable, doc *lint.Document, i int, w string, cands []cand) []cand {
	t := &doc.Tokens[i]
	ascii := !t.Has(lint.InnerCapOrNonASCII)
	ps := appendParts(sc.parts[:0], w, ascii)
	sc.parts = ps
	var lastSum words.Sum
	lastLetters := 0
	lastCell := noPart
	for k, pt := range ps {
		sc.noteClosedPart(closedTab, t, i, pt.Off, pt.Text)
		sum, n := words.KeySumLetters(pt.Text)
		cell := noPart
		switch {
		case n == 0: // (in no pair)
		case ascii:
			cell = asciiPartCell(pt.Text)
		default:
			cell = sc.partCellOf(ps[k:k+1], ascii)
		}
		if k > 0 && lastLetters != 0 && n != 0 {
			// the pair of the last part and this one
			sp := lint.Span{Start: t.Span.Start + ps[k-1].Off, End: t.Span.Start + pt.Off + len(pt.Text)}
			c := newCand(hyphen, words.Join(lastSum, sum).H, i, ps[k-1].Off, sp.End-sp.Start)
			cands = append(cands, c)
			if sc.long {
				// (no marks: markHyphenPairs leaves a long article alone)
			} else if ascii {
				sc.marks = append(sc.marks, asciiPairMark(ps[k-1].Text, pt.Text, c.sum, [2]uint32{lastCell, cell}))
			} else {
				sc.marks = append(sc.marks, sc.markOf(doc.Text[sp.Start:sp.End], ps[k-1:k+1], ascii, c.sum, [2]uint32{lastCell, cell}))
			}
		}
		if n >= 4 {
			cands = append(cands, newCand(closed, sum.H, i, pt.Off, len(pt.Text)))
		}
		lastSum, lastLetters, lastCell = sum, n, cell
	}
	if len(ps) > 2 {
		sum, _ := words.KeySum(w)
		cands = append(cands, newCand(hyphen, sum.H, i, 0, len(w)))
		if !sc.long {
			sc.marks = append(sc.marks, sc.markOf(w, ps, ascii, sum.H, [2]uint32{noPart, noPart}))
		}
	}
	return cands
}

// appendParts is words.AppendParts, which reads w rune by rune for the
// hyphens beyond ASCII, with a byte search for an ASCII word (known to be
// ASCII when ascii is set, else tested).
func appendParts(ps []words.Part, w string, ascii bool) []words.Part {
	if !ascii && !fold.IsASCII(w) {
		return words.AppendParts(ps, w)
	}
	start := 0
	for {
		j := strings.IndexByte(w[start:], '-')
		if j < 0 {
			return append(ps, words.Part{Off: start, Text: w[start:]})
		}
		ps = append(ps, words.Part{Off: start, Text: w[start : start+j]})
		start += j + 1
	}
}

// newBuckets empties the buckets for a run over n tokens.
func (sc *buffers) newBuckets(n int) {
	if sc.bucket == nil || int64(sc.nextBase)+int64(n)+1 > math.MaxInt32 {
		if sc.bucket == nil {
			sc.bucket = new([bucketCells]int32)
		} else {
			clear(sc.bucket[:])
		}
		sc.nextBase = 1
	}
	sc.base = sc.nextBase
	sc.nextBase += int32(n) + 1 // above any index in plains
}

// addClosed chains the plain word k into the bucket of cell c and returns
// what the bucket held, the word's next.
func (sc *buffers) addClosed(c uint16, k int) int32 {
	prev := sc.bucket[c]
	sc.bucket[c] = sc.base + int32(k)
	return prev
}

// lastClosed is the last closed word in the bucket of cell c, or -1.
func (sc *buffers) lastClosed(c uint16) int32 { return sc.decode(sc.bucket[c]) }

// decode reads a bucket's value (or a plain's next, its bucket's value
// before it): the index of a word in plains, or -1 for a value below base,
// left by an earlier run.
func (sc *buffers) decode(x int32) int32 {
	d := x - sc.base
	return d | d>>31 // without a branch
}

// longMin is the number of plain words above which an article counts as
// long for joinsClosed.
const longMin = 16 << 10

// longKeyWords is the most 64-bit words that a long article's filters of
// its closed words' keys (closedFolds, closedSigs) take before they are
// filled: 64 KB each, where the 1 MB and 10 MB benchmark articles' some
// 11,000 keys set about a bit in twenty (a false yes about one question
// in 400). Sized for the tokens, at 10 MB they took 1 MB each, so that
// the filling and asking of them, some two million times each, missed
// the second-level cache: at 10 MB more than half of fastWordsLong's and
// longPairHits' time.
const longKeyWords = 1 << 13

// refillLong fills a long article's filters of its closed words' keys
// again, larger, from every plain word, when the keys that fastWordsLong
// and readSlowWords put in them have filled them (blockFilter.full): an
// article of many distinct words (some 16,000 keys fill longKeyWords). They
// are then sized for four bits a token, or twice what they were if that
// is more.
func (sc *buffers) refillLong(plains []plain, toks []lint.Token) {
	if !sc.closedFolds.full() && !sc.closedSigs.full() {
		return
	}
	n := max(len(toks)/16, 2*len(sc.closedFolds.words))
	sc.closedFolds.reset(n)
	sc.closedSigs.reset(n)
	sc.refills++
	folds, sigs := sc.closedFolds, sc.closedSigs
	toks = toks[:len(plains)]
	for k := range plains {
		facts := plains[k].facts
		// (no plain word, a compound: a key of no bytes)
		if uint32(facts>>16) < 5 {
			continue
		}
		// (five bytes or more: keySig lower-cases an ASCII key's bytes)
		t := &toks[k]
		key, fold := t.Text, t.Fold
		switch {
		case facts>>48 == 0: // (asciiWord, no possessive)
		case uint8(facts>>56) == asciiWord:
			key = words.StripPossessive(key)
			fold = lint.FoldHash(key)
		default:
			sc.key = words.AppendKey(sc.key[:0], words.StripPossessive(key))
			fold = lint.FoldHashBytes(sc.key)
			folds.add(uint64(fold))
			sigs.add(keySig(facts, sc.key[1], sc.key[len(sc.key)-2]))
			continue
		}
		folds.add(uint64(fold))
		sigs.add(keySig(facts, key[1], key[len(key)-2]))
	}
}

// addLongKey puts the key of a slow plain word of a long article, of five
// bytes or more, in the filters of its closed words' keys, as
// fastWordsLong does a fast one's: its FoldHash fold in closedFolds, and in closedSigs its keySig of
// the word's facts (the key's length and end bytes) and its second and
// last but one bytes k1 and kn2. readSlowWords has the word's key at hand
// (a pass over the slow words of its own read their tokens again, at
// random, from 96 MB of tokens at 10 MB).
func (sc *buffers) addLongKey(facts uint64, fold uint32, k1, kn2 byte) {
	sc.closedFolds.add(uint64(fold))
	sc.closedSigs.add(keySig(facts, k1, kn2))
}

// longPairHits lists in hits the pairs of words (pairs) of a long article
// that may join a closed word and that functionPairs keeps, once
// readWords and readSlowWords have filled its filters: a pair of ASCII words whose first has
// no possessive when closedSigs holds its pairSig, another pair always.
// It returns how many; hits is as long as plains at least.
//
// It asks functionPairs' questions (fnTag) of a pair it keeps, of the two
// tokens it has just read: asked afterwards, they read the tokens
// of the hits again, at random, from an array of 96 MB at 10 MB (1 in 12
// pairs passes closedSigs, and two in three of those hold a function
// word).
func (sc *buffers) longPairHits(text string, plains []plain, toks []lint.Token, hits []int32) int {
	sigs := sc.closedSigs // (a copy: its fields stay in registers)
	// (toks and hits as long as plains: no bounds check)
	toks, hits = toks[:len(plains)], hits[:len(plains)]
	nh := 0
	for k := 1; k < len(plains); k++ {
		t := &toks[k]
		if t.Flags&(lint.SentenceStart|lint.SpaceBefore) != lint.SpaceBefore {
			continue
		}
		fa, facts := plains[k-1].facts, plains[k].facts
		if fa>>48 == 0 && uint8(facts>>56) == asciiWord {
			// two ASCII words (no compound), the first with no
			// possessive: most pairs
			if !sigs.has(pairSig(fa, facts, toks[k-1].Text, t.Text)) {
				continue
			}
		} else if uint8(facts>>56) == compound || uint8(fa>>56) == compound {
			continue
		}
		// (functionPairs' questions, of the two tokens just read)
		ta := &toks[k-1]
		if fnTag(text, ta.Span.Start, ta.Span.End)&fnOpens != 0 || fnTag(text, t.Span.Start, t.Span.End)&fnCloses != 0 {
			continue
		}
		hits[nh] = int32(k)
		nh++
	}
	return nh
}

// The fnTag bits of a word: fnOpens when openers has it (functionPairs
// turns away a pair that it opens), fnCloses when closers has it (a pair
// that it closes).
const (
	fnOpens uint8 = 1 << iota
	fnCloses
)

// fnTags holds the fnTag of each function word at its slot of
// words.FunctionSlots (0 elsewhere).
var fnTags = func() (tags [len(words.FunctionTable{})]uint8) {
	for w := range words.Function {
		head, _, _ := words.PackKey(w)
		if s, ok := words.FunctionSlot(words.FunctionSlots(), head); ok {
			tags[s] = fnTagOf(&lint.Token{Text: w, Fold: lint.FoldHash(w)})
		}
	}
	return tags
}()

// fnTag is the fnTag of the word text[start:end], as openers and closers
// give it (fnTagOf) for a token of that text. They hold only function
// words, none longer than eight bytes, so a word of eight bytes or fewer
// is read packed (packedWord), lower-cased, and found in one load of
// words.FunctionSlots (a packed word with a byte beyond ASCII keeps its
// high bit and is no function word's, as EqualFoldASCII finds no such
// word either). It reads no token and probes no table of the document's;
// longPairHits asks it only of the pairs that pass closedSigs, and
// functionPairs of the news-length path's pairs.
//
// Whether the slot holds the word is masked in, not branched on: a word of
// a pair whose cell holds a closed word is a function word about as often
// as not, and the branch was mispredicted as often.
func fnTag(text string, start, end int) uint8 {
	if uint(end-start-1) >= 8 {
		return 0 // (empty, or longer than any function word)
	}
	s, ok := words.FunctionSlot(words.FunctionSlots(), words.LowerPacked(packedWord(text, start, end)))
	return fnTags[s] & -uint8(b2u(ok))
}

// packedWord is the word text[start:end] of one to eight bytes packed as
// words.Head packs it: Head's one load where it may read eight bytes, a
// byte at a time near either end of text.
func packedWord(text string, start, end int) uint64 {
	if words.Fits(text, start, end) {
		return words.Head(text, start, end)
	}
	var x uint64
	for i := end - 1; i >= start; i-- {
		x = x<<8 | uint64(text[i])
	}
	return x
}

// fnTagOf is the fnTag of t asked of openers and closers.
func fnTagOf(t *lint.Token) uint8 {
	var tag uint8
	if openers.has(t) {
		tag |= fnOpens
	}
	if closers.has(t) {
		tag |= fnCloses
	}
	return tag
}

// pairSig is the keySig of the joined key of the ASCII words a, with no
// possessive, and b (whose key is its first bytes, as many as its facts
// say: its possessive left out), whose plains' facts are fa and fb: their
// joined key's length and end bytes, as fastWords packs a pair's (no carry
// between the bytes), then its second byte and its last but one: a's
// second or b's first, b's last but one or a's last (those two from the
// facts, ORed with 0x20 already).
func pairSig(fa, fb uint64, a, b string) uint64 {
	k1, kn2 := byte(fb>>8), byte(fa)
	if len(a) >= 2 {
		k1 = a[1]
	}
	if n := int(uint32(fb >> 16)); n >= 2 {
		kn2 = b[n-2]
	}
	return keySig(fa&^0xff+fb&^0xff00, k1, kn2) // (the bits above 48 carry into no lower one)
}

// joinsClosed reports whether the keys of the words of tokens k-1, a (with
// its possessive), and k, b (without), written together are the key of a
// closed word in the bucket of their cell.
func (sc *buffers) joinsClosed(plains []plain, toks []lint.Token, k int) bool {
	pa, pb := &plains[k-1], &plains[k]
	klen := pa.klen() + pa.poss() + pb.klen()
	a, b := toks[k-1].Text, words.StripPossessive(toks[k].Text)
	ascii := pa.state() == asciiWord && pa.poss() != 4 && pb.state() == asciiWord
	if sc.long {
		// A long article: a pair whose joined key is no closed word's
		// (nearly all) is turned away without walking the bucket (a word
		// the walk accepts always has the joined key, and so its
		// FoldHash), and the walk's answer for a joined key is remembered
		// (it depends on the key alone).
		// Two ASCII words' keys are their bytes lower-cased, and
		// FoldHash lowers ASCII capitals itself: their bytes as they are
		// are hashed, and the key is made only for the few pairs the
		// filter lets through.
		if ascii {
			sc.key = append(append(sc.key[:0], a...), b...)
		} else {
			sc.key = words.AppendKey(words.AppendKey(sc.key[:0], a), b)
		}
		fold := lint.FoldHashBytes(sc.key)
		if !sc.closedFolds.has(uint64(fold)) {
			return false
		}
		if ascii {
			sc.key = words.AppendKey(words.AppendKey(sc.key[:0], a), b)
		}
		if v, ok := sc.joinMemo[string(sc.key)]; ok {
			return v
		}
		memo := string(sc.key)
		v := sc.walkIndexed(plains, toks, pa, pb, a, b, ascii, klen, fold)
		sc.joinMemo[memo] = v
		return v
	}
	return sc.walkClosed(plains, toks, pa, pb, a, b, ascii, klen)
}

// walkClosed is joinsClosed's walk over the bucket of the pair's cell.
//
// A bucket holds every occurrence of its words, and in an article of
// 50 KB a frequent pair meets the same frequent word of its length and
// end bytes at every occurrence (Mr Glazer and minister, next year and
// November: 116,000 words passed mayJoin per MB there, 13,000 at 5 KB,
// and 153 joined). So a pair of ASCII words asks the FoldHash of its
// bytes written together (once, at the first word that passes mayJoin)
// of a bucket word that is ASCII with no possessive, whose key is its
// bytes lower-cased and whose plain holds its token's Fold, the FoldHash
// of those bytes: a word joinedAs accepts there has the pair's bytes in
// some case, and FoldHash lowers ASCII capitals itself, so a word whose
// Fold differs is turned away from its plain alone, without reading its
// token and text.
func (sc *buffers) walkClosed(plains []plain, toks []lint.Token, pa, pb *plain, a, b string, ascii bool, klen int32) bool {
	joined := false
	// fold is the FoldHash of the pair's bytes, once folded.
	var fold uint32
	folded := false
	for e := sc.lastClosed(cellOf(klen, pa.first(), pb.last())); e >= 0; e = sc.decode(plains[e].next) {
		sc.closed.reads++
		c := &plains[e]
		if !c.mayJoin(pa, pb, klen) {
			continue
		}
		if ascii && c.facts>>48 == 0 { // (asciiWord, no possessive)
			if !folded {
				// (in sc.k2, which joinedAs makes again before each
				// read: sc.key may hold its joined key already)
				sc.k2 = append(append(sc.k2[:0], a...), b...)
				fold, folded = lint.FoldHashBytes(sc.k2), true
			}
			if c.fold != fold {
				continue
			}
		}
		if sc.joinedAs(toks, c, e, a, b, ascii, &joined) {
			return true
		}
	}
	return false
}

// mayJoin is the walk's filter of a bucket word pw for the pair pa, pb
// whose joined key is klen bytes long: its key's length and first and
// last bytes. (A bucket holds the fast words of fewer than five bytes
// too, which are no closed forms: a plain that is ASCII with so short a
// key is one, a slow word of five bytes or more having a key as long.)
func (pw *plain) mayJoin(pa, pb *plain, klen int32) bool {
	return pw.klen() == klen && pw.first() == pa.first() && pw.last() == pb.last() && (klen >= 5 || pw.state() != asciiWord)
}

// joinedAs reports whether the bucket word e (c, past mayJoin) is a and b
// written together. joined tells whether sc.key holds their joined key
// already; if not, it is made here when needed (and joined set).
func (sc *buffers) joinedAs(toks []lint.Token, c *plain, e int32, a, b string, ascii bool, joined *bool) bool {
	cw := words.StripPossessive(toks[e].Text)
	if ascii && c.state() == asciiWord {
		// All three keys are their words lower-cased, and cw is as
		// long as a and b together.
		return words.EqualFoldASCII(cw[:len(a)], a) && words.EqualFoldASCII(cw[len(a):], b)
	}
	if !*joined {
		sc.key = words.AppendKey(words.AppendKey(sc.key[:0], a), b)
		*joined = true
	}
	sc.k2 = words.AppendKey(sc.k2[:0], cw)
	return string(sc.key) == string(sc.k2)
}

// functionCompounds are the closed forms whose open form starts with a
// function word and still means the same: "per cent" beside "percent",
// "under way" beside "underway" is one term written two ways, unlike
// "any one" beside "anyone".
var functionCompounds = map[string]bool{"percent": true, "underway": true}

type group struct {
	key   string
	forms []form // in the order they were found
}

// termGroups groups the candidate forms by term, in the order in which each
// term was first found: by Sum first (a sort, no map), then, within a run of
// one Sum that could hold a conflict, by the key itself. A late closed word
// joins the term of its key but starts none.
func termGroups(doc *lint.Document, cands []cand, sc *buffers) []group {
	// Only a Sum with a closed form and another form can hold a conflict:
	// keep those forms (few) and sort them alone.
	kinds := &sc.kinds
	kinds.Reset(words.Presize(len(cands)))
	for k := range cands {
		*kinds.Ptr(words.Sum{H: cands[k].sum}) |= 1 << cands[k].kind
	}
	// (the forms kept by their index in cands, which orders them as they
	// were found)
	keep := sc.keep[:0]
	for k := range cands {
		if ks, _ := kinds.Get(words.Sum{H: cands[k].sum}); ks&(1<<closed) != 0 && ks&(1<<hyphen|1<<open) != 0 ||
			ks&(1<<hyphen) != 0 && ks&(1<<open) != 0 {
			keep = append(keep, int32(k))
		}
	}
	sc.keep = keep
	if len(keep) == 0 {
		return nil
	}
	sort.Slice(keep, func(i, j int) bool {
		if a, b := cands[keep[i]].sum, cands[keep[j]].sum; a != b {
			return a < b
		}
		return keep[i] < keep[j]
	})
	out := sc.out[:0]
	for lo := 0; lo < len(keep); {
		hi := lo + 1
		for hi < len(keep) && cands[keep[hi]].sum == cands[keep[lo]].sum {
			hi++
		}
		run := keep[lo:hi]
		lo = hi
		// A conflict needs a closed form and another one, or a
		// hyphenated and an open one.
		var kinds [3]bool
		for _, k := range run {
			kinds[cands[k].kind] = true
		}
		if !kinds[closed] && !(kinds[hyphen] && kinds[open]) || !kinds[hyphen] && !kinds[open] {
			continue
		}
		keys := sc.runKeys[:0]
		for _, k := range run {
			keys = append(keys, keyed{cands[k].key(sc, doc), k})
		}
		sc.runKeys = keys
		// Usually one key per Sum; split the run by key all the same.
		for len(keys) > 0 {
			key := keys[0].key
			g := group{key: key}
			first := -1
			rest := keys[:0]
			for _, kc := range keys {
				if kc.key != key {
					rest = append(rest, kc)
					continue
				}
				c := &cands[kc.k]
				g.forms = append(g.forms, c.form(doc))
				if !c.late && first < 0 {
					first = int(kc.k)
				}
			}
			keys = rest
			if first >= 0 {
				out = append(out, ordered{first, g})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first < out[j].first })
	sc.out = out
	gs := sc.groups[:0]
	for i := range out {
		gs = append(gs, out[i].g)
	}
	sc.groups = gs
	return gs
}

// keyed is the index of a cand and its key.
type keyed struct {
	key string
	k   int32
}

// ordered is a group and the index in cands of the form that opened it.
type ordered struct {
	first int
	g     group
}

// tieOrder ranks the forms for a tie, by the article's spelling variety:
// British copy tends to keep compounds apart (co-operate, per cent, pre-tax,
// half-time) and American copy to close them up (cooperate, percent, pretax,
// halftime). It is a tendency, not a rule (British heatwave, American heat
// wave), so a tie's fix stays unsafe whichever form it suggests.
func tieOrder(p *lint.Pass) [3]int {
	v := ""
	if p.Config != nil && p.Config.Variety != "" {
		v = p.Config.Variety
	} else if r := lint.ResultOf[*variety.Result](p, variety.Rule); r != nil {
		v = r.Variety
	}
	switch v {
	case "en-US":
		return [3]int{closed: 2, hyphen: 1, open: 0}
	case "":
		return [3]int{}
	}
	return [3]int{closed: 0, hyphen: 2, open: 1}
}

// withoutRepeats leaves out the forms in a paragraph that only repeats the
// headline (a headline printed again at the end of the story: the blocks
// repeats holds, see headlineRepeats): it is no second use of the form.
func withoutRepeats(doc *lint.Document, fs []form, repeats map[int32]bool) []form {
	if repeats == nil {
		return fs
	}
	var keep []form
	for _, f := range fs {
		if !repeats[doc.Tokens[f.token].Block] {
			keep = append(keep, f)
		}
	}
	return keep
}

// withoutNames leaves out the open and hyphenated forms that are part of a
// proper name (The Air Line Pilots Association, the Heat Wave Festival) when
// the group also has a form in lower case: a name keeps its own spelling,
// and its words are not the common noun (airline) written another way.
func withoutNames(doc *lint.Document, fs []form) []form {
	lower := false
	for _, f := range fs {
		if t := &doc.Tokens[f.token]; !t.Has(lint.Capitalized) {
			lower = true
			break
		}
	}
	if !lower {
		return fs
	}
	var keep []form
	for i, f := range fs {
		if f.kind != closed && nameForm(doc, f) || f.kind == closed && closedName(doc, f) {
			if keep == nil {
				keep = append(make([]form, 0, len(fs)), fs[:i]...)
			}
			continue
		}
		if keep != nil {
			keep = append(keep, f)
		}
	}
	if keep == nil {
		return fs
	}
	return keep
}

// closedName reports whether the closed form f is a word of a proper name
// (the Georgia Healthcare Association beside health care): a whole word
// that nameWord takes for one.
func closedName(doc *lint.Document, f form) bool {
	t := &doc.Tokens[f.token]
	return f.span.Start == t.Span.Start && f.span.End >= t.Span.End-4 && !words.HasHyphen(t.Text) && nameWord(doc, f.token)
}

// nameForm reports whether every word of the open or hyphenated form f is
// capitalised, in a block that is not a headline (headlines may be in
// title case), and one of them at least is not a sentence's first word.
func nameForm(doc *lint.Document, f form) bool {
	toks := doc.Tokens
	if doc.Blocks[toks[f.token].Block].Kind == lint.BlockHeadline {
		return false
	}
	midSentence := false
	for k := f.token; k < len(toks) && toks[k].Span.Start < f.span.End; k++ {
		t := &toks[k]
		if t.Kind != lint.Word {
			continue
		}
		if !t.Has(lint.Capitalized) {
			return false
		}
		if !t.Has(lint.SentenceStart) {
			midSentence = true
		}
	}
	// A hyphenated form is one token: its parts after the hyphen must be
	// capitalised too (Air-Line), unless it stands among the capitalised
	// words of a longer name (the Organisation for Economic Co-operation
	// and Development).
	for i := 1; i < len(f.text); i++ {
		if f.text[i-1] == '-' && !('A' <= f.text[i] && f.text[i] <= 'Z') {
			return inLongerName(toks, f.token)
		}
	}
	return midSentence || strings.Contains(f.text, "-") && !toks[f.token].Has(lint.SentenceStart)
}

// inLongerName reports whether the capitalised word at i, in mid-sentence,
// has a capitalised word of its block right before it or after it (across
// and, of, for or the).
func inLongerName(toks []lint.Token, i int) bool {
	t := &toks[i]
	if !t.Has(lint.Capitalized) || t.Has(lint.SentenceStart) {
		return false
	}
	capWord := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Block == t.Block && toks[k].Kind == lint.Word && toks[k].Has(lint.Capitalized) && !toks[k].Has(lint.SentenceStart)
	}
	if capWord(i - 1) {
		return true
	}
	k := i + 1
	for k < len(toks) && k <= i+2 && toks[k].Block == t.Block && (toks[k].Text == "and" || toks[k].Text == "of" || toks[k].Text == "for" || toks[k].Text == "the") {
		k++
	}
	return capWord(k)
}

// variants keeps the forms of a group that are variants of each other: a
// closed form and hyphenated ones; else a closed form and open ones. A
// hyphenated and an open form alone are no conflict (a long-term plan, in
// the long term). nil when there is no conflict.
func variants(fs []form) []form {
	var n [3]int
	for _, f := range fs {
		n[f.kind]++
	}
	switch {
	case n[closed] > 0 && n[hyphen] > 0:
		// Open forms beside hyphenated ones differ in role (the long
		// term, a long-term plan): leave them out.
		var keep []form
		for _, f := range fs {
			if f.kind != open {
				keep = append(keep, f)
			}
		}
		return keep
	case n[closed] > 0 && n[open] > 0:
		return fs
	}
	return nil
}

// report reports the minority forms of fs, the forms of the term of key,
// that reported does not hold yet, and returns reported with them (made
// when nil). A tie is broken by how the article writes the term's word
// family (while *budget lasts), else prefer ranks the kinds (tieOrder);
// plains and repeats are the run's, for family.
func report(p *lint.Pass, plains []plain, repeats map[int32]bool, key string, fs []form, reported map[lint.Span]bool, prefer [3]int, budget *int) map[lint.Span]bool {
	var n [3]int
	firstAt := [3]int{-1, -1, -1}
	for i, f := range fs {
		n[f.kind]++
		if firstAt[f.kind] < 0 {
			firstAt[f.kind] = i
		}
	}
	// The majority wins; on a tie the form the article's variety tends to
	// prefer (prefer), else the form that came first.
	best := -1
	for k := range n {
		if n[k] == 0 {
			continue
		}
		if best < 0 || n[k] > n[best] || n[k] == n[best] && (prefer[k] > prefer[best] || prefer[k] == prefer[best] && firstAt[k] < firstAt[best]) {
			best = k
		}
	}
	// On a tie either form may be the slip: the later one is reported, but
	// the fix is left to a person.
	tie := false
	for k := range n {
		if k != best && n[k] == n[best] {
			tie = true
		}
	}
	var fam [3]int
	if tie && *budget > 0 {
		*budget--
		fam = family(p.Doc, plains, repeats, key, fs)
		for k := range fam {
			fam[k] = max(fam[k], n[k]) // the forms themselves (likefor in likefor-like) are of the family
		}
		if k, ok := decide(n, fam, best); ok {
			// decided; the fix is safe when the family writes the
			// winning kind twice as often as each other kind of the tie
			best, tie = k, false
			for j := range n {
				if j != k && n[j] == n[k] && 2*fam[j] > fam[k] {
					tie = true
				}
			}
		} else {
			fam = [3]int{}
			if n[closed] == n[best] && openPrefix(fs) {
				// multi media, non financial: a prefix is no word of its
				// own to stand apart
				best = int(closed)
			} else if n[closed] == n[best] && !functionCompounds[key] && !prefixed(fs) && freq.Band(key) >= closedBand {
				// a word news copy writes closed up (website, worldwide);
				// per cent, under way and co-operate follow the variety
				best = int(closed)
			}
		}
	}
	major := fs[firstAt[best]]
	count := map[string]int{}
	for _, f := range fs {
		if f.kind == kind(best) {
			count[f.text]++
		}
	}
	// The most frequent spelling of the majority form is the replacement,
	// in lower case rather than capitalised (a headline's Health Care).
	var texts []string
	for t := range count {
		texts = append(texts, t)
	}
	sort.Slice(texts, func(i, j int) bool {
		if count[texts[i]] != count[texts[j]] {
			return count[texts[i]] > count[texts[j]]
		}
		if ui, uj := upperInitial(texts[i]), upperInitial(texts[j]); ui != uj {
			return uj
		}
		return texts[i] < texts[j]
	})
	want := texts[0]
	line := p.Doc.LineOf(major.span.Start)
	for _, f := range fs {
		if f.kind == kind(best) || reported[f.span] {
			continue
		}
		if reported == nil {
			reported = map[lint.Span]bool{}
		}
		reported[f.span] = true
		repl := words.MatchCase(f.text, want)
		msg := fmt.Sprintf("%q is written %s here but %q (%s) %d time(s) elsewhere, first on line %d",
			f.text, kindName[f.kind], want, kindName[best], n[best], line)
		if fam[best] > 0 {
			msg += fmt.Sprintf("; the article writes the word's family %s %d time(s), %s %d", kindName[best], fam[best], kindName[f.kind], fam[f.kind])
		}
		p.Report(lint.Diagnostic{
			Span:    f.span,
			Message: msg,
			Related: []lint.Related{{Span: major.span, Message: fmt.Sprintf("%q here", major.text)}},
			Fixes:   fixes.One(fmt.Sprintf("Use %q as on line %d", repl, line), f.span, repl, !tie),
		})
	}
	return reported
}

// prefixed reports whether the hyphenated or open forms of fs start with a
// bound prefix (co-operate, pre-tax), whose hyphen is a house's choice.
func prefixed(fs []form) bool {
	for _, f := range fs {
		if f.kind == closed {
			continue
		}
		i := strings.IndexFunc(f.text, func(r rune) bool { return r == ' ' || r == '\n' || lint.IsHyphen(r) })
		return i > 0 && boundPrefixes[strings.ToLower(f.text[:i])]
	}
	return false
}

// openPrefix reports whether fs has an open form whose first word is a
// bound prefix (multi media).
func openPrefix(fs []form) bool {
	for _, f := range fs {
		if f.kind != open {
			continue
		}
		w, _, _ := strings.Cut(strings.Join(strings.Fields(f.text), " "), " ")
		return boundPrefixes[strings.ToLower(w)]
	}
	return false
}

// closedBand is the frequency band in news copy (see freq) from which a
// closed-up word (website, worldwide, takeover) is the usual spelling, and
// wins a tie against its hyphenated or open form.
const closedBand = 6

// upperInitial reports whether w starts with a capital letter.
func upperInitial(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// houseList reports the variants of the configuration's terms list, each
// occurrence, and returns the spans it reported (nil when none).
func houseList(p *lint.Pass) map[lint.Span]bool {
	if p.Config == nil || len(p.Config.Terms) == 0 {
		return nil
	}
	reported := map[lint.Span]bool{}
	type entry struct {
		words     []string
		preferred string
	}
	byFirst := map[string][]entry{}
	for _, te := range p.Config.Terms {
		for _, v := range te.Variants {
			ws := strings.Fields(strings.ToLower(v))
			if len(ws) == 0 || strings.EqualFold(v, te.Preferred) {
				continue
			}
			byFirst[ws[0]] = append(byFirst[ws[0]], entry{ws, te.Preferred})
		}
	}
	toks := p.Doc.Tokens
	for i := range toks {
		if toks[i].Kind != lint.Word {
			continue
		}
		for _, e := range byFirst[strings.ToLower(toks[i].Text)] {
			end, ok := i, true
			for k, w := range e.words {
				j := i + k
				if j >= len(toks) || toks[j].Kind != lint.Word || strings.ToLower(toks[j].Text) != w ||
					k > 0 && toks[j].Sentence != toks[i].Sentence {
					ok = false
					break
				}
				end = j
			}
			if !ok {
				continue
			}
			sp := lint.Span{Start: toks[i].Span.Start, End: toks[end].Span.End}
			text := p.Doc.Text[sp.Start:sp.End]
			repl := words.MatchCase(text, e.preferred)
			reported[sp] = true
			p.Report(lint.Diagnostic{
				Span:    sp,
				Message: fmt.Sprintf("the house style writes %q, not %q", e.preferred, text),
				Fixes:   fixes.One(fmt.Sprintf("Use %q", repl), sp, repl, true),
			})
			break
		}
	}
	return reported
}
