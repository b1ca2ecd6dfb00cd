package dash

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
)

// dashOpeners are words that open the clause or phrase a dash sets off
// and, after the given first parts alone, end a hyphenated compound of two
// parts: "unit-the clearing house", "plus 8-the highest rate", "feel-as we
// all do", "Porsche-said the car", "his first title-her coach said",
// "the bill-specifically preventing". Finite verbs, pronouns, possessives,
// conjunctions and sentence adverbs end no compound in the news word counts
// (~21,000 articles); the listed first parts are the compounds that exist
// (thank-you, must-have, as-is, sought-after, if-then). A preposition after
// a participle is a compound too (paid-for, talked-about: see participle).
var dashOpeners = map[string][]string{
	"the": nil, "a": nil, "an": nil, "and": nil, "but": nil, "as": nil, "which": nil,
	"who": nil, "whose": nil, "although": nil, "though": nil,
	// finite verbs
	"is": {"as"}, "are": nil, "was": {"never", "has"}, "were": nil, "has": nil, "had": nil,
	"have":  {"must", "should", "could", "would", "might", "may", "nice"},
	"would": nil, "could": nil, "should": nil, "might": nil, "said": {"afore"}, "says": {"simon"},
	"did": nil, "does": nil,
	// pronouns and possessives
	"he": {"she"}, "she": {"he"}, "we": nil, "they": nil, "you": {"thank"},
	"his": nil, "her": nil, "their": nil, "its": nil, "our": nil,
	// prepositions and conjunctions
	"for": nil, "about": {"walk", "turn", "run", "knock", "round", "gad", "roust", "lay", "mess"},
	"from": nil, "after": {"morning", "ever", "day", "here", "there"}, "across": nil,
	"with": nil, "at": nil, "into": nil, "within": nil, "without": nil, "against": nil,
	"during": nil, "despite": nil, "among": nil, "amid": nil, "since": nil,
	"many": {"how", "so", "too", "as"}, "such": nil, "already": nil,
	"including": nil, "excluding": nil, "until": nil, "unless": nil, "because": nil,
	"whether": nil, "when": nil, "where": nil, "while": {"worth"}, "if": {"what", "and", "ifs"},
	"not": {"have", "why"}, "yet": {"as", "not"}, "then": {"if"}, "nor": {"neither"},
	"this": nil, "these": nil, "those": nil,
	// sentence adverbs
	"specifically": nil, "particularly": nil, "especially": nil, "notably": nil, "possibly": nil,
	"probably": nil, "perhaps": nil, "mainly": nil, "largely": nil, "mostly": nil, "partly": nil,
	"hopefully": nil, "apparently": nil, "reportedly": nil, "allegedly": nil, "presumably": nil,
	"arguably": nil, "however": nil, "meanwhile": nil, "instead": nil, "namely": nil,
	"certainly": nil, "everything": nil, "everyone": nil, "nobody": nil,
}

