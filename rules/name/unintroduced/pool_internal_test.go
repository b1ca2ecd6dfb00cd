package unintroduced

import (
	"testing"

	scratchpkg "github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/model/entities"
)

// TestScratchNotKeptWhenHuge: lists a page of very many names grew past
// scratchpkg.MaxPooled go to the collector, not back to the pool (fails
// when release puts every scratch back).
func TestScratchNotKeptWhenHuge(t *testing.T) {
	for range 4 {
		big := &scratch{cands: make([]*entities.Entity, 0, scratchpkg.MaxPooled+1)}
		big.release()
		if got := scratchPool.Get(); got == big {
			t.Fatal("a scratch grown past MaxPooled came back from the pool")
		}
	}
}
