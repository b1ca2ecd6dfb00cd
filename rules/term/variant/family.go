package variant

import (
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// familyBudget is the number of ties per article whose word family is
// counted (each count is a walk over the article's tokens).
const familyBudget = 8

// family counts, by kind, how the article writes the word family of a
// term whose forms fs tie: the words whose key starts like the term's key
// (all of it but its last three letters, and five letters at least:
// cooperate, cooperation, cooperating beside co-operation), written closed
// up, hyphenated or open where the term's forms split it. A tie of one
// co-operation and one cooperation in an article that also writes
// cooperate twice is no tie. Words that are part of a proper name are left
// out, as they are from the term's forms, and so are the paragraphs
// that repeat the headline (repeats, headlineRepeats').
//
// plains are the run's (an article of news length's: a long one counts
// no family), which tell most words from another letter without their
// token: see the loop.
func family(doc *lint.Document, plains []plain, repeats map[int32]bool, key string, fs []form) (n [3]int) {
	p := len(key) - 3
	if p < 5 {
		p = min(5, len(key))
	}
	prefix := key[:p]
	// The letter at which the term's hyphenated and open forms split it.
	split := -1
	for _, f := range fs {
		if f.kind == closed {
			continue
		}
		s := splitAt(f.text)
		if s <= 0 || split >= 0 && s != split {
			return n // split in different places: no one family
		}
		split = s
	}
	if split < 0 || split >= p {
		return n
	}
	toks := doc.Tokens
	first := prefix[0]
	plains = plains[:len(toks)]
	for i := range toks {
		// A word whose plain is asciiWord starts with the byte its
		// plain's first is, ORed with 0x20 (fastWords and readSlowWords
		// read it from the word's first byte): one of another letter is
		// passed over from its 16-byte plain, in order, not its 48-byte
		// token. A walk over the tokens was a tenth of the rule's time at
		// 50 KB, where an article has a tie or two whose family is
		// counted. (The plain of a token that is no plain word may be an
		// earlier run's, whatever its state: the tests below pass over
		// such a token all the same.)
		if pw := &plains[i]; pw.state() == asciiWord && pw.first() != first {
			continue
		}
		t := &toks[i]
		if t.Kind != lint.Word || t.Text[0]|0x20 != first || len(t.Text) < split || t.Has(lint.AllCaps) || nameWord(doc, i) {
			continue
		}
		if repeats != nil && repeats[t.Block] {
			continue // the headline printed again
		}
		w := words.StripPossessive(t.Text)
		k := words.Key(w)
		switch {
		case strings.HasPrefix(k, prefix):
			if !words.HasHyphen(w) {
				n[closed]++
			} else if splitAt(w) == split {
				n[hyphen]++
			}
		case k == prefix[:split] && i+1 < len(toks):
			// an open form: this word and the next one of its sentence
			u := &toks[i+1]
			if u.Kind == lint.Word && u.Sentence == t.Sentence && u.Has(lint.SpaceBefore) && !nameWord(doc, i+1) &&
				!words.HasHyphen(u.Text) && strings.HasPrefix(words.Key(u.Text), prefix[split:]) {
				n[open]++
			}
		}
	}
	return n
}

// headlineRepeats marks the paragraphs that only repeat the headline (nil
// when there are none).
func headlineRepeats(doc *lint.Document) map[int32]bool {
	head := -1
	for bi := range doc.Blocks {
		if doc.Blocks[bi].Kind == lint.BlockHeadline {
			head = bi
			break
		}
	}
	if head < 0 {
		return nil
	}
	headline := strings.TrimSpace(doc.Slice(doc.Blocks[head].Span))
	var m map[int32]bool
	for bi := range doc.Blocks {
		if bi != head && strings.TrimSpace(doc.Slice(doc.Blocks[bi].Span)) == headline {
			if m == nil {
				m = map[int32]bool{}
			}
			m[int32(bi)] = true
		}
	}
	return m
}

// splitAt is the number of letters before the first hyphen or space of w
// (-1 when it has none).
func splitAt(w string) int {
	letters := 0
	for _, r := range w {
		if r == ' ' || lint.IsHyphen(r) {
			return letters
		}
		letters++
	}
	return -1
}

// nameWord reports whether token i is a word of a proper name in running
// text: capitalised though not the first word of its sentence, beside
// another capitalised word of its sentence (the Georgia Healthcare
// Association), outside a headline.
func nameWord(doc *lint.Document, i int) bool {
	toks := doc.Tokens
	t := &toks[i]
	if !t.Has(lint.Capitalized) || t.Has(lint.SentenceStart) || doc.Blocks[t.Block].Kind == lint.BlockHeadline {
		return false
	}
	capital := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == lint.Word && toks[k].Sentence == t.Sentence &&
			toks[k].Has(lint.Capitalized)
	}
	return capital(i-1) || capital(i+1)
}

// decide breaks a tie between the kinds of forms n counts (best is one of
// the tied kinds) by the word family's counts fam: the tied kind the family
// writes most wins when it writes it more than every other tied kind. It
// returns the winning kind and whether the family decided.
func decide(n, fam [3]int, best int) (int, bool) {
	win := best
	for k := range n {
		if n[k] == n[best] && fam[k] > fam[win] {
			win = k
		}
	}
	for k := range n {
		if k != win && n[k] == n[best] && fam[k] >= fam[win] {
			return best, false
		}
	}
	return win, true
}
