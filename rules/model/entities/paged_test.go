package entities

import "testing"

// TestPaged checks that a paged array holds what was written at each
// index across pages, that truncate zeroes the elements it drops (push
// hands them out again as zero) and that keep lets go of the pages beyond
// the elements kept.
func TestPaged(t *testing.T) {
	var p paged[int32]
	const n = 3*pageLen + 5
	for i := range int32(n) {
		p.push()
		*p.at(i) = i + 1
	}
	if p.len() != n || len(p.pages) != 4 {
		t.Fatalf("%d elements in %d pages, want %d in 4", p.len(), len(p.pages), n)
	}
	for i := range int32(n) {
		if got := *p.at(i); got != i+1 {
			t.Fatalf("element %d is %d, want %d", i, got, i+1)
		}
	}
	p.truncate(pageLen - 3)
	if p.len() != pageLen-3 || len(p.pages) != 4 {
		t.Fatalf("truncated: %d elements in %d pages, want %d in 4", p.len(), len(p.pages), pageLen-3)
	}
	for range n - (pageLen - 3) {
		p.push()
	}
	for i := range int32(n) {
		want := i + 1
		if i >= pageLen-3 {
			want = 0
		}
		if got := *p.at(i); got != want {
			t.Fatalf("after truncate and push, element %d is %d, want %d", i, got, want)
		}
	}
	*p.at(pageLen) = 7
	p.keep(pageLen + 1)
	if p.len() != pageLen+1 || len(p.pages) != 2 || cap(p.pages) != 2 {
		t.Fatalf("kept: %d elements in %d pages (room for %d), want %d in 2", p.len(), len(p.pages), cap(p.pages), pageLen+1)
	}
	if got := *p.at(pageLen); got != 7 {
		t.Fatalf("kept element %d is %d, want 7", pageLen, got)
	}
	p.push()
	if got := *p.at(pageLen + 1); got != 0 {
		t.Fatalf("element pushed after keep is %d, want 0", got)
	}
	p.keep(0)
	if p.len() != 0 || len(p.pages) != 0 {
		t.Fatalf("kept none: %d elements in %d pages", p.len(), len(p.pages))
	}
}
