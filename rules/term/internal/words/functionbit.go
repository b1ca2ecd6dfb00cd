package words

// FunctionBit is FunctionPacked as 1 or 0, for a caller that combines it
// with other bits without a branch (no bool to convert).
func FunctionBit(head uint64) uint8 {
	b := head * functionMul >> 55 * 2
	// Both compares, without a branch: the answer is much at random.
	return bit(functionTable[b&1022] == head) | bit(functionTable[b&1022+1] == head)
}
