// Package garbled implements term-garbled: a one-off phrase that looks like
// a corruption of a term the article uses elsewhere (centigram bank beside
// central bank).
package garbled

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/spelling/variety"
	"github.com/factlint/factlint/rules/term/internal/freq"
	"github.com/factlint/factlint/rules/term/internal/words"
)

//go:embed doc.md
var doc string

// Rule is term-garbled.
var Rule = &lint.Rule{
	Name:     "term-garbled",
	Summary:  "A one-off phrase that looks like a corruption of a term used elsewhere (genera election beside general election).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: []*lint.Rule{variety.Rule},
	Fixable:  true,
	Run:      run,
}

// modGroup is the occurrences of one modifier with one head.
type modGroup struct {
	mk        string // the modifier's key
	mh        uint64 // its hash
	head      int32  // index in buffers.headList
	n         int32  // occurrences, while they are gathered
	occs      []occ  // in order
	body      int    // occurrences outside headlines
	firstBody int    // offset of the first of those (math.MaxInt for none)
	near      int32  // the next group of the head in its nearCell, or -1
	alike     int32  // the first group of the head in its nearCell
	asked     bool   // compared with some likeness: its word's uses are counted
	likened   bool   // its phrase has a rival with some likeness (run compares it again)
}

// headGroup is a head that takes several modifiers: its key and its groups
// (indexes in buffers.groups) in the order of their first use.
type headGroup struct {
	hk     string
	h      uint64
	groups []int32
	n      int32 // groups, while they are gathered
}

// nearCell files a modifier's key by its first two bytes: any likeness
// similar scores needs them equal (see similar), so each modifier is
// compared only with the modifiers of its head in its cell, which keeps a
// head with hundreds of modifiers (a long article) linear.
func nearCell(mk string) int { return int(mk[0]&31)<<5 | int(mk[1]&31) }

// maxAlike bounds the modifiers of one head in one nearCell that a
// phrase is compared with: the first 64 in the order of their first use.
// A news story gives a head a few dozen modifiers in all; a page of
// thousands of numbers before one word (A 17-yearold man and a 17-year-old
// man, for every age up to 50,000: 2 MB) had each compared with all the
// others, 5.9 s.
const maxAlike = 64

// onCompare, when set (by a test), is called at each modifier a phrase's
// is compared with (once: at the comparison's likeness).
var onCompare func()

// startAlike reports whether two keys start with the same two bytes.
func startAlike(a, b string) bool { return len(a) >= 2 && len(b) >= 2 && a[0] == b[0] && a[1] == b[1] }

// markHeads records in multiKeys the alike hashes of cands (a head and the
// first two bytes of its modifier's key) that come with two or more
// different modifiers: the phrases gather groups. headMods, the first
// modifier of each hash, is probed once a phrase at random (a table sized
// to the phrases up to headModsRoom: 2 MB in 1 MB of news copy and at 10
// MB, where it was 16 MB when sized to every phrase); gather then
// asks multiKeys, which holds only those hashes (791 of 14,760 in 1 MB of
// news copy) and stays in the cache, where it asked headMods again for
// every phrase.
func (sc *buffers) markHeads(cands []cand) {
	headMods := &sc.headMods
	// Room for as many alike hashes as phrases, up to headModsRoom: a long
	// article's phrases repeat their hashes (the 233,000 phrases of the 10
	// MB joined test article, the corpus twelve times over, have 14,760,
	// as its first 1 MB does), and a table sized to every phrase outgrew
	// the caches (16 MB, cleared at each article, every probe a miss); a
	// text with more hashes grows the table.
	headMods.Reset(min(len(cands), headModsRoom))
	// (room for one phrase in sixteen, up to 1,024: more than any text's
	// hashes with several modifiers but a hostile one's, without a table
	// that leaves the cache; 791 hashes of 23,706 phrases in 1 MB of news
	// copy, the same 791 at 10 MB)
	room := min(len(cands)/16, 1024)
	sc.multiKeys.Reset(room)
	// A bit set of the same hashes (by their top bits, 64 bits a hash of
	// multiKeys' room, 8 KB at most), for gather's first sieve.
	size := 1 << 9
	for size < 64*room {
		size <<= 1
	}
	sc.multiBits = scratch.Zeroed(sc.multiBits, size/64)
	sc.multiShift = 64 - uint(bits.TrailingZeros(uint(size)))
	for _, c := range cands {
		if hi := headMods.Ptr(words.Sum{H: c.alike}); !hi.seen {
			*hi = headInfo{first: c.mh, seen: true}
		} else if !hi.multi && hi.first != c.mh {
			hi.multi = true
			*sc.multiKeys.Ptr(words.Sum{H: c.alike}) = struct{}{}
			b := c.alike >> sc.multiShift
			sc.multiBits[b/64] |= 1 << (b % 64)
		}
	}
}

// headModsRoom is the most alike hashes markHeads makes room for before
// it meets them: 32,768, a table of 2 MB (as many as the 23,706 phrases of
// 1 MB of news copy had, with room to spare). A variable, so that a test
// can lower it.
var headModsRoom = 1 << 15

// sieveMulti lists in multi (its buffer, as long as cands at least) the
// phrases of cands whose alike hash has its bit in bits (markHeads'
// multiBits, by the hash's top bits from shift on), and returns them: the
// phrases gather groups, and a few others whose hash shares a bit with
// one of theirs. Each phrase is written and counted without a branch:
// asked of multiKeys directly, one phrase in eight (in 1 MB of news copy)
// took the branch the others did not, much at random, and each probe
// walked a table of 32 KB that the phrases' stream pushed out of the
// first-level cache (two thirds of gather's time in a long article).
//
//go:noinline
func sieveMulti(cands []cand, bits []uint64, shift uint, multi []int32) []int32 {
	multi = multi[:len(cands)]
	n := 0
	for k := range cands {
		b := cands[k].alike >> shift
		multi[n] = int32(k)
		n += int(bits[b/64] >> (b % 64) & 1)
	}
	return multi[:n]
}

