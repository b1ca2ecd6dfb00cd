package lint

import (
	"math"
	"testing"
)

// TestTokensAt checks TokensAt against TokenAt for every offset of texts
// of 0 to many tokens (and one past their end), asked all at once, one
// at a time and in batches out of order.
func TestTokensAt(t *testing.T) {
	texts := []string{
		"",
		"one",
		"US Defense Secretary Jim Mattis said so.  Chief executive John Smith, 45, agreed; the minister — and Ms Jones — did not.\n\nA second paragraph, with    spaces.\n",
	}
	for k := 1; k <= 70; k++ {
		text := ""
		for i := range k {
			text += "w" + string(rune('a'+i%26)) + " "
		}
		texts = append(texts, text)
	}
	for _, text := range texts {
		doc := &Document{} // (Parse refuses an empty file)
		if text != "" {
			var err error
			if doc, err = Parse("a.txt", []byte(text), FormatText); err != nil {
				t.Fatal(err)
			}
		}
		var offs, want []int
		for off := -1; off <= len(text)+1; off++ {
			offs = append(offs, off)
			want = append(want, doc.TokenAt(off))
		}
		// Out of order: the odd offsets first, backwards.
		var mixed, mixedWant []int
		for q := len(offs) - 1; q >= 0; q-- {
			if q%2 == 1 {
				mixed, mixedWant = append(mixed, offs[q]), append(mixedWant, want[q])
			}
		}
		for q := range offs {
			if q%2 == 0 {
				mixed, mixedWant = append(mixed, offs[q]), append(mixedWant, want[q])
			}
		}
		for _, c := range []struct{ offs, want []int }{{offs, want}, {mixed, mixedWant}} {
			for _, size := range []int{1, 3, 32, len(c.offs)} {
				out := make([]int, size)
				for q0 := 0; q0 < len(c.offs); q0 += size {
					batch := c.offs[q0:min(q0+size, len(c.offs))]
					doc.TokensAt(batch, out)
					for q := range batch {
						if got := out[q]; got != c.want[q0+q] {
							t.Fatalf("%d tokens, offset %d (batch of %d): %d, want %d", len(doc.Tokens), batch[q], size, got, c.want[q0+q])
						}
					}
				}
			}
		}
	}
}

// FuzzTokensAt checks TokensAt against TokenAt on documents of any format
// the readers make: every offset from two before the text to two past
// its end, the extremes of int and offsets the fuzzer picks, asked in
// batches of a size it picks (the last batch partial), in order and out
// of it.
func FuzzTokensAt(f *testing.F) {
	for k, s := range fuzzSeeds {
		f.Add([]byte(s), uint8(k), []byte{3, 200, 7}, uint8(32))
	}
	f.Add([]byte(""), uint8(0), []byte{}, uint8(1))
	f.Add([]byte("one"), uint8(0), []byte{0, 1, 2, 3}, uint8(0))
	f.Fuzz(func(t *testing.T, src []byte, format uint8, picks []byte, size uint8) {
		formats := []Format{FormatText, FormatMarkdown, FormatHTML}
		doc, err := Parse("fuzz", src, formats[int(format)%len(formats)])
		if err != nil {
			return
		}
		offs := []int{math.MinInt, math.MaxInt}
		for off := -2; off <= len(doc.Text)+2; off++ {
			offs = append(offs, off)
		}
		for k := 0; k+1 < len(picks); k += 2 {
			offs = append(offs, int(int16(uint16(picks[k])<<8|uint16(picks[k+1]))))
		}
		// Out of order: a rotation picked by the fuzzer, every other offset
		// reversed.
		if len(picks) > 0 {
			r := int(picks[0]) % len(offs)
			offs = append(offs[r:], offs[:r]...)
		}
		for q := 0; q < len(offs)/2; q += 2 {
			offs[q], offs[len(offs)-1-q] = offs[len(offs)-1-q], offs[q]
		}
		n := int(size)
		if n == 0 {
			n = len(offs)
		}
		out := make([]int, n)
		for q0 := 0; q0 < len(offs); q0 += n {
			batch := offs[q0:min(q0+n, len(offs))]
			doc.TokensAt(batch, out)
			for q, off := range batch {
				if want := doc.TokenAt(off); out[q] != want {
					t.Fatalf("%d tokens, offset %d (batch of %d): %d, want %d", len(doc.Tokens), off, n, out[q], want)
				}
			}
		}
	})
}
