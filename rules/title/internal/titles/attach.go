package titles

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

// How says how a title's country was found.
type How int

const (
	NotFound How = iota
	Dominant     // the article's dominant country
	Alone        // the article's only country of weight
	Person       // the country of the person the title is given to
	Explicit     // a modifier: US, British, Russia's, "of France"
)

// TransparentModifiers may stand between a country and its title: "US
// former Defense Secretary", "British shadow Home Secretary".
var TransparentModifiers = map[string]bool{
	"shadow": true, "former": true, "acting": true, "deputy": true, "then": true, "interim": true,
	"outgoing": true, "incoming": true, "new": true, "ex": true, "junior": true, "current": true,
	"late": true, "would-be": true, "future": true, "erstwhile": true, "one-time": true, "caretaker": true,
	"then-": true, "ex-": true, "designate": true, "senior": true, "veteran": true,
}

var possessivePronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "your": true, "my": true, "whose": true}

// Left looks left of token start for a country modifier. It returns the
// country, or unknown=true when another capitalised word or a possessive
// pronoun qualifies the title (Nokia President, its Foreign Ministry), so
// that the country must not be guessed.
func (c *Context) Left(start int) (code string, unknown bool) { return Left(c.Doc, c, start) }

// Left is Context.Left with any way of finding modifiers.
func Left(doc *lint.Document, c Modifiers, start int) (code string, unknown bool) {
	toks := doc.Tokens
	if start >= len(toks) {
		return "", false
	}
	for j := start - 1; j >= 0 && toks[j].Block == toks[start].Block; j-- {
		if ev, ok := c.ModifierBefore(j + 1); ok {
			return ev.Code, false
		}
		t := &toks[j]
		if t.Kind == lint.Punct {
			return "", false
		}
		lw := lowerWord(t.Text)
		if TransparentModifiers[lw] {
			continue
		}
		if possessivePronouns[lw] {
			return "", true
		}
		if lw == "state" && t.Has(lint.Capitalized) && j > 0 {
			// "New York State Health Department": a US state named with
			// State is the United States'.
			if ev, ok := c.ModifierBefore(j); ok && Base(ev.Code) == "US" {
				return ev.Code, false
			}
		}
		if t.Has(lint.Capitalized) || t.Has(lint.AllCaps) {
			if t.Has(lint.SentenceStart) && lexicon.IsCommonWord(t.Text) {
				return "", false
			}
			if doc.Blocks[t.Block].Kind == lint.BlockHeadline && lexicon.IsCommonWord(t.Text) {
				return "", false
			}
			return "", true
		}
		return "", false
	}
	return "", false
}

// Right looks right of token end for "of France", "in Moscow", "for
// Britain": the country a title or body belongs to when named after it.
func (c *Context) Right(end int) (code string, unknown bool) { return Right(c.Doc, c, end) }

// Right is Context.Right with any way of finding modifiers.
func Right(doc *lint.Document, c Modifiers, end int) (code string, unknown bool) {
	toks := doc.Tokens
	if end >= len(toks) || toks[end].Block != toks[end-1].Block {
		return "", false
	}
	switch lowerWord(toks[end].Text) {
	case "of", "in", "for":
	default:
		return "", false
	}
	k := end + 1
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	if k >= len(toks) {
		return "", false
	}
	if ev, ok := c.At(k); ok && ev.Modifier {
		return ev.Code, false
	}
	return "", false
}
