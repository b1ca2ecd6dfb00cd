package lint

import "sync"

// tokenPool holds token storage handed back by Document.Release. A token
// slice is the largest allocation of a parse (48 bytes for every 4.5 bytes
// of prose); reusing it spares the allocator, the zeroing and the garbage
// collector that work for every article of a folder.
var tokenPool sync.Pool // of *[]Token

// maxPooledTokens bounds the storage kept for reuse (about 48 MB of
// tokens): a huge article's slice is left to the garbage collector.
const maxPooledTokens = 1 << 20

// tokenBuffer returns an empty token slice with room for at least n tokens,
// reused when the pool has one large enough.
func tokenBuffer(n int) []Token {
	if v, ok := tokenPool.Get().(*[]Token); ok {
		if cap(*v) >= n {
			return (*v)[:0]
		}
		tokenPool.Put(v)
	}
	return make([]Token, 0, n)
}

// Release hands the document's token storage back for reuse by a later
// Parse, and sets Tokens to nil. Call it only when nothing reads the
// document's tokens any more: not the document, not a rule's result, not a
// slice taken from Tokens. Diagnostics stay valid (their spans and messages
// do not point into the tokens). Releasing is optional; a document never
// released is collected as usual.
func (d *Document) Release() {
	if d == nil || d.Tokens == nil {
		return
	}
	toks := d.Tokens[:0]
	d.Tokens = nil
	for i := range d.Blocks {
		d.Blocks[i].FirstToken, d.Blocks[i].EndToken = 0, 0
	}
	for i := range d.Sentences {
		d.Sentences[i].FirstToken, d.Sentences[i].EndToken = 0, 0
	}
	if cap(toks) <= maxPooledTokens {
		tokenPool.Put(&toks)
	}
}
