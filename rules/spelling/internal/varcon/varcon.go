// Package varcon holds the spelling-variant table that the spelling rules
// share: for each word whose spelling differs between American, British
// (-ise and -ize) , Canadian and Australian English, how acceptable it is in
// each and what the preferred spelling is instead. The table is derived from
// VarCon by gen/ (see NOTICE) and compiled into the program as data
// (table_gen.go): nothing is parsed or built for it when the program starts.
package varcon

//go:generate go run ./gen -varcon ../../../../../shared/data/spelling/varcon.txt -out table.tsv -go table_gen.go

import (
	"sync"

	"github.com/factlint/factlint/rules/spelling/internal/varcon/internal/layout"
)

// Category is a spelling category of VarCon.
type Category int

const (
	American   Category = iota // A
	British                    // B: British with -ise
	BritishIZE                 // Z: British with -ize (Oxford)
	Canadian                   // C
	Australian                 // D

	// Categories is the number of categories.
	Categories = 5
)

// Levels of acceptance.
const (
	Preferred = 0 // the preferred (or an equal) spelling
	Variant   = 1 // a variant (v)
	Seldom    = 2 // a seldom used variant (V)
	Possible  = 3 // a possible variant (-)
	Improper  = 4 // an improper variant (x)
	Absent    = 5 // not a spelling of the category
)

// Entry says how one spelling is accepted in each category.
type Entry struct {
	// Level is the acceptance of the word per category (most accepting
	// over all its senses).
	Level [5]uint8
	// repl is, per category where the word is not preferred, the number
	// + 1 of its preferred spelling in wordText (0 when it is preferred,
	// or when none is known): numbers, not strings, so that the table
	// holds no pointer for the collector to scan.
	repl [5]uint16
}

// Repl returns the preferred spelling in c where the word is not
// preferred in c ("" when it is, or when none is known).
func (e Entry) Repl(c Category) string {
	if i := e.repl[c]; i != 0 {
		return word(int(i) - 1)
	}
	return ""
}

// ReplacedBy reports whether w is the word's preferred spelling in some
// category where the word is not preferred.
func (e Entry) ReplacedBy(w string) bool {
	for c := range Category(Categories) {
		if e.Repl(c) == w {
			return true
		}
	}
	return false
}

// Accepted reports whether the word is a preferred spelling in c.
func (e Entry) Accepted(c Category) bool { return e.Level[c] == Preferred }

// The table itself is in table_gen.go: the words, sorted, in one string
// (wordText, wordOff; then the replacements that are none of the words),
// their entries in the same order (entries), the
// filter of the clean words (tableFilter) and their index by hash
// (tableSlots), all laid out in the binary's data by the compiler.

// filter is the filter in front of the tables (see layout.Filter).
type filter = layout.Filter

// wordHash hashes the lower-case form of w and reports whether w is clean
// (see layout.Word).
func wordHash(w string) (h uint64, clean bool) { return layout.Word(w) }

// hashLower hashes a lower-case word for the filters.
func hashLower(w string) uint64 {
	h, _ := wordHash(w)
	return h
}

// word returns the table's word i.
func word(i int) string { return wordText[wordOff[i]:wordOff[i+1]] }

// Lookup returns the entry of a lower-case word.
func Lookup(w string) (Entry, bool) {
	if i, ok := search(w); ok {
		return entries[i], true
	}
	return Entry{}, false
}

// search finds w among the table's sorted words.
func search(w string) (int, bool) {
	lo, hi := 0, nWords
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if word(m) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < nWords && word(lo) == w
}

// findTable returns the table's word that is strings.ToLower(w), with its
// entry, or nil; w is clean and h is its wordHash. The index is searched
// from the slot the hash's top bits choose, one slot further at a time.
func findTable(h uint64, w string) (string, *Entry) {
	const mask = 1<<slotBits - 1
	for k := h >> (64 - slotBits); ; k = (k + 1) & mask {
		i := int(tableSlots[k]) - 1
		if i < 0 {
			return "", nil
		}
		if lw := word(i); equalLower(lw, w) {
			return lw, &entries[i]
		}
	}
}

// index finds the words of a Set that the table does not hold by the hash
// that the filter reads, which Scan has computed already: no second hash
// of the word, no map, and the lower-case word comes from the index
// instead of a new string.
type index struct {
	slots []uint32 // 1 + position in words; 0 for an empty slot
	shift uint     // the hash's top bits choose the first slot tried
	words []string // lower case
}

func newIndex(n int) index {
	k := layout.SlotBits(n)
	return index{slots: make([]uint32, 1<<k), shift: 64 - k}
}

// add adds the lower-case word w, which must be clean (see wordHash), with
// its entry. Words that are not clean are left out: Scan never asks for
// them.
func (x *index) add(w string) {
	h, clean := wordHash(w)
	if !clean {
		return
	}
	mask := uint64(len(x.slots) - 1)
	k := h >> x.shift
	for x.slots[k] != 0 {
		k = (k + 1) & mask
	}
	x.words = append(x.words, w)
	x.slots[k] = uint32(len(x.words))
}

// find returns the word of x that is strings.ToLower(w), or ""; w is clean
// and h is its wordHash.
func (x *index) find(h uint64, w string) string {
	mask := uint64(len(x.slots) - 1)
	for k := h >> x.shift; x.slots[k] != 0; k = (k + 1) & mask {
		if lw := x.words[x.slots[k]-1]; equalLower(lw, w) {
			return lw
		}
	}
	return ""
}

// equalLower reports whether the lower-case word lw is the lower-case form
// of w, a word of letters and apostrophes (whose case bit 0x20 is set
// already).
func equalLower(lw, w string) bool {
	if len(lw) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lw[k] != w[k]|0x20 {
			return false
		}
	}
	return true
}

// Set is a set of lower-case words that Scan also reports (with a zero
// Entry) when the table does not hold them.
type Set struct {
	m map[string]bool
	// filter is the table's filter with the set's words added, and index
	// that of the set's words that the table does not hold, made on first
	// use, so that Scan asks one filter, the table's index and this one.
	filter func() *filter
	index  func() *index
	// folds is tableFolds with the set's words added.
	folds func() *foldFilter
}

// NewSet makes a Set of the words that m maps to true.
func NewSet(m map[string]bool) *Set {
	s := &Set{m: map[string]bool{}}
	for w, ok := range m {
		if ok {
			s.m[w] = true
		}
	}
	s.filter = sync.OnceValue(func() *filter {
		f := tableFilter
		for w := range s.m {
			f.Add(hashLower(w))
		}
		return &f
	})
	s.folds = sync.OnceValue(func() *foldFilter {
		f := *tableFolds()
		for w := range s.m {
			addFold(&f, w)
		}
		return &f
	})
	s.index = sync.OnceValue(func() *index {
		x := newIndex(len(s.m))
		for w := range s.m {
			if _, ok := search(w); !ok {
				x.add(w)
			}
		}
		return &x
	})
	return s
}
