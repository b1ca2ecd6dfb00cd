package garbled

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/term/internal/freq"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// oneOcc is a phrase of a group of oneLetter: key names the word the
// phrases share and the first letter of the word that varies, vary is the
// varying word's hash, tok the phrase's modifier token, head whether the
// head is the varying word.
type oneOcc struct {
	key, vary uint64
	tok       int32
	head      bool
}

// oneSlip is a phrase oneLetter will report: the token of the odd word, and
// of the term's phrase's modifier.
type oneSlip struct {
	odd, term int32
	oddKey    string
	head      bool
}

// oddBand is the highest frequency band (see freq) of an odd word
// oneLetter reports: a word more common than that (farms, shock, landing)
// beside its one-letter neighbour is as often meant (tobacco farms beside
// tobacco firms).
const oddBand = 5

// oneBits is the smallest size of oneLetter's bit sets: 4096 bits, for an
// article's few hundred phrases; a long article's are sized to its phrases
// (16 bits a phrase), so that they stay sparse.
const oneBits = 12

// maxOnePhrases is the most candidate phrases of an article oneLetter
// reads: about 20,000 words, far beyond any news story; a longer text (a
// joined archive, where common words pair with hundreds of others) is left
// to the modifier comparison.
const maxOnePhrases = 8000

// maxVariants is the most distinct varying words of one group oneLetter
// compares (each with each).
const maxVariants = 16

