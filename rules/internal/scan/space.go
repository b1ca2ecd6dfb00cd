package scan

import (
	"unicode"
	"unicode/utf8"
)

// IsSpace is unicode.IsSpace, answered inline for an ASCII rune (the
// typography rules ask it of the characters beside every mark they find).
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}