// gather groups the candidate phrases whose head takes two or more
// modifiers that start alike (the phrases any comparing can report) by head
// and then by modifier, in one pass and tables (no sort), and files each
// head's modifiers by nearCell.
func (sc *buffers) gather(doc *lint.Document, cands []cand, heads []bool) {
	toks := doc.Tokens
	headList, groups, tmp := sc.headList[:0], sc.groups[:0], sc.tmp[:0]
	sc.headIDs.Reset(words.Presize(len(cands)))
	sc.groupIDs.Reset(words.Presize(len(cands)))
	// The phrases of the heads that take two modifiers that start alike
	// (multi), listed first; then their tokens are read a block at a time
	// (warmBlock), first by warm, so that the reads of a block's scattered
	// tokens and words wait for memory together rather than one by one.
	// (The bit set sieves the phrases first, multiKeys then tells the
	// few whose bit another hash set: sieveMulti.)
	multi := sieveMulti(cands, sc.multiBits, sc.multiShift, keep(sc.multi, 0, len(cands)))
	n := 0
	for _, k := range multi {
		if _, ok := sc.multiKeys.Get(words.Sum{H: cands[k].alike}); ok {
			multi[n] = k
			n++
		}
	}
	multi = multi[:n]
	sc.multi = multi
	for n, k := range multi {
		if n%warmBlock == 0 {
			sc.warmed += warm(doc.Text, toks, cands, multi[n:min(n+warmBlock, len(multi))])
		}
		c := &cands[k]
		i, hh, mh := int(c.tok), c.hh, c.mh
		t, h := &toks[i], &toks[i+1]
		// (the head's key is done with before the modifier's takes sc.key)
		hk := keyRefOf(h, &sc.key)
		hid, added := sc.headIDs.ID(hh, int32(len(headList)), func(id int32) bool { return hk.is(headList[id].hk) })
		if added {
			headList = append(headList, headGroup{hk: hk.String(), h: hh})
		}
		m := words.StripPossessive(t.Text)
		mk := keyRefOf(t, &sc.key)
		gid, added := sc.groupIDs.ID(mh^uint64(hid+1)*0x9e3779b97f4a7c15, int32(len(groups)), func(id int32) bool {
			return groups[id].head == hid && mk.is(groups[id].mk)
		})
		if added {
			groups = append(groups, modGroup{mk: mk.String(), mh: mh, head: hid})
			headList[hid].n++
		}
		groups[gid].n++
		tmp = append(tmp, groupedOcc{gid, occ{
			span:     lint.Span{Start: t.Span.Start, End: t.Span.Start + len(m)},
			text:     m,
			headline: heads[t.Block],
			start:    t.Span.Start,
			end:      h.Span.End,
		}})
	}
	// The occurrences of each group together, in order (a counting sort).
	occs := slices.Grow(sc.occs[:0], len(tmp))[:len(tmp)]
	off := 0
	for g := range groups {
		groups[g].occs = occs[off : off : off+int(groups[g].n)]
		off += int(groups[g].n)
	}
	for _, t := range tmp {
		g := &groups[t.g]
		g.occs = append(g.occs, t.o)
	}
	// Each head's groups in order, and the body counts of each group.
	ids := slices.Grow(sc.ids[:0], len(groups))[:len(groups)]
	off = 0
	for h := range headList {
		headList[h].groups = ids[off : off : off+int(headList[h].n)]
		off += int(headList[h].n)
	}
	for g := range groups {
		gr := &groups[g]
		hg := &headList[gr.head]
		hg.groups = append(hg.groups, int32(g))
		gr.body, gr.firstBody = bodyCount(gr.occs), firstBody(gr.occs)
	}
	// Chain each head's groups by cell, in order: walking its groups
	// backwards, near is the next group of the cell; the cell's last
	// value then is its first group.
	for h := range headList {
		sc.stamp++
		gs := headList[h].groups
		for k := len(gs) - 1; k >= 0; k-- {
			c := &sc.cells[nearCell(groups[gs[k]].mk)]
			groups[gs[k]].near = -1
			if c.stamp == sc.stamp {
				groups[gs[k]].near = c.first
			}
			c.stamp, c.first = sc.stamp, gs[k]
		}
		for _, g := range gs {
			groups[g].alike = sc.cells[nearCell(groups[g].mk)].first
		}
	}
	sc.headList, sc.groups, sc.tmp, sc.occs, sc.ids = headList, groups, tmp, occs, ids
}

// warmBlock is how many phrases gather reads the tokens of at once: their
// lines (a modifier's token, its head's and the modifier's first bytes in
// the text, 12 KB for 64 phrases) stay in the first-level cache.
const warmBlock = 64

// warm reads the flags of the modifier and head of each of phrases ks of
// cands and the modifier's first byte in text, and returns their sum (kept
// by gather, so that the reads are not dropped as unused). In a long
// article those tokens and words are scattered over megabytes and are
// rarely in the cache; a loop of a few independent reads has many of them
// wait for memory at once, where gather's long work between them had
// them wait one after another (a quarter of gather's time in a 10 MB
// article went to the first read of each token).
//
//go:noinline
func warm(text string, toks []lint.Token, cands []cand, ks []int32) uint {
	s := uint(0)
	for _, k := range ks {
		i := cands[k].tok
		t := &toks[i]
		s += uint(t.Flags) + uint(toks[i+1].Flags) + uint(text[t.Span.Start])
	}
	return s
}

// tokenKey is words.Key of word t without its possessive: its text itself
// when its flags tell it is lower-case ASCII without a hyphen or an
// apostrophe (most words), without reading it.
func tokenKey(t *lint.Token) string {
	if ownKey(t) {
		return t.Text
	}
	return words.Key(words.StripPossessive(t.Text))
}

// ownKey reports whether t's flags tell that it is lower-case ASCII without
// a hyphen or an apostrophe: its own key.
func ownKey(t *lint.Token) bool { return t.Flags&(notPlainASCII|lint.Capitalized) == 0 }

// keyRef is a token's key (tokenKey) with no string made for it, so that
// gather makes one only for a new head or group (a long article's
// capitalised or hyphenated phrases made one for every use): the word
// itself when it is its own key, else the key's bytes in a buffer.
type keyRef struct {
	word  string
	bytes []byte
	own   bool
}

// keyRefOf gives t's keyRef, its key's bytes (if not its own) in *buf.
func keyRefOf(t *lint.Token, buf *[]byte) keyRef {
	if ownKey(t) {
		return keyRef{word: t.Text, own: true}
	}
	*buf = words.AppendKey((*buf)[:0], words.StripPossessive(t.Text))
	return keyRef{bytes: *buf}
}

// is reports whether the key is s.
func (k keyRef) is(s string) bool {
	if k.own {
		return k.word == s
	}
	return string(k.bytes) == s
}

// String makes the key a string of its own (unless it is the word's).
func (k keyRef) String() string {
	if k.own {
		return k.word
	}
	return string(k.bytes)
}

// groupedOcc is an occurrence of a group, as gather finds it.
type groupedOcc struct {
	g int32
	o occ
}

type occ struct {
	span     lint.Span // the modifier
	text     string    // the modifier as written
	headline bool
	start    int // start of the whole phrase
	end      int
}