// oneLetter reports a one-letter slip in either word of a phrase the article
// uses elsewhere: stock exchange beside shock exchange, interest rate beside
// interest rite, foreign investors beside foreign inventors. The odd word
// is one letter away from the term's (added, dropped or changed, after the
// first letter), used nowhere else in the body, no inflection of it, an
// unusual word in news copy and far rarer than the term's (at least three
// frequency bands: about eight times),
// the term's phrase used twice or the odd word no word of news copy at
// all,
// so that two phrases both meant (tobacco firms, tobacco farms; the top
// price, the top prize) stay silent more often than not. The modifier
// comparison of run finds the likenesses of other kinds.
func (sc *buffers) oneLetter(p *lint.Pass, cands []cand, heads []bool) {
	if len(cands) > maxOnePhrases {
		return // a long article, no news story: see maxOnePhrases
	}
	doc := p.Doc
	toks := doc.Tokens
	// The phrases whose group has two different varying words at least
	// (most phrases share neither word with another phrase, or repeat
	// one): by a bit set of the keys seen, the first varying word marked in
	// each key's slot, and a bit set of the keys seen again with another
	// word. A collision of two keys in a slot only lets phrases in: a key
	// with two varying words always gets its bit in again (see varyMarks).
	bits := oneBits
	for 1<<bits < 16*len(cands) {
		bits++
	}
	var marks varyMarks
	marks.reset(&sc.oneSeen, &sc.oneFirst, bits)
	for k := range cands {
		c := &cands[k]
		marks.mark(modKey(c), c.mh)
		marks.mark(headKey(c), c.hh)
	}
	again, shift := marks.again, marks.shift
	list := sc.oneList[:0]
	for k := range cands {
		c := &cands[k]
		if key := modKey(c); again[key>>shift/64]&(1<<(key>>shift%64)) != 0 {
			list = append(list, oneOcc{key, c.mh, c.tok, false})
		}
		if key := headKey(c); again[key>>shift/64]&(1<<(key>>shift%64)) != 0 {
			list = append(list, oneOcc{key, c.hh, c.tok, true})
		}
	}
	sc.oneList = list
	if len(list) == 0 {
		return
	}
	list, sc.oneTmp = sortOnes(list, sc.oneTmp, &sc.oneBuckets)
	sc.oneList = list
	found := sc.oneFound[:0]
	type variant struct {
		first int32 // modifier token of its first phrase in the body
		body  int
	}
	var vs [maxVariants]variant
	for lo := 0; lo < len(list); {
		hi := lo + 1
		for hi < len(list) && list[hi].key == list[lo].key {
			hi++
		}
		group := list[lo:hi]
		lo = hi
		if group[len(group)-1].vary == group[0].vary {
			continue // one word: nothing to compare
		}
		head := group[0].head
		// the distinct varying words and their uses outside headlines
		n := 0
		for a := 0; a < len(group) && n <= maxVariants; {
			b := a + 1
			for b < len(group) && group[b].vary == group[a].vary {
				b++
			}
			if n < maxVariants {
				v := variant{first: -1}
				for _, o := range group[a:b] {
					if !heads[toks[o.tok].Block] {
						if v.first < 0 {
							v.first = o.tok
						}
						v.body++
					}
				}
				vs[n] = v
			}
			n++
			a = b
		}
		if n > maxVariants {
			continue // a word with many partners (a long article): no one-off
		}
		// Each varying word's key is made once, at its first use (a
		// long text's groups of up to maxVariants words compared each
		// with each made the term's key again for every odd word).
		var keys [maxVariants]string
		made := uint(0)
		key := func(k int) string {
			if made&(1<<k) == 0 {
				keys[k], made = varying(toks, vs[k].first, head), made|1<<k
			}
			return keys[k]
		}
		for i := 0; i < n; i++ {
			if vs[i].body != 1 {
				continue
			}
			odd := key(i)
			for j := 0; j < n; j++ {
				if j == i || vs[j].body < 1 {
					continue
				}
				term := key(j)
				// the term used twice, or the odd word no word of news
				// copy at all (county council once beside country council
				// once, lung cancer once beside long cancer once, go either
				// way); the lengths first, then whether the words are one
				// edit apart, which rule out most pairs without a look-up
				// of either word's frequency (in 200 KB of joined news
				// copy, some 800 pairs of words whose lengths pass, and
				// their look-ups were a twentieth of the rule's time)
				if oneLetterLengths(odd, term) && oneEdit(odd, term) && (vs[j].body >= 2 || freq.Band(odd) == 0 && slipOf(odd, term)) && sc.oneLetterSlip(p, odd, term) {
					found = append(found, oneSlip{vs[i].first, vs[j].first, odd, head})
					break
				}
			}
		}
	}
	sc.oneFound = found
	if len(found) == 0 {
		return
	}
	// The odd word must be used nowhere else in the body.
	if sc.oneCounts == nil {
		sc.oneCounts = map[string]int{}
	}
	clear(sc.oneCounts)
	lens := uint64(0)
	// A word has an odd word's key only if the FoldHash of its key is the
	// odd word's, which is its Token.Fold for a word the flags tell is
	// ASCII without a hyphen or an apostrophe (notPlainASCII): a bit set
	// of those hashes (oddSieve) spares the key and the map most such
	// words. (In a text of a few thousand phrases, 330 KB of news copy,
	// every word of an odd word's length went to the key and the map: a
	// tenth of the rule's instructions.)
	oddFolds := &sc.oddFolds
	clear(oddFolds[:])
	for _, f := range found {
		sc.oneCounts[f.oddKey] = 0
		lens |= 1 << min(len(f.oddKey), 63)
		c := oddCell(lint.FoldHash(f.oddKey))
		oddFolds[c/64] |= 1 << (c % 64)
	}
	for i := sc.nextOddOf(toks, 0); i < len(toks); i = sc.nextOddOf(toks, i+1) {
		t := &toks[i]
		if l := len(t.Text); t.Kind != lint.Word || heads[t.Block] || l < 4 || lens&(1<<min(l, 63)) == 0 && lens&(1<<min(l-2, 63)) == 0 {
			continue // not of an odd word's length (with 's, two more)
		}
		sc.key = words.AppendKey(sc.key[:0], words.StripPossessive(t.Text))
		if c, ok := sc.oneCounts[string(sc.key)]; ok {
			sc.oneCounts[string(sc.key)] = c + 1
		}
	}
	for _, f := range found {
		if sc.oneCounts[f.oddKey] != 1 {
			continue
		}
		w := f.odd + int32(b2i(f.head))
		t := &toks[w]
		if nameLike(t.Text) {
			continue // a name opening a sentence: name-variant's
		}
		span := lint.Span{Start: t.Span.Start, End: t.Span.Start + len(words.StripPossessive(t.Text))}
		if slices.Contains(sc.done, span) {
			continue
		}
		ref := &toks[f.term]
		phrase := oneSpace(doc.Text[toks[f.odd].Span.Start:toks[f.odd+1].Span.End])
		term := oneSpace(doc.Text[ref.Span.Start:toks[f.term+1].Span.End])
		want := toks[f.term+int32(b2i(f.head))].Text
		want = words.MatchCase(doc.Text[span.Start:span.End], words.StripPossessive(want))
		line := doc.LineOf(ref.Span.Start)
		p.Report(lint.Diagnostic{
			Span:    span,
			Message: fmt.Sprintf("%q looks like a garbled %q (line %d)", phrase, term, line),
			Related: []lint.Related{{Span: lint.Span{Start: ref.Span.Start, End: toks[f.term+1].Span.End}, Message: fmt.Sprintf("%q here", term)}},
			Fixes:   fixes.One(fmt.Sprintf("Use %q as on line %d", want, line), span, want, false),
		})
	}
}

// oddSieve is a bit set of the FoldHashes of oneLetter's odd words, by
// oddCell: 4,096 bits, of a size the compiler knows (no bounds test, no
// variable shift), for the one or two odd words of a text (more fill it
// up: the words it lets through are then told apart by their keys).
type oddSieve [64]uint64

