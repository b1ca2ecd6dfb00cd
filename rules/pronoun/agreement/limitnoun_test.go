package agreement

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestNounBeforeLimit: the resolver's per-token arrays end at its limit,
// the end of the last pronoun's block. A capitalised noun that ends that
// block (a sentence of one word, "Woman", with no full stop) is the
// last token nounIs reads, and the token after it, past the limit, holds
// no candidate: nounIs must not look it up in slot, which is only limit
// long. Before hasCand (f038051) nounIs read slot[limit] there and the
// rule failed with an index out of range, losing all its findings for
// the document.
func TestNounBeforeLimit(t *testing.T) {
	for _, text := range []string{
		"Anna Berg spoke on Monday. She left. Woman\n\nMore text here about the council.\n",
		"Anna Berg spoke on Monday. She left early. Spokesman\n\nThe mayor said the plan was good.\n",
		"# Anna Berg\n\nShe said the mayor was wrong. Woman\n\nThe council met.\n",
	} {
		err := checkModel(t, text, func(p *lint.Pass, m *entities.Model) {
			limit := resolverLimit(m, p.Doc)
			toks := p.Doc.Tokens
			if limit >= len(toks) || toks[limit-1].Kind != lint.Word || toks[limit-1].Flags&lint.SentenceStart == 0 {
				t.Errorf("%q: limit %d of %d tokens: want a sentence-initial word before it and a token after it", text, limit, len(toks))
			}
		}, Rule)
		if err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
