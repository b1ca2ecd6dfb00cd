package agreement

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/model/entities"
)

// scan.go walks a document's tokens once: it marks the tokens inside
// quotation marks and gathers the common nouns for people and things
// (the woman, a spokesman, the government) that no mention covers. Most
// tokens are turned away by one bit of their Fold, their text unread.

// scanTokens marks r.inq and puts the noun candidates, up to token limit,
// which ends a block. Tokens outside every block are no quotation.
func (r *resolver) scanTokens(doc *lint.Document, limit int) {
	toks := doc.Tokens
	next := 0
	for _, b := range doc.Blocks {
		if b.FirstToken >= limit {
			break
		}
		if b.FirstToken >= b.EndToken {
			continue
		}
		r.scanRange(toks, next, b.FirstToken, nil)
		end := min(b.EndToken, limit)
		next = end
		q := quoteState{toks: toks, inq: r.inq, lo: b.FirstToken, hi: b.EndToken, single: -1, from: b.FirstToken}
		r.scanRange(toks, b.FirstToken, end, &q)
	}
	r.scanRange(toks, next, limit, nil)
}

// scanRange puts the noun candidates among the tokens [lo, hi) and, with
// q, marks those inside quotation marks.
//
// Only the words that may be nouns and the quotation marks are visited:
// one bit of scanFolds, read from Token.Fold, turns every other token
// away (a word with a capital after its first byte, a byte outside ASCII,
// a hyphen or an apostrophe excepted: see scanWord). The tokens between
// two quotation marks share the state the first leaves, and are marked a
// run at a time (quoteState.fillTo).
func (r *resolver) scanRange(toks []lint.Token, lo, hi int, q *quoteState) {
	for i := lo + nextToScan(toks[lo:hi]); i < hi; i += 1 + nextToScan(toks[i+1:hi]) {
		switch t := &toks[i]; t.Kind {
		case lint.Word:
			r.scanWord(toks, i)
		case lint.Punct:
			// (A comma's Fold has a noun's bit: the first byte tells.)
			if q != nil && t.Text != "" && isQuoteByte[t.Text[0]] {
				q.mark(i)
			}
		}
	}
	if q != nil {
		q.fillTo(hi)
	}
}

// nextToScan returns the index of the first token of span that scanRange
// reads, or len(span). It is the walk over every token, kept apart so
// that its few values stay in registers. It takes two tokens a step,
// each at a fixed offset from the front of what is left: the loop's test
// and the index's multiplication are paid once for both.
func nextToScan(span []lint.Token) int {
	s := span
	for ; len(s) >= 2; s = s[2:] {
		if toScan(&s[0]) {
			return len(span) - len(s)
		}
		if toScan(&s[1]) {
			return len(span) - len(s) + 1
		}
	}
	if len(s) == 1 && toScan(&s[0]) {
		return len(span) - 1
	}
	return len(span)
}

// toScan reports whether scanRange reads token t.
func toScan(t *lint.Token) bool {
	return t.Flags&(lint.InnerCapOrNonASCII|lint.HyphenOrApostrophe) != 0 || scanFolds.Has(t.Fold)
}

// scanWord puts the noun candidate of word token i, if it is one; scanRange
// calls it for a word scanFolds lets through or one with a capital after
// its first byte, a byte outside ASCII, a hyphen or an apostrophe.
func (r *resolver) scanWord(toks []lint.Token, i int) {
	t := &toks[i]
	// nounWord's tests, looser, are written out here: they save the
	// call for nearly every word.
	s := t.Text
	if len(s) < 3 {
		return
	}
	if t.Flags&lint.InnerCapOrNonASCII == 0 {
		// ASCII with no capital after the first byte: nounOf finds it
		// (lower-cased, without a possessive 's) only if its Fold is a
		// noun's or a noun's with 's, which one bit of scanFolds tells
		// without reading the text; asciiNounAt looks it up. A holder
		// to be (-elect, -designate) has a hyphen where one of those
		// would start: it takes the long way.
		if !mayBePostToBe(s) {
			if scanFolds.Has(t.Fold) {
				r.asciiNounAt(toks, i)
			}
			return
		}
	} else if !mayBeNounWord(s) {
		return
	}
	if nounWord(t) {
		r.nounAt(toks, i)
	}
}

