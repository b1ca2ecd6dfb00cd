package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldName folds a name for comparison, so that the ways copy writes one name
// compare equal: Unicode NFC and NFD forms, upper and lower case, with and
// without diacritics (Müller, Muller; Łódź, Lodz), any apostrophe (O’Neill,
// O'Neill, O´Neill), any hyphen or dash joining parts, invisible characters
// (zero-width, bidirectional controls, soft hyphen) and runs of white space
// (a name broken by a hard wrap). ß folds to ss, æ to ae, œ to oe, ø to o.
func FoldName(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\r' || c == '`' ||
			c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) || ignorable(r):
			continue
		case isSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch {
		case IsApostrophe(r) || r == 'ʹ' || r == 'ˊ' || r == 'ˋ':
			b.WriteByte('\'')
		case IsHyphen(r) || r == '–' || r == '—' || r == '−':
			b.WriteByte('-')
		default:
			if f, ok := foldLetters[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

// foldLetters are letters that Unicode does not decompose into a base letter
// and a mark.
var foldLetters = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
	'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l",
}
