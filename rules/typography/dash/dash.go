// Package dash implements typography-dash: an underscore or a hyphen standing
// for a dash, and dashes of two styles in one article.
package dash

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/scan"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/spelling/variety"
)

//go:embed doc.md
var doc string

// Rule is typography-dash.
var Rule = &lint.Rule{
	Name:     "typography-dash",
	Summary:  "An underscore or hyphen standing for a dash, or two dash styles in one article (Washington _ Agencies).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: []*lint.Rule{variety.Rule},
	Options: []lint.Option{{
		Name:    "style",
		Default: "auto",
		Doc:     `the house dash: "auto" (the article's majority; spaced en dash, or spaced em dash in American copy, when it has none), "en-spaced" ( – ), "em-spaced" ( — ) or "em-closed" (—)`,
	}},
	Fixable: true,
	Run:     run,
}

// form is a way of writing a dash between words.
type form int

const (
	underscore   form = iota // Washington _ Agencies
	spacedHyphen             // word - word
	doubleHyphen             // word -- word, word--word
	enSpaced                 // word – word
	emSpaced                 // word — word
	emClosed                 // word—word
	nForms
)

var dashText = [nForms]string{"_", "-", "--", "–", "—", "—"}
var formName = [nForms]string{"an underscore", "a hyphen", "a double hyphen", "a spaced en dash", "a spaced em dash", "a closed em dash"}

func proper(f form) bool { return f >= enSpaced }

// use is one dash: the mark itself, and the span to replace (with the spaces
// around it).
type use struct {
	f              form
	mark, full     lint.Span
	block          int  // the block it stands in
	spaceL, spaceR bool // full includes a space before, after the mark
	closed         bool // no white space on either side (word—word)
}

// found is what findDashes fills: the dashes and the hyphens that may
// join a word to an opener (no pointers: nothing to clear).
type found struct {
	uses  []use
	joins []int
}

// founds recycles the lists of findDashes between documents. They grow
// with the dashes and hyphens, not with the tokens (1.9 MB for a 10 MB
// article, allocated afresh at each check of it when they started on the
// stack and grew by append), so they are put back by the document's
// length (scratch.Pool.PutFor): a long document's go to the side that
// only the next document that long takes, on any processor.
var founds scratch.Pool[found]

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	buf := founds.GetFor(len(d.Tokens))
	all, joins := findDashes(d, buf.uses[:0], buf.joins[:0])
	defer func() {
		buf.uses, buf.joins = all[:0], joins[:0]
		founds.PutFor(buf, len(d.Tokens), max(cap(all), cap(joins)))
	}()
	uses := all[:0] // filtered in place
	var count [nForms]int
	wireDash := false
	for _, u := range all {
		// A dateline dash shows the article's style but belongs to the
		// wire service: it counts and is never reported.
		count[u.f]++
		if dateline(d, u) {
			wireDash = wireDash || proper(u.f)
			continue
		}
		uses = append(uses, u)
	}
	joinedDashes(p, joins, count, wireDash)
	if len(uses) == 0 {
		return nil, nil
	}
	target, forced, why := house(p, count, wireDash)
	for _, u := range uses {
		if u.f == target {
			continue
		}
		switch {
		case forced:
		case u.f == underscore:
			// An underscore is never a dash.
		case !proper(u.f) && count[enSpaced]+count[emSpaced]+count[emClosed] == 0:
			// Hyphens for dashes throughout: the article's own style.
			continue
		case !proper(u.f) && target == spacedHyphen:
			// Spaced hyphens are the house style against a pasted real
			// dash: a double hyphen among them is left as it is when no
			// real dash is pasted in (the case above), and so here.
			continue
		case proper(u.f) && count[u.f] >= count[target]:
			continue
		}
		newText := dashText[target]
		if target != emClosed {
			if u.spaceL || u.closed {
				newText = " " + newText
			}
			if u.spaceR || u.closed {
				newText += " "
			}
		}
		msg := fmt.Sprintf("%s stands for a dash; %s", formName[u.f], why)
		if proper(u.f) {
			msg = fmt.Sprintf("%s; %s", formName[u.f], why)
		}
		p.Report(lint.Diagnostic{
			Span:    u.mark,
			Message: msg,
			Fixes:   fixes.One(fmt.Sprintf("Replace with %s", describeOne(target)), u.full, newText, true),
		})
	}
	return nil, nil
}

func describeOne(f form) string {
	switch f {
	case spacedHyphen:
		return "a spaced hyphen ( - )"
	case enSpaced:
		return "a spaced en dash ( – )"
	case emSpaced:
		return "a spaced em dash ( — )"
	case emClosed:
		return "a closed em dash (—)"
	}
	return formName[f]
}

func describe(f form) string {
	switch f {
	case spacedHyphen:
		return "spaced hyphens ( - )"
	case enSpaced:
		return "spaced en dashes ( – )"
	case emSpaced:
		return "spaced em dashes ( — )"
	case emClosed:
		return "closed em dashes (—)"
	}
	return formName[f]
}

