package agreement

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestSpeechBeforeMatchesWalk checks speechBefore, with its memo of the
// last walk, against a plain walk back from each token, asked in token
// order (as the pronouns ask), twice for a token, and out of order.
func TestSpeechBeforeMatchesWalk(t *testing.T) {
	texts := append(ruletest.Articles(t, "testdata", 40), sparseSpeech())
	checked := 0
	for n, text := range texts {
		doc, err := lint.Parse("speech.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Tokens) == 0 {
			continue
		}
		m := entities.Build(doc, nil)
		r := resolvers.Get()
		r.reset(m, len(doc.Tokens))
		r.doc = doc
		r.scanTokens(doc, len(doc.Tokens))
		var order []int
		for i := range doc.Tokens {
			order = append(order, i, i)
		}
		for i := len(doc.Tokens) - 1; i >= 0; i -= 7 {
			order = append(order, i)
		}
		for _, i := range order {
			want := plainSpeechWalk(r, i)
			got := r.speechBefore(i)
			if got != want && !(want < 0 && outOfReach(doc.Tokens, got, i)) {
				t.Fatalf("text %d: speechBefore(%d) = %d, the walk finds %d", n, i, got, want)
			}
			if want >= 0 {
				checked++
			}
		}
		r.release()
	}
	if checked == 0 {
		t.Fatal("no speech verb found in the test articles")
	}
}

// sparseSpeech writes an article whose speech verbs are far apart (more
// paragraphs and sentences between them than speakerOf reaches), some in
// quotations, so that walks end both at a verb and out of reach.
func sparseSpeech() string {
	var b strings.Builder
	b.WriteString("Council delays vote\n\n")
	for k := range 80 {
		for s := range k % 6 {
			fmt.Fprintf(&b, "The council met for the %dth time on Tuesday and the members argued about roads. ", s+1)
		}
		switch k % 11 {
		case 3:
			b.WriteString("\"We will not wait,\" said Ms Patel, the leader. ")
		case 7:
			b.WriteString("According to the report, he thought it was late. ")
		case 9:
			b.WriteString("\"They said no and told us so,\" she added. ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// plainSpeechWalk is speakerOf's walk back as it was before speechBefore:
// the speech verb nearest before i in reach, or -1.
func plainSpeechWalk(r *resolver, i int) int {
	toks := r.doc.Tokens
	for v := i - 1; v >= 0; v-- {
		if outOfReach(toks, v, i) {
			return -1
		}
		if r.speechVerbAt(v) {
			return v
		}
	}
	return -1
}

// outOfReach reports whether token v is beyond speakerOf's reach from i.
func outOfReach(toks []lint.Token, v, i int) bool {
	return v < 0 || v < i-maxScan || int(toks[v].Sentence) < int(toks[i].Sentence)-8 || int(toks[v].Block) < int(toks[i].Block)-3
}

// TestSpeechFoldsCoverVerbs checks speechBefore's filter: every word
// speechVerbAt takes, in any case, has a Fold speechFolds may hold.
func TestSpeechFoldsCoverVerbs(t *testing.T) {
	for w := range speechVerbs.m {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), "according"} {
			if !speechFolds.Has(lint.FoldHash(form)) && !thinkVerbs.m[w] {
				t.Errorf("speechFolds turns %q away", form)
			}
		}
	}
}
