package agreement

import (
	"testing"

	"github.com/factlint/factlint/rules/model/entities"
)

// countName counts by the model's numbering, and in its map an entity the
// numbering does not lead to (another model's, or one numbered otherwise).
func TestCountName(t *testing.T) {
	a, b := &entities.Entity{ID: 1}, &entities.Entity{ID: 2}
	stray := &entities.Entity{ID: 2} // not the model's second entity
	far := &entities.Entity{ID: 9}
	r := &resolver{m: &entities.Model{Entities: []*entities.Entity{a, b}}}
	r.named = make([]int32, 2)
	for k, c := range []struct {
		e    *entities.Entity
		want int32
	}{{a, 1}, {b, 1}, {a, 2}, {stray, 1}, {far, 1}, {stray, 2}, {b, 2}, {a, 3}, {far, 2}} {
		if got := r.countName(c.e); got != c.want {
			t.Fatalf("call %d (entity %d): count %d, want %d", k, c.e.ID, got, c.want)
		}
	}
}
