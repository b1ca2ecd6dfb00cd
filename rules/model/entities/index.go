package entities

import "hash/maphash"

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

// hashKey hashes a key eight bytes at a time (strings and byte slices
// alike, without converting one to the other).
func hashKey[K string | []byte](key K) uint64 {
	const m = 0x9E3779B97F4A7C15
	h := indexSeed ^ uint64(len(key))*m
	i := 0
	for ; i+8 <= len(key); i += 8 {
		v := uint64(key[i]) | uint64(key[i+1])<<8 | uint64(key[i+2])<<16 | uint64(key[i+3])<<24 |
			uint64(key[i+4])<<32 | uint64(key[i+5])<<40 | uint64(key[i+6])<<48 | uint64(key[i+7])<<56
		h = (h ^ v) * m
		h ^= h >> 32
	}
	for ; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * m
	}
	return h ^ h>>29
}

// get returns the value of key and whether the index holds it.
func get[K string | []byte](x *strIndex, key K) (int32, bool) {
	if len(x.used) == 0 {
		return 0, false
	}
	s := &x.slots[findSlot(x, key, hashKey(key))]
	return s.val, s.full
}

// put sets the value of key.
func put[K string | []byte](x *strIndex, key K, v int32) {
	if 2*(len(x.used)+1) > len(x.slots) {
		x.grow()
	}
	h := hashKey(key)
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
