package consistency

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// lowerPass, the one pass over the text, answers every search as
// strings.Index does one by one (lowerFound), and as a plain reading of
// every position does; on texts of words with letters, digits, letters
// beyond ASCII, marks and spaces, and phrases taken from them or not.
func TestLowerPass(t *testing.T) {
	plain := func(text string, q lowerQuery) bool {
		for at := 0; at+len(q.phrase) <= len(text); at++ {
			end := at + len(q.phrase)
			if at != q.at && text[at:end] == q.phrase && (at == 0 || !isLetter(text[at-1])) &&
				(end == len(text) || !isLetter(text[end])) {
				return true
			}
		}
		return false
	}
	parts := []string{"post", "office", "the", "é", "élan", "3", "post-office", "postal", ".", " ", " ", "\n", "'s", "Post", "x", "ab"}
	for seed := uint32(1); seed < 3000; seed++ {
		r := seed
		next := func(n int) int {
			r = r*1664525 + 1013904223
			return int(r>>8) % n
		}
		var b strings.Builder
		for range 4 + next(40) {
			b.WriteString(parts[next(len(parts))])
		}
		text := strings.ToLower(b.String())
		var qs []lowerQuery
		for range fewSearches + 1 + next(4) {
			var q lowerQuery
			if next(3) == 0 { // a phrase of its own
				for range 1 + next(3) {
					q.phrase += parts[next(len(parts))]
				}
				q.phrase = strings.ToLower(q.phrase)
				q.at = next(len(text) + 1)
			} else { // a piece of the text, excluded where it stands or not
				i := next(len(text))
				j := i + 1 + next(len(text)-i)
				q.phrase, q.at = text[i:j], i
				if next(2) == 0 {
					q.at = -1
				}
			}
			if q.phrase == "" {
				q.phrase = "x"
			}
			qs = append(qs, q)
		}
		one := append([]lowerQuery(nil), qs...)
		lowerAll(text, one) // more than fewSearches: lowerPass
		for i, q := range qs {
			want := plain(text, q)
			if got := lowerFound(text, q); got != want {
				t.Fatalf("%q in %q (not at %d): lowerFound %v, want %v", q.phrase, text, q.at, got, want)
			}
			if one[i].found != want {
				t.Fatalf("%q in %q (not at %d): lowerPass %v, want %v", q.phrase, text, q.at, one[i].found, want)
			}
		}
	}
}

// Every phrase whose capital comes only from opening a sentence is let
// pass when the article writes it in lower case too, however many such
// phrases it has (once, at most 32 were asked about).
func TestLowerElsewhereMany(t *testing.T) {
	const n = 40
	word := func(k int, s string) string {
		return string(rune('B'+k%20)) + []string{"ar", "el", "om", "ut"}[k/20%4] + s
	}
	article := func(lower bool) string {
		var b strings.Builder
		b.WriteString("Notes\n\n")
		for k := range n {
			x, y := word(k, "vank"), []string{"Office", "Board", "Trust", "Council"}[k%4]
			fmt.Fprintf(&b, "%s %s services will go on, we hear. They met the %s %s, the council said.", x, strings.ToLower(y), x, y)
			if lower {
				fmt.Fprintf(&b, " We saw the %s %s again.", strings.ToLower(x), strings.ToLower(y))
			}
			b.WriteString("\n\n")
		}
		return b.String()
	}
	for _, lower := range []bool{false, true} {
		d, err := lint.Parse("a.txt", []byte(article(lower)), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		diags, err := lint.Check(d, []*lint.Rule{Rule}, nil)
		if err != nil {
			t.Fatal(err)
		}
		devs := 0 // (the others: none, or the lower-case words of lowered)
		for _, dg := range diags {
			if d.Tokens[d.TokenAt(dg.Span.Start)].Has(lint.SentenceStart) {
				devs++
			}
		}
		want := n
		if lower {
			want = 0
		}
		if devs != want {
			t.Errorf("lower case elsewhere %v: %d deviants at a sentence start reported, want %d", lower, devs, want)
		}
	}
}
