package garbled_test

import "testing"

// TestOddWordUsedElsewhere: a one-letter slip of a head (interest rite
// beside interest rate, which only oneLetter finds) is reported only when
// its odd word is used nowhere else in the body, however the other use is
// written: lower-case, capitalised or possessive (fails when oneLetter's
// sieve of the odd words' hashes passes over a plain word of an odd word's
// key).
func TestOddWordUsedElsewhere(t *testing.T) {
	base := "Shares return to trading\n\nThe interest rate rose on Thursday. Analysts said the " +
		"interest rate would rise again. A weak interest rite outlook would help margins."
	cases := []struct {
		extra string
		want  int
	}{
		{"", 1},
		{" The rite was held in the church.", 0},
		{" Rite and ritual were held in the church.", 0},
		{" The rite's music was played in the church.", 0},
		{" Rite's music was played in the church.", 0},
		{" The rites were held in the church.", 1},
	}
	for _, c := range cases {
		if n := findingsAt(t, base+c.extra+"\n", "rite"); n != c.want {
			t.Errorf("%q: %d findings at rite, want %d", c.extra, n, c.want)
		}
	}
}

// TestOneLetterLengths: a one-letter slip of a head that adds or drops a
// letter (stock markert, stock markt beside stock market) is reported as
// one that changes a letter is (fails when oneLetter compares only words
// of one length).
func TestOneLetterLengths(t *testing.T) {
	for _, odd := range []string{"markert", "markt", "marlet"} {
		text := "Stocks fall\n\nThe stock market fell on Thursday. Analysts said the stock market would " +
			"fall again. The stock " + odd + " outlook was weak.\n"
		if n := findingsAt(t, text, odd); n != 1 {
			t.Errorf("stock %s beside stock market: %d findings, want 1", odd, n)
		}
	}
}
