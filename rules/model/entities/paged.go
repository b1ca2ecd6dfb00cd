package entities

// paged is an array of T that grows a page of pageLen elements at a time
// and never moves an element (a pointer to one stays valid as it grows):
// the cold part of the vocabulary's entries (builder.cold, 64 bytes a
// word, read for names and folded forms) is kept in pages. A page of a
// million distinct words has two million entries: as a slice, cold was
// copied into an array twice as large at each step (the old and the new
// arrays live together, 245 MB at the last step), and the last one was up
// to half empty.
type paged[T any] struct {
	pages []*[pageLen]T // (arrays: an index masked to a page needs no bounds check)
	n     int32
}

// pageBits gives the length of a page, pageLen elements (as many as a
// vocabulary has room for when it first grows, see minVocabRoom): 64 KB of
// lexCold, whose entries a page's start (a large allocation) aligns to
// cache lines.
const (
	pageBits = 10
	pageLen  = 1 << pageBits
)

// at returns element i (i < p.len()).
func (p *paged[T]) at(i int32) *T { return &p.pages[i>>pageBits][i&(pageLen-1)] }

// len is the number of elements.
func (p *paged[T]) len() int { return int(p.n) }

// push adds a zero element at the end.
func (p *paged[T]) push() {
	if int(p.n>>pageBits) == len(p.pages) {
		p.pages = append(p.pages, new([pageLen]T))
	}
	p.n++
}

// truncate zeroes the elements from n on and drops them, keeping their
// pages for the elements pushed next.
func (p *paged[T]) truncate(n int32) {
	for i := n; i < p.n; {
		pg, k := p.pages[i>>pageBits], i&(pageLen-1)
		end := min(int32(pageLen), k+p.n-i)
		clear(pg[k:end])
		i += end - k
	}
	p.n = min(p.n, n)
}

// keep is truncate that also lets go of the pages beyond those that hold
// the first n elements.
func (p *paged[T]) keep(n int32) {
	p.truncate(n)
	used := min(int((n+pageLen-1)>>pageBits), len(p.pages))
	clear(p.pages[used:])
	p.pages = append([]*[pageLen]T(nil), p.pages[:used]...)
}

// coldAt returns the cold entry of vocabulary word id (paged.at written
// out for the type: a generic method is called with its dictionary).
func (b *builder) coldAt(id int32) *lexCold { return &b.cold.pages[id>>pageBits][id&(pageLen-1)] }

// titleAt returns title k of the name runs (see nameRun.title).
func (b *builder) titleAt(k int32) *Title { return &b.titles.pages[k>>pageBits][k&(pageLen-1)] }
