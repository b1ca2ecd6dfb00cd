package agreement

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestQuoteMarksMatchWalk checks scanTokens's marks, set a run at a time
// between the quotation marks it visits, against a walk that moves the
// quotation state along every token of each block, up to limits inside
// blocks and at their ends, on the test and dev articles and on
// quotations of every kind of mark.
func TestQuoteMarksMatchWalk(t *testing.T) {
	texts := append(ruletest.Articles(t, "testdata", 40),
		"“Open,” she said. \"We will,\" he said, \"go on\n\nto the end.",
		"He said ‘the boss’ would leave; the players' union and 'rock 'n' roll' — «oui» „ja“ — it’s ‘done’.\n\n\"Left open",
		"'Single' marks 'closed, and the Joneses' dog. “A ‘nested’ one” and ' alone.")
	checked := 0
	for _, text := range texts {
		doc, err := lint.Parse("quotes.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		n := len(doc.Tokens)
		for _, limit := range []int{n, n / 2, n / 3} {
			if limit == 0 {
				continue
			}
			r := resolvers.Get()
			r.reset(entities.Build(doc, nil), n)
			r.doc = doc
			r.scanTokens(doc, limit)
			want := quoteWalk(doc, limit)
			for i := range want {
				if r.inq[i] != want[i] {
					t.Fatalf("token %d %q (limit %d) of %.60q: inq %v, the walk %v", i, doc.Tokens[i].Text, limit, text, r.inq[i], want[i])
				}
				if want[i] {
					checked++
				}
			}
			r.release()
		}
	}
	if checked < 100 {
		t.Fatalf("only %d tokens inside quotations", checked)
	}
}

// quoteWalk marks the tokens inside quotations, up to limit, a token at a
// time: a quotation mark updates the state (and is none itself when
// quoteMark is done with it), any other token takes the state.
func quoteWalk(doc *lint.Document, limit int) []bool {
	inq := make([]bool, len(doc.Tokens))
	for _, b := range doc.Blocks {
		q := quoteState{toks: doc.Tokens, inq: inq, lo: b.FirstToken, hi: b.EndToken, single: -1}
		for i := b.FirstToken; i < min(b.EndToken, limit); i++ {
			t := &doc.Tokens[i]
			if t.Kind == lint.Punct && q.quoteMark(i, t.Text) {
				continue
			}
			if q.open {
				inq[i] = true
			}
		}
	}
	return inq
}

// TestQuoteMarksPassFilters: every mark quoteMark reads passes scanRange's
// tests (its Fold's bit, its first byte).
func TestQuoteMarksPassFilters(t *testing.T) {
	for _, m := range quoteMarks {
		if !scanFolds.Has(lint.FoldHash(m)) || !isQuoteByte[m[0]] {
			t.Errorf("scanRange turns the quotation mark %q away", m)
		}
	}
}
