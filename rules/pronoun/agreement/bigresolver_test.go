package agreement

import (
	"testing"

	"github.com/factlint/factlint/rules/internal/scratch"
)

// The resolver of a document of more than scratch.MaxPooled tokens serves
// the next document that long, never a short one.
func TestBigResolverServesLongDocuments(t *testing.T) {
	long := scratch.MaxPooled + 1
	for range 5 {
		r := new(resolver)
		r.lastAt = make([]int32, long)
		r.release()
		if getResolver(1000) == r {
			t.Fatal("a short document took the resolver of a long one")
		}
		if getResolver(long) != r {
			t.Fatal("the next long document did not take the resolver of the long one before it")
		}
	}
}
