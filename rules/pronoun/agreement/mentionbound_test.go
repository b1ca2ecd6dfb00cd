package agreement

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestMentionBoundStopsAtLimit: on a long page whose last pronoun comes
// early, newResolver makes room only for the mentions before its limit,
// not for the many named after it (it made room for all of them, 64 bytes
// each, kept in the pool).
func TestMentionBoundStopsAtLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Repeat("The cat sat on the mat. ", 11000))
	b.WriteString("Mr Smith said he would act.\n\n")
	b.WriteString(strings.Repeat("Mr Smith met Ms Jones in Paris. ", 20000))
	doc, err := lint.Parse("long.txt", []byte(b.String()), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	probe := &lint.Rule{Name: "mention-bound-probe", Requires: []*lint.Rule{entities.Rule}, Run: func(p *lint.Pass) (any, error) {
		m := entities.Of(p)
		limit := resolverLimit(m, p.Doc)
		if limit <= longDoc {
			t.Fatalf("limit %d: the page must read past longDoc (%d) tokens", limit, longDoc)
		}
		r := newResolver(m, p.Doc)
		defer r.release()
		if n := mentionBound(m, limit); n > 100 {
			t.Errorf("mentionBound = %d, want the few mentions before token %d", n, limit)
		}
		if c := cap(r.tmp); c > 1000 {
			t.Errorf("cap(tmp) = %d after a page with two mentions before its limit", c)
		}
		return nil, nil
	}}
	if _, err := lint.Check(doc, []*lint.Rule{probe}, nil); err != nil {
		t.Fatal(err)
	}
}