// buffers holds the buffers one run needs, reused through a pool.
type buffers struct {
	wordToks   []int32  // pairWords': the words of the pairs
	pairWs     []int32  // candidates': the words of the pairs, which hashes and good describe
	pairs      []int32  // pairWords': each pair's head, an index in wordToks
	roles      []uint8  // pairWords': per token, what it may be (roleOf)
	folds      []uint32 // pairWords', in a long article (foldColumnMin): per token, its Fold
	hashes     []uint64 // per word of wordToks: the hash of its key
	good       []uint8  // per word of wordToks: 1 for a good word
	slow       []int32  // readWords' and foldKeys': the words they read one by one
	keys       []uint64 // foldKeys': per word of wordToks, the FoldHash of its key and its first byte
	relSeen    seenSets // relevantPairs' bit sets
	groupBits  []uint64 // relevantPairs': per pair, its groups' bits
	keptWs     []int32  // relevantPairs': the words of the pairs it keeps
	keptPairs  []int32  // relevantPairs': the pairs it keeps, indexes in keptWs
	starts     []uint16 // per word of wordToks: the first two bytes of its key
	cands      []cand
	heads      []bool // per block: a headline, or a paragraph that repeats it
	key        []byte
	bodyWords  words.SumTable[int32]
	headMods   words.SumTable[headInfo]
	multiKeys  words.SumTable[struct{}] // markHeads': the alike hashes of headMods' multi entries
	multiBits  []uint64                 // markHeads': a bit set of multiKeys' hashes (sieveMulti)
	multiShift uint                     // the shift that gives a hash's bit in multiBits
	// gather's
	headIDs, groupIDs words.IDTable
	headList          []headGroup
	groups            []modGroup
	tmp               []groupedOcc
	occs              []occ
	ids               []int32
	cells             [1 << 10]struct{ stamp, first int32 } // by nearCell, stamped per head
	stamp             int32
	// the phrases gather groups (indexes in cands), and what warm and
	// warmPassing read of tokens (kept, never used)
	multi  []int32
	warmed uint
	// oneLetter's
	done       []lint.Span // the spans the modifier comparison reported
	oneSeen    []uint64    // oneLetter's bit sets: keys seen, keys seen again
	oneFirst   []uint64    // oneLetter's first varying word of each key's slot
	oneList    []oneOcc
	oneTmp     []oneOcc // sortOnes' other buffer
	oneBuckets []int32  // sortOnes' counts
	oneFound   []oneSlip
	oneCounts  map[string]int
	oddFolds   oddSieve // oneLetter's: a bit set of the odd words' FoldHashes
	ends       []uint64 // countBodyUses' filter
	passing    []int32  // countBodyUses': the tokens that pass it
	useHashes  []uint64 // countBodyUses': readWords' values of the words it reads
	useGood    []uint8
	useStarts  []uint16
	foldCounts foldCounts // countBodyUses': the plain words' uses
	spell      spellIndex // the spelling table's words of the article, by word (spellpair.go)
}

// cand is a candidate phrase: the modifier's token, the hashes of the keys
// of the modifier and of its head (the next token), and alike, a hash of
// the head's and the first two bytes of the modifier's key (any likeness
// needs those bytes equal: see nearCell).
type cand struct {
	tok           int32
	ms, hs        uint8 // the first bytes of the modifier's and the head's keys (in tok's padding)
	mh, hh, alike uint64
}

// headInfo records the modifiers a head takes that start alike (a
// cand's alike): the first, and whether there is another.
type headInfo struct {
	first uint64
	seen  bool
	multi bool
}

var pool scratch.Pool[buffers]

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	sc := pool.GetFor(len(toks))
	defer func() { pool.Put(sc, max(cap(sc.pairs), cap(sc.key))) }() // (a key as long as a hostile word is not kept)
	sc.spell.reset()
	// Headlines, and paragraphs that only repeat the headline, are no
	// evidence of the article's own usage.
	if cap(sc.heads) < len(doc.Blocks) {
		sc.heads = make([]bool, len(doc.Blocks))
	}
	heads := sc.heads[:len(doc.Blocks)]
	clear(heads)
	headline := ""
	for bi, b := range doc.Blocks {
		if b.Kind == lint.BlockHeadline {
			heads[bi] = true
			headline = strings.TrimSpace(doc.Slice(b.Span))
		} else if headline != "" && sameWords(doc.Slice(b.Span), headline) {
			heads[bi] = true
		}
	}
	// The candidate phrases (a modifier and a head worth comparing), and
	// the heads that take two or more different modifiers that start
	// alike: only those can be compared.
	cands := sc.candidates(doc)
	sc.markHeads(cands)
	// The phrases of those heads, grouped by head and then by modifier.
	sc.gather(doc, cands, heads)
	sc.done = sc.done[:0]
	if len(sc.groups) == 0 {
		sc.oneLetter(p, cands, heads)
		return nil, nil
	}
	// The likeness of each pair of phrases compared first (similar): the
	// tests after it need the words' own uses counted (countBodyUses, a
	// pass over all the tokens), and only of the words of a pair with some
	// likeness (asked), far fewer than the modifiers in a long article (139
	// of 1,712 in 1 MB of news copy, with 4,700 of their 76,000 uses). The
	// second walk compares again only the phrases with such a rival
	// (likened): nothing is kept per comparison (up to maxAlike a phrase).
	asked := false
	for g1 := range sc.phrases() {
		for g2 := range sc.rivals(g1) {
			if onCompare != nil {
				onCompare()
			}
			if similar(g1.mk, g2.mk, g2.body, g1.occs[0].text, g2.occs[0].text) > 0 {
				g1.asked, g2.asked, g1.likened, asked = true, true, true, true
			}
		}
	}
	if asked {
		sc.countBodyUses(doc, heads)
	}
	bodyUses := func(w string) int {
		n, _ := sc.bodyWords.Get(words.Sum{H: words.HashKey(w)})
		return int(n)
	}
	for g1 := range sc.phrases() {
		if !g1.likened {
			continue // no likeness: no rival can win
		}
		m1, o1, n1 := g1.mk, g1.occs, g1.body
		var best *modGroup
		bestScore, bestNeutral := 0, false
		for g2 := range sc.rivals(g1) {
			m2, n2 := g2.mk, g2.body
			s := similar(m1, m2, n2, o1[0].text, g2.occs[0].text)
			once := n1 == 1 && n2 == 1
			if s <= bestScore {
				continue // (so bodyUses is asked only of asked groups' words)
			}
			if bodyUses(m1) > n1 && !adverbOf(m1, m2) {
				continue // the word is used elsewhere in its own right
			}
			// The term is the article's own when it is used more than
			// once; a term used once counts only before the odd
			// phrase and with a strong likeness (or an -al adjective).
			if bodyUses(m2) < 2 && n2 < 2 && (g2.firstBody > g1.firstBody && !slipOf(m1, m2) || s < 5 && !strings.HasSuffix(m2, "al")) {
				continue
			}
			if verbBefore(toks, o1[0].span.Start, doc) {
				continue
			}
			if sc.spell.pair(p, m1, m2) {
				continue // defense budget beside defence budget: spelling-variety's
			}
			// Two phrases used once each whose words are about as
			// common and neither used elsewhere: which is the slip is a
			// guess, worth a word only for a one-letter slip (country
			// council beside county council); two words further apart
			// (premature trading beside premarket trading) are both
			// meant as often as not.
			neutral := once && !clearlyRarer(m1, m2)
			if neutral && editDistance(m1, m2) > 1 {
				continue
			}
			best, bestScore, bestNeutral = g2, s, neutral
		}
		if best == nil || nameLike(o1[0].text) {
			continue // a name (Rinoldi told beside Rinaldi told) is name-variant's
		}
		ref := best.occs[0]
		line := doc.LineOf(ref.start)
		term := oneSpace(doc.Text[ref.start:ref.end])
		if numberWords[term[strings.LastIndexByte(term, ' ')+1:]] {
			continue // a verb and its count (lost four beside lose four) is no term
		}
		for _, o := range o1 {
			phrase := oneSpace(doc.Text[o.start:o.end])
			want := words.MatchCase(o.text, ref.text)
			msg := fmt.Sprintf("%q looks like a garbled %q (line %d)", phrase, term, line)
			fix := fmt.Sprintf("Use %q as on line %d", want, line)
			if bestNeutral {
				msg = fmt.Sprintf("%q here and %q on line %d are each used once and differ by a few letters: one of them may be garbled", phrase, term, line)
				fix = fmt.Sprintf("Use %q as on line %d, if that is the phrase meant", want, line)
			}
			sc.done = append(sc.done, o.span)
			p.Report(lint.Diagnostic{
				Span:    o.span,
				Message: msg,
				Related: []lint.Related{{Span: lint.Span{Start: ref.start, End: ref.end}, Message: fmt.Sprintf("%q here", term)}},
				Fixes:   fixes.One(fix, o.span, want, false),
			})
		}
	}
	sc.oneLetter(p, cands, heads)
	return nil, nil
}

