package words

import "testing"

// TestPlain: Plain is Fits, then Head, Tail and PlainEnds.
func TestPlain(t *testing.T) {
	text := "The well-known café reopened on Monday, its owners' pride; ok"
	for start := 0; start < len(text); start++ {
		for end := start; end <= len(text) && end <= start+20; end++ {
			head, tail, plain := Plain(text, start, end)
			if !Fits(text, start, end) {
				if head != 0 || tail != 0 || plain {
					t.Fatalf("Plain(%q) = %x %x %v for a word that does not fit", text[start:end], head, tail, plain)
				}
				continue
			}
			h, tl := Head(text, start, end), Tail(text, start, end)
			if head != h || tail != tl || plain != PlainEnds(h, tl) {
				t.Fatalf("Plain(%q) = %x %x %v, want %x %x %v", text[start:end], head, tail, plain, h, tl, PlainEnds(h, tl))
			}
		}
	}
	if _, _, plain := Plain(text, 4, 14); plain {
		t.Error("a hyphenated word is not plain")
	}
	if _, _, plain := Plain(text, 21, 29); !plain {
		t.Error("reopened is plain")
	}
}
