// Package variant implements name-variant: one name spelt two ways in an
// article (Mathis, Matisse).
package variant

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/model/entities"
)

//go:embed doc.md
var doc string

// Rule is name-variant.
var Rule = &lint.Rule{
	Name:     "name-variant",
	Summary:  "A name spelt two ways in one article (Mathis, Matisse).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{entities.Rule},
	Run:      run,
}

func run(p *lint.Pass) (any, error) {
	m := entities.Of(p)
	talk := sentenceTalk{doc: p.Doc}
	for _, nm := range m.NearMisses {
		// The near miss's own facts first (most near misses of a long
		// article are turned away by them), then the walks over its
		// sentences: all are tests without side effects.
		if !nm.Lexical && !Report(nm, false) && !(Report(nm, true) && talk.plainMention(nm.Mention) && talk.plainMention(nm.Ref) && !describedApart(m, nm)) {
			continue
		}
		if talk.otherPerson(nm.Mention) || relativeNamed(p.Doc, nm) || talk.correction(nm.Mention) {
			continue
		}
		if nm.Lexical {
			reportLexical(p, &talk, nm)
			continue
		}
		// The messages joined from their parts, each spelling quoted
		// (as %q does) and the line written once: a long page can
		// have a finding for each of hundreds of near misses, and
		// fmt.Sprintf, quoting the reference three times, was most of
		// their cost.
		word, ref := strconv.Quote(nm.Word), strconv.Quote(nm.RefWord)
		line := strconv.Itoa(p.Doc.LineOf(nm.RefWordSpan.Start))
		p.Report(lint.Diagnostic{
			Span:    nm.WordSpan,
			Message: word + " looks like a misspelling of " + ref + ", as the name is spelt on line " + line,
			Related: []lint.Related{{Span: nm.RefWordSpan, Message: "spelt " + ref + " here"}},
			Fixes:   fixes.One("Use "+ref+" as on line "+line, nm.WordSpan, nm.RefWord, false),
		})
	}
	return nil, nil
}

// reportLexical reports a word that is one slip from a proper name of the
// word lists (The Eurpoean Union; see entities.NearMiss.Lexical), unless
// its sentence gives other spellings (see plainMention; quotation marks
// are no reason here: the word is no name of a person that a speaker may
// spell their own way).
func reportLexical(p *lint.Pass, talk *sentenceTalk, nm entities.NearMiss) {
	if talk.of(nm.Mention.Sentence)&talkSpelling != 0 {
		return
	}
	ref := strconv.Quote(nm.RefWord)
	p.Report(lint.Diagnostic{
		Span:    nm.WordSpan,
		Message: strconv.Quote(nm.Word) + " looks like a misspelling of " + ref,
		Fixes:   fixes.One("Use "+ref, nm.WordSpan, nm.RefWord, false),
	})
}

// Report decides whether a near miss is worth a finding: the deviant
// spelling is the minority (at a tie, the one outside the full-name
// mention), the two spellings are not two people introduced by full names,
// and the deviant spelling is not itself an ordinary word or a place,
// unless an honorific makes it a surname (Mr Tang for Mr Tan: tang is a
// word, Mr Tang is not) or it opens a sentence as the speaker of said
// (Tang said, after Rebecca Tan: see NearMiss.Speaker).
//
// tie lets a tie between two names with the same other words, both or
// neither in a person's full name (Mark Hughes … Mark Hughas; Son Heung-min
// … Son Heung-minn), report the model's deviant spelling, the later one:
// the caller has seen that the copy does not give the name's other
// spellings (see plainMention).
func Report(nm entities.NearMiss, tie bool) bool {
	// Every case turns the near miss away, so their order is free: the
	// near miss's own counts and facts first, the words of its names
	// (partOfRef) last.
	switch {
	case nm.Count > nm.RefCount, nm.Count > 2:
		return false
	case nm.Place:
		// A place is not a misspelling of a name.
		return false
	case nm.Known && nm.RefDate:
		// Nor is a known name a misspelling of a day or a month outside
		// a person's name: Jane Hutt beside "in June", Marc beside "in
		// March" (Sonday beside Sunday is still a slip, and so is Mr Marc
		// beside Mr March).
		return false
	case nm.TwoPeople && !partOfRef(nm):
		return false
	case nm.Count == nm.RefCount && !(nm.RefInFull && !nm.InFull && personLike(nm)) && !(tie && nm.InFull == nm.RefInFull && partOfRef(nm)) && !nm.Listed:
		// At a tie, the spelling outside a person's full name is the slip
		// (the full name must open with a first name: the model may take
		// Los Angeles or Carnegie Mellon for a person); see tie. A
		// spelling the lists know beside one they do not, in no person's
		// name, settles it (European, Eurpoean).
		return false
	case nm.Common && !surnameWithHonorific(nm.Mention) && !nm.Speaker:
		// Nor is a real word.
		return false
	case entities.WeakVariant(nm.Word, nm.RefWord) && !loneSurname(nm.Mention):
		// Tan and Tang are both surnames: Tang for Tan only as a surname
		// on its own (Mr Tang, Tang said), not inside another name (Kim
		// Jong Un beside Jon Ossoff; Wan Chai beside Wang Yi).
		return false
	}
	return true
}

