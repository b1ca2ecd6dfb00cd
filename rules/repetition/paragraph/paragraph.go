// Package paragraph implements repetition-paragraph: a headline or paragraph
// printed twice.
package paragraph

import (
	_ "embed"
	"fmt"
	"hash/maphash"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/scan"
	"github.com/factlint/factlint/rules/internal/scratch"
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
	// A copy of the headline further down, or glued to the start of the
	// first paragraph, needs this many words (a headline is short, and no
	// refrain repeats it).
	minHeadline = 3
)

type seen struct {
	first int // block index of the first occurrence
	count int
}

// work holds run's lists between documents. A long page whose paragraphs
// recur has every block a candidate: at 10 MB its lists came to some
// 2.6 MB a check, taken afresh from the collector, and at 1 MB the
// counts some 550 allocations (the rule alone ran 1.2 times as
// fast at 1 MB, 1.05 times at 10 MB, once they were kept).
type work struct {
	quick []uint64 // candidates': every block's quick key, with the block's index in its low bits
	marks []uint64 // candidates' blocks, a bit each
	cands []int
	short []bool  // by candidate: fewer than minAdjacent words
	ids   []int32 // by candidate: its text's entry in seen
	seen  []seen  // by distinct text, in the order first met
	// occ maps a text's hash to its entry in seen. Its values hold no
	// pointer (a *seen each was an allocation per distinct text, and
	// memory for the collector to scan).
	occ map[uint64]int32
	buf []byte
}

// works keeps run's work between documents. Its lists grow with a
// document's blocks, not its tokens, so they are put back by the
// document's length (scratch.Pool.PutFor), as title-conflict's are: a long
// document's then serve the next document that long on any processor.
var works scratch.Pool[work]

// release empties w and puts it back for documents as long as the one of
// ntoks tokens it served.
func (w *work) release(ntoks int) {
	clear(w.occ)
	works.PutFor(w, ntoks, max(cap(w.quick), cap(w.seen), cap(w.buf)))
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	gluedHeadline(p)
	// A news article has a few dozen blocks: candidates needs no work
	// then, and finds none in nearly every one.
	var w *work
	var cands []int
	if len(d.Blocks) > stackBlocks {
		w = works.GetFor(len(d.Tokens))
		defer w.release(len(d.Tokens))
		w.cands, w.quick, w.marks = candidates(d, w.cands[:0], w.quick, w.marks)
		cands = w.cands
	} else {
		// (The work's lists are stored only on the branch above: a list
		// that might be one of these arrays, stored in the work, would
		// put the arrays on the heap for every document.)
		var candBuf [stackBlocks]int
		var keyBuf [stackBlocks]uint64
		cands, _, _ = candidates(d, candBuf[:0], keyBuf[:0], nil)
	}
	if len(cands) == 0 {
		return nil, nil // no two paragraphs that begin and end alike (nearly every article)
	}
	if w == nil {
		w = works.GetFor(len(d.Tokens))
		defer w.release(len(d.Tokens))
	}
	report(p, cands, w)
	return nil, nil
}

// stackBlocks is the most blocks whose candidates are found in arrays on
// the stack, with no work.
const stackBlocks = 64

