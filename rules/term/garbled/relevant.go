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
	// The phrases' groups (phraseBits) seen, and seen again, in one
	// table: about 32 slots a pair.
	bits := oneBits
	for 1<<bits < 32*len(pairs) {
		bits++
	}
	if cap(sc.relSeen) < 1<<bits {
		sc.relSeen = make(seenSets, 1<<bits)
	}
	sets := sc.relSeen[:1<<bits] // (markGroups and seenAgain mask with len(sets)-1)
	clear(sets)
	if cap(sc.groupBits) < len(pairs) {
		sc.groupBits = make([]uint64, len(pairs))
	}
	groupBits := sc.groupBits[:len(pairs)] // each pair's bits, h | m<<32
	markGroups(keys, pairs, groupBits, sets)
	if cap(sc.keptWs) < len(ws) {
		sc.keptWs = make([]int32, len(ws))
	}
	if cap(sc.keptPairs) < len(pairs) {
		sc.keptPairs = make([]int32, len(pairs))
	}
	keptWs, keptPairs = sc.keptWs[:len(ws)], sc.keptPairs[:len(pairs)]
	nw, np := keepPairs(ws, pairs, groupBits, sets, keptWs, keptPairs)
	return keptWs[:nw], keptPairs[:np]
}

// keepPairs writes to keptWs and keptPairs the pairs of ws and pairs one of
// whose groups (groupBits) sets saw again, as relevantPairs keeps them,
// and returns how many words and pairs it kept. It is not inlined: in
// relevantPairs, among its many variables, its loop kept its counts on
// the stack, reading and writing them at every pair.
//
//go:noinline
func keepPairs(ws, pairs []int32, groupBits []uint64, sets seenSets, keptWs, keptPairs []int32) (nw, np int) {
	np = seenAgain(groupBits[:len(pairs)], sets, keptPairs)
	// The pairs kept (about one in six), in place: each kept pair's index
	// in pairs becomes its head's index in keptWs.
	last := int32(-1) // the word kept last (a token: never -1)
	for k, p := range keptPairs[:np] {
		// The modifier, unless it is there as the head of the pair
		// kept before; then the head.
		j := pairs[p]
		if m := ws[j-1]; m != last {
			keptWs[nw] = m
			nw++
		}
		last = ws[j]
		keptWs[nw], keptPairs[k] = last, int32(nw)
		nw++
	}
	return nw, np
}

// seenAgain lists in kept the pairs (their indices in groupBits) one of
// whose groups sets saw again, and returns how many: a loop of few
// variables and no branch but its own, both groups tested at once (the
// mask is len(sets)-1), each pair written and counted only if kept. It
// is not inlined, so that keepPairs' values leave it the registers.
//
//go:noinline
func seenAgain(groupBits []uint64, sets seenSets, kept []int32) int {
	kept = kept[:len(groupBits)]
	mask := uint64(len(sets) - 1)
	n := 0
	for p, hm := range groupBits {
		kept[n] = int32(p)
		n += int((sets[hm&mask] | sets[hm>>32&mask]) >> 1 & 1)
	}
	return n
}

// markGroups sets groupBits[p] to the groups' bits of pair p (h | m<<32,
// phraseBits of its words' keys) and marks both in sets. It is a loop of
// its own, which calls nothing: inlined in relevantPairs, among its many
// variables, it kept its values on the stack.
//
//go:noinline
func markGroups(keys []uint64, pairs []int32, groupBits []uint64, sets seenSets) {
	groupBits = groupBits[:len(pairs)]
	mask := uint64(len(sets) - 1) // (a power of two: one argument fewer)
	for p, j := range pairs {
		h, m := phraseBits(keys[j], keys[j-1])
		sets.mark(h & mask)
		sets.mark(m & mask)
		groupBits[p] = h | m<<32
	}
}

// seenSets tells, per slot, whether a key was seen (bit 0) and seen again
// (bit 1): a byte a slot, so that marking one is a load, two ORs and a
// store, with no shift by the slot (which wants the CL register, and so
// spilled the loop's values).
type seenSets []uint8

// mark records slot b as seen, and as seen again when it was seen before.
func (s seenSets) mark(b uint64) {
	c := &s[b]
	*c |= *c<<1 | 1
}

// again reports whether slot b was seen again.
func (s seenSets) again(b uint64) bool { return s[b]&2 != 0 }

// phraseBits mixes the groups of a phrase into 32 bits each, whose lowest
// are their bits in relevantPairs' set (a mask, not a variable shift, which
// costs more): h of its head's key hash and its modifier's first byte, m of
// its modifier's key hash and its head's first byte (head and mod as
// foldKeys gives them).
func phraseBits(head, mod uint64) (h, m uint64) {
	// (the low 32 bits by a conversion, the rest by an XOR with them:
	// no 64-bit mask to load)
	hl, ml := uint64(uint32(head)), uint64(uint32(mod))
	h = (hl ^ mod ^ ml) * 0x9e3779b97f4a7c15 >> 32
	m = (ml ^ head ^ hl) * 0xc2b2ae3d27d4eb4f >> 32
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
		w := words.StripPossessive(toks[ws[j]].Text)
		sc.key = words.AppendKey(words.KeyRoom(sc.key, w), w)
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
