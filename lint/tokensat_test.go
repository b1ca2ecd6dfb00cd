package lint

import "testing"

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
