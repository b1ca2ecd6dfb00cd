package consistency

import "github.com/factlint/factlint/lint"

// The passes after the rule's walk read tokens by index, at capitals and
// lower-case words scattered over the whole article: a long article's are
// seldom in the cache, and a loop whose work depends on what it read waits
// for memory at each of them, one after another. The warm functions below
// read, a batch at a time, what such a loop is about to read, in a loop of
// independent reads whose sum is returned (the functions are not inlined,
// so that the reads are not dropped as unused): their misses wait for
// memory together, and the loop then finds the tokens in the cache (as
// warmRefs does for run's runs). A short article's tokens are in the cache
// already, and its passes warm nothing.

// warmCaps reads, for each capital of caps, the token before it (whose
// Fold headingLead reads), its own flags and first byte of text, and the
// token after it (lowAfter): what lowerNames reads of every lead before
// it knows whether there is more to do.
//
//go:noinline
func warmCaps(toks []lint.Token, caps []capital) uint {
	sum := uint(0)
	for _, c := range caps {
		i := int(c.i)
		if i > 0 {
			sum += uint(toks[i-1].Fold)
		}
		t := &toks[i]
		sum += uint(t.Flags)
		if len(t.Text) > 0 {
			sum += uint(t.Text[0])
		}
		if i+1 < len(toks) {
			sum += uint(toks[i+1].Flags)
		}
	}
	return sum
}

// warmMids reads, for each capital of mids (those whose word some
// lower-case candidate has, table.hasFold: most of a long article's have
// none, and lowered reads nothing of them), the tokens lowered's loop over
// the capitals reads first, the one before it, its own and the one after
// it (nameEnd), and the last byte of its text (stem).
//
//go:noinline
func warmMids(toks []lint.Token, mids []capital) uint {
	sum := uint(0)
	for _, c := range mids {
		i := int(c.i)
		if i > 0 {
			sum += uint(toks[i-1].Flags)
		}
		t := &toks[i]
		if len(t.Text) > 0 {
			sum += uint(t.Text[len(t.Text)-1])
		}
		if i+1 < len(toks) {
			sum += uint(toks[i+1].Flags)
		}
	}
	return sum
}

// warmLows reads, for each lower-case candidate of cands (those that
// lowered's loop over them reads: their word has a capital, and a name or
// a single use in lower case), its token and the one after it (nameEnd).
//
//go:noinline
func warmLows(toks []lint.Token, cands []lowHit) uint {
	sum := uint(0)
	for _, c := range cands {
		i := int(c.i)
		sum += uint(toks[i].Block)
		if i+1 < len(toks) {
			sum += uint(toks[i+1].Flags)
		}
	}
	return sum
}
