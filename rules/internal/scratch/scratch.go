// Package scratch helps rules reuse their per-document buffers, so that one
// article's slices and tables serve the next without allocating.
package scratch

import (
	"sync"
	"sync/atomic"

	"github.com/factlint/factlint/internal/longpool"
)

// MaxPooled bounds the buffers that go back to a pool for any document:
// those grown for a long article (more elements than this: a million
// tokens, an article of about 5 MB) go to the pool's side for long
// documents (MaxBigPooled), which only GetFor a document that long reads.
// (Users measure their buffers in tokens or in what the tokens hold,
// never in bytes of text, so a 1 MB article's, some 200,000 tokens, stay
// on the side for any document.) Below it a long article's buffers serve
// the next long one (a 1 MB article allocated 59 MB per pass when only
// 300 KB articles were pooled, 18 MB when 1 MB articles were). At twice
// this, the scaling benchmark's 10 MB article (2.0 million tokens) did
// not reach the long side, and its buffers went to the sync.Pool, which on
// two processors seldom gave them back to its next check (see
// internal/bench/HISTORY.md, eighteenth session). What a pool keeps is
// bounded by the largest article, and sync.Pool drops it at the next
// collections; a short article after a long one reuses the front of the
// long one's buffers, since rules clear what they use, not the capacity.
const MaxPooled = 1 << 20

// MaxBigPooled bounds the buffers that go back to the side of a pool for
// documents of more than MaxPooled tokens: those of a document of
// lint.DefaultMaxSize (10 MB: the scaling benchmark's 10 MB article of the
// dev corpus has 2.0 million tokens, 5.2 bytes a token) are kept for the
// next one, as lint keeps that document's own storage, and only those of
// a longer, hostile one (one-letter words) go to the collector. Dropped,
// a 10 MB article's buffers made term-variant and term-garbled allocate
// some 130 MB afresh for each check of it.
const MaxBigPooled = 1 << 23

// Pool hands out a *T (zero the first time, else as the last user left it:
// a user resets what it reads) and takes it back when it is small enough.
// Buffers grown past MaxPooled are kept apart, for documents as long as
// the one that grew them (GetFor): a short document never takes them, so
// they are not kept alive by the short documents that follow a long one,
// and the collector frees them when no long document comes soon. (That
// side is a longpool.Slot, not a sync.Pool: a sync.Pool finds a value only
// on the processor that put it back, and the check of a long document
// seldom ends where the next one starts.)
type Pool[T any] struct {
	p   sync.Pool
	big longpool.Slot[T]
	// asked is set by the first GetFor: until then nothing would take a
	// buffer from big, so Put leaves a long document's buffers to the
	// collector, as before there was a big side, rather than keep them
	// for two collections for nobody.
	asked atomic.Bool
}

// Get returns a scratch value.
func (p *Pool[T]) Get() *T {
	if x, ok := p.p.Get().(*T); ok {
		return x
	}
	return new(T)
}

// GetFor returns a scratch value for a document of n elements (tokens, as
// a user measures its buffers for Put): for more than MaxPooled, one that
// grew for a document that long when there is one, else what Get returns.
func (p *Pool[T]) GetFor(n int) *T {
	if !p.asked.Load() {
		p.asked.Store(true)
	}
	if n > MaxPooled {
		if x := p.big.Get(); x != nil {
			return x
		}
	}
	return p.Get()
}

// Put returns x to the pool unless size, the length its largest buffer
// grew to, exceeds MaxBigPooled; past MaxPooled only GetFor a document of
// more than MaxPooled elements takes it again (and a pool whose users
// never call GetFor does not keep it).
func (p *Pool[T]) Put(x *T, size int) {
	switch {
	case size <= MaxPooled:
		p.p.Put(x)
	case size <= MaxBigPooled && p.asked.Load():
		p.big.Put(x)
	}
}

// PutFor is Put for a value whose buffers grow with what a document of n
// elements holds (its quotation marks, the words a table knows: a few in
// a hundred tokens) rather than with n, so that they seldom grow past
// MaxPooled even for the longest document. They are measured as those of
// a document that long: past MaxPooled elements they go to the side for
// long documents, which the next document that long takes (GetFor) on
// any processor and no short document takes, and past MaxBigPooled to
// the collector. Put by their own size, a 10 MB article's lists went to
// the sync.Pool, where the next check of that article, on two
// processors, seldom found them.
func (p *Pool[T]) PutFor(x *T, n, size int) {
	p.Put(x, max(n, size))
}

// Zeroed returns buf with length n, all zero, reusing its storage when it
// is large enough.
func Zeroed[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// Resized returns buf with length n, its elements left as they were (the
// caller overwrites or never reads them), reusing its storage when it is
// large enough.
func Resized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}
