package words

// FunctionBit is FunctionPacked as 1 or 0, for a caller that combines it
// with other bits without a branch (no bool to convert).
func FunctionBit(head uint64) uint8 {
	b := (*[2]uint64)(functionTable[head*functionMul>>55*2:])
	// Both compares, without a branch: the answer is much at random.
	return bit(b[0] == head) | bit(b[1] == head)
}