// phrases yields the groups whose phrase is compared with its head's other
// groups: of a head with two groups or more, used outside headlines (a
// phrase only in headlines is not reported).
func (sc *buffers) phrases() iter.Seq[*modGroup] {
	return func(yield func(*modGroup) bool) {
		for h := range sc.headList {
			if len(sc.headList[h].groups) < 2 {
				continue
			}
			for _, gi := range sc.headList[h].groups {
				if g1 := &sc.groups[gi]; g1.body >= 1 && !yield(g1) {
					return
				}
			}
		}
	}
}

// rivals yields the groups of g1's head that g1's phrase is compared with,
// the terms it may be a slip for: only the modifiers that start like g1's
// can be alike (see nearCell), in the order of their first use, the first
// maxAlike of them (a bound no news story reaches); a term used at least
// as often as g1's phrase, and on a tie the earlier one, except that of two
// phrases used once each the one whose word is far more common in news copy
// (executive board beside executrices board) is the term wherever it comes.
func (sc *buffers) rivals(g1 *modGroup) iter.Seq[*modGroup] {
	return func(yield func(*modGroup) bool) {
		m1, n1 := g1.mk, g1.body
		walked := 0
		for k := g1.alike; k >= 0; k = sc.groups[k].near {
			if walked++; walked > maxAlike {
				return
			}
			g2 := &sc.groups[k]
			m2, n2 := g2.mk, g2.body
			if m2 == m1 || !startAlike(m1, m2) || n2 < n1 {
				continue
			}
			once := n1 == 1 && n2 == 1
			if n2 == n1 && (g2.firstBody > g1.firstBody && !(once && slipOf(m1, m2)) ||
				g2.firstBody < g1.firstBody && once && slipOf(m2, m1)) {
				continue
			}
			if !yield(g2) {
				return
			}
		}
	}
}

// candidates lists the candidate phrases of doc: a modifier, then a head
// in the same sentence, both good words (three letters or more, no
// function word), that share a word with another phrase (relevantPairs,
// in a news-length text). The tokens' flags choose the pairs (pairWords);
// only the words of the pairs kept are read.
func (sc *buffers) candidates(doc *lint.Document) []cand {
	ws, pairs, read := sc.pairWords(doc)
	if len(pairs) <= maxOnePhrases {
		ws, pairs = sc.relevantPairs(doc, ws, pairs) // (read is 0)
	}
	hashes, good, starts := sc.readWords(doc, ws, read)
	sc.pairWs = ws
	cands := sc.cands[:0]
	if cap(cands) < len(pairs) {
		cands = make([]cand, len(pairs))
	}
	cands = cands[:len(pairs)]
	nc := 0
	for _, j := range pairs {
		// The modifier is the word before the head in ws.
		cands[nc] = cand{tok: ws[j-1], mh: hashes[j-1], hh: hashes[j], alike: hashes[j] ^ uint64(starts[j-1])*0xff51afd7ed558ccd,
			ms: uint8(starts[j-1]), hs: uint8(starts[j])}
		nc += int(good[j-1] & good[j])
	}
	sc.cands = cands[:nc]
	return cands[:nc]
}

