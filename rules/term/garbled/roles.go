package garbled

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// gatherBits gathers bit 0 of each byte of x: bit k of the result is bit
// 8k of x (the multiply moves each into the top byte, with no carries).
func gatherBits(x uint64) uint64 {
	return (x & 0x0101010101010101) * 0x0102040810204080 >> 56
}

// roleBytes writes what each of toks may be into roles (see roleOf), each
// word's function-word test reading 8 bytes from its start in text (which
// must hold them, the start being below 4 GiB: it is read as 32 bits, so
// that the compiler knows that the start plus 8 does not overflow, one
// test fewer a token). It takes its tables as arguments (tabs is
// &roleTabs, fn words.FunctionSlots()), so that their addresses stay in
// registers: the compiler takes a package array's address anew at each
// use, three instructions a token. It is not inlined, for the same reason.
//
//go:noinline
func roleBytes(text string, toks []lint.Token, roles []uint8, tabs *roleTables, fn *words.FunctionTable) {
	roles = roles[:len(toks)]
	// (Both tables read once here, so that the loop tests neither
	// address for nil at each turn.)
	_, _ = *tabs, *fn
	// Two tokens a turn: the loop's count, test and index are paid once
	// for both. (The body is written out for each, a function of its own
	// being too large to inline.)
	k, pairsEnd := 0, len(toks)-1
	for ; k < pairsEnd; k += 2 {
		// Surely a function word (most are: the, said, of): a word of 8
		// bytes at most that is one as it is written (sentence-start
		// capitals are left to readWords). A word of fewer than 3 bytes,
		// too short to pair, is read as zero, which reads as a function
		// word; one of 9 bytes or more without its first byte, which no
		// function word is (its first byte is not zero), so that the one
		// test rules out both (no test of the length of its own). A
		// token of another kind than Word is read as zero too (words),
		// so that the role needs no test of the kind.
		t, u := &toks[k], &toks[k+1]
		start := t.Span.Start
		n := min(uint(t.Span.End-start), uint(len(tabs.keep)-1))
		at := uint(uint32(start))
		written := le64(text[at:at+8]) & tabs.keep[n] & tabs.words[t.Kind]
		roles[k] = (words.FunctionIn(fn, written) - 1) & tabs.pairRoles[t.Flags&pairFlags]
		start = u.Span.Start
		n = min(uint(u.Span.End-start), uint(len(tabs.keep)-1))
		at = uint(uint32(start))
		written = le64(text[at:at+8]) & tabs.keep[n] & tabs.words[u.Kind]
		roles[k+1] = (words.FunctionIn(fn, written) - 1) & tabs.pairRoles[u.Flags&pairFlags]
	}
	if k < len(toks) {
		// The last token of an odd count, as above.
		t := &toks[k]
		start := t.Span.Start
		n := min(uint(t.Span.End-start), uint(len(tabs.keep)-1))
		at := uint(uint32(start))
		written := le64(text[at:at+8]) & tabs.keep[n] & tabs.words[t.Kind]
		roles[k] = (words.FunctionIn(fn, written) - 1) & tabs.pairRoles[t.Flags&pairFlags]
	}
}

// roleOf tells what t may be, function being 1 for a function word: bit 0
// a modifier, bit 1 the head of a pair, bit 2 a use of a modifier's word
// that countBodyUses counts (bodyRole): a word of three bytes or more, no
// function word, with the flags pairRoles wants.
func roleOf(t *lint.Token, function int) uint8 {
	word := b2i(t.Kind == lint.Word && t.Span.End-t.Span.Start >= 3) &^ function
	return uint8(word) * pairRoles[t.Flags&pairFlags]
}

// roleTables are the tables of roleBytes.
type roleTables struct {
	// pairRoles is pairRoles, here for its address to be in a register.
	pairRoles [pairFlags + 1]uint8
	// words tells, by a token's kind, what of its first 8 bytes the
	// function-word test reads: all for a Word, none (zero, which reads
	// as a function word: no role) for another kind; a row for every
	// value of a kind, so that the index needs no bounds check.
	words [256]uint64
	// keep tells, by a token's length in bytes (the last row for any
	// length from 15 on), what of its first 8 bytes the function-word
	// test reads: the word's bytes for 3 to 8, none (zero) for fewer,
	// and all but the first for more (see roleBytes): a table read
	// instead of tests.
	keep [16]uint64
}

// roleTabs are roleBytes' tables.
var roleTabs = func() (t roleTables) {
	t.pairRoles = pairRoles
	t.words[lint.Word] = ^uint64(0)
	for n := range t.keep {
		switch {
		case n < 3:
			t.keep[n] = 0
		case n <= 8:
			t.keep[n] = ^uint64(0) >> (64 - 8*n)
		default:
			t.keep[n] = ^uint64(0) &^ 0xff
		}
	}
	return t
}()

// le64 reads s[0:8] as a little-endian word (one load once compiled).
func le64[T ~string | ~[]byte](s T) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// bodyRole is the bit of a role byte of a word that may be a use of a
// modifier's word that countBodyUses counts: a word of three bytes or
// more, not capitalised unless it starts its sentence, no function word as
// it is written (whose key, a function word, is no modifier's: a function
// word is written in lower case without an apostrophe or a hyphen).
const bodyRole = 4

// pairFlags are the token flags that decide whether a word may be a
// modifier or a head.
const pairFlags = lint.SentenceStart | lint.Capitalized | lint.AllCaps | lint.SpaceBefore

// pairRoles tells, for each combination of pairFlags, whether a word with
// them may be a modifier (bit 0: not ALL CAPS, not capitalised unless it
// starts its sentence), the head of a pair (bit 1: not ALL CAPS nor
// capitalised, with white space before it, and in the sentence of the word
// before it: not the first word of its sentence, which SentenceStart marks,
// the word before being in another sentence then and only then) and a use
// countBodyUses counts (bit 2, bodyRole: not capitalised unless it starts
// its sentence, in capitals or not): one table read for pairWords instead
// of a test per flag.
var pairRoles = func() (t [pairFlags + 1]uint8) {
	for f := range t {
		fl := lint.TokenFlag(f)
		if fl&^pairFlags != 0 {
			continue
		}
		capitalized := fl&lint.Capitalized != 0
		if !capitalized || fl&lint.SentenceStart != 0 {
			t[f] |= bodyRole
		}
		if fl&lint.AllCaps != 0 {
			continue
		}
		if !capitalized || fl&lint.SentenceStart != 0 {
			t[f] |= 1
		}
		if !capitalized && fl&lint.SpaceBefore != 0 && fl&lint.SentenceStart == 0 {
			t[f] |= 2
		}
	}
	return t
}()