// has is 1 when the sieve has the bit of FoldHash h, else 0.
func (s *oddSieve) has(h uint32) uint {
	c := oddCell(h)
	return uint(b2i(s[c/64]&(1<<(c%64)) != 0))
}

// oddCell is the bit of a FoldHash in an oddSieve: foldCell's top 12 bits.
func oddCell(h uint32) uint32 { return foldCell(h) >> 20 }

// nextOdd is the first of toks from from on that may be a use of an odd
// word by oneLetter's sieve (folds):
// a token flagged notPlainASCII, or whose Fold has its bit in folds; or
// len(toks) for none. The sieve comes first, without a branch: it turns
// away almost every token, where oneLetter's other tests each took a
// branch much at random. It is a loop of its own, which calls nothing, so
// that it keeps its values in registers (in oneLetter, among its many
// variables, the loop kept its index on the stack).
//
//go:noinline
func nextOdd(toks []lint.Token, from int, folds *oddSieve) int {
	_ = *folds // (read once here, so that the loop tests it for nil no more)
	for i := from; i < len(toks); i++ {
		t := &toks[i]
		c := oddCell(t.Fold)
		if uint(folds[c/64]>>(c%64)&1)|uint(t.Flags&notPlainASCII) != 0 {
			return i
		}
	}
	return len(toks)
}

// nextOddOf is nextOdd, or in a long article, whose Folds pairWords kept
// (foldColumnMin), nextOddFolds: the sweep then reads 5 bytes a token
// instead of a 48-byte token (in joined news copy of 170 to 330 KB,
// whose thousands of phrases oneLetter compares and which always had an
// odd word, the sweep over every token was a sixteenth of the rule's
// time).
func (sc *buffers) nextOddOf(toks []lint.Token, from int) int {
	if len(sc.folds) == len(toks) && len(toks) > 0 {
		return nextOddFolds(sc.folds, sc.roles[:len(toks)], from, &sc.oddFolds)
	}
	return nextOdd(toks, from, &sc.oddFolds)
}

// nextOddFolds is nextOdd reading each token's Fold in folds (pairWords'
// copy) and its notPlainASCII flags in its role byte in roles
// (notPlainRole), which copyFolds set, instead of in the token.
//
//go:noinline
func nextOddFolds(folds []uint32, roles []uint8, from int, sieve *oddSieve) int {
	_ = *sieve // (read once here, so that the loop tests it for nil no more)
	roles = roles[:len(folds)]
	// Eight tokens a turn, written out (the compiler unrolls no loop),
	// their role bytes tested at once, their bits in the sieve by bit
	// tests (16 instructions a token, one by one); the turn that lets one
	// through is then swept one by one, below.
	i := from
	for ; i+8 <= len(folds); i += 8 {
		fs := (*[8]uint32)(folds[i : i+8])
		if le64(roles[i:i+8])&(0x0101010101010101*notPlainRole) != 0 ||
			sieve.has(fs[0])|sieve.has(fs[1])|sieve.has(fs[2])|sieve.has(fs[3])|
				sieve.has(fs[4])|sieve.has(fs[5])|sieve.has(fs[6])|sieve.has(fs[7]) != 0 {
			break
		}
	}
	for ; i < len(folds); i++ {
		c := oddCell(folds[i])
		if uint(sieve[c/64]>>(c%64)&1)|uint(roles[i]&notPlainRole) != 0 {
			return i
		}
	}
	return len(folds)
}

// cmpOne orders oneLetter's phrases by key, then by varying word, then by
// token.
func cmpOne(a, b oneOcc) int {
	switch {
	case a.key != b.key:
		return cmpU(a.key, b.key)
	case a.vary != b.vary:
		return cmpU(a.vary, b.vary)
	}
	return int(a.tok - b.tok)
}

// minBucketSort is the fewest phrases sortOnes sorts by buckets: fewer (a
// news story's few dozen) are sorted by comparing them.
const minBucketSort = 256

