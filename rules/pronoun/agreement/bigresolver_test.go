package agreement

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/rules/internal/scratch"
)

// The resolver of a document of more than scratch.MaxPooled tokens serves
// the next document that long, never a short one. The slot drops a
// resolver at the second collection after it was put back, so collections
// are stopped while the test asks for it: the 8 MB each try allocates may
// start one, and a cleanup still pending from an earlier one is a second.
func TestBigResolverServesLongDocuments(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	long := scratch.MaxPooled + 1
	for range 5 {
		// (Taken as newResolver takes it: a pool asked GetFor keeps the
		// resolvers of long documents.)
		r := resolvers.GetFor(long)
		r.inq = make([]bool, long)
		r.release()
		if resolvers.GetFor(1000) == r {
			t.Fatal("a short document took the resolver of a long one")
		}
		if resolvers.GetFor(long) != r {
			t.Fatal("the next long document did not take the resolver of the long one before it")
		}
	}
}