// mayBeNounWord is scanRange's test of a word of 3 bytes or more with a
// capital after its first byte or a byte outside ASCII: the four end
// bytes, first to last from the low byte up, in two loads; the noun ends
// bit turns most words away, and the apostrophe, bytes outside ASCII and
// the holder to be are asked only then.
func mayBeNounWord(s string) bool {
	n := len(s)
	x := le16(s) | le16(s[n-2:])<<16
	k := endsKey32(x)
	return nounEndBits[k>>6]&(1<<(k&63)) != 0 || byte(x>>16) == '\'' || x&0x80808080 != 0 || b2u(n >= 8)&postLast[x>>24] != 0
}

// mayBePostToBe is false when postToBe(s) certainly fails: s has no
// hyphen where -elect or -designate would start.
func mayBePostToBe(s string) bool {
	n := len(s)
	return n >= 8 && (s[n-6] == '-' || n > 10 && s[n-10] == '-')
}

// scanFolds holds the Folds of the nouns of nouns, bare and with a
// possessive 's, and of the quotation marks quoteMark reads: the tokens
// scanRange visits. (A word that has a quotation mark's bit and no noun's
// is looked up in vain.)
//
// It is a value, not a pointer: nextToScan reads it at a fixed address.
// It takes the low bits of a Fold (WideLow): on the high bits (Wide) the
// comma shares a noun's bit, and stopped the walk some 6,000 times a
// corpus pass.
var scanFolds = func() (f foldset.WideLow) {
	for w := range nouns {
		f.Add(w)
		f.Add(w + "'s")
	}
	for _, m := range quoteMarks {
		f.Add(m)
	}
	return f
}()

// asciiNounAt is nounWord and nounAt for the word at i, of ASCII with no
// capital after its first byte and no holder to be: the word nounShaped
// takes is looked up in nounsPacked straight away (nounOf's filters would
// only ask again what nounShaped and scanFolds told).
func (r *resolver) asciiNounAt(toks []lint.Token, i int) {
	t := &toks[i]
	if r.isUsed(i) || !nounShaped(t) {
		return
	}
	if n, ok := nounsPacked.get(nounKey(t.Text, pack(t.Text))); ok {
		r.nounIs(toks, i, n)
	}
}

// nounWord reports whether word token t may be a noun nounAt takes: a
// noun of nouns (nounEnds and nounShaped, the more selective first) or a
// holder to be of a post. It is one call per word: the common cases of
// both tests are written out here.
func nounWord(t *lint.Token) bool {
	s := t.Text
	n := len(s)
	if n < 3 {
		return false
	}
	c, d := s[n-2], s[n-1]
	if n >= 8 && (c|0x20 == 't' && d|0x20 == 'e' || c|0x20 == 'c' && d|0x20 == 't') && isPostToBe(s) {
		return true
	}
	if n > 14 {
		return false
	}
	if a, b := s[0], s[1]; c != '\'' && (a|b|c|d)&0x80 == 0 {
		i := endsKey(a, b, c, d)
		if nounEndBits[i>>6]&(1<<(i&63)) == 0 {
			return false
		}
	} else if !nounEnds(s) {
		return false
	}
	return nounShaped(t)
}

// nounShaped is the first test of a token: a word of 3 to 14 bytes that
// starts with a letter, lower-case unless it starts the sentence, whose
// first letter and length some noun has.
func nounShaped(t *lint.Token) bool {
	s := t.Text
	if t.Kind != lint.Word || len(s) < 3 || len(s) > 14 {
		return false
	}
	c0 := s[0]
	if c0 >= 'A' && c0 <= 'Z' && t.Flags&lint.SentenceStart == 0 {
		return false
	}
	c0 |= 0x20
	return c0 >= 'a' && c0 <= 'z' && nounShape[c0-'a'][len(s)]
}