// report reports the candidates cands that are one of exactly two copies
// of a text, with w's lists.
func report(p *lint.Pass, cands []int, w *work) {
	d := p.Doc
	// The blocks of fewer than minAdjacent words, in a loop of their own:
	// in a long article each block's first tokens are a cache miss, and
	// a short loop has many of them under way at once, where the hashing
	// between them would leave one at a time.
	//
	// Most blocks show two words in their first bytes (twoWords), and
	// their tokens are not read: on a long page nearly every block is a
	// candidate, and the first read of its tokens, scattered over the
	// document's token array, was most of this function's time at 10 MB.
	w.short = scratch.Resized(w.short, len(cands))
	short := w.short
	for k, bi := range cands {
		b := &d.Blocks[bi]
		short[k] = !twoWords(d.Slice(b.Span)) && countWords(d, b, minAdjacent) < minAdjacent
	}
	if w.occ == nil {
		w.occ = make(map[uint64]int32, len(cands))
	}
	occ := w.occ
	w.ids = scratch.Resized(w.ids, len(cands))
	ids := w.ids
	w.seen = w.seen[:0]
	buf := w.buf
	for k, bi := range cands {
		if short[k] {
			continue
		}
		b := &d.Blocks[bi]
		// A text whose bytes hash to a key already counted is a copy of
		// a text counted before (folding leaves a folded text as it is),
		// so only a text not met before is read again for white space to
		// fold: the copies of a page whose paragraphs all recur (a live
		// blog printing its posts again) are hashed once and not scanned.
		text := d.Slice(b.Span)
		raw := maphash.String(seed, text)
		id, ok := occ[raw]
		if !ok {
			var key uint64
			if key, buf = hash(text, raw, buf); key != raw {
				id, ok = occ[key]
			}
			if !ok {
				id = int32(len(w.seen))
				w.seen = append(w.seen, seen{first: bi})
				occ[key] = id
			}
		}
		// (Each candidate keeps its entry: the loop below asks the map
		// nothing.)
		ids[k] = id
		w.seen[id].count++
	}
	w.buf = buf
	for k, bi := range cands {
		if short[k] {
			continue
		}
		s := &w.seen[ids[k]]
		// Only a pair is a slip: three or more copies are a refrain or a list.
		if s.count != 2 || s.first == bi {
			continue
		}
		if !sameText(d.Slice(d.Blocks[s.first].Span), d.Slice(d.Blocks[bi].Span)) {
			continue // a hash collision
		}
		orig := s.first
		if d.Blocks[orig].Furniture || d.Blocks[bi].Furniture {
			// A headline or paragraph printed again as a link (a "Most
			// read" or "Related" list naming this story too) or in a
			// photo's caption is the page's furniture, not a pasted copy.
			continue
		}
		adjacent := orig == bi-1
		if least := minDistant; !adjacent {
			if d.Blocks[orig].Kind == lint.BlockHeadline && d.Blocks[bi].Kind == lint.BlockParagraph {
				least = minHeadline
			}
			if countWords(d, &d.Blocks[bi], least) < least {
				continue
			}
		}
		// Markdown: a front-matter title shown again as the page's first
		// heading is a convention of static site generators, not a slip.
		if d.Format == lint.FormatMarkdown && d.Blocks[orig].Kind == lint.BlockHeadline && d.Blocks[bi].Kind == lint.BlockHeading && adjacent {
			continue
		}
		w := &paragraphWords
		if d.Blocks[orig].Kind == lint.BlockHeadline {
			w = &headlineWords
		}
		b := d.Blocks[bi]
		origLine := d.LineOf(d.Blocks[orig].Span.Start)
		// The message joined from its parts, and the fix's message one
		// of two constants: a long page whose paragraphs recur has a
		// finding for each copy, and fmt.Sprintf was most of their cost.
		p.Report(lint.Diagnostic{
			Span:    b.Span,
			Message: w.repeated + strconv.Itoa(origLine) + ")",
			Related: []lint.Related{{Span: d.Blocks[orig].Span, Message: "first printed here"}},
			Fixes:   fixes.One(w.delete, deletion(d, bi), "", false),
		})
	}
}

// copyWords are the words of a finding for a repeated block of one kind:
// its message up to the line of the original, and its fix's message.
type copyWords struct{ repeated, delete string }

var (
	paragraphWords = copyWords{"the paragraph is repeated verbatim (first on line ", "Delete the repeated paragraph"}
	headlineWords  = copyWords{"the headline is repeated verbatim (first on line ", "Delete the repeated headline"}
)

