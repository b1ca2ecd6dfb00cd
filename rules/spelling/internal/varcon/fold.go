package varcon

import (
	"sync"

	"github.com/factlint/factlint/lint"
)

// Most words of an article are in no table. The tokenizer has hashed
// every word already (lint.Token.Fold, lint.FoldHash of its text with
// ASCII capitals lowered), so Scan turns most of them away by that hash
// alone, in a filter of the table's words keyed by lint.FoldHash, without
// reading their text. The filter is made on first use (FoldHash values
// may change with the lint package, so they are never generated into the
// table); a word that passes it is looked up the thorough way (token).

// foldFilter is a filter keyed by the Fold of a word: a blocked Bloom
// filter, two bits in one of 4,096 64-bit words (32 KB), all read from the
// Fold itself (FoldHash mixes all its bits, so no multiply spreads it
// again): its top 12 bits choose the word, the next 6 and the 6 after them
// the bits. Two bits, not the three of the filter of the table's text
// hashes (layout.Filter): Scan asks it of every token, and a bit fewer to
// test costs less than the few more words (about one in a hundred) it
// lets through.
type foldFilter struct{ f [4096]uint64 }

// add adds the word whose Fold is fold.
func (f *foldFilter) add(fold uint32) {
	f.f[fold>>20] |= foldBits(fold)
}

// may reports whether the word whose Fold is fold may have been added.
func (f *foldFilter) may(fold uint32) bool {
	m := foldBits(fold)
	return f.f[fold>>20]&m == m
}

// foldBits are the bits a Fold sets in its word of a foldFilter.
func foldBits(fold uint32) uint64 { return 1<<(fold>>14&63) | 1<<(fold>>8&63) }

// addFold adds the lower-case word w to f. (A word Scan never looks up,
// not clean, may be added too: it only lets a few more words pass.)
func addFold(f *foldFilter, w string) { f.add(lint.FoldHash(w)) }

// tableFolds is the filter of the table's words keyed by Fold.
var tableFolds = sync.OnceValue(func() *foldFilter {
	f := new(foldFilter)
	for i := 0; i < nWords; i++ {
		addFold(f, word(i))
	}
	return f
})
