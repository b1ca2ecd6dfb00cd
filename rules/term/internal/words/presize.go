package words

// Presize is the room to make in a table (SumSet, SumTable) that will hold
// the Sums of n forms or phrases: n, up to MaxPresize. A long article's
// forms share few Sums (a compound written a million times has three), and
// a table the size of its forms took 200 MB; the table grows as its Sums
// come.
func Presize(n int) int { return min(n, MaxPresize) }

// MaxPresize is the most room Presize makes.
const MaxPresize = 4096

// KeyRoom returns dst emptied, with room for the key of w (about as long
// as w): AppendKey then grows it by a quarter at a time no more, which
// made many copies of a hostile word of megabytes. For the words that are
// not plain ASCII (a plain one's key is read in place).
func KeyRoom(dst []byte, w string) []byte {
	if cap(dst) < len(w) {
		return make([]byte, 0, len(w))
	}
	return dst[:0]
}