// gluedHeadline reports the headline pasted again at the start of the first
// paragraph ("Chelsea sack Mutu Chelsea have sacked Adrian Mutu ..."): the
// paragraph's first words are the headline's, at least minHeadline of them,
// and a capitalised word follows them, opening the lead.
func gluedHeadline(p *lint.Pass) {
	d := p.Doc
	hi := -1
	for bi := range d.Blocks {
		if d.Blocks[bi].Kind == lint.BlockHeadline {
			hi = bi
			break
		}
	}
	if hi < 0 || hi+1 >= len(d.Blocks) || d.Blocks[hi+1].Kind != lint.BlockParagraph {
		return
	}
	body := d.Blocks[hi+1].Span
	head, para := d.Slice(d.Blocks[hi].Span), d.Slice(body)
	rest, n, h, last := para, 0, head, ""
	for {
		fh, hr := nextField(h)
		if fh == "" {
			break
		}
		fp, pr := nextField(rest)
		if fp != fh {
			return
		}
		h, rest, n, last = hr, pr, n+1, fh
	}
	if n < minHeadline {
		return
	}
	next, _ := nextField(rest)
	// A lead may open with a quotation ("Irreversible damage" will ...).
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, "\"“‘'")); !unicode.IsUpper(r) {
		return
	}
	// After a capitalised last word the next one may go on with a name
	// (Apple unveils new iPod Shuffle): then it must be a word of the
	// headline (Chelsea sack Mutu Chelsea have ...), open a sentence, or
	// open a lead that tells the headline's story again in its own words
	// (Souness eyes summer move for Owen Newcastle boss Graeme Souness is
	// lining up a summer move for ... Michael Owen).
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsUpper(r) && !leadOpener[next] && !hasField(head, next) && !retells(head, rest) {
		return
	}
	copyEnd := body.Start + len(para) - len(rest)
	after := body.Start + len(para) - len(strings.TrimLeftFunc(rest, scan.IsSpace))
	p.Report(lint.Diagnostic{
		Span:    lint.Span{Start: body.Start, End: copyEnd},
		Message: fmt.Sprintf("the headline is repeated at the start of the first paragraph (line %d)", d.LineOf(d.Blocks[hi].Span.Start)),
		Related: []lint.Related{{Span: d.Blocks[hi].Span, Message: "the headline"}},
		Fixes:   fixes.One("Delete the repeated headline", lint.Span{Start: body.Start, End: after}, "", false),
	})
}

// retells reports whether the first sentence of rest (at most
// retellWindow bytes) has at least two distinct words of the headline
// that are not function words, punctuation around them and a possessive
// aside: a lead retelling the headline, not a name the headline's last
// word begins.
func retells(head, rest string) bool {
	if i := sentenceEnd(rest); i >= 0 {
		rest = rest[:i]
	}
	if len(rest) > retellWindow {
		rest = rest[:retellWindow]
	}
	var buf [8]string
	matched := buf[:0]
	for h := head; ; {
		var f string
		if f, h = nextField(h); f == "" {
			return false
		}
		f = strings.TrimFunc(f, isEdgePunct)
		if len(f) < 3 || minorWord[strings.ToLower(f)] || slices.Contains(matched, f) {
			continue
		}
		for r := rest; ; {
			var g string
			if g, r = nextField(r); g == "" {
				break
			}
			if g = strings.TrimFunc(g, isEdgePunct); g == f || strings.TrimSuffix(strings.TrimSuffix(g, "'s"), "’s") == f {
				if matched = append(matched, f); len(matched) >= 2 {
					return true
				}
				break
			}
		}
	}
}

// retellWindow bounds the lead sentence retells reads.
const retellWindow = 400

// sentenceEnd returns the offset of the first full stop, question or
// exclamation mark followed by white space or the end of s, or -1.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c == '.' || c == '?' || c == '!') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			return i
		}
	}
	return -1
}