// isPostToBe reports whether s names a holder to be of a post
// (minister-designate, the Energy Secretary-designate, President-elect):
// capitalised in mid-sentence or longer than nounShaped takes, it is a
// noun for a person all the same.
func isPostToBe(s string) bool {
	_, ok := postToBe(s)
	return ok
}

// nounAt puts a candidate for the token at i, a word that passed
// nounShaped and nounEnds, when it is a common noun for a person (with a
// gender, or determined and no modifier, title or appositive) or, after
// another word, for an organisation or place.
func (r *resolver) nounAt(toks []lint.Token, i int) {
	if r.isUsed(i) {
		return
	}
	if n, ok := nounOf(toks[i].Text); ok {
		r.nounIs(toks, i, n)
	}
}

// nounIs is nounAt for the word at i, unused, whose noun facts are n.
func (r *resolver) nounIs(toks []lint.Token, i int, n nounInfo) {
	t := &toks[i]
	switch {
	case t.Text[0] <= 'Z' && i+1 < len(toks) && r.hasCand(i+1) && r.tmp[r.slot[i+1]-1].kind == cName && toks[i+1].Sentence == t.Sentence:
		// A capitalised title before a name (Assemblyman Rick Delgado
		// opening a sentence) is part of the name.
	case n.thing:
		if i > 0 && toks[i-1].Kind == lint.Word {
			r.put(cand{tok: i, last: i, kind: cThing, span: t.Span, text: t.Text})
		}
	// A gendered noun stays even beside a name: his wife, Mair. A holder
	// to be (the Energy Minister-designate) is a person though the model
	// reads a title in it.
	case n.gender != entities.Unknown || (!r.titled(t) || isPostToBe(t.Text)) && describes(toks, i) && !modifier(toks, i) && !r.appositive(i):
		r.put(cand{tok: i, last: i, kind: cNoun, gender: g8(n.gender), span: t.Span, text: t.Text})
	}
}

// quoteState is markBlock's walk through one block, a token at a time.
// The direction of a straight mark comes from the space around it ("…,"
// she said closes; said "We opens), so a paragraph that opens a new
// quotation before the last one was closed (long quotations) stays quoted,
// and a quotation ends with its block. Single marks count only when closed
// in the block.
type quoteState struct {
	toks   []lint.Token
	inq    []bool
	lo, hi int
	open   bool
	single int // the opening single mark not yet closed, or -1
	// from is the first token whose mark waits for the next quotation
	// mark or the end: the tokens [from, that one) are inside a quotation
	// when open is set.
	from int
}

func (q *quoteState) spaceBefore(i int) bool {
	t := &q.toks[i]
	return i == q.lo || t.Has(lint.SpaceBefore) || t.Has(lint.BlockStart)
}

func (q *quoteState) spaceAfter(i int) bool {
	if i+1 >= q.hi {
		return true
	}
	n := &q.toks[i+1]
	if n.Has(lint.SpaceBefore) {
		return true
	}
	if n.Kind == lint.Punct {
		switch n.Text {
		case ",", ".", ";", ":", "?", "!", ")", "]", "…":
			return true
		}
	}
	return false
}

// mark handles punctuation token i, which may be a quotation mark: it
// marks the tokens before it back to the last mark by the state they share
// and updates the state. A quotation mark is done with (its inq stays
// false: inq starts zeroed); any other mark takes the state around it. A
// closing single mark marks the tokens back to its opening one.
func (q *quoteState) mark(i int) {
	q.fillTo(i)
	if q.quoteMark(i, q.toks[i].Text) {
		q.from = i + 1
	}
}

