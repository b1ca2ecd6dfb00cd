// Package scratch helps rules reuse their per-document buffers, so that one
// article's slices and tables serve the next without allocating.
package scratch

import "sync"

// MaxPooled bounds the buffers that go back to a pool: those grown for a
// very long article (more tokens than this) are left to the collector
// rather than kept for the next one.
const MaxPooled = 1 << 16

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
