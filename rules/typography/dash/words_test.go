package dash

import (
	"strings"
	"testing"
	"unicode"
)

// The ASCII fast paths of wordBefore and wordAfter give what the strings
// functions they replaced gave, the byte a no-break space leaves included.
func TestWordsMatchStringsFunctions(t *testing.T) {
	for _, s := range []string{
		"", " ", "word", "two words", "ends in space  ", "7.30pm\u00a0", "from\u00a0Mon", "a\u2003Fri \t",
		"\u00a0", "x\xff y", "  lead", "Jan\u00a0\u00a0",
	} {
		tr := strings.TrimRightFunc(s, unicode.IsSpace)
		if want, got := tr[strings.LastIndexFunc(tr, unicode.IsSpace)+1:], wordBefore(s); got != want {
			t.Errorf("wordBefore(%q) = %q, want %q", s, got, want)
		}
		tl := strings.TrimLeftFunc(s, unicode.IsSpace)
		want := tl
		if k := strings.IndexFunc(tl, unicode.IsSpace); k >= 0 {
			want = tl[:k]
		}
		if got := wordAfter(s); got != want {
			t.Errorf("wordAfter(%q) = %q, want %q", s, got, want)
		}
	}
}