// pairWords lists the pairs of tokens whose flags let them be a modifier
// and its head in the same sentence: the words of those pairs in order,
// each once, and for each pair the index of its head in that list, the
// modifier being just before it. What each token may be is read without a
// branch (roleBytes; which words pair is much at random), then the pairs
// are found 8 tokens at a time and only they (about one token in eight)
// are visited. The tokens go a chunk at a time (tokenChunk); once there
// are more than maxOnePhrases pairs (a long text, whose pairs relevantPairs
// does not sort out: all their words are read), the words of each chunk's
// pairs are read (readWords) while roleBytes left its tokens in the cache:
// read says how many words of ws are (0 or all).
func (sc *buffers) pairWords(doc *lint.Document) (ws, pairs []int32, read int) {
	text, toks := doc.Text, doc.Tokens
	// Each token joins ws once at most; roles is read 8 bytes at a time.
	if cap(sc.wordToks) < len(toks)+1 {
		sc.wordToks, sc.pairs = make([]int32, len(toks)+1), make([]int32, len(toks)+1)
		sc.roles = make([]uint8, len(toks)+8)
	}
	ws, pairs = sc.wordToks[:len(toks)+1], sc.pairs[:len(toks)+1]
	roles := sc.roles[:len(toks)+8]
	clear(roles[len(toks):])
	// The tokens that start in the text's last 8 bytes (no more than 8),
	// or beyond its first 4 GiB (none in any text read whole into memory
	// today), are taken for no function word (readWords tells), the
	// others are read 8 bytes at once by roleBytes.
	m := len(toks)
	for m > 0 && (toks[m-1].Span.Start > len(text)-8 || uint64(toks[m-1].Span.Start) > math.MaxUint32) {
		m--
	}
	// A long article's Folds are kept for countBodyUses while roleBytes
	// has its tokens in the cache (see foldColumnMin).
	folds := sc.folds[:0]
	if len(toks) >= foldColumnMin {
		folds = keep(sc.folds, 0, len(toks))
	}
	sc.folds = folds
	nw, np := 0, 0
	last := uint64(0) // the role byte of the token before the 8
	for lo := 0; lo < len(toks); lo += tokenChunk {
		hi := min(lo+tokenChunk, len(toks))
		if lo < m {
			roleBytes(text, toks[lo:min(hi, m)], roles[lo:], &roleTabs, words.FunctionSlots())
		}
		for k := max(lo, m); k < hi; k++ {
			roles[k] = roleOf(&toks[k], 0)
		}
		if len(folds) > 0 {
			copyFolds(toks[lo:hi], folds[lo:hi], roles[lo:hi])
		}
		nw, np, last = findPairs(roles, lo, hi, last, ws, pairs, nw, np)
		// A long article's words are read from its first chunk on (len
		// folds > 0), not from the chunk where the pairs pass
		// maxOnePhrases: that chunk read the words of every chunk before
		// it at once, long out of the cache (in the 1 MB joined article,
		// the words of its first 60,000 tokens, three tenths of them).
		// But only once its pairs so far, as many again for every part of
		// it to come, pass maxOnePhrases: an article that ends with fewer
		// (from 32,768 tokens to about 60,000 in news copy, 170 to 320 KB)
		// read its words for nothing, relevantPairs then reading those of
		// the pairs it keeps again (a tenth of the rule's instructions).
		if np > maxOnePhrases || len(folds) > 0 && int64(np)*int64(len(toks)) > int64(maxOnePhrases)*int64(hi) {
			sc.readWords(doc, ws[:nw], read)
			read = nw
		}
	}
	if np <= maxOnePhrases {
		// (relevantPairs sorts the pairs out, and candidates reads the
		// words of those it keeps: an article of few pairs for its
		// length read its words for nothing)
		read = 0
	}
	return ws[:nw], pairs[:np], read
}

// findPairs adds to ws and pairs (of lengths nw and np) the pairs whose
// head is one of the tokens lo to hi-1 (lo a multiple of 8), as pairWords
// lists them, last being the role byte of token lo-1 in its top byte, and
// returns their new lengths and the role bytes of the last 8 tokens read.
// It is a loop of its own, which calls nothing, so that it keeps its values
// in registers.
//
//go:noinline
func findPairs(roles []uint8, lo, hi int, last uint64, ws, pairs []int32, nw, np int) (int, int, uint64) {
	// The head of the pair found last (the last word of ws), or -2 for
	// none: the modifier of the next pair is already in ws when it is
	// that head. (Pairs are found in order, so that the token before a
	// pair's modifier is the head of a pair just when it is this one.)
	prev := -2
	if nw > 0 {
		prev = int(ws[nw-1])
	}
	for base := lo; base < hi; base += 8 {
		// A pair's head, k: bit 1 (head) of its role byte and bit 0
		// (modifier) of the byte before.
		x := le64(roles[base : base+8])
		pair := gatherBits((x >> 1) & (x<<8 | last>>56))
		last = x
		for p := pair; p != 0; p &= p - 1 {
			// The modifier k-1, unless it is there as the head of the
			// pair before; then the head k.
			k := base + bits.TrailingZeros64(p)
			ws[nw] = int32(k - 1)
			nw += b2i(prev != k-1)
			ws[nw], pairs[np] = int32(k), int32(nw)
			nw++
			np++
			prev = k
		}
	}
	return nw, np, last
}

// readWords reads the words of tokens ws of doc (three bytes or more): the
// hash of the key of each word without its possessive, and 1 for a good
// word (three letters or more, no function word), else 0. A word that is
// ASCII without a hyphen and at most 16 bytes without its possessive is
// read from its two ends, without a loop or a call (readPlainWords); the
// others after them, one by one (readSlowWord), so that the loop over the
// words keeps its values in registers. The first words, ws[:from], were
// read by the call before (on ws[:from] or more): their values are kept.
func (sc *buffers) readWords(doc *lint.Document, ws []int32, from int) (hashes []uint64, good []uint8, starts []uint16) {
	hashes, good, starts = sc.readWordsTo(doc, ws, from, sc.hashes, sc.good, sc.starts)
	sc.hashes, sc.good, sc.starts = hashes, good, starts
	return hashes, good, starts
}

// readWordsTo is readWords with the values written to hashes, good and
// starts (or to new storage, when they are too short), which it returns.
func (sc *buffers) readWordsTo(doc *lint.Document, ws []int32, from int, hashes []uint64, good []uint8, starts []uint16) ([]uint64, []uint8, []uint16) {
	text, toks := doc.Text, doc.Tokens
	hashes, good, starts = keep(hashes, from, len(ws)), keep(good, from, len(ws)), keep(starts, from, len(ws))
	slow := keep(sc.slow, 0, len(ws)-from)
	ns := readPlainWords(text, toks, ws[from:], hashes[from:], good[from:], starts[from:], slow)
	for _, j := range slow[:ns] {
		j += int32(from)
		hashes[j], good[j], starts[j] = sc.readSlowWord(&toks[ws[j]])
	}
	sc.slow = slow
	return hashes, good, starts
}

// keep returns buf with length n, its first from elements kept, reusing its
// storage when it is large enough.
func keep[T any](buf []T, from, n int) []T {
	if cap(buf) < n {
		return append(make([]T, 0, max(n, 2*cap(buf))), buf[:from]...)[:n]
	}
	return buf[:n]
}

