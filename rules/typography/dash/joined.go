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
// so-and-so have more). joins are the hyphens of the blocks that
// joinCandidate lets through (findDashes reads every hyphen of the blocks);
// the text between blocks, which holds a hyphen seldom, is searched here.
func joinedDashes(p *lint.Pass, joins []int, count [nForms]int, wireDash bool) {
	d := p.Doc
	text := d.Text
	if hyphenOutsideBlocks(d) {
		joins = joins[:0]
		for i := 0; ; i++ {
			k := strings.IndexByte(text[i:], '-')
			if k < 0 {
				break
			}
			i += k
			if joinCandidate(text, i) {
				joins = append(joins, i)
			}
		}
	}
	var target form = -1
	for _, i := range joins {
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
		if op := text[i+1 : j]; (op == "a" || op == "an") && i-s <= 4 && nameSyllable(text, s, j) {
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

// nameSyllable: the word text[s:j], capitalised, whose part after the
// hyphen is a or an (and before it a syllable of four letters at most: the
// caller checks), is a romanised given name of two syllables (Kim Ji-an,
// Lee Seo-a, Ji-an Kim): a capitalised word stands right before it or
// right after it. (Nathan Barley-a character is a slip.)
func nameSyllable(text string, s, j int) bool {
	if !upper(text[s]) {
		return false
	}
	if j+1 < len(text) && upper(text[j+1]) {
		return true
	}
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	k := s - 1
	for k > 0 && wordByte(text[k-1]) {
		k--
	}
	return k < s-1 && upper(text[k])
}

func upper(c byte) bool { return 'A' <= c && c <= 'Z' }

// joinCandidate: text[i] is a hyphen between a word's letter or digit and
// a letter that may start one of dashOpeners.
func joinCandidate(text string, i int) bool {
	if text[i] != '-' || i < 1 || i+1 >= len(text) || !wordByte(text[i-1]) {
		return false
	}
	switch text[i+1] { // the first letters of dashOpeners
	case 't', 'a', 'b', 'w':
		return true
	}
	return false
}

// hyphenOutsideBlocks reports whether the text before, between or after
// d's blocks holds a hyphen.
func hyphenOutsideBlocks(d *lint.Document) bool {
	prev := 0
	for k := range d.Blocks {
		if hasHyphen(d.Text[prev:max(prev, d.Blocks[k].Span.Start)]) {
			return true
		}
		prev = max(prev, d.Blocks[k].Span.End)
	}
	return hasHyphen(d.Text[min(prev, len(d.Text)):])
}

// hasHyphen is strings.IndexByte(s, '-') >= 0 for the short gaps between
// blocks (a line end or two), where a loop costs less than the call.
func hasHyphen(s string) bool {
	if len(s) > 32 {
		return strings.IndexByte(s, '-') >= 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return true
		}
	}
	return false
}

func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
