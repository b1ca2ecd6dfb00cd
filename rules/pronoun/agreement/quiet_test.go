//go:build !padebug

package agreement

import (
	"testing"
	"unsafe"

	"github.com/factlint/factlint/rules/model/entities"
)

// TestQuietKeepsNoStrings checks that outside a padebug build a verdict
// carries no reason for its silence: every verdict call copies the whole
// verdict, which with the two debug strings was 32 bytes larger.
func TestQuietKeepsNoStrings(t *testing.T) {
	if v := quiet("why", "whom"); v != (verdict{}) {
		t.Errorf("quiet = %+v, want the zero verdict", v)
	}
	want := unsafe.Sizeof(entities.Candidate{}) + unsafe.Sizeof("") + 8 // ante, why, report and toIt
	if n := unsafe.Sizeof(verdict{}); n != want {
		t.Errorf("verdict is %d bytes, want %d", n, want)
	}
}
