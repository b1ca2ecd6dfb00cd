package lint

import (
	"math/rand/v2"
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

// TestUnitCountsRandom compares unitCounts with the rune-at-a-time count
// on random texts of up to 300 bytes, several 32-byte chunks: ASCII (tabs,
// CR and LF among it) with characters outside ASCII, cut sequences and
// invalid bytes sown sparsely or densely, each text read whole and from
// every start in its first 40 bytes, so that any byte falls at any
// position of a chunk and in the tail.
func TestUnitCountsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 32))
	odd := []string{"é", "“", "😀", "\uffff", "\U00010000", "\U0010ffff", "日", "\xff", "\x80", "\xe2\x80", "\xf0\x9f\x98", "\r", "\n", "\r\n", "\t"}
	for round := 0; round < 3000; round++ {
		density := []float64{0, 0.005, 0.03, 0.1, 0.5}[round%5]
		var b []byte
		n := rng.IntN(301)
		for len(b) < n {
			if rng.Float64() < density {
				b = append(b, odd[rng.IntN(len(odd))]...)
			} else {
				b = append(b, byte('a'+rng.IntN(26)))
			}
		}
		for k := 0; k <= min(40, len(b)); k++ {
			checkUnitCounts(t, b[k:])
		}
	}
}

func FuzzUnitCounts(f *testing.F) {
	f.Add([]byte("“Zoë” 😀\r\n plain text \xff\xe2\x80 more"))
	f.Fuzz(func(t *testing.T, b []byte) { checkUnitCounts(t, b) })
}

// BenchmarkUnitCounts counts 64 KB of one line of prose in English (ASCII
// but for nothing), French (a character outside ASCII every 20 bytes or
// so), English with typographic quotes and dashes, Russian and Chinese
// (nearly all outside ASCII).
func BenchmarkUnitCounts(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"en", "The minister said on Tuesday that the talks would resume next week. "},
		{"fr", "Le ministre a déclaré mardi que les négociations reprendraient à l'été. "},
		{"typographic", "Zoë said “yes” to the plan — twice. "},
		{"ru", "Министр заявил во вторник, что переговоры возобновятся на следующей неделе. "},
		{"zh", "部长周二表示，谈判将于下周恢复。"},
	} {
		src := []byte(strings.Repeat(c.text, 64<<10/len(c.text)))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				unitCounts(src)
			}
		})
	}
}
