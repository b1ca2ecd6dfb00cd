package words

// FunctionBit is FunctionPacked as 1 or 0, for a caller that combines it
// with other bits without a branch (no bool to convert).
func FunctionBit(head uint64) uint8 { return FunctionIn(&functionTable, head) }

// FunctionTable is the table of the function words that FunctionIn reads.
type FunctionTable [1024]uint64

// FunctionSlots gives the table of the function words, for a loop over
// many words that passes it to FunctionIn: a function that takes it as an
// argument holds its address in a register, where the compiler takes a
// package array's address anew at each use.
func FunctionSlots() *FunctionTable { return &functionTable }

// FunctionIn is FunctionBit, reading t (which FunctionSlots gives).
func FunctionIn(t *FunctionTable, head uint64) uint8 {
	// One slot a word (see functionTable): its word is head or not.
	return bit(t[head*functionMul>>functionShift] == head)
}

// FunctionSlot is the slot of t (which FunctionSlots gives) where the
// packed lower-case key head would be filed, and whether head is there:
// whether it is a function word. A caller that keeps facts of its own
// about the function words keeps them by slot, and finds them with the
// one load FunctionIn makes.
func FunctionSlot(t *FunctionTable, head uint64) (int, bool) {
	s := head * functionMul >> functionShift
	return int(s), t[s] == head
}
