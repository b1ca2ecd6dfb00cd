package consistency

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// The memo answers as lexicon.IsCommonWord does, asked in any order and
// again, whether words share a slot or not, and for words too long to keep.
func TestCommonMemo(t *testing.T) {
	words := strings.Fields("said will after told people also okonjo bakley said hughes presley told " +
		"neeson souness will extraordinarily unconstitutional counterrevolutionaries x mr said bakley")
	var memo, shared commonMemo
	for round := range 3 {
		for _, w := range words {
			want := lexicon.IsCommonWord(w)
			if got := memo.isCommon(lint.FoldHash(w), w); got != want {
				t.Errorf("round %d: isCommon(%q) = %v, want %v", round, w, got, want)
			}
			// every word in one slot: each replaces the last
			if got := shared.isCommon(0, w); got != want {
				t.Errorf("round %d, one slot: isCommon(%q) = %v, want %v", round, w, got, want)
			}
		}
	}
	if memo.isCommon(0, "") != lexicon.IsCommonWord("") {
		t.Error("isCommon of the empty word differs")
	}
}
