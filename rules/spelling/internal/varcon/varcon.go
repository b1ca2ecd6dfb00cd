// Package varcon holds the spelling-variant table that the spelling rules
// share: for each word whose spelling differs between American, British
// (-ise and -ize) , Canadian and Australian English, how acceptable it is in
// each and what the preferred spelling is instead. The table is derived from
// VarCon by gen/ (see NOTICE) and parsed once, on first use.
package varcon

//go:generate go run ./gen -varcon ../../../../../shared/data/spelling/varcon.txt -out table.tsv

import (
	_ "embed"
	"strings"
	"sync"
)

// Category is a spelling category of VarCon.
type Category int

const (
	American   Category = iota // A
	British                    // B: British with -ise
	BritishIZE                 // Z: British with -ize (Oxford)
	Canadian                   // C
	Australian                 // D
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
	// Repl is the preferred spelling per category where the word is not
	// preferred ("" when it is, or when none is known).
	Repl [5]string
}

// Accepted reports whether the word is a preferred spelling in c.
func (e Entry) Accepted(c Category) bool { return e.Level[c] == Preferred }

//go:embed table.tsv
var tableData string

// tableSet is the parsed table with a filter in front of it.
type tableSet struct {
	m       map[string]int32 // word → index in entries (a map without pointers, a third of the size)
	entries []Entry
	filter  filter
	// words, hashes and clean are the words of entries and their
	// wordHash, kept so that an index is built without hashing every word
	// again.
	words  []string
	hashes []uint64
	clean  []bool
}

// addTo adds the table's words to the index x in the table's order.
func (t *tableSet) addTo(x *index) {
	for i, w := range t.words {
		if t.clean[i] && t.m[w] == int32(i) {
			x.addHashed(w, t.hashes[i], &t.entries[i])
		}
	}
}

var table = sync.OnceValue(func() *tableSet {
	t := &tableSet{m: make(map[string]int32, 13000)}
	data := tableData
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 || len(f[1]) != 5 {
			continue
		}
		var e Entry
		for k := 0; k < 5; k++ {
			e.Level[k] = f[1][k] - '0'
			e.Repl[k] = f[2+k]
		}
		h, clean := wordHash(f[0])
		t.m[f[0]] = int32(len(t.entries))
		t.entries = append(t.entries, e)
		t.filter.add(h)
		t.words = append(t.words, f[0])
		t.hashes = append(t.hashes, h)
		t.clean = append(t.clean, clean)
	}
	return t
})

// tableIndex is the table's words by the filter's hash, for a Scan without
// a Set; made on first use, since a Set's index (the one spelling-variety
// reads) holds the table's words too, and building an index the run never
// reads costs every start of the program.
var tableIndex = sync.OnceValue(func() *index {
	t := table()
	x := newIndex(len(t.m))
	t.addTo(&x)
	return &x
})

// Lookup returns the entry of a lower-case word.
func Lookup(word string) (Entry, bool) {
	if e := table().lookup(word); e != nil {
		return *e, true
	}
	return Entry{}, false
}

// lookup returns the entry of a lower-case word, or nil.
func (t *tableSet) lookup(word string) *Entry {
	if i, ok := t.m[word]; ok {
		return &t.entries[i]
	}
	return nil
}

// filter is a blocked Bloom filter over word hashes: three bits in one of
// 4,096 64-bit words (32 KB), all chosen by the high bits of the hash. It
// answers "not in the set" for most words of an article with one memory
// access and no map lookup; for the table's 13,000 words fewer than 1% of
// other words pass.
type filter [4096]uint64

func (f *filter) add(h uint64) {
	f[h>>52] |= bitsOf(h)
}

func (f *filter) mayHave(h uint64) bool {
	m := bitsOf(h)
	return f[h>>52]&m == m
}

// bitsOf are the bits a hash sets in its word of a filter.
func bitsOf(h uint64) uint64 { return 1<<(h>>46&63) | 1<<(h>>40&63) | 1<<(h>>34&63) }

// hashLower hashes a lower-case word for the filters.
func hashLower(w string) uint64 {
	h, _ := wordHash(w)
	return h
}

// index finds the words of the table (and of a Set) by the hash that the
// filter reads, which Scan has computed already: no second hash of the
// word, no map, and the lower-case word comes from the index instead of a
// new string.
type index struct {
	slots []uint32 // 1 + position in words and entries; 0 for an empty slot
	shift uint     // the hash's top bits choose the first slot tried
	words []string // lower case
	ents  []*Entry
}

func newIndex(n int) index {
	k := uint(4)
	for 1<<k < 2*n {
		k++
	}
	return index{slots: make([]uint32, 1<<k), shift: 64 - k}
}

// add adds the lower-case word w, which must be clean (see wordHash), with
// its entry. Words that are not clean are left out: Scan never asks for
// them.
func (x *index) add(w string, e *Entry) {
	h, clean := wordHash(w)
	if !clean {
		return
	}
	x.addHashed(w, h, e)
}

// addHashed adds the clean lower-case word w whose wordHash is h.
func (x *index) addHashed(w string, h uint64, e *Entry) {
	mask := uint64(len(x.slots) - 1)
	k := h >> x.shift
	for x.slots[k] != 0 {
		k = (k + 1) & mask
	}
	x.words = append(x.words, w)
	x.ents = append(x.ents, e)
	x.slots[k] = uint32(len(x.words))
}

// find returns the position of strings.ToLower(w) among the words, or -1;
// w is clean and h is its wordHash.
func (x *index) find(h uint64, w string) int {
	mask := uint64(len(x.slots) - 1)
	for k := h >> x.shift; x.slots[k] != 0; k = (k + 1) & mask {
		if i := int(x.slots[k]) - 1; equalLower(x.words[i], w) {
			return i
		}
	}
	return -1
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
	// the table's index, made on first use (it parses the table), so that
	// Scan asks one filter and one index.
	filter func() *filter
	index  func() *index
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
		f := table().filter
		for w := range s.m {
			f.add(hashLower(w))
		}
		return &f
	})
	s.index = sync.OnceValue(func() *index {
		t := table()
		x := newIndex(len(t.m) + len(s.m))
		t.addTo(&x)
		for w := range s.m {
			if _, ok := t.m[w]; !ok {
				x.add(w, &noEntry)
			}
		}
		return &x
	})
	return s
}
