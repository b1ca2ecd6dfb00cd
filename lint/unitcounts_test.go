package lint

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unitCountsRef counts b's code points and UTF-16 units a rune at a time.
func unitCountsRef(b []byte) (cps, u16 int) {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		cps, u16 = cps+1, u16+1
		if r >= 0x10000 {
			u16++
		}
		b = b[size:]
	}
	return cps, u16
}

func checkUnitCounts(t *testing.T, b []byte) {
	t.Helper()
	cps, u16 := unitCounts(b)
	wantCps, wantU16 := unitCountsRef(b)
	if cps != wantCps || u16 != wantU16 {
		t.Fatalf("unitCounts(%q) = %d, %d; want %d, %d", b, cps, u16, wantCps, wantU16)
	}
	if cps != utf8.RuneCount(b) {
		t.Fatalf("unitCounts(%q): %d code points, utf8.RuneCount %d", b, cps, utf8.RuneCount(b))
	}
}

// TestUnitCounts: the 32- and eight-bytes-at-a-time count is the
// rune-at-a-time one, around every kind of character and invalid byte, at
// every offset.
func TestUnitCounts(t *testing.T) {
	pieces := []string{"a", "plain ASCII text, ", "é", "“", "😀", "\xff", "\xe2\x80", "\x80\x80", "\xf0\x9f\x98", "Zoë"}
	for _, p := range pieces {
		for _, q := range pieces {
			for pad := 0; pad < 33; pad++ {
				s := strings.Repeat("x", pad) + p + strings.Repeat("y", 33-pad) + q + "tail"
				for k := 0; k <= len(s); k++ {
					checkUnitCounts(t, []byte(s[:k]))
					checkUnitCounts(t, []byte(s[k:]))
				}
			}
		}
	}
}

func FuzzUnitCounts(f *testing.F) {
	f.Add([]byte("“Zoë” 😀\r\n plain text \xff\xe2\x80 more"))
	f.Fuzz(func(t *testing.T, b []byte) { checkUnitCounts(t, b) })
}
