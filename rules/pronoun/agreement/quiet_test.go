//go:build !padebug

package agreement

import (
	"strconv"
	"testing"
	"unsafe"
)

// TestVerdictSize checks that outside a padebug build a verdict carries
// no reason for its silence and only a pointer to its antecedent: every
// verdict call copies the whole verdict (it was 144 bytes with the
// antecedent and the two debug strings in it).
func TestVerdictSize(t *testing.T) {
	if v := quiet("why", "whom"); v != (verdict{}) {
		t.Errorf("quiet = %+v, want the zero verdict", v)
	}
	if n := unsafe.Sizeof(verdict{}); n != 32 && strconv.IntSize == 64 {
		t.Errorf("verdict is %d bytes, want 32 (report, toIt, ante, why)", n)
	}
}
