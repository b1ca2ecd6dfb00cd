// Package word implements repetition-word: a word typed twice in a row
// (`the the`, `in in`), across a line end too.
package word

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/lexicon"
)

//go:embed doc.md
var doc string

// Rule is repetition-word.
var Rule = &lint.Rule{
	Name:     "repetition-word",
	Summary:  "A word typed twice in a row (the the, in in).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

// grammatical doubles are correct English wherever they stand:
// "he had had enough", "the claim that that was wrong", "gave her her first cap".
var grammatical = map[string]bool{
	"had": true, "that": true, "her": true, "do": true,
}

// copular doubles are correct after a wh-clause ("what it is is a start",
// "all he was was tired") and in quoted speech.
var copular = map[string]bool{"is": true, "was": true}

// reduplicated words are doubled on purpose: intensifiers, interjections,
// nursery and slang reduplications ("very very", "bye bye", "no no", "ha ha").
var reduplicated = map[string]bool{
	"very": true, "really": true, "so": true, "much": true, "many": true, "more": true, "far": true,
	"long": true, "too": true, "no": true, "yes": true, "yeah": true, "well": true, "now": true,
	"there": true, "bye": true, "ha": true, "hah": true, "hee": true, "ho": true,
	"boo": true, "la": true, "na": true, "tut": true, "tsk": true, "blah": true, "yada": true,
	"knock": true, "chop": true, "hush": true, "night": true, "quick": true, "bang": true,
	"boom": true, "pop": true, "cha": true, "oh": true, "ah": true, "aha": true,
	"hey": true, "yo": true, "wow": true, "wait": true, "please": true, "dum": true,
	"ding": true, "tick": true, "tock": true, "tom": true, "choo": true, "hip": true, "rah": true,
	"woof": true, "baa": true, "moo": true, "beep": true, "honk": true, "murmur": true,
	"mahi": true, "bora": true, "goody": true, "pooh": true, "yum": true, "again": true,
	"faster": true, "higher": true, "slowly": true, "hear": true, "shame": true, "encore": true,
	"bravo": true, "goal": true, "win": true, "yay": true,
	"boing": true, "zoom": true, "vroom": true, "bla": true, "ooh": true, "uh": true, "um": true,
	"er": true, "hmm": true, "ow": true, "ouch": true, "oops": true, "whoa": true, "huh": true,
}

// particles complete a phrasal verb and may then be followed by a
// preposition spelt the same: "he was brought in in January", "signed on on
// Monday".
var particles = map[string]bool{
	"in": true, "on": true, "up": true, "out": true, "off": true, "down": true, "by": true,
	"through": true, "around": true, "about": true, "along": true, "over": true, "back": true,
}

// phrasalVerbs are verb forms that commonly take one of the particles.
var phrasalVerbs = map[string]bool{}

func init() {
	for _, stem := range []string{
		"bring brought brings bringing", "come came comes coming", "go went gone goes going",
		"get got gets getting gotten", "put puts putting", "set sets setting", "let lets letting",
		"take took taken takes taking", "give gave given gives giving", "kick kicked kicks kicking",
		"phase phased phases phasing", "step stepped steps stepping", "move moved moves moving",
		"check checked checks checking", "log logged logs logging", "sign signed signs signing",
		"hand handed hands handing", "turn turned turns turning", "call called calls calling",
		"send sent sends sending", "hold held holds holding", "carry carried carries carrying",
		"pass passed passes passing", "drop dropped drops dropping", "fill filled fills filling",
		"break broke broken breaks breaking", "cave caved caves caving", "chip chipped chips chipping",
		"pitch pitched pitches pitching", "weigh weighed weighs weighing", "sit sat sits sitting",
		"stand stood stands standing", "stay stayed stays staying", "drive drove driven drives driving",
		"fly flew flown flies flying", "run ran runs running", "walk walked walks walking",
		"pull pulled pulls pulling", "push pushed pushes pushing", "cut cuts cutting",
		"lock locked locks locking", "rule ruled rules ruling", "factor factored factors factoring",
		"pay paid pays paying", "buy bought buys buying", "sell sold sells selling",
		"hang hung hangs hanging", "play played plays playing", "pick picked picks picking",
		"hit hits hitting", "keep kept keeps keeping", "look looked looks looking",
		"show showed shown shows showing", "turn turned", "wind wound winds winding",
		"shut shuts shutting", "close closed closes closing", "open opened opens opening",
		"write wrote written writes writing", "pencil pencilled penciled", "rope roped",
		"team teamed", "join joined joins joining", "throw threw thrown throws throwing",
		"knock knocked knocks knocking", "bow bowed bows bowing", "back backed backs backing",
		"hand handed", "zero zeroed", "settle settled settles settling", "slow slowed",
		"lay laid lays laying", "blow blew blown", "hold held", "head headed heads heading",
		"draw drew drawn", "roll rolled rolls rolling", "wipe wiped", "sum summed",
	} {
		for _, w := range strings.Fields(stem) {
			phrasalVerbs[w] = true
		}
	}
}

// whWords open a clause that may end in a doubled copula ("what it is is").
var whWords = map[string]bool{"what": true, "all": true, "thing": true, "problem": true, "question": true,
	"point": true, "truth": true, "fact": true, "reason": true, "issue": true, "trouble": true}

func run(p *lint.Pass) (any, error) {
	toks := p.Doc.Tokens
	// One walk over the tokens' Folds finds the few places where a word may
	// be typed twice or two words typed twice, and the words that may be a
	// contraction.
	for i := nextCandidate(toks, 0); i < len(toks); i = nextCandidate(toks, i+1) {
		if toks[i].Flags&marked != 0 && i >= 1 {
			contraction(p, toks, i)
		}
		if !mayRepeat(toks, i) {
			continue
		}
		l0, l1 := len(toks[i].Text), lenAt(toks, i-1)
		if l0 == l1 && l0 != 0 && samePair(&toks[i-1], &toks[i]) {
			single(p, toks, i)
		}
		if pairAt(toks, i) == pairAt(toks, i-2) && l0 != 0 && l1 != 0 {
			phrase(p, toks, i)
		}
	}
	return nil, nil
}

// marked are the flags of a word that may hold an apostrophe, straight
// (HyphenOrApostrophe) or curly (beyond ASCII): a contraction.
const marked = lint.InnerCapOrNonASCII | lint.HyphenOrApostrophe

// nextCandidate returns the first i from i on (or len(toks)) where token i
// may repeat token i-1 or i-2 (see mayRepeat) by its Fold, or has a flag
// of marked (a word that mayRepeat asks about, or a contraction). The walk
// keeps the Folds of the two tokens before in registers.
func nextCandidate(toks []lint.Token, i int) int {
	f1, f2 := foldAt(toks, i-1), foldAt(toks, i-2)
	if i >= len(toks) {
		return len(toks)
	}
	// Two tokens a round, a and b: the Folds move on without copying. (An
	// index, not a slice cut at every round: the cut costs five
	// instructions a round to keep an empty slice's pointer in bounds.)
	k := max(i, 0) // (i is never negative: max proves k >= 0, which drops the bounds check on toks[k+1])
	for ; k < len(toks)-1; k += 2 {
		a, b := &toks[k], &toks[k+1]
		fa, fb := a.Fold, b.Fold
		if fa == f1 || fa == f2 || a.Flags&marked != 0 {
			return k
		}
		if fb == fa || fb == f1 || b.Flags&marked != 0 {
			return k + 1
		}
		f2, f1 = fa, fb
	}
	if k < len(toks) {
		if t := &toks[k]; t.Fold == f1 || t.Fold == f2 || t.Flags&marked != 0 {
			return k
		}
	}
	return len(toks)
}

// mayRepeat is false when token i certainly is not token i-1 (a word typed
// twice) or token i-2 (two words typed twice) but for case, as single and
// phrase (strings.EqualFold, after their tests of equal lengths) ask. Two
// ASCII words the same but for case have one Fold. Two words that
// EqualFold holds equal with other Folds both hold a byte beyond ASCII
// (InnerCapOrNonASCII), since no such word of one length is equal to an
// ASCII word but for case (the only characters folding to ASCII letters,
// the Kelvin sign and the long s, are longer than them).
func mayRepeat(toks []lint.Token, i int) bool {
	f := toks[i].Fold
	if f == foldAt(toks, i-1) || f == foldAt(toks, i-2) {
		return true
	}
	return toks[i].Flags&lint.InnerCapOrNonASCII != 0 && (wideAt(toks, i-1) || wideAt(toks, i-2))
}

// wideAt: token i (none before the first) has InnerCapOrNonASCII.
func wideAt(toks []lint.Token, i int) bool {
	return i >= 0 && toks[i].Flags&lint.InnerCapOrNonASCII != 0
}

// foldAt is token i's Fold, 0 before the first token (a candidate it makes
// is turned away by run's tests of lengths, as a token of length -1).
func foldAt(toks []lint.Token, i int) uint32 {
	if i < 0 {
		return 0
	}
	return toks[i].Fold
}

// lenAt is the length of token i's text, -1 before the first token.
func lenAt(toks []lint.Token, i int) int {
	if i < 0 {
		return -1
	}
	return len(toks[i].Text)
}

// pairAt packs the lengths of tokens i-1 and i.
func pairAt(toks []lint.Token, i int) int64 {
	return int64(lenAt(toks, i-1))<<32 | int64(uint32(lenAt(toks, i)))
}

// single reports the word ending at token i when it repeats the one before.
func single(p *lint.Pass, toks []lint.Token, i int) {
	doc := p.Doc
	a, b := &toks[i-1], &toks[i]
	if !strings.EqualFold(a.Text, b.Text) {
		return
	}
	// Three or more in a row is a chant or an echo ("no, no, no" without commas).
	if i >= 2 && toks[i-2].Kind == lint.Word && strings.EqualFold(toks[i-2].Text, a.Text) ||
		i+1 < len(toks) && toks[i+1].Kind == lint.Word && strings.EqualFold(toks[i+1].Text, a.Text) {
		return
	}
	// Only white space between the two: no markup or separator inserted by a reader.
	if strings.TrimSpace(doc.Text[a.Span.End:b.Span.Start]) != "" {
		return
	}
	if !isError(toks, i) {
		return
	}
	sp := lint.Span{Start: a.Span.Start, End: b.Span.End}
	p.Report(lint.Diagnostic{
		Span:    sp,
		Message: fmt.Sprintf("%q is typed twice", b.Text),
		Fixes:   fixes.One(fmt.Sprintf("Delete the second %q", b.Text), lint.Span{Start: a.Span.End, End: b.Span.End}, "", true),
	})
}

// phrase reports two words typed twice in a row ("of the of the", "the
// squad the squad"), with only white space between them: the pair must hold
// a function word (a name or a chant repeats content words), the second
// copy must not be capitalised (New York New York), and an alternation that
// goes on (on and on and on) is a figure of speech.
func phrase(p *lint.Pass, toks []lint.Token, i int) {
	a1, b1, a2, b2 := &toks[i-3], &toks[i-2], &toks[i-1], &toks[i]
	if a1.Kind != lint.Word || b1.Kind != lint.Word ||
		a2.Kind != lint.Word || b2.Kind != lint.Word || a1.Block != b2.Block ||
		!b1.Has(lint.SpaceBefore) || !a2.Has(lint.SpaceBefore) || !b2.Has(lint.SpaceBefore) {
		return
	}
	if !strings.EqualFold(a1.Text, a2.Text) || !strings.EqualFold(b1.Text, b2.Text) || strings.EqualFold(a1.Text, b1.Text) {
		return
	}
	if a2.Has(lint.Capitalized) || b2.Has(lint.Capitalized) { // a title or a name: Measure for Measure
		return
	}
	la, lb := strings.ToLower(a1.Text), strings.ToLower(b1.Text)
	if !functionWord[la] && !functionWord[lb] && !auxiliary[la] || reduplicated[la] || reduplicated[lb] ||
		strings.ContainsAny(la+lb, "0123456789") {
		return
	}
	// The alternation going on (on and on and on, round and round and
	// round) is a figure of speech.
	if i+1 < len(toks) && toks[i+1].Block == b2.Block && strings.EqualFold(toks[i+1].Text, a1.Text) ||
		i >= 4 && toks[i-4].Block == a1.Block && strings.EqualFold(toks[i-4].Text, b1.Text) {
		return
	}
	phrase := p.Doc.Text[a2.Span.Start:b2.Span.End]
	p.Report(lint.Diagnostic{
		Span:    lint.Span{Start: a1.Span.Start, End: b2.Span.End},
		Message: fmt.Sprintf("%q is typed twice", phrase),
		Fixes:   fixes.One(fmt.Sprintf("Delete the second %q", phrase), lint.Span{Start: b1.Span.End, End: b2.Span.End}, "", true),
	})
}

// contraction reports a pronoun typed again as the start of its
// contraction ("It it's", "we we're"): the word, a space, then the same
// word with 's, 'll, 're, 've, 'd or 'm.
func contraction(p *lint.Pass, toks []lint.Token, i int) {
	a, b := &toks[i-1], &toks[i]
	n := len(a.Text)
	if len(b.Text) < n+2 || len(b.Text) > n+5 || a.Kind != lint.Word || b.Kind != lint.Word || a.Block != b.Block || !b.Has(lint.SpaceBefore) {
		return
	}
	if c := b.Text[n]; c != '\'' && c != 0xE2 || !strings.EqualFold(b.Text[:n], a.Text) || !contractible[strings.ToLower(a.Text)] {
		return
	}
	rest := b.Text[n:]
	switch {
	case strings.HasPrefix(rest, "'"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "’"):
		rest = rest[len("’"):]
	default:
		return
	}
	switch strings.ToLower(rest) {
	case "s", "ll", "re", "ve", "d", "m":
	default:
		return
	}
	if strings.TrimSpace(p.Doc.Text[a.Span.End:b.Span.Start]) != "" {
		return
	}
	p.Report(lint.Diagnostic{
		Span:    lint.Span{Start: a.Span.Start, End: b.Span.End},
		Message: fmt.Sprintf("%q is typed twice (%q)", a.Text, b.Text),
		Fixes:   fixes.One(fmt.Sprintf("Delete the first %q", a.Text), lint.Span{Start: a.Span.Start, End: b.Span.End}, a.Text+b.Text[n:], true),
	})
}

// auxiliary verbs open a verb phrase that may be typed twice ("will
// continue will continue", "has leaped has leaped").
var auxiliary = map[string]bool{"will": true, "would": true, "has": true, "have": true, "can": true, "could": true,
	"should": true, "must": true, "might": true, "did": true, "does": true, "not": true}

// contractible are the pronouns whose contraction may follow them by slip
// (not "that", whose "that that's" is grammatical).
var contractible = map[string]bool{"it": true, "he": true, "she": true, "we": true, "they": true, "you": true, "there": true, "what": true, "who": true}

// samePair tells whether two tokens of one length may be one word typed
// twice: two words of one block, a space between, with the same first byte
// (but for case, or outside ASCII, which strings.EqualFold decides).
func samePair(a, b *lint.Token) bool {
	if a.Kind != lint.Word || b.Kind != lint.Word || a.Block != b.Block || !b.Has(lint.SpaceBefore) {
		return false
	}
	x, y := a.Text[0], b.Text[0]
	return x == y || x|0x20 == y|0x20 || x|y >= utf8.RuneSelf
}

// isError decides whether the doubled word ending at token i is a slip.
func isError(toks []lint.Token, i int) bool {
	a, b := &toks[i-1], &toks[i]
	w := strings.ToLower(b.Text)
	if len(w) == 0 {
		return false
	}
	// A name that doubles itself: Duran Duran, Bora Bora, Walla Walla, Sirhan
	// Sirhan, the band The The. The second word is capitalised mid-sentence.
	if b.Has(lint.Capitalized) && !b.Has(lint.AllCaps) {
		// But a month typed twice in a date is a slip: 5 May May, May May 2005.
		return lexicon.IsMonth(w) && (i >= 2 && toks[i-2].Kind == lint.Number && toks[i-2].Block == a.Block ||
			i+1 < len(toks) && toks[i+1].Kind == lint.Number && len(toks[i+1].Text) == 4 && toks[i+1].Block == b.Block)
	}
	// Two acronyms (US US) are a name or a chant more often than a slip,
	// unless the word is a function word typed twice in a capitals headline.
	if a.Has(lint.AllCaps) && b.Has(lint.AllCaps) && !functionWord[w] {
		return false
	}
	// Scores and codes repeat: a tennis set won 6-4 6-4, flight 20A 20A.
	if strings.ContainsAny(w, "0123456789") {
		return false
	}
	// A letter doubled is a list marker or a grade (A A, B B), except the article "a".
	if len(w) == 1 && w != "a" {
		return false
	}
	if grammatical[w] || reduplicated[w] {
		return false
	}
	if copular[w] && (b.Has(lint.InQuote) || whBefore(toks, i-1)) {
		return false
	}
	if particles[w] && i >= 2 && toks[i-2].Kind == lint.Word && toks[i-2].Block == a.Block &&
		phrasalVerbs[strings.ToLower(toks[i-2].Text)] {
		return false
	}
	// A preposition a verb leaves at the end of its clause, then the same
	// preposition opening a fixed phrase: "staff had asked for for years",
	// "we looked at at least ten players".
	if next := fixedAfter[w]; next != nil && i+1 < len(toks) && toks[i+1].Block == b.Block &&
		next[strings.ToLower(toks[i+1].Text)] && i >= 2 && toks[i-2].Kind == lint.Word && !functionWord[strings.ToLower(toks[i-2].Text)] {
		return false
	}
	return true
}

// fixedAfter lists, for a preposition, the words that make it open a fixed
// phrase of time or degree (for years, at least).
var fixedAfter = map[string]map[string]bool{
	"for": {"years": true, "months": true, "weeks": true, "days": true, "decades": true, "hours": true,
		"ages": true, "now": true, "good": true, "ever": true, "once": true, "example": true, "instance": true},
	"at": {"least": true, "all": true, "once": true, "first": true, "last": true, "times": true, "length": true},
	"in": {"time": true, "fact": true, "all": true, "turn": true, "part": true, "particular": true},
	"to": {"date": true},
}

// functionWord lists the words whose doubling in all capitals is a slip.
var functionWord = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "and": true, "for": true,
	"on": true, "at": true, "by": true, "with": true, "from": true, "as": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "it": true, "or": true,
}

// whBefore reports whether a wh-word or a noun that opens a pseudo-cleft
// stands earlier in the sentence of token i.
func whBefore(toks []lint.Token, i int) bool {
	s := toks[i].Sentence
	for k := i - 1; k >= 0 && toks[k].Sentence == s && i-k < 30; k-- {
		if toks[k].Kind == lint.Word && whWords[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}
