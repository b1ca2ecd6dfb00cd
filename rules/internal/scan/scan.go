// Package scan finds the few bytes a rule looks for in a document's text
// without walking every byte or every token: strings.IndexByte (vectorised)
// jumps from one candidate to the next, and most articles have none of the
// rare characters a typography rule is about.
package scan

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// maxLeads bounds the bytes or strings one Finder looks for.
const maxLeads = 8

// Finder yields, in increasing order, the offsets in text[from:end] where
// one of a few bytes (the first bytes of the characters a rule looks for),
// or one of a few short strings, starts. It keeps, for each, where it comes
// next, and searches again for one only once that occurrence is passed, so
// every byte of the text is read once per byte or string looked for, by
// strings.IndexByte or strings.Index (both vectorised). A byte or string
// found no more is dropped, so that most Finders soon look for one or none
// (most articles have none of the rare characters a rule is about).
type Finder struct {
	text string
	end  int
	// The first n of lead (NewFinder) or pats (NewStringFinder, nil
	// otherwise) are still looked for; next[k] is where the k-th comes
	// next, before end.
	lead [maxLeads]byte
	pats []string
	n    int
	next [maxLeads]int
}

// NewFinder looks in text[from:end] for the bytes of leads (at most eight).
func NewFinder(text string, from, end int, leads string) Finder {
	var f Finder
	f.startBytes(text, from, end, leads)
	return f
}

// startBytes sets f to look in text[from:end] for the bytes of leads.
func (f *Finder) startBytes(text string, from, end int, leads string) {
	if len(leads) > maxLeads {
		panic("scan: more than eight bytes to find")
	}
	f.text, f.end, f.n = text, end, len(leads)
	copy(f.lead[:], leads)
	f.start(from)
}

// NewStringFinder looks in text[from:end] for the starts of the strings of
// pats (at most eight, none empty). An occurrence must end by end.
func NewStringFinder(text string, from, end int, pats ...string) Finder {
	if len(pats) > maxLeads {
		panic("scan: more than eight strings to find")
	}
	f := Finder{text: text, end: end, pats: slices.Clone(pats), n: len(pats)}
	f.start(from)
	return f
}

// start finds where each byte or string comes first from from on.
func (f *Finder) start(from int) {
	for k := 0; k < f.n; {
		if f.next[k] = f.index(from, k); f.next[k] >= f.end {
			f.drop(k) // k is now another, not yet looked for
			continue
		}
		k++
	}
}

// drop forgets byte or string k, found no more: the last takes its place.
func (f *Finder) drop(k int) {
	f.n--
	f.next[k], f.lead[k] = f.next[f.n], f.lead[f.n]
	if f.pats != nil {
		f.pats[k] = f.pats[f.n]
	}
}

// index returns where byte or string k next starts at or after from, or
// f.end.
func (f *Finder) index(from, k int) int {
	if from >= f.end {
		return f.end
	}
	var i int
	if f.pats == nil {
		i = strings.IndexByte(f.text[from:f.end], f.lead[k])
	} else if p := f.pats[k]; len(p) == 1 {
		i = strings.IndexByte(f.text[from:f.end], p[0])
	} else {
		i = strings.Index(f.text[from:f.end], p)
	}
	if i < 0 {
		return f.end
	}
	return from + i
}

// Next returns the next offset holding one of the bytes, or -1 when there is
// none left.
func (f *Finder) Next() int {
	switch f.n {
	case 0:
		return -1
	case 1: // one byte or string: no least of several to find
		i := f.next[0]
		if f.next[0] = f.index(i+1, 0); f.next[0] >= f.end {
			f.drop(0)
		}
		return i
	}
	i := f.next[0]
	for k := 1; k < f.n; k++ {
		i = min(i, f.next[k])
	}
	f.advance(i + 1)
	return i
}

// NextBatch fills offs with the next offsets Next would return, in order,
// and returns how many it found: fewer than len(offs) once none is left.
// (A rule that looks a long page's offsets up a batch at a time with
// lint.Document.TokensAt fills its batch so.)
func (f *Finder) NextBatch(offs []int) int {
	for n := range offs {
		if offs[n] = f.Next(); offs[n] < 0 {
			return n
		}
	}
	return len(offs)
}

