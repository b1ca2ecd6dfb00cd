package consistency

import "github.com/factlint/factlint/rules/internal/lexicon"

// commonMemo remembers whether lexicon.IsCommonWord holds for the last
// lower-case words surnameAfter and firstNameBefore asked about, one word
// per slot chosen by the top bits of its Fold: the words beside a first
// name are the same few again and again (said, will, after, told), and each
// lookup in the lexicon costs some hundred instructions and probes of
// its large tables. A slot keeps a copy of its word, which is compared in
// full (Folds collide); a longer word is not kept. The memo lives in the
// rule's pooled storage (work), so it serves one article after another and
// never grows.
type commonMemo [commonSlots]commonEntry

const (
	commonSlots   = 256 // (a power of two: see slot)
	maxCommonWord = 14  // the longest word kept: an entry is 16 bytes
)

type commonEntry struct {
	n      uint8 // the word's length; 0 for an empty slot
	common bool
	text   [maxCommonWord]byte
}

// isCommon is lexicon.IsCommonWord(w); fold is the FoldHash of w, or any
// hash of it (it only chooses the slot).
func (m *commonMemo) isCommon(fold uint32, w string) bool {
	if len(w) == 0 || len(w) > maxCommonWord {
		return lexicon.IsCommonWord(w)
	}
	e := &m[fold>>24%commonSlots]
	if int(e.n) == len(w) && string(e.text[:len(w)]) == w {
		return e.common
	}
	c := lexicon.IsCommonWord(w)
	e.n, e.common = uint8(len(w)), c
	copy(e.text[:], w)
	return c
}