// mostlyUses says why, for each proper dash, when the article mostly uses
// it (built once: house runs for every article with a dash).
var mostlyUses = func() (out [nForms]string) {
	for f := range nForms {
		out[f] = "the article mostly uses " + describe(f)
	}
	return out
}()

var usesSpacedHyphens = "the article uses " + describe(spacedHyphen)

// house decides the dash the article should use, whether the config forced
// it, and says why. wireDash: a real dash ends the wire dateline (the
// agency's style, which spaced hyphens in the story do not outvote).
func house(p *lint.Pass, count [nForms]int, wireDash bool) (form, bool, string) {
	switch p.String("style") {
	case "en-spaced":
		return enSpaced, true, "the house style is " + describeOne(enSpaced)
	case "em-spaced":
		return emSpaced, true, "the house style is " + describeOne(emSpaced)
	case "em-closed":
		return emClosed, true, "the house style is " + describeOne(emClosed)
	}
	best, n, real := form(-1), 0, 0
	for _, f := range []form{enSpaced, emSpaced, emClosed} {
		real += count[f]
		if count[f] > n {
			best, n = f, count[f]
		}
	}
	// Spaced hyphens throughout (BBC style) with a real dash or two pasted
	// in: the hyphens are the house style and the dashes the odd ones out.
	if count[spacedHyphen] >= 2 && count[spacedHyphen] > real && !wireDash {
		return spacedHyphen, false, usesSpacedHyphens
	}
	if best >= 0 {
		return best, false, mostlyUses[best]
	}
	if count[spacedHyphen] > 0 {
		return spacedHyphen, false, usesSpacedHyphens
	}
	v := lint.ResultOf[*variety.Result](p, variety.Rule)
	if v != nil && v.Variety == "en-US" || p.Config != nil && p.Config.Variety == "en-US" {
		return emSpaced, false, "write " + describeOne(emSpaced) + ", as American copy does"
	}
	return enSpaced, false, "write " + describeOne(enSpaced)
}

// findDashes appends to out the dashes between words in the blocks of d, in
// order. Every mark looked for is _ or - or starts with the byte 0xE2.
func findDashes(d *lint.Document, out []use, joins []int) ([]use, []int) {
	text := d.Text
	marks := scan.InBlocks(d, "_-\xE2")
	for i, bi := marks.Next(); i >= 0; i, bi = marks.Next() {
		sp := d.Blocks[bi].Span
		if joinCandidate(text, i) {
			joins = append(joins, i) // for joinedDashes
		}
		if inWordHyphen(text, sp, i) {
			continue // most hyphens: well-known
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '_', '-', '–', '—':
		default:
			continue
		}
		// The run of the same mark.
		j := i + n
		for j < sp.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 != r {
				break
			}
			j += n2
		}
		marks.Skip(j)
		runLen := utf8.RuneCountInString(text[i:j])
		before, _ := utf8.DecodeLastRuneInString(text[sp.Start:i])
		after, _ := utf8.DecodeRuneInString(text[j:sp.End])
		spacedL := i > sp.Start && scan.IsSpace(before)
		spacedR := j < sp.End && scan.IsSpace(after)
		var f form = -1
		switch {
		case spacedL && spacedR:
			switch {
			case r == '_' && runLen <= 2:
				f = underscore
			case r == '-' && runLen == 1:
				f = spacedHyphen
			case r == '-' && runLen == 2:
				f = doubleHyphen
			case r == '–' && runLen == 1:
				f = enSpaced
			case r == '—' && runLen == 1:
				f = emSpaced
			}
		case !spacedL && !spacedR && i > sp.Start && j < sp.End:
			switch {
			case r == '-' && runLen == 2 && unicode.IsLetter(before) && unicode.IsLetter(after):
				f = doubleHyphen
			case r == '—' && runLen == 1 && !scan.IsSpace(before) && !scan.IsSpace(after):
				f = emClosed
			}
		}
		if f >= 0 && between(text, sp, i, j) {
			// The spaces that go with the mark; a line end stays.
			u := use{f: f, block: bi, mark: lint.Span{Start: i, End: j}, full: lint.Span{Start: i, End: j}, closed: !spacedL && !spacedR}
			if spacedL && (before == ' ' || before == '\u00a0') {
				u.full.Start -= utf8.RuneLen(before)
				u.spaceL = true
			}
			if spacedR && (after == ' ' || after == '\u00a0') {
				u.full.End += utf8.RuneLen(after)
				u.spaceR = true
			}
			out = append(out, u)
		}
	}
	return out, joins
}

// inWordHyphen reports whether text[i] is a single hyphen after a
// character that is no white space (an ASCII one, or any byte of a longer
// one, none of which is white space): no dash form takes it, so scan need
// not decode it.
func inWordHyphen(text string, sp lint.Span, i int) bool {
	if text[i] != '-' || i == sp.Start || i+1 < sp.End && text[i+1] == '-' {
		return false
	}
	switch c := text[i-1]; c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return false
	default:
		return c < 0x80
	}
}

