package agreement

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// checkModel parses text as plain text and checks it with a probe rule
// that calls f with the pass and the entity model the rule would read
// (built by lint.Check, as for the rule itself), and with the rules of
// also beside it; it returns Check's error.
func checkModel(t *testing.T, text string, f func(p *lint.Pass, m *entities.Model), also ...*lint.Rule) error {
	t.Helper()
	doc, err := lint.Parse("page.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	probe := &lint.Rule{Name: "model-probe", Requires: []*lint.Rule{entities.Rule}, Run: func(p *lint.Pass) (any, error) {
		f(p, entities.Of(p))
		return nil, nil
	}}
	_, err = lint.Check(doc, append([]*lint.Rule{probe}, also...), nil)
	return err
}

// eachResolver calls f, for each of pages that has pronouns, with its
// index, its pass, its model and a resolver of it (released after f), and
// fails the test when a check fails.
func eachResolver(t *testing.T, pages []string, f func(k int, p *lint.Pass, m *entities.Model, r *resolver)) {
	t.Helper()
	for k, s := range pages {
		err := checkModel(t, s, func(p *lint.Pass, m *entities.Model) {
			if len(m.Pronouns) == 0 {
				return
			}
			r := newResolver(m, p.Doc)
			defer r.release()
			f(k, p, m, r)
		})
		if err != nil {
			t.Fatalf("page %d: %v", k, err)
		}
	}
}