// readPlainWords reads the words of tokens ws of text that are ASCII
// without a hyphen and at most 16 bytes without their possessive, as
// readWords does, from their two ends (words.Plain, spelt out so that it
// is inlined), and lists the others in slow, whose length it returns.
func readPlainWords(text string, toks []lint.Token, ws []int32, hashes []uint64, good []uint8, starts []uint16, slow []int32) int {
	hashes, good, starts, slow = hashes[:len(ws)], good[:len(ws)], starts[:len(ws)], slow[:len(ws)]
	ns := 0
	for j, i := range ws {
		t := &toks[i]
		start, end := t.Span.Start, t.Span.End
		if !words.Fits(text, start, end) {
			slow[ns] = int32(j)
			ns++
			continue
		}
		head, tail := words.Head(text, start, end), words.Tail(text, start, end)
		plain := words.PlainEnds(head, tail)
		if plain && uint16(tail>>48) == '\''|'s'<<8 {
			// A possessive: read the word without it.
			end -= 2
			plain = end >= 8
			if plain {
				head, tail = words.Head(text, start, end), words.Tail(text, start, end)
			}
		}
		if !plain {
			slow[ns] = int32(j)
			ns++
			continue
		}
		n := end - start
		head, tail = words.LowerPacked(head), words.LowerPacked(tail)
		fn := b2i(n <= 8) & b2i(words.FunctionPacked(head))
		hashes[j], good[j], starts[j] = words.Hash16(head, tail, n), uint8(b2i(words.Letters16(head, tail, n) >= 3)&^fn), uint16(head)
	}
	return ns
}

// readSlowWord is readWords for a word with characters outside ASCII or a
// hyphen, long, or near an end of the text.
func (sc *buffers) readSlowWord(t *lint.Token) (uint64, uint8, uint16) {
	w := words.StripPossessive(t.Text)
	sc.key = words.AppendKey(sc.key[:0], w)
	var start uint16
	if len(sc.key) >= 2 {
		start = uint16(sc.key[0]) | uint16(sc.key[1])<<8
	}
	return words.HashKey(sc.key), uint8(b2i(words.Letters(w) >= 3 && !words.Function[string(sc.key)])), start
}

// countBodyUses counts in sc.bodyWords the occurrences outside headlines of
// the modifiers of the groups asked (the words' own uses).
func (sc *buffers) countBodyUses(doc *lint.Document, heads []bool) {
	n := 0
	for k := range sc.groups {
		n += b2i(sc.groups[k].asked)
	}
	bodyWords := &sc.bodyWords
	bodyWords.Reset(n)
	// A word has a modifier's key only if the FoldHash of its key is the
	// modifier's: for a word that is ASCII without a hyphen or an
	// apostrophe (its flags tell: notPlainASCII), its Token.Fold. A filter of
	// those hashes, sized to the modifiers, spares the table most words;
	// the other words always go to the table.
	size := 1 << 10 // bits: 32 per modifier at least
	for size < 32*n {
		size <<= 1
	}
	shift := 32 - uint(bits.TrailingZeros(uint(size)))
	sc.ends = scratch.Zeroed(sc.ends, size/64)
	ends := sc.ends
	folds := &sc.foldCounts
	folds.reset(n)
	for k := range sc.groups {
		g := &sc.groups[k]
		if !g.asked {
			continue
		}
		*bodyWords.Ptr(words.Sum{H: g.mh}) = 0
		fold := lint.FoldHash(g.mk)
		c := foldCell(fold) >> shift
		ends[c/64] |= 1 << (c % 64)
		folds.add(fold, g.mk, g.mh)
	}
	toks := doc.Tokens
	// A plain word is counted by its Fold (foldCounts). Of the others, the
	// words of the pairs (in token order) were read by candidates: their
	// hashes are counted as they are met, the other words are read after
	// the chunk's loop, while its tokens are in the cache (in a long
	// article, read after the whole loop, each missed it). (A plain word
	// whose key is a modifier's is a good word, as the modifier is:
	// goodness depends on the key alone.)
	pairWs, pairHashes, pairGood := sc.pairWs, sc.hashes, sc.good
	next := 0          // the first word of pairWs not passed yet
	ws := sc.pairs[:0] // candidates is done with the pairs
	// The tokens a chunk at a time (tokenChunk): the tokens that pass the
	// filter are read again while the filter's reads left them in the cache
	// (in a long article, whose filter reads pairWords' copy of the Folds,
	// while warmPassing's reads did).
	roles := sc.roles[:len(toks)+8]
	for lo := 0; lo < len(toks); lo += tokenChunk {
		if len(sc.folds) == len(toks) && len(toks) > 0 {
			sc.passing = passEndsFolds(sc.folds, roles, lo, min(lo+tokenChunk, len(toks)), ends, shift, sc.passing)
			sc.warmed += warmPassing(doc.Text, toks, sc.passing)
		} else {
			sc.passing = passEnds(toks, roles, lo, min(lo+tokenChunk, len(toks)), ends, shift, sc.passing)
		}
		for _, i := range sc.passing {
			t := &toks[i]
			if t.Kind != lint.Word || t.Span.End-t.Span.Start < 3 || heads[t.Block] || t.Has(lint.Capitalized) && !t.Has(lint.SentenceStart) {
				continue
			}
			if t.Flags&notPlainASCII == 0 {
				folds.count(t.Fold, doc.Text, t.Span.Start, t.Span.End)
				continue
			}
			for next < len(pairWs) && pairWs[next] < i {
				next++
			}
			if next < len(pairWs) && pairWs[next] == i {
				countUse(bodyWords, pairHashes[next], pairGood[next])
				continue
			}
			ws = append(ws, i)
		}
		if len(ws) > 0 {
			// (into buffers of their own: pairHashes and pairGood are
			// read again at the next chunk)
			sc.useHashes, sc.useGood, sc.useStarts = sc.readWordsTo(doc, ws, 0, sc.useHashes, sc.useGood, sc.useStarts)
			for j, h := range sc.useHashes {
				countUse(bodyWords, h, sc.useGood[j])
			}
			ws = ws[:0]
		}
	}
	for _, k := range folds.keys {
		*bodyWords.Ptr(words.Sum{H: k.h}) += k.n
	}
}

// tokenChunk is how many tokens a pass over a long article handles at a
// time (a multiple of 8, for the role bytes read 8 at a time): their 96 KB
// stay in the cache for the next step, which reads some of them again. Two
// passes over a 10 MB article's 96 MB of tokens each missed the cache at
// almost every token they read.
const tokenChunk = 2048

