package garbled

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// Most candidate phrases (five in six, in news copy) share no word with
// another phrase whose other word starts alike, and such a phrase can never
// be reported nor help to report another: the modifier comparison wants a
// head with two modifiers that start with the same two bytes, the
// one-letter comparison two phrases with the same head whose modifiers
// start with the same byte, or with the same modifier whose heads do.
// relevantPairs drops those phrases before their words are read, telling
// the words apart by a 32-bit hash of their keys that Token.Fold gives for
// most words.

// relevantPairs keeps, of the pairs of pairWords (ws and pairs), those whose
// head's key and modifier's first byte are another pair's too, or whose
// modifier's key and head's first byte are, as bit sets of the keys' hashes
// tell (a collision only keeps a pair more): the words of those pairs and
// their pairs, as pairWords lists them. It is meant for at most
// maxOnePhrases pairs (so that the one-letter comparison, which a longer
// list of candidates turns off, runs whether it drops any or not).
func (sc *buffers) relevantPairs(doc *lint.Document, ws, pairs []int32) (keptWs, keptPairs []int32) {
	keys := sc.foldKeys(doc, ws)
	// A bit set of the phrases' groups (phraseBits) seen, and of those
	// seen again, in one table: about 32 bits a pair.
	bits := oneBits
	for 1<<bits < 32*len(pairs) {
		bits++
	}
	if cap(sc.relSeen) < 1<<bits/64 {
		sc.relSeen = make([]seenAgain, 1<<bits/64)
	}
	sets := sc.relSeen[:1<<bits/64]
	clear(sets)
	mask := uint64(1)<<bits - 1
	if cap(sc.groupBits) < len(pairs) {
		sc.groupBits = make([]uint64, len(pairs))
	}
	groupBits := sc.groupBits[:len(pairs)] // each pair's bits, h | m<<32
	for p, j := range pairs {
		h, m := phraseBits(keys[j], keys[j-1])
		groupBits[p] = h | m<<32
		sets.mark(h & mask)
		sets.mark(m & mask)
	}
	if cap(sc.keptWs) < len(ws) {
		sc.keptWs = make([]int32, len(ws))
	}
	if cap(sc.keptPairs) < len(pairs) {
		sc.keptPairs = make([]int32, len(pairs))
	}
	keptWs, keptPairs = sc.keptWs[:len(ws)], sc.keptPairs[:len(pairs)]
	nw, np := 0, 0
	for p, j := range pairs {
		if hm := groupBits[p]; !sets.again(hm&mask) && !sets.again(hm>>32&mask) {
			continue
		}
		// The modifier, unless it is there as the head of the pair
		// kept before; then the head.
		if nw == 0 || keptWs[nw-1] != ws[j-1] {
			keptWs[nw] = ws[j-1]
			nw++
		}
		keptWs[nw], keptPairs[np] = ws[j], int32(nw)
		nw++
		np++
	}
	return keptWs[:nw], keptPairs[:np]
}

// seenAgain is 64 bits of a bit set of keys seen, and of those seen
// again.
type seenAgain struct{ seen, again uint64 }

type seenSets []seenAgain

// mark records bit b as seen, and as seen again when it was seen before.
func (s seenSets) mark(b uint64) {
	w := &s[b/64]
	w.again |= w.seen & (1 << (b % 64))
	w.seen |= 1 << (b % 64)
}

// again reports whether bit b was seen again.
func (s seenSets) again(b uint64) bool { return s[b/64].again&(1<<(b%64)) != 0 }

// phraseBits mixes the groups of a phrase into 32 bits each, whose lowest
// are their bits in relevantPairs' set (a mask, not a variable shift, which
// costs more): h of its head's key hash and its modifier's first byte, m of
// its modifier's key hash and its head's first byte (head and mod as
// foldKeys gives them).
func phraseBits(head, mod uint64) (h, m uint64) {
	h = (head&0xffffffff ^ mod&^0xffffffff) * 0x9e3779b97f4a7c15 >> 32
	m = (mod&0xffffffff ^ head&^0xffffffff) * 0xc2b2ae3d27d4eb4f >> 32
	return h, m
}

// foldKeys gives, for each word of tokens ws, lint.FoldHash of its key
// (words.Key of the word without its possessive), with the key's first
// byte above it (bits 32 to 39: foldKey).
// The hash is the token's Fold for a word that is ASCII without a hyphen or
// an apostrophe (Fold lowers the capitals as Key does), which the token's
// flags tell without reading the word (notPlainASCII); the others are
// hashed one by one after them.
func (sc *buffers) foldKeys(doc *lint.Document, ws []int32) []uint64 {
	text, toks := doc.Text, doc.Tokens
	if cap(sc.keys) < len(ws) {
		sc.keys = make([]uint64, len(ws))
	}
	if cap(sc.slow) < len(ws) {
		sc.slow = make([]int32, len(ws))
	}
	keys, slow := sc.keys[:len(ws)], sc.slow[:len(ws)]
	ns := 0
	for j, i := range ws {
		t := &toks[i]
		keys[j] = foldKey(t.Fold, fold.LowerByte(text[t.Span.Start]))
		slow[ns] = int32(j)
		ns += b2i(t.Flags&notPlainASCII != 0)
	}
	for _, j := range slow[:ns] {
		sc.key = words.AppendKey(sc.key[:0], words.StripPossessive(toks[ws[j]].Text))
		first := byte(0)
		if len(sc.key) > 0 {
			first = sc.key[0]
		}
		keys[j] = foldKey(lint.FoldHashBytes(sc.key), first)
	}
	return keys
}

// notPlainASCII are the flags of a word that holds a hyphen, an apostrophe
// or a byte beyond ASCII (or an inner capital): a word with neither is
// ASCII without a hyphen or an apostrophe, and the FoldHash of its key is
// its Token.Fold.
const notPlainASCII = lint.HyphenOrApostrophe | lint.InnerCapOrNonASCII

// foldKey is a key's hash with its first byte above it.
func foldKey(hash uint32, first byte) uint64 { return uint64(hash) | uint64(first)<<32 }
