package consistency

import "github.com/factlint/factlint/lint"

// The tests of a capital's neighbours below combine what they read of a
// token without a branch and make one at the end: whether the word beside
// a capital is a lower-case word of three bytes or more, in its block and
// a space away, is as likely as not, and a branch on each of those facts
// was mispredicted often. (Writing those facts as a byte per token in the
// rule's walk over each block, for its tests to read, cost more than the
// mispredictions it saved: most tokens are no capital's neighbour.)

// lowAfter: token i+1 is a lower-case word in mid-sentence, in the block of
// token i, with space between them; of four bytes or more, or three if
// short is set (ian Smith; most words of three bytes beside a capital are
// function words: was, has, his).
func lowAfter(toks []lint.Token, i int, short bool) bool {
	if i+1 >= len(toks) {
		return false
	}
	t := &toks[i+1]
	need := 4 - b2i(short)
	// Each term is 0 for such a word: its flags but SpaceBefore, its kind
	// (Word is 0), a length below need (len-need negative: its top bit).
	return uint(t.Flags&(lint.Capitalized|lint.SentenceStart|lint.BlockStart|lint.SpaceBefore)^lint.SpaceBefore)|
		uint(t.Kind)|uint(uint64(len(t.Text)-need)>>63) == 0
}

// lowBefore: token i-1 is a lower-case word of three bytes or more in
// mid-sentence, in the block of token i, with space between them.
func lowBefore(toks []lint.Token, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	t := &toks[i-1]
	return uint(t.Flags&(lint.Capitalized|lint.SentenceStart))|uint(t.Kind)|uint(uint64(len(t.Text)-3)>>63)|
		uint(toks[i].Flags&(lint.BlockStart|lint.SpaceBefore)^lint.SpaceBefore) == 0
}

// lowerWindow tells which of the tokens after token i that a phrase of
// maxWords starting there may hold are lower-case words, with only words
// of i's block between them and i: bit j stands for token i+1+j. The
// tokens' tests are combined without a branch (which of them are lower
// case is unpredictable), the five of a whole window unrolled.
func lowerWindow(toks []lint.Token, i int) uint64 {
	if i+maxWords > len(toks) { // the end of the text: a shorter window
		var low uint64
		in := uint64(1) // the tokens so far are words of i's block
		for j := range len(toks) - i - 1 {
			low |= windowStep(&toks[i+1+j], &in) << j
		}
		return low
	}
	w := toks[i+1 : i+maxWords : i+maxWords]
	in := uint64(1)
	low := windowStep(&w[0], &in)
	low |= windowStep(&w[1], &in) << 1
	low |= windowStep(&w[2], &in) << 2
	low |= windowStep(&w[3], &in) << 3
	low |= windowStep(&w[4], &in) << 4
	return low
}

// windowStep clears in (1 while the window's tokens are words of its
// block) at a token t that is no word or starts a block, and returns 1 if
// in is still set and t is in lower case.
//
// x is 0 for a word in lower case, 2 (Capitalized, bit 1) for a
// capitalised one, and 0x40 (BlockStart, bit 6) or more for a token that
// starts a block or is no word (its kind, Word being 0, above the flags):
// the two tests are the top bits of x-0x40 and x-1, which take fewer
// instructions than turning each comparison into a number.
func windowStep(t *lint.Token, in *uint64) uint64 {
	x := uint64(t.Kind)<<8 | uint64(t.Flags&(lint.BlockStart|lint.Capitalized))
	*in &= (x - 0x40) >> 63
	return *in & ((x - 1) >> 63)
}