// passEnds lists in passing (its buffer) the tokens of toks[lo:hi] (lo a
// multiple of 8) whose role byte (of pairWords' roles, 8 bytes beyond the
// tokens) has bodyRole and that pass countBodyUses' filter ends (cells of
// foldCell's top bits from shift on) or that the filter cannot tell
// (notPlainASCII): the role bytes read 8 at a time, only the tokens that
// may be uses visited (about one in three), a token kept without a branch
// (one in five passes, much at random).
func passEnds(toks []lint.Token, roles []uint8, lo, hi int, ends []uint64, shift uint, passing []int32) []int32 {
	if cap(passing) < hi-lo+8 {
		passing = make([]int32, hi-lo+8)
	}
	passing = passing[:hi-lo+8]
	scale := uint64(1) << (32 - shift) // (see passEndsFolds)
	n := 0
	for base := lo; base < hi; base += 8 {
		for p := gatherBits(le64(roles[base:base+8]) >> 2); p != 0; p &= p - 1 {
			i := base + bits.TrailingZeros64(p)
			t := &toks[i]
			c := uint64(foldCell(t.Fold)) * scale >> 32
			passing[n] = int32(i)
			n += b2i(ends[c/64]&(1<<(c%64)) != 0) | b2i(t.Flags&notPlainASCII != 0)
		}
	}
	return passing[:n]
}

// passEndsFolds is passEnds for a long article, reading each token's Fold
// in folds (pairWords' copy) and its notPlainASCII flags in its role byte
// (notPlainRole) instead of in the token: only the tokens that pass (one
// in twenty-three in 1 MB of news copy) are read again, not the third of
// all the tokens that passEnds reads (a 10 MB article's 96 MB of tokens,
// read from memory a second time for four bytes of one token in three:
// a quarter of the rule's time).
func passEndsFolds(folds []uint32, roles []uint8, lo, hi int, ends []uint64, shift uint, passing []int32) []int32 {
	if cap(passing) < hi-lo+8 {
		passing = make([]int32, hi-lo+8)
	}
	passing = passing[:hi-lo+8]
	// A cell is foldCell's top bits by a multiply, and the bits are
	// tested by bit tests, so that no shift takes a variable count: each
	// wanted the CL register, and the loop spilled its values to the
	// stack (38 instructions a token tested).
	scale := uint64(1) << (32 - shift)
	n := 0
	for base := lo; base < hi; base += 8 {
		x := le64(roles[base : base+8])
		always := gatherBits(x >> 3) // (notPlainRole)
		for p := gatherBits(x >> 2); p != 0; p &= p - 1 {
			k := bits.TrailingZeros64(p)
			i := base + k
			c := uint64(foldCell(folds[i])) * scale >> 32
			passing[n] = int32(i)
			n += b2i(ends[c/64]&(1<<(c%64)) != 0) | b2i(always&(1<<k) != 0)
		}
	}
	return passing[:n]
}

// warmPassing reads the flags and first byte of each of tokens passing,
// and returns their sum (kept, so that the reads are not dropped), as warm
// does for gather: the tokens passEndsFolds passes are scattered over a
// chunk that is not in the cache, and countBodyUses' work on each had the
// reads wait for memory one after another (without it, the Folds' copy
// made the rule 8 % slower on a 10 MB article; with it, 9 % faster).
//
//go:noinline
func warmPassing(text string, toks []lint.Token, passing []int32) uint {
	s := uint(0)
	for _, i := range passing {
		t := &toks[i]
		s += uint(t.Flags) + uint(text[t.Span.Start])
	}
	return s
}

// copyFolds copies the Fold of each of toks to folds, and sets
// notPlainRole in the role byte (in roles) of each flagged notPlainASCII
// (all three as long). It is a loop of its own, which calls nothing, so
// that it keeps its values in registers. (roleBytes could set the bit from
// the table it reads the other roles from, but a larger table made its
// loop longer by alignment padding, for every article.)
//
//go:noinline
func copyFolds(toks []lint.Token, folds []uint32, roles []uint8) {
	folds, roles = folds[:len(toks)], roles[:len(toks)]
	// Eight tokens a turn, written out (the compiler unrolls no loop),
	// their bits gathered in a word with shifts by constants and set in
	// their role bytes by one 8-byte write, where each token's read,
	// changed and wrote its byte (15 instructions a token).
	k := 0
	for ; k+8 <= len(toks); k += 8 {
		ts, fs := (*[8]lint.Token)(toks[k:k+8]), (*[8]uint32)(folds[k:k+8])
		np := foldBit(&ts[0], &fs[0]) | foldBit(&ts[1], &fs[1])<<8 | foldBit(&ts[2], &fs[2])<<16 |
			foldBit(&ts[3], &fs[3])<<24 | foldBit(&ts[4], &fs[4])<<32 | foldBit(&ts[5], &fs[5])<<40 |
			foldBit(&ts[6], &fs[6])<<48 | foldBit(&ts[7], &fs[7])<<56
		rs := roles[k : k+8]
		binary.LittleEndian.PutUint64(rs, le64(rs)|np<<3) // notPlainRole
	}
	for ; k < len(toks); k++ {
		t := &toks[k]
		folds[k] = t.Fold
		roles[k] |= uint8(b2i(t.Flags&notPlainASCII != 0)) << 3 // notPlainRole
	}
}

// foldBit copies t's Fold to *f and returns 1 when t is flagged
// notPlainASCII, else 0 (copyFolds').
func foldBit(t *lint.Token, f *uint32) uint64 {
	*f = t.Fold
	return uint64(b2i(t.Flags&notPlainASCII != 0))
}

// notPlainRole is the bit of a role byte of a token flagged notPlainASCII,
// whose key's FoldHash need not be its Fold, in a long article
// (copyFolds sets it): passEndsFolds reads it there instead of in the
// token's flags. The other readers of the role bytes mask it out.
const notPlainRole = 8

// foldColumnMin is the fewest tokens of an article for which pairWords
// keeps their Folds for countBodyUses (passEndsFolds): 32,768 tokens (1.5
// MB, about 160 KB of text) no longer stay in a 1 MB cache from one pass to
// the next, while a news story's (a few thousand) do, and most stories ask
// countBodyUses for nothing. A variable, so that a test can lower it.
var foldColumnMin = 1 << 15

// countUse counts a use of the word of key hash h, a good word when good
// is 1, in bodyWords when the table holds it.
func countUse(bodyWords *words.SumTable[int32], h uint64, good uint8) {
	if good == 0 {
		return
	}
	if n, ok := bodyWords.Get(words.Sum{H: h}); ok {
		*bodyWords.Ptr(words.Sum{H: h}) = n + 1
	}
}