// fillTo marks the tokens [q.from, i) as inside a quotation when one is
// open (between two marks, the state does not change).
func (q *quoteState) fillTo(i int) {
	if q.open {
		run := q.inq[q.from:i]
		for k := range run {
			run[k] = true
		}
	}
	q.from = i
}

// quoteMark handles a token that may be a quotation mark; it reports
// whether the token is done with (its inq stays false).
func (q *quoteState) quoteMark(i int, s string) bool {
	switch s {
	case "“", "«", "„":
		q.open = true
		return true
	case "”", "»":
		q.open = false
		return true
	case "\"":
		sb, sa := q.spaceBefore(i), q.spaceAfter(i)
		switch {
		case sb && !sa:
			q.open = true
		case !sb && sa:
			q.open = false
		default:
			q.open = !q.open
		}
		return true
	case "‘":
		if !q.open && q.single < 0 {
			q.single = i
		}
		return true
	case "'", "’":
		if q.open {
			return false
		}
		toks := q.toks
		if q.single >= 0 && !q.spaceBefore(i) && q.spaceAfter(i) && (toks[i-1].Kind == lint.Punct || !strings.HasSuffix(toks[i-1].Text, "s")) {
			for k := q.single + 1; k < i; k++ {
				q.inq[k] = true
			}
			q.single = -1
			return true
		}
		if s == "'" && q.single < 0 && q.spaceBefore(i) && !q.spaceAfter(i) {
			q.single = i
			return true
		}
	}
	return false
}

// quoteMarks are the quotation marks quoteMark reads.
var quoteMarks = []string{"“", "«", "„", "”", "»", "\"", "‘", "'", "’"}

// isQuoteByte marks the first bytes of quoteMarks.
var isQuoteByte = func() (t [256]bool) {
	for _, m := range quoteMarks {
		t[m[0]] = true
	}
	return t
}()

// nounEnds is false when nounOf(s), for s of 3 bytes or more, is
// certainly not found, judged by the first two and the last two bytes of s
// without a possessive 's, folded as ASCII capitals: a word with a byte
// outside ASCII there is left to nounOf. (The word's length is no part of
// the test: a character in the middle may lower-case to one of another
// length.)
func nounEnds(s string) bool {
	n := len(s)
	if s[n-2] == '\'' && s[n-1]|0x20 == 's' {
		n -= 2
	}
	if n < 2 || (s[0]|s[1]|s[n-2]|s[n-1])&0x80 != 0 {
		return true
	}
	i := endsKey(s[0], s[1], s[n-2], s[n-1])
	return nounEndBits[i>>6]&(1<<(i&63)) != 0
}

// endsKey hashes four bytes, ASCII capitals folded (other bytes change
// alike, which is harmless), into a bit number of nounEndBits.
func endsKey(a, b, c, d byte) uint32 {
	return endsKey32(uint32(a) | uint32(b)<<8 | uint32(c)<<16 | uint32(d)<<24)
}

// endsKey32 is endsKey of the four bytes of x, a in its low byte.
func endsKey32(x uint32) uint32 {
	return (x | 0x20202020) * 0x9E3779B1 >> 16
}

// postLast is 1 for the last letters of a holder to be (designate, elect).
var postLast = [256]uint8{'e': 1, 'E': 1, 't': 1, 'T': 1}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// le16 reads the first two bytes of s, little-endian (one load).
func le16(s string) uint32 {
	_ = s[1]
	return uint32(s[0]) | uint32(s[1])<<8
}

// nounEndBits holds the ends of every noun of nouns (those with a byte
// outside ASCII there need none: nounEnds lets such words through).
var nounEndBits = func() (bits [1 << 10]uint64) {
	for w := range nouns {
		if len(w) < 2 {
			continue
		}
		i := endsKey(w[0], w[1], w[len(w)-2], w[len(w)-1])
		bits[i>>6] |= 1 << (i & 63)
	}
	return bits
}()