func isEdgePunct(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// minorWord are the words of a headline too common to show that a lead
// retells it.
var minorWord = map[string]bool{"the": true, "and": true, "for": true, "with": true, "from": true, "into": true,
	"over": true, "after": true, "about": true, "says": true, "say": true, "said": true, "new": true, "not": true,
	"its": true, "his": true, "her": true, "their": true, "are": true, "was": true, "has": true, "have": true,
	"will": true}

// leadOpener are capitalised words that open a lead rather than go on with
// a name.
var leadOpener = map[string]bool{"The": true, "A": true, "An": true, "In": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "This": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Shares": true}

// hasField reports whether s has the field f (white-space separated).
func hasField(s, f string) bool {
	for {
		var x string
		x, s = nextField(s)
		if x == "" {
			return false
		}
		if x == f {
			return true
		}
	}
}

// candidates appends to out, in order, the blocks that may be a copy of
// another: those whose text, white space folded as hash folds it, begins
// and ends with the same eight bytes as another block's. Only they are
// hashed in full and counted; the copies of any other block would have to
// begin and end like it.
//
// Each key keeps its high bits and carries its block's index in the low
// ones, so one sort of the numbers shows both the keys that two blocks
// share and the blocks that share them (a search in the shared keys for
// each block cost as much as the sort on a long page). Two keys that
// differ in the low bits alone make their blocks candidates too: a
// candidate only costs a hash, and its text's hash decides.
//
// It fills out, keys (one a block) and, for more than 64 blocks, marks,
// and returns them, grown: a document of more than stackBlocks blocks
// passes its work's lists, a shorter one arrays on its stack.
func candidates(d *lint.Document, out []int, keys, marks []uint64) ([]int, []uint64, []uint64) {
	n := len(d.Blocks)
	shift := uint(bits.Len(uint(n)))
	low := uint64(1)<<shift - 1
	keys = keys[:0]
	for bi := range d.Blocks {
		keys = append(keys, quickKey(d.Slice(d.Blocks[bi].Span))&^low|uint64(bi))
	}
	slices.Sort(keys)
	// The blocks that share their key's high bits with another, one bit
	// each (nearly every article has none).
	var markBuf [1]uint64
	var marked []uint64
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j]&^low == keys[i]&^low {
			j++
		}
		if j-i >= 2 {
			if marked == nil {
				marked = markBuf[:]
				if n > 64 {
					marks = scratch.Zeroed(marks, (n+63)/64)
					marked = marks
				}
			}
			for _, k := range keys[i:j] {
				bi := k & low
				marked[bi/64] |= 1 << (bi % 64)
			}
		}
		i = j
	}
	for x, m := range marked {
		for ; m != 0; m &= m - 1 {
			out = append(out, x*64+bits.TrailingZeros64(m))
		}
	}
	return out, keys, marks
}

// quickKey mixes the first and the last eight bytes of s with its white
// space folded (each run of space, tab and line end as one space, none at
// the end): texts that fold alike have one quickKey. It reads only the
// ends of s.
func quickKey(s string) uint64 { return quickKeyOf(s, true) }

// quickKeyOf is quickKey; with fast, an end of eight bytes that folds to
// itself (plainEight) is taken in one load, not a byte at a time.
func quickKeyOf(s string, fast bool) uint64 {
	var head, tail packer
	// A space as the eighth byte waits for a byte after it, which may
	// be none: the head then ends before it.
	if fast && len(s) >= 8 && s[7] != ' ' && plainEight(scan.Load64(s, 0)) {
		head.v = scan.Load64(s, 0)
	} else {
		for i := 0; i < len(s) && head.push(s[i]); i++ {
		}
	}
	end := len(s)
	for end > 0 && isFoldSpace(s[end-1]) {
		end-- // no white space at the end
	}
	// The tail's eighth byte back, a space, is always followed by one
	// before it or put at the start.
	if fast && end >= 8 && plainEight(scan.Load64(s, end-8)) {
		tail.v = bits.ReverseBytes64(scan.Load64(s, end-8))
	} else {
		i := end - 1
		for ; i >= 0 && tail.push(s[i]); i-- {
		}
		if i < 0 && tail.space && tail.n < 8 {
			tail.put(' ') // the leading run of white space
		}
	}
	return head.v ^ bits.RotateLeft64(tail.v*0x9E3779B97F4A7C15, 29)
}

// plainEight reports whether eight bytes of text fold to themselves: no
// byte below 0x20 (tab and line ends among them) and no two spaces in a
// row.
func plainEight(w uint64) bool {
	const below20 = 0x2020202020202020
	ctl := (w - below20) &^ w & 0x8080808080808080 // a byte below 0x20
	sp := scan.EqMask(w, ' ')
	return ctl == 0 && sp&(sp>>8) == 0
}

// packer packs up to eight bytes of folded text into a number.
type packer struct {
	v     uint64
	n     int
	space bool // a run of white space waits for the next byte
}