// sortOnes sorts list by cmpOne and returns it, sorted, with the other
// buffer: list itself, or tmp (grown if need be), holding the phrases
// sorted, and the buffer left over. A long list (minBucketSort) is
// sorted by buckets of the keys' top bits, about one phrase a bucket
// (the keys are hashes: their top bits are spread), and then each
// bucket by comparing its phrases. A comparison sort of the whole list
// paid a call of cmpOne at each of its n log n comparisons: in a text of
// a few thousand phrases (330 KB of news copy, 4,900 listed), a sixth of
// the rule's instructions. buckets is the counts' buffer.
func sortOnes(list, tmp []oneOcc, buckets *[]int32) (sorted, spare []oneOcc) {
	if len(list) < minBucketSort {
		slices.SortFunc(list, cmpOne)
		return list, tmp
	}
	b := bits.Len(uint(len(list)))
	shift := uint(64 - b)
	*buckets = scratch.Zeroed(*buckets, 1<<b+1)
	ends := *buckets
	for _, o := range list {
		ends[o.key>>shift+1]++
	}
	for i := 1; i < len(ends); i++ {
		ends[i] += ends[i-1]
	}
	// ends[i] is now where bucket i starts; placing its phrases moves it
	// to where the bucket ends, the next one's start.
	tmp = scratch.Resized(tmp, len(list))
	for _, o := range list {
		c := &ends[o.key>>shift]
		tmp[*c] = o
		*c++
	}
	start := int32(0)
	for _, end := range ends[:len(ends)-1] {
		if bucket := tmp[start:end]; len(bucket) > 16 {
			slices.SortFunc(bucket, cmpOne)
		} else {
			for i := 1; i < len(bucket); i++ {
				for j := i; j > 0 && cmpOne(bucket[j], bucket[j-1]) < 0; j-- {
					bucket[j], bucket[j-1] = bucket[j-1], bucket[j]
				}
			}
		}
		start = end
	}
	return tmp, list
}

// varyMarks finds the keys marked with two different varying words at
// least: seen and again are bit sets of keys (by the key's top bits), first
// holds the varying word first marked in each slot. When a key gets its
// second varying word, its slot holds a word, and not that one: the key's
// first word, or the word of another key in the slot that came first
// (then the key's first word already found it different) - so the bit is
// always set then, whatever keys share its slot.
type varyMarks struct {
	seen, again []uint64
	first       []uint64
	shift       uint
}

// reset sizes the sets for 1<<bits keys in the buffers given, emptied.
func (s *varyMarks) reset(bitBuf, firstBuf *[]uint64, bits int) {
	words64 := 1 << bits / 64
	if cap(*bitBuf) < 2*words64 {
		*bitBuf = make([]uint64, 2*words64)
	}
	if cap(*firstBuf) < 1<<bits {
		*firstBuf = make([]uint64, 1<<bits)
	}
	all := (*bitBuf)[:2*words64]
	clear(all)
	s.seen, s.again, s.first = all[:words64], all[words64:], (*firstBuf)[:1<<bits]
	s.shift = uint(64 - bits)
}

// mark marks key with the varying word vary.
func (s *varyMarks) mark(key, vary uint64) {
	b := key >> s.shift
	w, bit := b/64, uint64(1)<<(b%64)
	if s.seen[w]&bit == 0 {
		s.seen[w] |= bit
		s.first[b] = vary
	} else if s.first[b] != vary {
		s.again[w] |= bit
	}
}

// modKey names the group of phrases of c's head whose modifier starts
// like c's; headKey the group of phrases of c's modifier whose head starts
// like c's.
func modKey(c *cand) uint64  { return (c.hh ^ uint64(c.ms)) * 0xff51afd7ed558ccd }
func headKey(c *cand) uint64 { return (c.mh ^ uint64(c.hs)<<8 ^ 0x5bd1e995) * 0x9e3779b97f4a7c15 }

// varying is the key of the varying word of the phrase whose modifier is
// token tok: the head's when head is set.
func varying(toks []lint.Token, tok int32, head bool) string {
	return tokenKey(&toks[tok+int32(b2i(head))])
}

// oneLetterSlip reports whether odd (used once) is a one-letter slip for
// term: both of four letters or more, one letter apart, no inflection of
// one word, not one word in two spellings of English, and odd far rarer in
// news copy.
func (sc *buffers) oneLetterSlip(p *lint.Pass, odd, term string) bool {
	if !oneLetterLengths(odd, term) {
		return false
	}
	if strings.IndexByte(odd, '-') >= 0 || strings.IndexByte(term, '-') >= 0 {
		return false
	}
	if freq.Band(odd) > oddBand || !clearlyRarer(odd, term) || stem(odd) == stem(term) || editDistance(odd, term) != 1 {
		return false
	}
	return !sc.spell.pair(p, odd, term)
}

// oneLetterLengths reports whether odd and term are of lengths a
// one-letter slip can be: both of four letters or more, and at most one
// apart (and not the same word).
func oneLetterLengths(odd, term string) bool {
	return len(odd) >= 4 && len(term) >= 4 && odd != term && abs(len(odd)-len(term)) <= 1
}

// oneEdit reports whether a and b are one edit apart (editDistance 1): of
// one length, they differ in one byte; else the longer one is the
// shorter with one byte added. It reads each byte once at most, without
// editDistance's table.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := 0
		for i := range len(a) {
			diff += b2i(a[i] != b[i])
		}
		return diff == 1
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

func cmpU(a, b uint64) int {
	if a < b {
		return -1
	}
	return 1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
