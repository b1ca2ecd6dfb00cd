package entities

import (
	"hash/maphash"

	"github.com/factlint/factlint/lint"
)

// strIndex maps byte strings to int32 values for the length of one
// document: an open-addressing hash table whose keys are copied into one
// reused arena. Unlike a Go map kept for reuse it allocates nothing per key
// and is cleared in time proportional to what was put in (clearing a map
// costs the capacity left by the longest document seen).
type strIndex struct {
	slots []strSlot // a power of two in length, at most half full
	used  []int32   // the occupied slots, for reset
	arena []byte    // the keys
}

type strSlot struct {
	h      uint64
	off, n int32 // key: arena[off : off+n]
	val    int32
	full   bool
}

// indexSeed varies the hashes from one process to the next.
var indexSeed = new(maphash.Hash).Sum64()

// findSlot returns the slot of key (hash h): the one holding it, or the empty
// one where it goes. The table must have room.
func findSlot[K string | []byte](x *strIndex, key K, h uint64) int {
	mask := len(x.slots) - 1
	p := int(h) & mask
	for {
		s := &x.slots[p]
		if !s.full || s.h == h && string(x.arena[s.off:s.off+s.n]) == string(key) {
			return p
		}
		p = (p + 1) & mask
	}
}

// hashKey hashes a key eight bytes at a time, the last up to seven in
// one or two loads (strings and byte slices alike, without converting one
// to the other).
func hashKey[K string | []byte](key K) uint64 {
	const m = 0x9E3779B97F4A7C15
	n := len(key)
	h := indexSeed ^ uint64(n)*m
	i := 0
	for ; i+8 <= n; i += 8 {
		h = (h ^ le64(key[i:i+8])) * m
		h ^= h >> 32
	}
	var v uint64
	switch r := n - i; {
	case r >= 4:
		// Two four-byte loads, overlapping when r < 8.
		v = uint64(le32(key[i:i+4])) | uint64(le32(key[n-4:]))<<32
	case r > 0:
		v = uint64(key[i]) | uint64(key[i+r/2])<<8 | uint64(key[n-1])<<16
	}
	h = (h ^ v) * m
	return h ^ h>>32
}

// le64 reads the first eight bytes of b, little-endian, in one load.
func le64[K string | []byte](b K) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// le32 reads the first four bytes of b, little-endian, in one load.
func le32[K string | []byte](b K) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// get returns the value of key and whether the index holds it.
func get[K string | []byte](x *strIndex, key K) (int32, bool) {
	if len(x.used) == 0 {
		return 0, false
	}
	return getHashed(x, key, hashKey(key))
}

// getHashed is get with the hashKey of key given.
func getHashed[K string | []byte](x *strIndex, key K, h uint64) (int32, bool) {
	if len(x.used) == 0 {
		return 0, false
	}
	s := &x.slots[findSlot(x, key, h)]
	return s.val, s.full
}

// put sets the value of key.
func put[K string | []byte](x *strIndex, key K, v int32) { putHashed(x, key, hashKey(key), v) }

// putHashed is put with the hashKey of key given.
func putHashed[K string | []byte](x *strIndex, key K, h uint64, v int32) {
	if 2*(len(x.used)+1) > len(x.slots) {
		x.grow()
	}
	p := findSlot(x, key, h)
	s := &x.slots[p]
	if !s.full {
		*s = strSlot{h: h, off: int32(len(x.arena)), n: int32(len(key)), full: true}
		x.arena = append(x.arena, key...)
		x.used = append(x.used, int32(p))
	}
	s.val = v
}

func (x *strIndex) grow() {
	old := x.slots
	x.slots = make([]strSlot, max(64, 2*len(old)))
	mask := len(x.slots) - 1
	for k, p := range x.used {
		s := old[p]
		q := int(s.h) & mask
		for x.slots[q].full {
			q = (q + 1) & mask
		}
		x.slots[q] = s
		x.used[k] = int32(q)
	}
}

// reset empties the index, keeping its memory unless a long document made
// it big.
func (x *strIndex) reset() {
	if len(x.slots) > 1<<14 {
		*x = strIndex{}
		return
	}
	for _, p := range x.used {
		x.slots[p] = strSlot{}
	}
	x.used, x.arena = x.used[:0], x.arena[:0]
}

