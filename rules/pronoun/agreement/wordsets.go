package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
)

// wordsets.go asks the word sets of setOf about tokens: the resolver asks
// them of the words around each pronoun, most of which are in none, and a
// clear bit of setFolds for the token's Fold turns such a word away
// without hashing its text for a map.

// setFolds holds the Folds of the words of every set setOf made (one
// filter for all: a few hundred words).
var setFolds foldFilter

// inSet reports whether token t's text, as written, is in set, a set
// setOf made: set[t.Text].
func inSet(set map[string]bool, t *lint.Token) bool {
	return setFolds.may(t.Fold) && set[t.Text]
}

// inSetFold reports whether token t's text in lower case is in set, a set
// setOf made: fold.Has(set, t.Text). An ASCII text with no capital after
// its first byte lowers to a word whose Fold is its own, so a clear bit
// answers for it; other texts (NASA, café) are asked as fold.Has would.
func inSetFold(set map[string]bool, t *lint.Token) bool {
	if t.Flags&lint.InnerCapOrNonASCII == 0 && !setFolds.may(t.Fold) {
		return false
	}
	return fold.Has(set, t.Text)
}

// foldFilter is a set of FoldHash values, one bit each (top 16 bits of the
// hash): a clear bit proves a token's Fold is none of them, a set one is to
// be checked.
type foldFilter [1 << 16 / 64]uint64

func (f *foldFilter) add(s string) {
	h := lint.FoldHash(s) >> 16
	f[h>>6] |= 1 << (h & 63)
}

func (f *foldFilter) may(fold uint32) bool {
	h := fold >> 16
	return f[h>>6]&(1<<(h&63)) != 0
}
