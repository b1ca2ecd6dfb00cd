// Package scratch helps rules reuse their per-document buffers, so that one
// article's slices and tables serve the next without allocating.
package scratch

import "sync"

// MaxPooled bounds the buffers that go back to a pool: those grown for a
// very long article (more elements than this: about 2 million tokens, a
// 10 MB article, or a 2 MB article's bytes) are left to the collector
// rather than kept for the next one. Below it a long article's buffers
// serve the next long one (a 1 MB article allocated 59 MB per pass when
// only 300 KB articles were pooled, 18 MB now). What a pool keeps is
// bounded by the largest article, and sync.Pool drops it at the next
// collections; a short article after a long one reuses the front of the
// long one's buffers, since rules clear what they use, not the capacity.
const MaxPooled = 1 << 21

// Pool hands out a *T (zero the first time, else as the last user left it:
// a user resets what it reads) and takes it back when it is small enough.
type Pool[T any] struct{ p sync.Pool }

// Get returns a scratch value.
func (p *Pool[T]) Get() *T {
	if x, ok := p.p.Get().(*T); ok {
		return x
	}
	return new(T)
}

// Put returns x to the pool unless size, the length its largest buffer
// grew to, exceeds MaxPooled.
func (p *Pool[T]) Put(x *T, size int) {
	if size <= MaxPooled {
		p.p.Put(x)
	}
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