// vocabIndex maps the words of a builder's vocabulary to their index in
// infos: an open-addressing table of 16-byte slots (eight bytes drawn
// from the word, its length and part of its hash, and the index). A word of
// up to eight bytes is found in its slot alone, without reading the word
// itself elsewhere in memory (the table is large, a lookup is mostly cache
// misses); longer words are compared with their text in the builder's
// entries (lexInfo.text, given to each lookup: the index holds no copy of
// its own, 16 bytes a word). It is faster than a map[string]int32 of the
// same words and removes words without tombstones (the frozen vocabulary
// drops each document's new words).
type vocabIndex struct {
	slots []vocabSlot // a power of two in length, at most half full (three quarters from bigVocabSlots on)
	n     int32       // words
}

// bigVocabSlots is the size from which the vocabulary's table fills to
// three quarters before it grows, not half: only a page of a million
// distinct words makes it that big (a frozen vocabulary has 32k words),
// and its table of 8M slots took 128 MB.
var bigVocabSlots = 1 << 21 // a variable for the tests

type vocabSlot struct {
	pre uint64 // the bytes of the word (all of them up to eight bytes, see slotPre)
	h   uint32 // the word's length (up to 15) in the top four bits, 28 bits of its foldHash below
	id  int32  // index + 1; 0: an empty slot
}

// slotH is the h of a slot for a word of n bytes whose fold hash
// (lint.FoldHash) is fold.
func slotH(n int, fold uint32) uint32 { return fold&(1<<28-1) | uint32(min(n, 15))<<28 }

// slotPre is the pre of a slot for w: the bytes of a word of up to eight
// bytes, given its length (the first eight, two overlapping four-byte
// loads, or three single bytes).
func slotPre[K string | []byte](w K) uint64 {
	switch n := len(w); {
	case n >= 8:
		return le64(w)
	case n >= 4:
		return uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return 0
}

// foldHash is lint.FoldHash of a string or byte slice: the hash of the
// vocabulary, so that a token's word is found from its Token.Fold without
// hashing it again. Words that differ only in ASCII case share a hash and
// a probe chain; the slots tell them apart by their bytes.
func foldHash[K string | []byte](w K) uint32 {
	switch w := any(w).(type) {
	case string:
		return lint.FoldHash(w)
	case []byte:
		return lint.FoldHashBytes(w)
	}
	panic("unreachable")
}

func (v *vocabIndex) len() int { return int(v.n) }

// lookup returns the index of w, or -1, and the slot where w is or goes;
// infos holds the words' texts.
func (v *vocabIndex) lookup(infos []lexInfo, w string) (int32, int) {
	return lookupFold(v, infos, w, lint.FoldHash(w))
}

// lookupFold is lookup of a string or byte slice whose foldHash is fold.
func lookupFold[K string | []byte](v *vocabIndex, infos []lexInfo, w K, fold uint32) (int32, int) {
	if len(v.slots) == 0 {
		return -1, -1
	}
	return lookupSlot(v, infos, w, slotH(len(w), fold), slotPre(w))
}

// lookupSlot is lookupFold with the h and pre of w's slot given, in an
// index that has slots (the caller's test: without it, lookupSlot is small
// enough to inline in idSlot, which runs for every word new to a document).
func lookupSlot[K string | []byte](v *vocabIndex, infos []lexInfo, w K, h uint32, pre uint64) (int32, int) {
	mask := len(v.slots) - 1
	p := int(h) & mask
	for {
		s := &v.slots[p]
		if s.id == 0 {
			return -1, p
		}
		if s.h == h && s.pre == pre && (len(w) <= 8 || infos[s.id-1].text == string(w)) {
			return s.id - 1, p
		}
		p = (p + 1) & mask
	}
}

// lookupShort is lookupSlot of a word of up to eight bytes (its slot tells
// it), returning its index or -1, in an index that has slots: it reads no
// text, and calls nothing.
func (v *vocabIndex) lookupShort(h uint32, pre uint64) int32 {
	mask := len(v.slots) - 1
	for p := int(h) & mask; ; p = (p + 1) & mask {
		s := &v.slots[p]
		if s.id == 0 {
			return -1
		}
		if s.h == h && s.pre == pre {
			return s.id - 1
		}
	}
}

// add gives w, which the index does not hold and whose foldHash is fold,
// the next index (the caller appends its entry, with w as its text, to
// the infos it looks words up in).
func (v *vocabIndex) add(w string, fold uint32) int32 {
	return v.addSlot(slotH(len(w), fold), slotPre(w))
}

// addSlot is add with the h and pre of w's slot given.
func (v *vocabIndex) addSlot(h uint32, pre uint64) int32 {
	if n := int(v.n) + 1; 2*n > len(v.slots) && (len(v.slots) < bigVocabSlots || 4*n > 3*len(v.slots)) {
		v.grow()
	}
	// (The word is not in the index: its slot is the first empty one of
	// its probe chain.)
	mask := len(v.slots) - 1
	p := int(h) & mask
	for v.slots[p].id != 0 {
		p = (p + 1) & mask
	}
	id := v.n
	v.n++
	v.slots[p] = vocabSlot{pre: pre, h: h, id: id + 1}
	return id
}

func (v *vocabIndex) grow() {
	old := v.slots
	v.slots = make([]vocabSlot, max(1024, 2*len(old)))
	mask := len(v.slots) - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		p := int(s.h) & mask
		for v.slots[p].id != 0 {
			p = (p + 1) & mask
		}
		v.slots[p] = s
	}
}