func (p *packer) put(c byte) {
	p.v |= uint64(c) << (8 * p.n)
	p.n++
}

// push adds the next byte of the text and reports whether there is room
// for more.
func (p *packer) push(c byte) bool {
	if isFoldSpace(c) {
		p.space = true
		return true
	}
	if p.space {
		p.space = false
		if p.put(' '); p.n == 8 {
			return false
		}
	}
	p.put(c)
	return p.n < 8
}

func isFoldSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

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

// countWords counts the tokens of a block that are no punctuation, up to
// limit.
func countWords(d *lint.Document, b *lint.Block, limit int) int {
	n := 0
	for k := b.FirstToken; k < b.EndToken && n < limit; k++ {
		if d.Tokens[k].Kind != lint.Punct {
			n++
		}
	}
	return n
}

// twoWords reports whether the text of a block shows, in its first
// twoWordsWindow bytes, two ASCII letters or digits with ASCII white space
// (space, tab, line end) between them: then the block has two tokens that
// are no punctuation, and countWords(d, b, 2) is 2. The tokenizer puts
// every ASCII letter or digit of a block in a word, number or address,
// never in punctuation, and no token holds ASCII white space, so the two
// are in two tokens of that kind. False when it cannot tell.
func twoWords(s string) bool {
	seen, gap := false, false // a letter or digit; white space after it
	for i := range min(len(s), twoWordsWindow) {
		switch c := s[i]; {
		case 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9':
			if gap {
				return true
			}
			seen = true
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			gap = seen
		}
	}
	return false
}

// twoWordsWindow bounds the bytes twoWords reads (a block that shows no
// two words in them is counted from its tokens).
const twoWordsWindow = 64

// seed keys the paragraph hashes; equal texts hash alike within a run.
var seed = maphash.MakeSeed()

// hash hashes s with each run of white space (space, tab, line end) taken
// as one space and white space at the end dropped, so that a copy wrapped
// differently still matches its original. Most paragraphs have no white
// space to fold: their hash is raw, maphash.String(seed, s), which the
// caller has made. The others are folded into buf, which it returns for
// reuse.
func hash(s string, raw uint64, buf []byte) (uint64, []byte) {
	if folded(s) {
		return raw, buf
	}
	buf = buf[:0]
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			space = true
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = append(buf, c)
	}
	return maphash.Bytes(seed, buf), buf
}

const (
	ones = 0x0101010101010101
	lo7  = 0x7F7F7F7F7F7F7F7F
	hi1  = 0x8080808080808080
)

// folded reports whether hash has nothing to fold in s: no control
// character (tab, line end), no two spaces in a row, no space at the end.
// It reads s eight bytes at a time.
func folded(s string) bool {
	n := len(s)
	if n > 0 && s[n-1] == ' ' {
		return false
	}
	var prev uint64 // 0x80 when the byte before the current eight is a space
	i := 0
	for ; i+8 <= n; i += 8 {
		w := le64(s[i : i+8])
		ctl := (w - 0x20*ones) &^ w & hi1 // some byte below 0x20
		x := w ^ ' '*ones
		sp := ^(x&lo7 + lo7 | x | lo7) // 0x80 in exactly the bytes that are spaces
		if ctl|sp&(sp<<8|prev) != 0 {
			return false
		}
		prev = sp >> 56
	}
	last := prev != 0
	for ; i < n; i++ {
		c := s[i]
		if c < 0x20 || c == ' ' && last {
			return false
		}
		last = c == ' '
	}
	return true
}

// le64 reads the eight bytes of b as a little-endian number (one load).
func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// sameText compares two texts with runs of white space taken as one space
// (strings.Fields joined by spaces, without building the strings: a long
// article may have many copies to confirm).
func sameText(a, b string) bool {
	if a == b {
		return true // most copies are byte for byte
	}
	for {
		var fa, fb string
		fa, a = nextField(a)
		fb, b = nextField(b)
		if fa != fb {
			return false
		}
		if fa == "" {
			return true // both texts used up
		}
	}
}

// nextField returns the first field of s as strings.Fields splits it
// (white space as unicode.IsSpace says), or "", and the rest of s after it.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !scan.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if scan.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}
