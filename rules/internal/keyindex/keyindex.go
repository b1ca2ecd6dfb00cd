// Package keyindex is the hash index of the rules' embedded newline lists
// (the lexicon's names and words, term's frequency bands), shared by the
// packages that read a list (Table) and the generators that write its
// index beside it, so that the index is part of the build and nothing is
// hashed or allocated for it when the program starts.
//
// An index is a string of little-endian uint32 slots, a power of two of
// them, at least 1.5 times as many as the list has keys. A slot is 0 when
// empty; otherwise its low 20 bits are 1 + the byte offset of a key's line
// in the list and its high 12 bits a tag, 12 more bits of the key's hash,
// so that most slots of other keys are passed over without reading the
// list. A key k is looked for from slot Hash(k)>>Shift on, one slot further
// (modulo the number of slots) at a time, until an empty slot.
package keyindex

import (
	"errors"
	"math/bits"
	"strings"
)

const (
	m0 = 0x9e3779b97f4a7c15 // multiplies the length
	m1 = 0xbf58476d1ce4e5b9 // multiplies the state with each chunk of eight bytes
	m2 = 0x94d049bb133111eb // multiplies the state with the last one to eight bytes
)

// Hash hashes s: its length and its bytes eight at a time, the last one to
// eight read as two overlapping four-byte words (or, under four, the
// first, middle and last byte). The index reads the top bits, which the
// multiplications mix well.
func Hash(s string) uint64 {
	h := uint64(len(s)) * m0
	for len(s) > 8 {
		h = (h ^ load64(s)) * m1
		s = s[8:]
	}
	var t uint64
	if n := len(s); n >= 4 {
		t = uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	} else if n > 0 {
		t = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return (h ^ t) * m2
}

// load64 and load32 read the first eight and four bytes of s, the first
// the lowest (the compiler makes each one load).
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	s = s[:4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

const (
	offBits = 20             // bits of a slot for 1 + a line's offset
	offMask = 1<<offBits - 1 // those bits
	tagBits = 32 - offBits   // bits of a slot for the tag
)

// Shift is the shift of a key's hash that gives its first slot in an
// index of the given length in bytes.
func Shift(index string) uint {
	return uint(64 - bits.Len(uint(len(index)/4)) + 1)
}

// Tag is the tag of a hash in an index whose Shift is shift: the bits
// just below those that choose the slot.
func Tag(h uint64, shift uint) uint32 { return uint32(h>>(shift-tagBits)) & (1<<tagBits - 1) }

// Slot returns slot p of index.
func Slot(index string, p uint64) uint32 { return load32(index[4*p:]) }

// Offset returns the offset of the line of an occupied slot v in the list
// when its tag is tag, or -1.
func Offset(v, tag uint32) int {
	if v>>offBits != tag {
		return -1
	}
	return int(v&offMask) - 1
}

// Empty reports whether v is an empty slot.
func Empty(v uint32) bool { return v == 0 }

// Key returns the key of the line at off in list: up to its tab or its
// end.
func Key(list string, off int) string {
	ln := list[off:]
	if i := strings.IndexByte(ln, '\n'); i >= 0 {
		ln = ln[:i]
	}
	if i := strings.IndexByte(ln, '\t'); i >= 0 {
		ln = ln[:i]
	}
	return ln
}

// Build returns the index of list, a newline list of "key" or
// "key<TAB>value" lines (empty lines are left out; of a key on several
// lines, the first is found).
func Build(list string) (string, error) {
	if len(list) >= offMask {
		return "", errors.New("keyindex: the list is too long for 20-bit offsets")
	}
	var offs []int
	for off := 0; off < len(list); {
		end := strings.IndexByte(list[off:], '\n')
		if end < 0 {
			end = len(list)
		} else {
			end += off
		}
		if end > off {
			offs = append(offs, off)
		}
		off = end + 1
	}
	size := 16
	for 2*size < 3*len(offs) {
		size <<= 1
	}
	slots := make([]uint32, size)
	shift := uint(64 - bits.Len(uint(size)) + 1)
	mask := uint64(size - 1)
	for _, off := range offs {
		k := Key(list, off)
		h := Hash(k)
		p := h >> shift
		for ; slots[p] != 0; p = (p + 1) & mask {
			if Key(list, int(slots[p]&offMask)-1) == k {
				break // a repeated key keeps its first line
			}
		}
		if slots[p] == 0 {
			slots[p] = Tag(h, shift)<<offBits | uint32(off+1)
		}
	}
	b := make([]byte, 4*size)
	for i, v := range slots {
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	return string(b), nil
}

// Table is a newline list ("key" or "key<TAB>value" a line) with its index
// (see Build), both read in place: a table costs nothing when the program
// starts and holds no pointers; a lookup hashes the key once and compares
// it with the lines whose slots bear its tag (most often one).
type Table struct {
	list, index string
	shift       uint   // of a hash, for its first slot
	mask        uint64 // the number of slots - 1
}

// New returns the table of list and its index, as Build wrote it.
func New(list, index string) *Table {
	return &Table{list: list, index: index, shift: Shift(index), mask: uint64(len(index)/4 - 1)}
}

// List returns the table's list.
func (t *Table) List() string { return t.list }

// Index returns the table's index.
func (t *Table) Index() string { return t.index }

// Find returns the value of key k (empty for a line without one) and
// whether the table holds k.
func (t *Table) Find(k string) (string, bool) {
	h := Hash(k)
	tag := Tag(h, t.shift)
	for p := h >> t.shift; ; p = (p + 1) & t.mask {
		v := Slot(t.index, p)
		if Empty(v) {
			return "", false
		}
		off := Offset(v, tag)
		if off < 0 {
			continue
		}
		end := off + len(k)
		if end > len(t.list) || t.list[off:end] != k {
			continue
		}
		if end == len(t.list) || t.list[end] == '\n' {
			return "", true
		}
		if t.list[end] == '\t' {
			val := t.list[end+1:]
			if i := strings.IndexByte(val, '\n'); i >= 0 {
				val = val[:i]
			}
			return val, true
		}
	}
}