// between reports whether the mark at [i, j) stands between two pieces of
// prose: a word or closing mark before, a word or opening mark after, and
// not between two numbers (a score, 3 - 1, or a range).
func between(text string, sp lint.Span, i, j int) bool {
	l := lastNonSpace(text[sp.Start:i])
	r := firstNonSpace(text[j:sp.End])
	if l == 0 || r == 0 {
		return false // at the start or end of a block: a list marker or a trailing mark
	}
	okL := unicode.IsLetter(l) || unicode.IsDigit(l) || isCloser(l)
	okR := unicode.IsLetter(r) || unicode.IsDigit(r) || isOpener(r) || r == '£' || r == '$' || r == '€'
	if !okL || !okR {
		return false
	}
	return !(unicode.IsDigit(l) && unicode.IsDigit(r)) && !rangeEnds(wordBefore(text[sp.Start:i]), wordAfter(text[j:sp.End]))
}

func isCloser(r rune) bool {
	return r == ')' || r == ']' || r == '"' || r == '\'' || r == '”' || r == '’' || r == '.' || r == ',' || r == '!' || r == '?' || r == '%'
}

func isOpener(r rune) bool {
	return r == '(' || r == '[' || r == '"' || r == '\'' || r == '“' || r == '‘'
}

func lastNonSpace(s string) rune {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !scan.IsSpace(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return 0
}

func firstNonSpace(s string) rune {
	for _, r := range s {
		if !scan.IsSpace(r) {
			return r
		}
	}
	return 0
}

// dateline reports whether a hyphen or dash is the one that ends a wire
// dateline at the start of the first paragraph: "WASHINGTON (AP) —",
// "LONDON, June 3 (Reuters) -". Each wire service keeps its own dateline
// dash; an underscore is never a dateline dash.
func dateline(d *lint.Document, u use) bool {
	if u.f == underscore {
		return false
	}
	// One of the first paragraphs after the headline (a credit line may come first).
	bi := u.block
	if d.Blocks[bi].Kind == lint.BlockHeadline {
		return false
	}
	n := 0
	for k := 0; k < bi && n < 3; k++ {
		if d.Blocks[k].Kind != lint.BlockHeadline {
			n++
		}
	}
	if n >= 3 {
		return false
	}
	b := d.Blocks[bi]
	if u.mark.Start-b.Span.Start > 60 {
		return false
	}
	head := d.Text[b.Span.Start:u.mark.Start]
	// Only the first dash of the paragraph.
	for _, r := range head {
		if r == '-' || r == '–' || r == '—' || r == '_' {
			return false
		}
	}
	// An agency in brackets, or a place name in capitals, before the dash.
	if l := lastNonSpace(head); l == ')' {
		return true
	}
	// A place name in capitals opening the paragraph: "LONDON -", "PARIS, May 3 –".
	if t := d.Tokens[b.FirstToken:b.EndToken]; len(t) > 0 && t[0].Has(lint.AllCaps) && utf8.RuneCountInString(t[0].Text) >= 3 {
		return true
	}
	return false
}

// rangeEnds reports whether the words either side of a spaced hyphen are
// the ends of a range rather than prose around a dash: two figures
// (7.30pm - 10.30pm, £25 - £80) or two days or months (Mon - Fri,
// January - March). A range wants an en dash or "to", not the article's
// dash.
func rangeEnds(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if hasDigit(a) && hasDigit(b) {
		return true
	}
	return calendar.Has(strings.TrimSuffix(a, ".")) && calendar.Has(strings.TrimSuffix(b, "."))
}

// calendar holds the days and months, in full and abbreviated.
var calendar = fold.NewTable(func() map[string]bool {
	m := map[string]bool{"tues": true, "weds": true, "thur": true, "thurs": true, "sept": true}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december"} {
		m[w] = true
		m[w[:3]] = true
	}
	return m
}())

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// wordBefore is the run of non-space characters that ends s, ignoring
// trailing white space; wordAfter the one that starts s.
func wordBefore(s string) string {
	end := len(s)
	for end > 0 {
		r, n := lastRune(s[:end])
		if !scan.IsSpace(r) {
			break
		}
		end -= n
	}
	for start := end; start > 0; {
		r, n := lastRune(s[:start])
		if scan.IsSpace(r) {
			// One byte past the start of the space, as it always was (a
			// no-break space leaves its second byte on the word).
			return s[start-n+1 : end]
		}
		start -= n
	}
	return s[:end]
}

func wordAfter(s string) string {
	s = strings.TrimLeftFunc(s, scan.IsSpace)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if scan.IsSpace(r) {
			return s[:i]
		}
		i += n
	}
	return s
}

// lastRune is utf8.DecodeLastRuneInString with a fast path for ASCII.
func lastRune(s string) (rune, int) {
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s)
}