// personLike reports whether the reference mention of a near miss may be a
// person's full name, as the model says it is: not when the deviant
// mention is a known place (Los Angeles beside Los Anngeles) or the
// reference opens with an ordinary word that is no first name
// (Singer-songwriter Cassey).
func personLike(nm entities.NearMiss) bool {
	if lexicon.IsPlace(nm.Mention.Text) {
		return false
	}
	first, _, _ := strings.Cut(nm.Ref.Text, " ")
	if head, _, ok := strings.Cut(first, "-"); ok {
		first = head
	}
	return !lexicon.IsCommonWord(first) || lexicon.IsFirstName(first)
}

// surnameWithHonorific reports whether a mention is a surname after an
// honorific (Mr, Ms, Dr): a person's name whatever else the word means.
func surnameWithHonorific(m entities.Mention) bool {
	return m.Form == entities.Surname && len(m.Tokens) == 1 && m.Honorific != ""
}

// loneSurname reports whether a mention is one name word on its own, with
// or without an honorific (Mr Tang; Tang said, which the model may file as
// a one-word name of its own).
func loneSurname(m entities.Mention) bool {
	return (m.Form == entities.Surname || m.Form == entities.FullName) && len(m.Tokens) == 1
}

// maxNameWords bounds the words of a mention partOfRef compares: the
// longest personal names (Gabriel José de la Concordia García Márquez)
// have about ten.
const maxNameWords = 16

// partOfRef reports whether the deviant mention's other words all stand in
// the reference mention too (Lloyd Weber beside Andrew Lloyd Webber, García
// Marques beside Gabriel García Márquez): the model takes the first word of
// a two-part surname for a first name and sees two people where there is
// one name, the second time without its first name.
func partOfRef(nm entities.NearMiss) bool {
	if len(nm.Mention.Tokens) > maxNameWords || len(nm.Ref.Tokens) > maxNameWords {
		// No two-part surname: a run of capitals (a list of names one a
		// line, with no stop between them) that comparing word by word
		// for each of its near misses made quadratic.
		return false
	}
	// The folds are made in buf, on the stack: entities.Fold builds a
	// string for every word that is not already folded, which every
	// capitalised name word is (on the 1 MB article, some 1,000 strings
	// a check: the rule alone ran 1.24-1.29 times as fast without them).
	var buf [256]byte
	fb := appendFold(buf[:0], nm.Word)
	nw := len(fb)
	fb = appendFold(fb, nm.RefWord)
	word, ref := fb[:nw], fb[nw:]
	// The reference's other words, folded once (a name has a few: their
	// ends in fb stay in arr, on the stack).
	var arr [8][2]int
	refWords := arr[:0]
	for r := range strings.FieldsSeq(nm.Ref.Text) {
		from := len(fb)
		if fb = appendFold(fb, r); string(fb[from:]) != string(ref) {
			refWords = append(refWords, [2]int{from, len(fb)})
		} else {
			fb = fb[:from]
		}
	}
	n := 0
	for w := range strings.FieldsSeq(nm.Mention.Text) {
		from := len(fb)
		fb = appendFold(fb, w)
		f := fb[from:]
		fb = fb[:from]
		if string(f) == string(word) {
			continue
		}
		if !slices.ContainsFunc(refWords, func(x [2]int) bool { return string(fb[x[0]:x[1]]) == string(f) }) {
			return false
		}
		n++
	}
	return n > 0
}

// appendFold appends entities.Fold(s) to dst, building no string when s
// is ASCII: its letters and digits, lowered. From the first byte beyond
// ASCII on, Fold folds the rest (it folds rune by rune, so the fold of s
// is that of its ASCII head and then that of the rest).
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(dst, entities.Fold(s[i:])...)
		}
		if f, ok := entities.FoldASCII(c); ok {
			dst = append(dst, f)
		}
	}
	return dst
}

