package lint

import (
	"os"
	"sync"
)

// budget is a weighted semaphore over bytes of source: a file being checked
// holds its size. Waiters are served in the order they came, so a large
// file is not overtaken for ever by small ones, and a request is granted
// whole or not at all, so two large files never hold half each.
type budget struct {
	mu    sync.Mutex
	size  int64
	free  int64
	queue []*budgetWaiter
}

type budgetWaiter struct {
	n     int64
	ready chan struct{}
}

func newBudget(size int64) *budget {
	if size <= 0 {
		return nil
	}
	return &budget{size: size, free: size}
}

// acquire takes n bytes (at most the whole budget: a file larger than the
// budget runs alone) and returns what it took, for release.
func (b *budget) acquire(n int64) int64 {
	if b == nil {
		return 0
	}
	n = min(max(n, 1), b.size)
	b.mu.Lock()
	if len(b.queue) == 0 && b.free >= n {
		b.free -= n
		b.mu.Unlock()
		return n
	}
	w := &budgetWaiter{n: n, ready: make(chan struct{})}
	b.queue = append(b.queue, w)
	b.mu.Unlock()
	<-w.ready
	return n
}

// release gives back n bytes and wakes the waiters that now fit, in order.
func (b *budget) release(n int64) {
	if b == nil || n == 0 {
		return
	}
	b.mu.Lock()
	b.free += n
	for len(b.queue) > 0 && b.queue[0].n <= b.free {
		w := b.queue[0]
		b.queue[0] = nil
		b.queue = b.queue[1:]
		b.free -= w.n
		close(w.ready)
	}
	b.mu.Unlock()
}

// inputSize is the size an input will take from the budget: its bytes, or
// the size of its file (0 when the file cannot be read; reading it will
// report why).
func inputSize(in Input) int64 {
	if in.Src != nil {
		return int64(len(in.Src))
	}
	if st, err := os.Stat(in.Path); err == nil && st.Mode().IsRegular() {
		return st.Size()
	}
	return 0
}
