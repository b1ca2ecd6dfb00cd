package agreement

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestIndexAsItGoes: index, which reads the candidates up to the pronoun
// that asks, answers prominent, genderBefore and the first naming of each
// gender at every pronoun as an index of every candidate of the page does,
// on the test articles, the development corpus and a long page whose
// people recur (fails when index reads a candidate too few or skips one).
func TestIndexAsItGoes(t *testing.T) {
	var b strings.Builder
	for k := range 300 {
		fmt.Fprintf(&b, "Mr Smith met Ms Jones on day %d. She said he was late. ", k)
		if k%5 == 0 {
			b.WriteString("The lawyer Anna Berg spoke, and Tom Reed said she was right.\n\n")
		}
	}
	pages := append(ruletest.Articles(t, "testdata", 400), b.String())
	asked := 0
	eachResolver(t, pages, func(n int, p *lint.Pass, m *entities.Model, r *resolver) {
		all := newResolver(m, p.Doc)
		defer all.release()
		all.index(math.MaxInt)
		for k := range m.Pronouns {
			i := m.Pronouns[k].Token
			for _, g := range []entities.Gender{entities.Male, entities.Female} {
				got := [3]bool{r.prominent(g, i), r.genderBefore(g, i), r.namedTok[g] < i}
				want := [3]bool{all.prominent(g, i), all.genderBefore(g, i), all.namedTok[g] < i}
				if got != want {
					t.Fatalf("page %d, pronoun at token %d, gender %d: prominent, genderBefore, named before %v, all indexed %v", n, i, g, got, want)
				}
				if want[0] {
					asked++
				}
			}
		}
	})
	if asked < 100 {
		t.Errorf("only %d pronouns with a main character of their gender before them: the comparison proves little", asked)
	}
}