// sentenceTalk answers, once per sentence, what spellingTalk and
// otherPerson read from all of a sentence's words. Each near miss asks
// about the sentences of its two mentions; on a page without full stops
// (a list of names, one a line) one sentence may hold the whole text, and
// walking it again for each of thousands of near misses was quadratic.
type sentenceTalk struct {
	doc  *lint.Document
	seen map[int]uint8 // sentence -> the talk bits it has
	// block -> whether the block is a correction (see correction)
	corrections map[int]bool
}

// What sentenceTalk.of says of a sentence.
const (
	talkSpelling = 1 << iota // spellingTalk
	talkOther                // otherPerson
)

// of returns the talk bits of sentence s, reading its words the first time.
func (st *sentenceTalk) of(s int) uint8 {
	if v, ok := st.seen[s]; ok {
		return v
	}
	var v uint8
	if spellingTalk(st.doc, s) {
		v |= talkSpelling
	}
	if otherPerson(st.doc, s) {
		v |= talkOther
	}
	if st.seen == nil {
		st.seen = make(map[int]uint8)
	}
	st.seen[s] = v
	return v
}

// plainMention reports whether a mention is the writer's own spelling of a
// name: not in quotation marks (a banner, a quoted letter, a title of a
// work) and not in a sentence that gives another spelling ("also spelt",
// "known as", "written").
func (st *sentenceTalk) plainMention(m entities.Mention) bool {
	if len(m.Tokens) == 0 {
		return false
	}
	if st.doc.Tokens[m.Tokens[0]].Has(lint.InQuote) {
		return false
	}
	return st.of(m.Sentence)&talkSpelling == 0
}

// otherPerson reports whether the sentence of a mention says that it names
// someone else than a person of a like name (see the function otherPerson).
func (st *sentenceTalk) otherPerson(m entities.Mention) bool {
	return len(m.Tokens) != 0 && st.of(m.Sentence)&talkOther != 0
}

// correction reports whether a mention stands in a correction: a paragraph
// that says a name was misspelt ("An earlier version of this article
// misspelt the Chancellor's surname as Hewett", "It is Whitfield, not
// Whitfeld"), as web pages append one to a corrected story. The wrong
// spelling there is cited, not made.
func (st *sentenceTalk) correction(m entities.Mention) bool {
	if len(m.Tokens) == 0 {
		return false
	}
	b := int(st.doc.Tokens[m.Tokens[0]].Block)
	if v, ok := st.corrections[b]; ok {
		return v
	}
	v := false
	for _, t := range st.doc.BlockTokens(b) {
		if t.Kind == lint.Word && (strings.HasPrefix(t.Text, "misspel") || strings.HasPrefix(t.Text, "Misspel") || strings.HasPrefix(t.Text, "mis-spel")) {
			v = true
			break
		}
	}
	if st.corrections == nil {
		st.corrections = make(map[int]bool)
	}
	st.corrections[b] = v
	return v
}

// spellingTalk reports whether sentence s speaks of spellings or other
// names ("also spelt", "known as", "written").
func spellingTalk(doc *lint.Document, s int) bool {
	for _, t := range doc.SentenceTokens(s) {
		switch t.Text {
		case "spelt", "spelled", "spelling", "spellings", "known", "written", "transliterated", "aka", "alias", "née", "nee", "formerly", "renamed":
			return true
		}
	}
	return false
}

// otherPerson reports whether sentence s says that a name in it names
// someone else than a person of a like name: "no relation", "not
// related", "unrelated", "a namesake" (Transport Secretary Louise Haigh
// ... Ms Haig, no relation, runs the village shop).
func otherPerson(doc *lint.Document, s int) bool {
	afterNo := false // the last word is "no" or "not"
	for _, t := range doc.SentenceTokens(s) {
		if t.Kind != lint.Word {
			continue // no number, mark or address is one of the words
		}
		// The table lowers the word as strings.ToLower does, without
		// allocating a string for it, and its sieve turns most words
		// away by their length and end bytes, unhashed: each of a long
		// page's hundreds of near misses reads its sentences' words, and
		// a map look-up of every word was a third of the rule.
		w := otherPersonTable.Get(t.Text)
		switch w {
		case otherSaid:
			return true
		case otherRelated:
			if afterNo {
				return true
			}
		}
		afterNo = w == otherNo
	}
	return false
}

