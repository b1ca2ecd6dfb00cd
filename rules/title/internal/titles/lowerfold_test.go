package titles

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestLowerFoldCollision: lower finds a word of the tables by the token's
// Fold, and hashes collide, so it must compare the text too. Each token
// here carries the Fold of a word of the tables with another text of the
// same length (a byte changed, the first in either case; none of the
// tables' words): lower must answer as lowerWord does of
// the text, and never with the word whose Fold the token carries.
func TestLowerFoldCollision(t *testing.T) {
	var words []string
	for w := range knownLower() {
		if w != "" && isLowerASCIIWord(w) {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	if len(words) < 100 {
		t.Fatalf("only %d ASCII words in the tables", len(words))
	}
	checked := 0
	for _, w := range words {
		fold := lint.FoldHash(w)
		var texts []string
		for i := range len(w) {
			for _, c := range []byte{'q', 'z', 'e'} {
				// (Not another word of the tables: only its own Fold,
				// which the token does not carry, finds it.)
				if x := w[:i] + string(c) + w[i+1:]; w[i] != c && knownLower()[x] == "" {
					texts = append(texts, w[:i]+string(c)+w[i+1:])
				}
			}
		}
		for _, text := range texts {
			for _, s := range []string{text, strings.ToUpper(text[:1]) + text[1:]} {
				tk := lint.Token{Kind: lint.Word, Text: s, Fold: fold}
				if s[0] != text[0] {
					tk.Flags |= lint.Capitalized
				}
				if got, want := lower(&tk), lowerWord(s); got != want {
					t.Fatalf("lower(%q with the Fold of %q) = %q, want %q", s, w, got, want)
				}
				checked++
			}
		}
		// The word itself, as written in a title: its own Fold finds it.
		tk := lint.Token{Kind: lint.Word, Text: strings.ToUpper(w[:1]) + w[1:], Fold: fold, Flags: lint.Capitalized}
		if got := lower(&tk); got != w {
			t.Fatalf("lower(%q) = %q, want %q", tk.Text, got, w)
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d tokens checked", checked)
	}
}

// TestLowerRandomCase: lower(t) is lowerWord(t.Text) for the words of the
// tables in random case (a capital after the first byte sends lower to
// lowerWord by the token's flags), possessive, joined by hyphens, with
// digits, and beside words beyond ASCII, as the tokenizer reads them.
func TestLowerRandomCase(t *testing.T) {
	var words []string
	for w := range knownLower() {
		words = append(words, w)
	}
	slices.Sort(words)
	words = append(words, "Défense", "café", "ÉLYSÉE", "naïve", "2024", "1,000.5", "U.S.", "o'brien", "well-known")
	rng := rand.New(rand.NewPCG(3, 4))
	met := 0
	for range 300 {
		var sb strings.Builder
		for range 40 {
			w := []byte(words[rng.IntN(len(words))])
			for i := range w {
				if 'a' <= w[i] && w[i] <= 'z' && rng.IntN(3) == 0 {
					w[i] -= 'a' - 'A'
				}
			}
			sb.Write(w)
			switch rng.IntN(8) {
			case 0:
				sb.WriteString("'s")
			case 1:
				sb.WriteString("’s")
			case 2:
				sb.WriteString("-" + words[rng.IntN(len(words))])
			case 3:
				sb.WriteString("7")
			}
			sb.WriteString([]string{" ", ", ", ". ", " "}[rng.IntN(4)])
		}
		_, capitalised := lowerTokens(t, sb.String())
		met += capitalised
	}
	if met < 1000 {
		t.Errorf("only %d capitalised words of the tables met", met)
	}
}

// isLowerASCIIWord reports whether w is lower-case ASCII letters only.
func isLowerASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