// Skip makes the next offsets returned lie at or after from.
func (f *Finder) Skip(from int) { f.advance(from) }

// advance looks again for every byte or string that comes before from,
// from there.
func (f *Finder) advance(from int) {
	for k := 0; k < f.n; {
		if f.next[k] < from {
			if f.next[k] = f.index(from, k); f.next[k] >= f.end {
				f.drop(k) // k is now another, not yet looked at
				continue
			}
		}
		k++
	}
}

// BlockFinder is a Finder over the text of a document's blocks that tells
// the block of each offset it yields and passes over the text between
// blocks.
type BlockFinder struct {
	f      Finder
	blocks []lint.Block
	b      int // the block of the last offset, or the first after it
}

// InBlocks looks for the bytes of leads (at most eight) in the text of d's
// blocks. In a document of ASCII text (lint.Document.ASCII) the leads
// beyond ASCII are not looked for: each would be a search of the whole
// text that finds nothing.
func InBlocks(d *lint.Document, leads string) BlockFinder {
	bf := BlockFinder{blocks: d.Blocks}
	from, end := 0, 0
	if len(d.Blocks) > 0 {
		from, end = d.Blocks[0].Span.Start, d.Blocks[len(d.Blocks)-1].Span.End
	}
	if d.ASCII {
		leads = asciiOnly(leads)
	}
	bf.f.startBytes(d.Text, from, end, leads) // in place: a Finder is some hundred bytes
	return bf
}

// Next returns the next offset in a block that holds one of the bytes, and
// the index of its block; -1, -1 when there is none left.
func (bf *BlockFinder) Next() (off, block int) {
	for i := bf.f.Next(); i >= 0; i = bf.f.Next() {
		for bf.b < len(bf.blocks) && bf.blocks[bf.b].Span.End <= i {
			bf.b++
		}
		if bf.b < len(bf.blocks) && bf.blocks[bf.b].Span.Start <= i {
			return i, bf.b
		}
		if bf.b < len(bf.blocks) {
			bf.f.Skip(bf.blocks[bf.b].Span.Start) // between blocks: on to the next
		}
	}
	return -1, -1
}

// Skip makes the next offsets returned lie at or after from.
func (bf *BlockFinder) Skip(from int) { bf.f.Skip(from) }

// asciiOnly returns the bytes of leads below 0x80, in order (leads itself
// when they all are; the callers' leads end with those beyond ASCII, so
// the others are a prefix and no string is made).
func asciiOnly(leads string) string {
	k := 0
	for k < len(leads) && leads[k] < utf8.RuneSelf {
		k++
	}
	if k == len(leads) {
		return leads
	}
	var b []byte
	for i := 0; i < len(leads); i++ {
		if leads[i] < utf8.RuneSelf {
			b = append(b, leads[i])
		}
	}
	if len(b) == k {
		return leads[:k]
	}
	return string(b)
}

// HasAny reports whether s holds any byte of set (a few bytes; each is
// looked for with strings.IndexByte).
func HasAny(s, set string) bool {
	for k := 0; k < len(set); k++ {
		if strings.IndexByte(s, set[k]) >= 0 {
			return true
		}
	}
	return false
}

// Eight bytes at a time: Load64 reads text[i:i+8] as one number, and the
// masks below have 0x80 in each byte position that passes a test, and 0
// elsewhere (exactly: no false positives from carries between bytes).
const (
	ones = 0x0101010101010101
	lo7  = 0x7F7F7F7F7F7F7F7F
)

// Load64 reads the eight bytes of s at i as a little-endian number (the
// compiler makes it one load); byte i is the lowest.
func Load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// ZeroMask marks the bytes of w that are zero.
func ZeroMask(w uint64) uint64 { return ^((w&lo7 + lo7) | w | lo7) }

// EqMask marks the bytes of w equal to c.
func EqMask(w uint64, c byte) uint64 { return ZeroMask(w ^ uint64(c)*ones) }