// What a word (in lower case) tells otherPerson.
const (
	otherSaid    = 1 + iota // namesake, unrelated: someone else, said outright
	otherRelated            // relation, related: someone else after "no" or "not"
	otherNo                 // no, not
)

var otherPersonWords = map[string]uint8{
	"namesake": otherSaid, "namesakes": otherSaid, "unrelated": otherSaid,
	"relation": otherRelated, "relative": otherRelated, "related": otherRelated, "kin": otherRelated,
	"no": otherNo, "not": otherNo,
}

// otherPersonTable is otherPersonWords behind a sieve (see otherPerson).
var otherPersonTable = fold.NewTable(otherPersonWords)

// relativeNamed reports whether the near miss is a first name and one of
// its two mentions is set beside a word for a relative (Her younger
// brother, Francis Okoro … the actor Frances Okoro; Carl Lindqvist, his
// cousin): relatives share a surname and may have like first names. A
// surname near miss beside a relative is still reported (his wife, Cherie
// Blari).
func relativeNamed(doc *lint.Document, nm entities.NearMiss) bool {
	firstName := func(m entities.Mention, w lint.Span) bool {
		return len(m.Tokens) >= 2 && doc.Tokens[m.Tokens[len(m.Tokens)-1]].Span.End > w.End
	}
	if !firstName(nm.Mention, nm.WordSpan) || !firstName(nm.Ref, nm.RefWordSpan) {
		return false
	}
	return besideRelative(doc, nm.Mention) || besideRelative(doc, nm.Ref)
}

// relativeReach is how many words from a name a word for a relative may
// stand to be set beside it (her younger brother, X; X, his cousin).
const relativeReach = 3

// besideRelative reports whether a word for a relative stands within
// relativeReach words before or after the mention, in its sentence.
func besideRelative(doc *lint.Document, m entities.Mention) bool {
	first, last := m.Tokens[0], m.Tokens[len(m.Tokens)-1]
	sent := doc.Tokens[first].Sentence
	for dir := -1; dir <= 1; dir += 2 {
		i, words := first, 0
		if dir > 0 {
			i = last
		}
		for words < relativeReach {
			i += dir
			if i < 0 || i >= len(doc.Tokens) || doc.Tokens[i].Sentence != sent {
				break
			}
			if doc.Tokens[i].Kind != lint.Word {
				continue
			}
			words++
			if relativeTable.Has(doc.Tokens[i].Text) {
				return true
			}
		}
	}
	return false
}

// relatives are words for a member of one's family.
var relatives = map[string]bool{
	"brother": true, "brothers": true, "sister": true, "sisters": true, "cousin": true, "cousins": true,
	"son": true, "sons": true, "daughter": true, "daughters": true, "father": true, "mother": true,
	"wife": true, "husband": true, "twin": true, "twins": true, "uncle": true, "aunt": true,
	"nephew": true, "niece": true, "grandson": true, "granddaughter": true, "grandfather": true,
	"grandmother": true, "sibling": true, "siblings": true, "brother-in-law": true, "sister-in-law": true,
	"stepbrother": true, "stepsister": true, "stepson": true, "stepdaughter": true, "widow": true, "widower": true,
}

// relativeTable is relatives behind a sieve, which turns most words away
// unhashed.
var relativeTable = fold.NewTable(relatives)

// describedApart reports whether the two mentions of a near miss are
// people each given a description of their own, and not the same one,
// and the other spelling is a known name too (the former Brexit secretary
// David Davis … the former Welsh secretary David Davies): two namesakes,
// not one name spelt twice (producer Shogo Tomyyama is a slip). It only
// holds back the tie rule (two spellings once each); a minority spelling
// is reported as before.
func describedApart(m *entities.Model, nm entities.NearMiss) bool {
	if m == nil || !nm.Known || len(nm.Mention.Tokens) == 0 || len(nm.Ref.Tokens) == 0 {
		return false
	}
	a, b := m.At(nm.Mention.Tokens[0]), m.At(nm.Ref.Tokens[0])
	if a == nil || b == nil || a == b || a.Kind != entities.Person || b.Kind != entities.Person ||
		len(a.Titles) == 0 || len(b.Titles) == 0 {
		return false
	}
	for _, ta := range a.Titles {
		for _, tb := range b.Titles {
			if strings.EqualFold(ta.Text, tb.Text) {
				return false
			}
		}
	}
	return true
}
