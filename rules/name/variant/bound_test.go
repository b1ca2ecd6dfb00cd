package variant

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestPartOfRefBound: partOfRef still finds a two-part surname in a name
// of a few words, and turns away a mention longer than maxNameWords (a run
// of capitals no name is as long as) without comparing its words.
func TestPartOfRefBound(t *testing.T) {
	toks := func(n int) []int { return make([]int, n) }
	nm := entities.NearMiss{
		Word: "Marques", RefWord: "Márquez",
		Mention: entities.Mention{Text: "García Marques", Tokens: toks(2)},
		Ref:     entities.Mention{Text: "Gabriel García Márquez", Tokens: toks(3)},
	}
	if !partOfRef(nm) {
		t.Fatalf("partOfRef(%q, %q) = false, want true", nm.Mention.Text, nm.Ref.Text)
	}
	words := strings.Fields(strings.Repeat("García ", maxNameWords) + "Marques")
	nm.Mention = entities.Mention{Text: strings.Join(words, " "), Tokens: toks(len(words))}
	if partOfRef(nm) {
		t.Errorf("partOfRef of a mention of %d words = true, want false", len(words))
	}
}

// TestSentenceTalk: sentenceTalk gives what spellingTalk and otherPerson
// give for each sentence, reading each sentence once.
func TestSentenceTalk(t *testing.T) {
	text := "Ms Haig, no relation, runs the shop. Her name is also spelt Haigh. Louise Haigh spoke.\n"
	doc, err := lint.Parse("t.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	st := sentenceTalk{doc: doc}
	for s := range doc.Sentences {
		for range 2 {
			v := st.of(s)
			if got, want := v&talkSpelling != 0, spellingTalk(doc, s); got != want {
				t.Errorf("sentence %d: spelling talk %v, want %v", s, got, want)
			}
			if got, want := v&talkOther != 0, otherPerson(doc, s); got != want {
				t.Errorf("sentence %d: other person %v, want %v", s, got, want)
			}
		}
	}
	if len(st.seen) != len(doc.Sentences) {
		t.Errorf("%d sentences read, want %d", len(st.seen), len(doc.Sentences))
	}
	if st.of(0)&talkOther == 0 || st.of(1)&talkSpelling == 0 || st.of(2)&(talkOther|talkSpelling) != 0 {
		t.Errorf("talk bits %b %b %b, want other, spelling, none", st.of(0), st.of(1), st.of(2))
	}
}

// BenchmarkNameListPage lints pages of capitalised made-up words, one a
// line and no full stop (a run of capitals the model takes for one long
// name, with many near misses inside it), at two sizes: ns/MB must stay
// flat (partOfRef compared the run word by word per near miss).
func BenchmarkNameListPage(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		w := []byte{byte('A' + rng.IntN(26))}
		for range 6 {
			w = append(w, byte('a'+rng.IntN(26)))
		}
		return string(w)
	}
	for _, lines := range []int{10000, 40000} {
		var sb strings.Builder
		for range lines {
			sb.WriteString(word())
			sb.WriteByte('\n')
		}
		src := []byte(sb.String())
		b.Run(fmt.Sprint(lines), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				doc, err := lint.Parse("list.txt", src, lint.FormatText)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := lint.Check(doc, []*lint.Rule{Rule}, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(src))/1e6), "ns/MB")
		})
	}
}