// lyAdverb: w is an adverb of manner or degree in -ly (physically,
// increasingly, widely), which ends a compound only after a prefix
// (semi-annually); not the -ly nouns and adjectives of compounds
// (self-assembly, single-family, whites-only, half-yearly, twice-weekly).
func lyAdverb(w string) bool {
	n := len(w)
	if n < 6 || w[n-2:] != "ly" {
		return false
	}
	switch w {
	case "widely", "wholly", "solely", "merely", "rarely", "barely", "surely", "nearly", "mostly", "partly", "mainly", "hardly", "simply", "highly", "deeply", "openly", "slowly", "firmly", "sharply", "briefly", "chiefly", "clearly", "largely",
		"repeatedly", "undoubtedly", "supposedly", "admittedly", "markedly":
		return true
	}
	if n < 7 {
		return false
	}
	for _, end := range [...]string{"ally", "ously", "ively", "ently", "antly", "fully", "ingly", "ably", "ibly", "lessly", "arly", "ately"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// prefixWord: left is a prefix that makes a compound with an adverb or
// any word (semi-annually, bi-monthly, non-violently, twice-yearly).
func prefixWord(left string) bool {
	switch strings.ToLower(left) {
	case "semi", "bi", "tri", "quasi", "non", "un", "pre", "post", "self", "well", "half", "twice", "thrice",
		"multi", "inter", "intra", "sub", "super", "ultra", "anti", "pro", "co", "re", "mid", "over", "under",
		"ill", "all", "ever", "near", "pseudo", "neo", "counter", "cross", "extra":
		return true
	}
	return false
}

// prepositions that end a compound after a participle (paid-for,
// talked-about, sought-after, hand-me-down has three parts).
var afterParticiple = map[string]bool{"for": true, "about": true, "after": true, "from": true, "until": true,
	"with": true, "at": true, "into": true, "within": true, "without": true, "against": true}

// participle: w, a first part, may be a past participle (talked, paid,
// made, sought, spoken).
func participle(w string) bool {
	if n := len(w); n > 3 && (w[n-2:] == "ed" || w[n-2:] == "en") {
		return true
	}
	switch strings.ToLower(w) {
	case "paid", "made", "bought", "sought", "thought", "caught", "brought", "built", "meant", "spent", "told", "sold", "held", "heard", "won", "done", "gone":
		return true
	}
	return false
}

// contracted are the pronouns that open a clause with a contraction after
// a dash ("again-that's the only thing", "honest-it's hard"); no word
// with 's of its own counts (no-man's, hip-hop's).
var contracted = map[string]bool{"it": true, "that": true, "there": true, "here": true, "he": true,
	"she": true, "we": true, "they": true, "you": true, "what": true, "who": true, "i": true}

// openerAt reads the word after the hyphen text[i]: lower-case letters,
// or a pronoun's contraction (that's, it's, I'm, we're, with a straight or
// curly apostrophe). It returns the word's end and whether it is one of
// dashOpeners that the first part text[s:i] does not make a compound with.
func openerAt(text string, s, i int) (int, bool) {
	j := i + 1
	for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
		j++
	}
	w := text[i+1 : j]
	if j == i+1 && j < len(text) && text[j] == 'I' {
		j++
		w = "i"
		if j+2 < len(text) && text[j] == ' ' && 'a' <= text[j+1] && text[j+1] <= 'z' && pronounI(text[s:i]) {
			return j, true // "the inner cities-I live in Brixton"
		}
	}
	if w == "" {
		return j, false
	}
	if a := apostropheLen(text, j); a > 0 {
		k := j + a
		for k < len(text) && 'a' <= text[k] && text[k] <= 'z' {
			k++
		}
		switch text[j+a : k] {
		case "s", "re", "ve", "m", "ll", "d":
			return k, contracted[w]
		}
		return k, false
	}
	if j >= len(text) || text[j] != ' ' && text[j] != '\n' {
		return j, false // no space after it: it opens no clause (the caller asks for one)
	}
	left := text[s:i]
	except, ok := dashOpeners[w]
	if !ok {
		return j, lyAdverb(w) && !prefixWord(left)
	}
	for _, e := range except {
		if strings.EqualFold(left, e) {
			return j, false
		}
	}
	if afterParticiple[w] && participle(left) {
		return j, false
	}
	return j, true
}

// pronounI: the I after the first part left is the pronoun, not a Roman
// one (type-I diabetes, Phase-I trials, World War-I): left is a word in
// lower case of three letters or more that does not count a thing.
func pronounI(left string) bool {
	if len(left) < 3 {
		return false
	}
	for k := 0; k < len(left); k++ {
		if left[k] < 'a' || left[k] > 'z' {
			return false
		}
	}
	switch left {
	case "type", "phase", "class", "grade", "stage", "part", "title", "war", "chapter", "level",
		"tier", "category", "section", "schedule", "article", "volume", "book", "act", "scene",
		"division", "league", "group", "series", "model", "mark", "version", "round", "step", "unit":
		return false
	}
	return true
}

// apostropheLen is the length of a straight or curly apostrophe at
// text[j], or 0.
func apostropheLen(text string, j int) int {
	switch {
	case j < len(text) && text[j] == '\'':
		return 1
	case strings.HasPrefix(text[j:], "\u2019"):
		return 3
	}
	return 0
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
		// the word before has no other hyphen
		s := i - 1
		for s > 0 && wordByte(text[s-1]) {
			s--
		}
		if s > 0 && (text[s-1] == '-' || text[s-1] == '\'') {
			continue
		}
		// the word after: one of the openers, then a space and a word
		j, ok := openerAt(text, s, i)
		if !ok || j+1 >= len(text) || text[j] != ' ' && text[j] != '\n' || !wordByte(text[j+1]) {
			continue
		}
		if j-i <= 3 && i-s <= 4 && nameSyllable(text, s, j) {
			continue // Kim Ji-an, Lee Seo-a, Ho-he
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
			Fixes:   fixes.One(fmt.Sprintf("Replace with %s", describeOne(target)), sp, dash, false),
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
// a letter that may start one of dashOpeners or a contraction (I'm).
func joinCandidate(text string, i int) bool {
	return text[i] == '-' && i >= 1 && i+1 < len(text) && wordByte(text[i-1]) && openerFirst[text[i+1]]
}

// openerFirst marks the first letters of dashOpeners and contracted.
var openerFirst = func() (t [256]bool) {
	for w := range dashOpeners {
		t[w[0]] = true
	}
	for w := range contracted {
		t[w[0]] = true
	}
	t['I'] = true
	return t
}()

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
