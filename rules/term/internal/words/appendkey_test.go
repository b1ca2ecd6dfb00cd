package words

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
)

// keyByRunes is Key read rune by rune with unicode.ToLower, as AppendKey
// read every rune beyond ASCII before its table of two-byte runes.
func keyByRunes(w string) string {
	var b []byte
	for _, r := range w {
		if !lint.IsHyphen(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

// TestAppendKeyTwoByteRunes checks AppendKey's table of the runes of two
// UTF-8 bytes (lower2) against unicode.ToLower for every such rune (İ
// lowers to one byte), at a word's start, middle and end, and on broken
// sequences (a lead byte alone, before ASCII, or overlong), which must be
// read as utf8 reads them (fails when the table is off by one rune or
// takes a broken sequence for a rune).
func TestAppendKeyTwoByteRunes(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		for _, w := range []string{string(r), "A" + string(r) + "B", "x-" + string(r) + string(r)} {
			if got, want := string(AppendKey(nil, w)), keyByRunes(w); got != want {
				t.Fatalf("U+%04X in %q: AppendKey %q, want %q", r, w, got, want)
			}
		}
	}
	for _, w := range []string{"\xc2", "a\xc2", "\xc2A", "\xc0\x80", "\xc1\xbf", "\xdf", "\xdf\xc0", "caf\xc3", "Caf\xc3\xa9\xc3"} {
		if got, want := string(AppendKey(nil, w)), keyByRunes(w); got != want {
			t.Errorf("%q: AppendKey %q, want %q", w, got, want)
		}
	}
}
