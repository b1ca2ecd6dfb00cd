package lint

import (
	"sync"

	"github.com/factlint/factlint/internal/longpool"
)

// storage is the per-document storage that Document.Release hands back for
// reuse by a later Parse: the tokens (48 bytes for every 4.5 bytes of
// prose, the largest allocation of a parse), the sentences and the blocks.
// Reusing them spares the allocator, the zeroing and the garbage collector
// that work for every article of a folder, and a collector that runs less
// often also leaves the tokenizer's pointer stores (Token.Text) without a
// write barrier for longer.
type storage struct {
	tokens    []Token
	sentences []Sentence
	blocks    []Block
	marks     blockMarks // the tokenizer's scratch lists
	lines     []textLine // parseText's scratch list
}

var storagePool sync.Pool // of *storage

// bigStorage holds a storage with room for more than smallStorageTokens
// tokens (a document of some 5 MB or more), for the next document that
// long: a sync.Pool finds a value only on the processor that put it back,
// and the check of so long a document seldom ends where the next parse
// starts (see longpool). It is dropped when no long document follows
// soon, and short documents never take it.
var bigStorage longpool.Slot[storage]

// maxPooledTokens bounds the storage kept for reuse: room for the tokens
// of a document of DefaultMaxSize, the largest file the runner reads (the
// scaling benchmark's 10 MB article of the dev corpus has 2.0 million
// tokens, 96 MB of them at 48 bytes a token; text of shorter words has
// more), so that documents that large parsed
// one after another (an editor's or the server's large file, the scaling
// benchmark) reuse their memory instead of having the system map and clear
// fresh pages each time: parsing a 10 MB article again and again took a
// third of its CPU time in the kernel. A storage with room for more than
// smallStorageTokens waits in bigStorage, which only a document long
// enough to use it takes (sized); a larger one goes back to the
// collector.
const maxPooledTokens = 1 << 22

// smallStorageTokens is the room for tokens (about 48 MB) that a pooled
// storage may have whatever the document it is reused for.
const smallStorageTokens = 1 << 20

// getStorage returns storage for a new document of size bytes, reused when
// the pool has one. Only a document of more than smallStorageTokens bytes
// asks bigStorage: its storage has room for more tokens than that, and
// sized lets a storage serve no document of fewer bytes than its room for
// tokens. (storagePool holds only storages sized for any document; sized
// is asked of them all the same, should a larger one be put there.)
func getStorage(size int) *storage {
	if size > smallStorageTokens {
		// (A storage too big for this document stays for the next one
		// that long: taken and found too big, it was dropped.)
		if st := bigStorage.GetIf(func(st *storage) bool { return st.sized(size) }); st != nil {
			return st
		}
	}
	if st, ok := storagePool.Get().(*storage); ok && st.sized(size) {
		return st
	}
	return new(storage)
}

// sized reports whether st may be reused for a document of size bytes:
// its room for tokens is at most smallStorageTokens, or not more than the
// document's bytes (about five times the tokens it will need).
func (st *storage) sized(size int) bool {
	c := cap(st.tokens)
	return c <= smallStorageTokens || c <= size
}

// reserve returns s emptied, with room for at least n elements: s itself
// when it has the room, else a new slice.
func reserve[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// grown returns s with room for at least need elements, more than it
// has, for a document of which done of total bytes gave its len(s)
// elements: room for as many as the whole document gives if it goes on as
// it began, and an eighth more, so that an input denser than reserve
// allowed for (a hostile one: initials, one-word sentences, one-word
// lines) is copied once or twice instead of at every quarter more that
// append would give, each copy beside the one before it; at least a
// quarter more all the same, and no more than one element for each byte
// left.
func grown[T any](s []T, need, done, total int) []T {
	n := len(s)
	want := max(need, n+n/4+8)
	if done > 0 && total > done {
		est := int(float64(n) * float64(total) / float64(done))
		est += est / 8
		want = max(want, min(est, need+total-done+8))
	}
	return append(make([]T, 0, want), s...)
}

// Release hands the document's tokens, sentences and blocks back for reuse
// by a later Parse, and sets Tokens, Sentences and Blocks to nil. Call it
// only when nothing reads them any more: not the document, not a rule's
// result, not a slice taken from them. Diagnostics stay valid (their spans
// and messages do not point into them), and so do Src, Text, Lines and
// Comments. Releasing is optional; a document never released is collected
// as usual.
func (d *Document) Release() {
	if d == nil || d.Tokens == nil {
		return
	}
	st := d.store
	if st == nil {
		st = new(storage)
	}
	st.tokens, st.sentences, st.blocks = d.Tokens[:0], d.Sentences[:0], d.Blocks[:0]
	d.Tokens, d.Sentences, d.Blocks, d.store = nil, nil, nil, nil
	switch c := cap(st.tokens); {
	case c <= smallStorageTokens:
		storagePool.Put(st)
	case c <= maxPooledTokens:
		bigStorage.Put(st)
	}
}