// truncate removes the words from index n on (infos holds their texts).
func (v *vocabIndex) truncate(infos []lexInfo, n int32) {
	for id := v.n - 1; id >= n; id-- {
		_, p := v.lookup(infos, infos[id].text)
		v.removeSlot(p)
	}
	v.n = min(v.n, n)
}

// keep removes the words from index n on and gives the rest a table of
// their size (truncate keeps the room of the words removed).
func (v *vocabIndex) keep(n int32) {
	old := v.slots
	size := 1024
	for size < 2*int(n) {
		size *= 2
	}
	v.slots = make([]vocabSlot, size)
	mask := size - 1
	for _, s := range old {
		if s.id == 0 || s.id > n {
			continue
		}
		p := int(s.h) & mask
		for v.slots[p].id != 0 {
			p = (p + 1) & mask
		}
		v.slots[p] = s
	}
	v.n = min(v.n, n)
}

// removeSlot empties slot p and moves back the entries after it that
// could no longer be found (deletion from a linear-probing table).
func (v *vocabIndex) removeSlot(p int) {
	mask := len(v.slots) - 1
	v.slots[p] = vocabSlot{}
	for q := (p + 1) & mask; v.slots[q].id != 0; q = (q + 1) & mask {
		s := v.slots[q]
		home := int(s.h) & mask
		// s stays where it is if its home lies cyclically in (p, q];
		// otherwise it fills the hole at p, leaving one at q.
		if p <= q && p < home && home <= q || p > q && (p < home || home <= q) {
			continue
		}
		v.slots[p] = s
		v.slots[q] = vocabSlot{}
		p = q
	}
}

// wordTable is a fixed set of words with a value each, built once: a
// filter by first byte and length rules most other words out without
// hashing, then an open-addressing table answers. It is faster than a Go
// map for the short words of the hand-written tables, which the passes
// look up for most tokens.
type wordTable[V any] struct {
	// lens[c] has bit n set when a key of n bytes (n < 31; bit 31: 31 or
	// more) starts with byte c.
	lens  [256]uint32
	slots []int32 // index + 1 into keys and vals; 0: empty
	keys  []string
	vals  []V
	empty int32 // index + 1 of the empty key, if any
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	t := &wordTable[V]{}
	size := 16
	for size < 4*len(m) {
		size <<= 1
	}
	t.slots = make([]int32, size)
	for k, v := range m {
		t.keys = append(t.keys, k)
		t.vals = append(t.vals, v)
		id := int32(len(t.keys))
		if k == "" {
			t.empty = id
			continue
		}
		t.lens[k[0]] |= 1 << min(len(k), 31)
		p := int(hashKey(k)) & (size - 1)
		for t.slots[p] != 0 {
			p = (p + 1) & (size - 1)
		}
		t.slots[p] = id
	}
	return t
}

// get returns the value of w and whether the table holds it.
func (t *wordTable[V]) get(w string) (V, bool) {
	var zero V
	if len(w) == 0 {
		if t.empty != 0 {
			return t.vals[t.empty-1], true
		}
		return zero, false
	}
	if t.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return zero, false
	}
	// hashKey(w), written out for the words of fewer than eight bytes (most
	// of the tables' words and of the words looked up): its call made get
	// keep its values on the stack around it.
	var h uint64
	if n := len(w); n < 8 {
		const m = 0x9E3779B97F4A7C15
		var v uint64
		if n >= 4 {
			v = uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
		} else {
			v = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
		}
		h = (indexSeed ^ uint64(n)*m ^ v) * m
		h ^= h >> 32
	} else {
		h = hashKey(w)
	}
	mask := len(t.slots) - 1
	for p := int(h) & mask; ; p = (p + 1) & mask {
		id := t.slots[p]
		if id == 0 {
			return zero, false
		}
		if t.keys[id-1] == w {
			return t.vals[id-1], true
		}
	}
}

// has reports whether the table holds w.
func (t *wordTable[V]) has(w string) bool {
	_, ok := t.get(w)
	return ok
}
