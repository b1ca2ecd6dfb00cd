package conflict

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
)

// gather, which asks atCapital only about the capitals next to a token of
// neighbours, finds what asking it about every capital finds, on the test
// articles and the development corpus.
func TestGatherMatchesEveryCapital(t *testing.T) {
	found := 0
	for _, s := range ruletest.Articles(t, "testdata", 400) {
		doc, err := lint.Parse("article.txt", []byte(s), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		fast, full := getWork(len(doc.Tokens)), getWork(len(doc.Tokens))
		fast.gather(doc)
		toks := doc.Tokens
		full.caps, full.cands, full.appos, full.before, full.appts = full.caps[:0], full.cands[:0], full.appos[:0], full.before[:0], full.appts[:0]
		for i := 1; i < len(toks); i++ {
			if t := &toks[i]; t.Flags&lint.Capitalized != 0 && t.Kind == lint.Word {
				// fill's test of the word before, spelled out rather than
				// asked of pairedCapital (which gather asks).
				if p := &toks[i-1]; p.Has(lint.Capitalized) && p.Kind == lint.Word && p.Block == t.Block {
					full.caps = append(full.caps, int32(i))
				}
				full.atCapital(doc, i)
			}
		}
		if !slices.Equal(fast.caps, full.caps) || !slices.Equal(fast.cands, full.cands) || !slices.Equal(fast.appos, full.appos) ||
			!slices.Equal(fast.before, full.before) || !slices.Equal(fast.appts, full.appts) || !slices.Equal(fast.interest.words(), full.interest.words()) {
			t.Errorf("%.60q…: gather finds %v %v %v %v, every capital %v %v %v %v", s, fast.cands, fast.appos, fast.before, fast.appts, full.cands, full.appos, full.before, full.appts)
		}
		found += len(full.cands) + len(full.appos) + len(full.before) + len(full.appts)
		fast.release(len(doc.Tokens))
		full.release(len(doc.Tokens))
	}
	if found < 20 {
		t.Errorf("only %d names found: the comparison proves little", found)
	}
}

// words lists the words of the set, sorted.
func (s *wordSet) words() []string {
	var ws []string
	for _, e := range s.slots {
		if e.used {
			ws = append(ws, e.word)
		}
	}
	slices.Sort(ws)
	return ws
}

// TestWordSet: the set holds the words of the tokens added, possessive
// ending removed, as written, across growing; hasToken finds the words of
// tokens with and without the ending and no other.
func TestWordSet(t *testing.T) {
	doc, err := lint.Parse("w.txt", []byte("Smith Smith's Jones’s Brown Brown Café NASA Abel Baker Clark Dunn Evans Ford Gray Hill Irwin Kemp Lowe Moss"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var s wordSet
	var added []*lint.Token
	for i := range doc.Tokens {
		if tk := &doc.Tokens[i]; tk.Kind == lint.Word && tk.Text != "Moss" {
			s.addToken(tk)
			added = append(added, tk)
		}
	}
	want := []string{"Abel", "Baker", "Brown", "Café", "Clark", "Dunn", "Evans", "Ford", "Gray", "Hill", "Irwin", "Jones", "Kemp", "Lowe", "NASA", "Smith"}
	if got := s.words(); !slices.Equal(got, want) {
		t.Fatalf("words %q, want %q", got, want)
	}
	for _, tk := range added {
		if !s.hasToken(tk) {
			t.Errorf("hasToken(%q) = false", tk.Text)
		}
	}
	other, err := lint.Parse("o.txt", []byte("Moss smith SMITH Jones's Joness Cafe nasa Smiths"), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for i := range other.Tokens {
		tk := &other.Tokens[i]
		if got, want := s.hasToken(tk), tk.Text == "Jones's"; got != want {
			t.Errorf("hasToken(%q) = %v, want %v", tk.Text, got, want)
		}
	}
	s.reset()
	if s.hasToken(added[0]) || len(s.words()) != 0 {
		t.Errorf("words %q after reset", s.words())
	}
}
