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
	err := checkModel(t, b.String(), func(p *lint.Pass, m *entities.Model) {
		limit := resolverLimit(m, p.Doc)
		if limit <= longDoc {
			t.Fatalf("limit %d: the page must read past longDoc (%d) tokens", limit, longDoc)
		}
		// A resolver another test left in the pool may hold a tmp grown
		// for its own page (cap(tmp) = 1536 once, in a whole run of the
		// package's tests): take the pooled ones out (a pooled resolver has
		// an inq, a new one none), so that the one read here is made for
		// this page.
		for n := len(p.Doc.Tokens); ; {
			if x := resolvers.GetFor(n); cap(x.inq) == 0 && cap(x.tmp) == 0 {
				break
			}
		}
		r := newResolver(m, p.Doc)
		defer r.release()
		if n := mentionBound(m, p.Doc.Tokens, limit); n > 100 {
			t.Errorf("mentionBound = %d, want the few mentions before token %d", n, limit)
		}
		if c := cap(r.tmp); c > 1000 {
			t.Errorf("cap(tmp) = %d after a page with two mentions before its limit", c)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMentionBoundBySpan: mentionBound, which reads where each mention's
// span starts instead of its first token, counts what the first tokens
// count, at several limits of a long page, and mentionCap is never less
// (fails when mentionBound compares a span with the wrong token's start
// or counts past the limit, or when mentionCap leaves a list out).
func TestMentionBoundBySpan(t *testing.T) {
	var b strings.Builder
	for k := range 3000 {
		b.WriteString("Mr Smith's aide met Ms Jones in Paris. She said he was late; Acme Corp agreed.")
		if k%5 == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	err := checkModel(t, b.String(), func(p *lint.Pass, m *entities.Model) {
		toks := p.Doc.Tokens
		for _, limit := range []int{0, 1, 17, len(toks) / 3, len(toks) - 1, len(toks)} {
			before := func(mm *entities.Mention) bool { return len(mm.Tokens) > 0 && mm.Tokens[0] < limit }
			want := len(m.Pronouns)
			for k := range m.Unresolved {
				if before(&m.Unresolved[k]) {
					want++
				}
			}
			for k := range m.NearMisses {
				if before(&m.NearMisses[k].Mention) {
					want++
				}
			}
			for _, e := range m.Entities {
				for k := range e.Mentions {
					if mm := &e.Mentions[k]; mm.Form != entities.Pronoun && before(mm) {
						want++
					}
				}
			}
			if got := mentionBound(m, toks, limit); got != want {
				t.Errorf("limit %d of %d tokens: mentionBound %d, by first tokens %d", limit, len(toks), got, want)
			}
			if c := mentionCap(m); c < want {
				t.Errorf("limit %d of %d tokens: mentionCap %d, below the %d mentions before it", limit, len(toks), c, want)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}