// foldCell mixes a key's FoldHash to 32 bits: the top ones are a cell of
// countBodyUses' filter.
func foldCell(h uint32) uint32 { return h * 0x9E3779B1 }

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// similar scores how likely m1 is a corruption of m2 (0: not at all). m2
// is used n2 times with the head.
func similar(m1, m2 string, n2 int, t1, t2 string) int {
	if adverbOf(m1, m2) {
		return 10 // an adverb where the adjective belongs: publicly investment
	}
	if joins(m2, m1, "al") && n2 >= 2 {
		return 6 // physic singles beside physical singles, used twice
	}
	if stem(m1) == stem(m2) {
		return 0 // inflections of one word: launch, launching; sport, sports
	}
	if strings.HasPrefix(m2, m1) && len(m2) >= len(m1)+2 && !joins(m2, m1, "al") || strings.HasPrefix(m1, m2) && len(m1) >= len(m2)+2 {
		return 0 // a derivation: sex, sexual; terror, terrorism
	}
	if sharedPart(t1, t2) {
		return 0 // foreign-based, foreign; multi-billion, multi-million
	}
	cp := 0
	for cp < len(m1) && cp < len(m2) && m1[cp] == m2[cp] {
		cp++
	}
	if cp < 3 {
		return 0
	}
	short := min(len(m1), len(m2))
	switch {
	case cp >= 5 && cp*2 >= short && !(ordinary(m1) && ordinary(m2)):
		// Two adjectives of one stem (specialised, specific) are both words
		// a writer means.
		return cp
	case short >= 4 && editDistance(m1, m2) <= 1:
		return 5
	}
	// A weak likeness (three or four letters in common): only where the
	// term's modifier is an adjective in -al and the one-off word is not, or
	// the term is used at least twice and the one-off word is no adjective
	// or participle of its own.
	if ordinary(m1) {
		return 0
	}
	if strings.HasSuffix(m2, "al") || n2 >= 2 {
		return cp - 2
	}
	return 0
}

// slipOf reports whether, of two modifiers used once each, rare is surely
// the slip for common by how often each word is used in news copy: rare is
// counted fewer than eight times (executrices, legman), common at least 32,
// rare is no compound of a free prefix (premarket: its rarity says
// nothing) and no adverb of common (massively multiplayer is meant).
func slipOf(rare, common string) bool {
	return freq.Band(rare) <= 3 && freq.Band(common) >= 6 && !freq.Compound(rare) && !adverbOf(rare, common)
}

// clearlyRarer reports whether m1 is at least three bands (about eight
// times) rarer in news copy than m2, and no compound of a free prefix.
func clearlyRarer(m1, m2 string) bool {
	return freq.Band(m2)-freq.Band(m1) >= 3 && !freq.Compound(m1)
}

// ordinary reports whether w has the ending of an adjective, participle or
// comparative: such a word beside a term is more likely meant.
func ordinary(w string) bool {
	for _, s := range []string{"al", "ic", "ive", "ous", "ary", "ent", "ant", "ful", "less", "ible", "able",
		"ed", "ing", "ly", "ish"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return !strings.HasSuffix(w, "ment")
		}
	}
	return false
}

// adverbOf reports whether a is the -ly adverb of adjective b.
func adverbOf(a, b string) bool {
	return joins(a, b, "ly") || joins(a, strings.TrimSuffix(b, "e"), "ly") || strings.HasSuffix(b, "le") && joins(a, b[:len(b)-1], "y")
}

// joins reports whether a == x+y, without building x+y.
func joins(a, x, y string) bool {
	return len(a) == len(x)+len(y) && a[:len(x)] == x && a[len(x):] == y
}

func bodyCount(os []occ) int {
	n := 0
	for _, o := range os {
		if !o.headline {
			n++
		}
	}
	return n
}

// firstBody is the offset of the first occurrence outside headlines.
func firstBody(os []occ) int {
	for _, o := range os {
		if !o.headline {
			return o.start
		}
	}
	return math.MaxInt
}

// stem strips an inflection: s, es, ed, ing, er, est (with a doubled
// consonant or a dropped e).
func stem(w string) string {
	for _, s := range []string{"ing", "ed", "es", "er", "est", "s", "d", "r"} {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 3 {
			w = w[:len(w)-len(s)]
			break
		}
	}
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		w = w[:n-1] // scrapping → scrap
	}
	return strings.TrimSuffix(w, "e")
}

// sharedPart reports whether two written modifiers share a whole
// hyphen-separated part of four letters or more, or one is a part of the
// other.
func sharedPart(a, b string) bool {
	var bufA, bufB [8]words.Part
	pa, pb := words.AppendParts(bufA[:0], strings.ToLower(a)), words.AppendParts(bufB[:0], strings.ToLower(b))
	if len(pa) == 1 && len(pb) == 1 {
		return false
	}
	for _, x := range pa {
		for _, y := range pb {
			if x.Text == y.Text && (len(x.Text) >= 4 || len(pa) == 1 || len(pb) == 1) {
				return true
			}
		}
	}
	return false
}

// nameLike reports whether w, as written, is capitalised and no common
// English word: a name opening a sentence (Rinoldi told).
func nameLike(w string) bool {
	return w != "" && 'A' <= w[0] && w[0] <= 'Z' && !lexicon.IsCommonWord(w)
}

func editDistance(a, b string) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	var bufP, bufC [32]int
	prev, cur := bufP[:0], bufC[:0]
	if len(a)+1 > len(bufP) {
		prev, cur = make([]int, 0, len(a)+1), make([]int, 0, len(a)+1)
	}
	prev, cur = prev[:len(a)+1], cur[:len(a)+1]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		for i := 1; i <= len(a); i++ {
			c := prev[i-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[i]+1, cur[i-1]+1)
			cur[i] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(a)]
}

// verbBefore reports whether the modifier starting at off follows a modal,
// "to" or a pronoun: then it is an adverb before a verb (could remotely
// control), not a modifier before a noun.
func verbBefore(toks []lint.Token, off int, doc *lint.Document) bool {
	i := doc.TokenAt(off)
	switch words.Lower(toks, i-1) {
	case "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "i", "you",
		"he", "she", "it", "we", "they", "who", "which", "that", "not", "also", "and", "or":
		return true
	}
	return false
}

// sameWords reports whether a and b hold the same words with any white
// space between them: a headline printed again may be hard-wrapped.
func sameWords(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && isWhite(a[i]) {
			i++
		}
		for j < len(b) && isWhite(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		for i < len(a) && j < len(b) && !isWhite(a[i]) && !isWhite(b[j]) {
			if a[i] != b[j] {
				return false
			}
			i++
			j++
		}
		if (i < len(a) && !isWhite(a[i])) || (j < len(b) && !isWhite(b[j])) {
			return false
		}
	}
}

func isWhite(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// oneSpace folds the white space of a phrase (a line end of hard-wrapped
// copy) to single spaces, for messages.
func oneSpace(s string) string {
	if !strings.ContainsAny(s, "\n\r\t  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// numberWords are the numbers written in words: a word before one is a
// verb or a determiner and its count, not a modifier and its noun.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true, "thirty": true,
	"forty": true, "fifty": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"million": true, "millions": true, "billion": true, "billions": true, "dozen": true, "dozens": true,
}
