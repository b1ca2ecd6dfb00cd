package words

// IDTable numbers the distinct things of a document by a 64-bit hash of
// theirs, and tells apart two things of one hash (however unlikely) by a
// test the caller gives: an open-addressing table of hashes and ids.
type IDTable struct {
	slots []idSlot
	n     int
	shift uint
}

type idSlot struct {
	h  uint64
	id int32 // the id plus one; 0 for an empty slot
}

// Reset empties the table and makes room for about n ids.
func (t *IDTable) Reset(n int) {
	t.slots, t.shift = resetSlots(t.slots, n)
	t.n = 0
}

// ID returns the id of the thing of hash h for which same(id) holds, or
// next when there is none, which it then records under h; added says
// which.
func (t *IDTable) ID(h uint64, next int32, same func(id int32) bool) (id int32, added bool) {
	mask := uint64(len(t.slots) - 1)
	for i := h * 0x9e3779b97f4a7c15 >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			if 2*(t.n+1) > len(t.slots) {
				t.grow()
				return t.ID(h, next, same)
			}
			s.h, s.id = h, next+1
			t.n++
			return next, true
		}
		if s.h == h && same(s.id-1) {
			return s.id - 1, false
		}
	}
}

func (t *IDTable) grow() {
	old := t.slots
	t.slots = make([]idSlot, 2*len(old))
	t.shift--
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := s.h * 0x9e3779b97f4a7c15 >> t.shift
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}
