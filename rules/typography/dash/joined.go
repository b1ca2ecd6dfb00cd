package dash

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
)

// dashOpeners are words that open the clause or phrase a dash sets off
// and never end a hyphenated compound of two parts: "unit-the clearing
// house", "plus 8-the highest rate", "feel-as we all do". Not "for",
// which ends paid-for and made-for.
var dashOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "as": true, "which": true,
	"who": true, "whose": true, "although": true, "though": true,
}

// joinedDashes reports a hyphen with no space around it that stands for a
// dash: between a word and one of dashOpeners followed by a space, in a
// word of exactly two parts (up-and-coming, state-of-the-art and
// so-and-so have more).
func joinedDashes(p *lint.Pass, count [nForms]int, wireDash bool) {
	d := p.Doc
	text := d.Text
	var target form = -1
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], '-')
		if k < 0 {
			return
		}
		i += k
		if i+1 >= len(text) {
			return
		}
		switch text[i+1] { // the first letters of dashOpeners
		case 't', 'a', 'b', 'w':
		default:
			continue
		}
		if i < 1 || !wordByte(text[i-1]) {
			continue
		}
		// the word after: one of the openers, then a space and a word
		j := i + 1
		for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
			j++
		}
		if j == i+1 || j+1 >= len(text) || text[j] != ' ' && text[j] != '\n' || !wordByte(text[j+1]) || !dashOpeners[text[i+1:j]] {
			continue
		}
		// the word before has no other hyphen
		s := i - 1
		for s > 0 && wordByte(text[s-1]) {
			s--
		}
		if s > 0 && (text[s-1] == '-' || text[s-1] == '\'') {
			continue
		}
		sp := lint.Span{Start: i, End: i + 1}
		if !d.Verbatim(lint.Span{Start: s, End: j}) {
			continue
		}
		if target < 0 {
			target, _, _ = house(p, count, wireDash)
		}
		dash := " " + dashText[target] + " "
		if target == emClosed {
			dash = dashText[target]
		}
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("a hyphen joins %q to the clause after it, where a dash belongs", text[s:j]),
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Replace with %s", describeOne(target)),
				Edits:   []lint.Edit{{Span: sp, NewText: dash}},
				Safe:    false,
			}},
		})
	}
}

func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
