package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progressDelay is how long a run goes before the progress bar appears.
const progressDelay = 1500 * time.Millisecond

// progress draws a bar on stderr when it is a terminal and the run takes
// longer than progressDelay. Its methods are safe to call on a nil value
// and from the goroutine that emits results while the ticker draws.
type progress struct {
	w     io.Writer
	total int

	mu      sync.Mutex
	n       int
	drawn   bool
	stopped bool
	quit    chan struct{}
	wg      sync.WaitGroup
}

func startProgress(stderr io.Writer, total int) *progress {
	if !isTerminal(stderr) || total < 2 {
		return nil
	}
	p := &progress{w: stderr, total: total, quit: make(chan struct{})}
	p.wg.Add(1)
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer p.wg.Done()
	select {
	case <-time.After(progressDelay):
	case <-p.quit:
		return
	}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		p.mu.Lock()
		p.draw()
		p.mu.Unlock()
		select {
		case <-t.C:
		case <-p.quit:
			return
		}
	}
}

// draw writes the bar; p.mu is held.
func (p *progress) draw() {
	if p.stopped {
		return
	}
	const width = 30
	filled := width * p.n / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), p.n, p.total)
	p.drawn = true
}

// done counts one finished file.
func (p *progress) done(string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.n++
	p.mu.Unlock()
}

// clear erases the bar before something else is written to stderr; the
// next tick draws it again.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
	p.mu.Unlock()
}

func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.quit)
	p.wg.Wait()
	p.clear()
	p.mu.Lock()
	p.stopped = true
	p.mu.Unlock()
}
