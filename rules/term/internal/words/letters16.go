package words

// Letters16 counts the ASCII letters of a packed lower-case key of n ≤ 16
// bytes of ASCII (head and tail as Head and Tail read it, lower-cased by
// LowerPacked), as LettersPacked(head, ^0) + LettersPacked(tail,
// KeepTop(n-8)) does, with a multiply that sums the bytes instead of two
// population counts (which the compiler guards with a call where the CPU
// may lack them).
func Letters16(head, tail uint64, n int) int {
	// One per letter in each byte (0 or 1, and at most 2 once added), the
	// tail's bytes that the head holds too left out (KeepTop keeps none
	// for n-8 of -7 to 0: keep[25:32] and keep[0] are zero).
	x := inRange(head, 'a', 'z')>>7 + inRange(tail, 'a', 'z')&KeepTop(n-8)>>7
	return int(x * ones >> 56)
}
