// Package consistency implements abbreviation-consistency: one abbreviation
// written with and without full points in one article (U.S. / US).
package consistency

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/spelling/variety"
)

//go:embed doc.md
var doc string

// Rule is abbreviation-consistency.
var Rule = &lint.Rule{
	Name:     "abbreviation-consistency",
	Summary:  "An abbreviation written both with and without points (U.S. / US).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: []*lint.Rule{variety.Rule},
	Fixable:  true,
	Run:      run,
}

// use is one occurrence of an abbreviation in either form.
type use struct {
	tok      int
	span     lint.Span // the abbreviation inside the token (U.S. of U.S.-led)
	dotted   bool
	headline bool
}

type abbr struct {
	letters        string // "US"
	uses           []use
	dotted, plain  int // body counts
	dottedHeadline int
}

func run(p *lint.Pass) (any, error) {
	d := p.Doc
	f := pointFacts(d.Text)
	if f.title {
		titleDots(p, &f)
	}
	if f.clock {
		timeDots(p)
	}
	if !f.dotted {
		return nil, nil // most articles: no dotted abbreviation to compare with
	}
	toks := d.Tokens
	caps := capsBlocks(d)
	// Pass 1: the dotted forms the article uses.
	byLetters := map[string]*abbr{}
	var order []*abbr
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || caps[t.Block] {
			continue
		}
		letters, n := dottedToken(toks, i)
		if n == 0 {
			continue
		}
		a := byLetters[letters]
		if a == nil {
			a = &abbr{letters: letters}
			byLetters[letters] = a
			order = append(order, a)
		}
	}
	forms := prefixedForms(d, caps) // non-U.S., HD-D.V.D., anti-EU
	order = addPrefixed(forms, byLetters, order)
	if len(order) == 0 {
		return nil, nil
	}
	v := lint.ResultOf[*variety.Result](p, variety.Rule)
	// Only a clear American majority of spellings (or the config) decides a
	// tie for the points: a story merely about America is not American copy.
	american := p.Config != nil && p.Config.Variety == "en-US" || v != nil && v.Variety == "en-US" && v.US > v.GB
	british := p.Config != nil && p.Config.Variety == "en-GB" || v != nil && v.Variety == "en-GB"
	// Pass 2: every use of those abbreviations, dotted or not.
	var companies map[string]bool // words after a plain abbreviation that name a company
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || caps[t.Block] || !t.Has(lint.Capitalized) {
			continue
		}
		var u use
		var a *abbr
		if letters, n := dottedToken(toks, i); n > 0 {
			a = byLetters[letters]
			u = use{tok: i, span: lint.Span{Start: t.Span.Start, End: t.Span.Start + n}, dotted: true}
		} else if letters, n := plainPrefix(t.Text); n > 0 && byLetters[letters] != nil {
			if capsPhrase(toks, i) {
				continue // "TAKE US HOME": a pronoun in capitals
			}
			if brandName(toks, i, letters) {
				continue // US Airways beside the U.S.: the company's own spelling
			}
			// US Provisions Corp., and later US Provisions: a company's
			// registered name.
			// (British copy writes UK and US for both: there the name
			// counts like any other use.)
			if !british && i+1 < len(toks) && toks[i+1].Block == t.Block && (companies[toks[i+1].Text] || companyName(toks, i)) {
				if companies == nil {
					companies = map[string]bool{}
				}
				companies[toks[i+1].Text] = true
				continue
			}
			if !british && currencySign(toks, i) {
				continue // US$640 beside the U.S. dollar: a currency's sign, as AP writes it
			}
			a = byLetters[letters]
			u = use{tok: i, span: lint.Span{Start: t.Span.Start, End: t.Span.Start + n}}
		}
		if a == nil {
			continue
		}
		u.headline = d.Blocks[t.Block].Kind == lint.BlockHeadline
		a.uses = append(a.uses, u)
		a.count(u)
	}
	prefixedUses(d, forms, byLetters)
	for _, a := range order {
		dottedWins := a.dotted > a.plain
		safe := true
		if a.dotted == a.plain && a.plain > 0 {
			// A tie: the article's other abbreviations show the house
			// style (Mr., Jan. 5, U.N. against Mr, UN); failing that an
			// American article keeps the points and a British one drops
			// them. With no evidence at all either form may be the slip,
			// so the fix is left to a person.
			switch dotted, plain := pointStyle(d, byLetters, a.letters); {
			case dotted > plain:
				dottedWins = true
			case plain > dotted:
				dottedWins = false
			case a.dottedHeadline > 0:
				// The headline dots it: the paper's style (a headline
				// drops points more often than it adds them).
				dottedWins = true
			default:
				dottedWins = american
				safe = american || british
			}
		}
		if a.dotted+a.plain == 0 {
			// Only in the headline and nowhere else: nothing to compare.
			continue
		}
		if a.plain == 0 && commonDotted[a.letters] {
			loneDotted(p, a, byLetters)
			continue
		}
		if dottedWins && a.plain == 0 || !dottedWins && a.dotted == 0 && a.dottedHeadline == 0 {
			continue
		}
		var model *use
		for k := range a.uses {
			u := &a.uses[k]
			if u.dotted == dottedWins && !u.headline {
				model = u
				break
			}
		}
		if model == nil {
			continue
		}
		modelText := d.Slice(model.span)
		modelLine := d.LineOf(model.span.Start)
		for k := range a.uses {
			u := &a.uses[k]
			if u.dotted == dottedWins {
				continue
			}
			// Headlines may drop the points that the body keeps (AP style):
			// an undotted headline beside a dotted body is house style.
			if u.headline && !u.dotted {
				continue
			}
			report(p, u, model, modelText, modelLine, dottedWins, safe)
		}
	}
	return nil, nil
}

func report(p *lint.Pass, u, model *use, modelText string, modelLine int, dottedWins, safe bool) {
	d := p.Doc
	toks := d.Tokens
	text := d.Slice(u.span)
	edit := lint.Edit{Span: u.span, NewText: modelText}
	if u.dotted && u.span.End > toks[u.tok].Span.End {
		// B.M.W. read as B.M.W and a point: the point may be the full stop
		// too, or a capitalised word may follow that a person must judge.
		switch {
		case endsSentence(toks, u.tok+1):
			edit.NewText = modelText + "."
		case u.tok+2 < len(toks) && toks[u.tok+2].Kind == lint.Word && toks[u.tok+2].Has(lint.Capitalized) &&
			toks[u.tok+2].Block == toks[u.tok].Block:
			safe = false
		}
	} else if u.dotted {
		// U.S. at the end of a sentence: its last point is the full stop.
		switch {
		case endsSentence(toks, u.tok) && u.span.End == toks[u.tok].Span.End:
			edit.NewText = modelText + "."
		case u.span.End == toks[u.tok].Span.End && u.tok+1 < len(toks) && toks[u.tok+1].Kind == lint.Word &&
			toks[u.tok+1].Has(lint.Capitalized) && toks[u.tok+1].Block == toks[u.tok].Block:
			// "in the U.S. Senators said": a person must say whether the
			// point ends the sentence.
			safe = false
		}
	} else if u.span.End == toks[u.tok].Span.End && u.tok+1 < len(toks) && toks[u.tok+1].Text == "." &&
		!toks[u.tok+1].Has(lint.SpaceBefore) {
		// "in the US." becomes "in the U.S." with one point.
		edit.Span.End = toks[u.tok+1].Span.End
	}
	reportForm(p, u.span, text, pointsForm(dottedWins), model.span, modelText, modelLine, modelText, edit, safe)
}

// pointsForm names the winning form of an abbreviation for the message.
func pointsForm(dottedWins bool) string {
	if dottedWins {
		return "with points"
	}
	return "without points"
}

// reportForm reports text at sp, written form elsewhere (as modelText at
// modelSpan, on modelLine), with the fix that writes want by edit: the one
// diagnostic of the abbreviations, times of day and courtesy titles.
func reportForm(p *lint.Pass, sp lint.Span, text, form string, modelSpan lint.Span, modelText string, modelLine int, want string, edit lint.Edit, safe bool) {
	p.Report(lint.Diagnostic{
		Span:    sp,
		Message: fmt.Sprintf("%q is written %s elsewhere in the article (%q, line %d)", text, form, modelText, modelLine),
		Related: []lint.Related{{Span: modelSpan, Message: fmt.Sprintf("written %q here", modelText)}},
		Fixes: []lint.Fix{{
			Message: fmt.Sprintf("Write %q as on line %d", want, modelLine),
			Edits:   []lint.Edit{edit},
			Safe:    safe,
		}},
	})
}

// endsSentence reports whether token i is the last of its sentence.
func endsSentence(toks []lint.Token, i int) bool {
	j := i + 1
	// Closing quotes and brackets belong to the sentence.
	for j < len(toks) && toks[j].Kind == lint.Punct && !toks[j].Has(lint.SpaceBefore) && strings.ContainsAny(toks[j].Text, "\"'”’)]") {
		j++
	}
	if j >= len(toks) || toks[j].Block != toks[i].Block {
		return true
	}
	return toks[j].Sentence != toks[i].Sentence
}

// dottedPrefix returns the letters and byte length of a dotted abbreviation
// of two to five capital letters at the start of w ("U.S." in "U.S.-led"),
// followed by the end of the word, a hyphen or an apostrophe.
func dottedPrefix(w string) (string, int) {
	var letters []byte
	i := 0
	for i+1 < len(w) && 'A' <= w[i] && w[i] <= 'Z' && w[i+1] == '.' {
		letters = append(letters, w[i])
		i += 2
	}
	if len(letters) < 2 || len(letters) > 5 {
		return "", 0
	}
	if i < len(w) && w[i] != '-' && w[i] != '\'' && !strings.HasPrefix(w[i:], "’") {
		return "", 0
	}
	return string(letters), i
}

// dottedToken is dottedPrefix of token i, and also reads an abbreviation of
// three to five letters whose last point the segmenter leaves as a token of
// its own (B.M.W, then "."): its length then covers that point.
func dottedToken(toks []lint.Token, i int) (string, int) {
	w := toks[i].Text
	if letters, n := dottedPrefix(w); n > 0 {
		return letters, n
	}
	if len(w) < 5 || len(w) > 9 || len(w)%2 == 0 || i+1 >= len(toks) || toks[i+1].Text != "." || toks[i+1].Has(lint.SpaceBefore) {
		return "", 0
	}
	var buf [5]byte
	letters := buf[:0]
	for k := 0; k < len(w); k += 2 {
		if !isUpper(w[k]) || k+1 < len(w) && w[k+1] != '.' {
			return "", 0
		}
		letters = append(letters, w[k])
	}
	return string(letters), len(w) + 1
}

// facts are what pointFacts reads from the full points of a text.
type facts struct {
	// dotted tells whether a point is in two capitals each followed by a
	// dot (U.S., U.N.), as every word dottedPrefix accepts is; title
	// whether one ends a title or month before a space (Mr. , Sen. ,
	// Jan. ), as every title titleDots counts with its point does; clock
	// whether one is the first of a.m. or p.m., as every dotted time
	// timeDots counts is.
	dotted, title, clock bool
	// titles are the titles and place titles written with their point
	// somewhere (before a space or not: Mr. , Mr.\n), each once, and month
	// tells whether a month is: the keys titleCandidates looks for.
	titles []string
	month  bool
}

// pointFacts looks at the full points of text alone, once for the three
// prefilters and for the keys of titleDots.
func pointFacts(text string) (f facts) {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '.')
		if k < 0 {
			break
		}
		j := i + k
		i = j + 1
		// The word before most points has no capital where a title's
		// would start (capitalBack, styleKeyAt's first test): the call is
		// skipped for them.
		if capitalBack(text, j) {
			if w, kind := styleKeyAt(text, j); w != "" {
				f.title = f.title || j+1 < len(text) && text[j+1] == ' '
				if kind == monthWord {
					f.month = true
				} else if !slices.Contains(f.titles, w) {
					f.titles = append(f.titles, w)
				}
			}
		}
		// A space follows most points: then only a title may end there
		// (the other two want a letter).
		if j+1 < len(text) && text[j+1] == ' ' {
			continue
		}
		f.dotted = f.dotted || dottedAt(text, j)
		f.clock = f.clock || clockAt(text, j)
	}
	return f
}

// clockAt: the point text[j] is the first of a.m. or p.m. (or A.M., P.M.).
func clockAt(text string, j int) bool {
	if j < 1 || j+2 >= len(text) || text[j+2] != '.' || text[j+1]|0x20 != 'm' {
		return false
	}
	c := text[j-1] | 0x20
	return c == 'a' || c == 'p'
}

// dottedAt: the point text[j] is the first of two capitals each followed by
// a dot.
func dottedAt(text string, j int) bool {
	return j >= 1 && j+2 < len(text) && isUpper(text[j-1]) && isUpper(text[j+1]) && text[j+2] == '.'
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// plainPrefix returns the capital letters at the start of w when they make
// up the word, or its part before a hyphen or possessive (US, US-led, US's).
func plainPrefix(w string) (string, int) {
	i := 0
	for i < len(w) && 'A' <= w[i] && w[i] <= 'Z' {
		i++
	}
	if i < 2 || i > 5 {
		return "", 0
	}
	if i < len(w) && w[i] != '-' && w[i] != '\'' && !strings.HasPrefix(w[i:], "’") {
		return "", 0
	}
	return w[:i], i
}

// capsPhrase reports whether the word at i stands among other words in
// capitals, where US may be the pronoun.
func capsPhrase(toks []lint.Token, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(toks) || toks[k].Block != toks[i].Block || toks[k].Kind != lint.Word {
			continue
		}
		w := toks[k].Text
		if toks[k].Has(lint.AllCaps) && !strings.Contains(w, ".") && (len(w) >= 4 || capsWords[w]) {
			return true
		}
	}
	return false
}

// capsWords are short words that put US among capitals as a pronoun
// ("LET US", "FOR US").
var capsWords = map[string]bool{"LET": true, "FOR": true, "TO": true, "ALL": true, "OF": true,
	"AND": true, "ONE": true, "ANY": true, "ON": true, "IN": true, "AT": true, "BY": true, "GET": true,
	"SEE": true, "ASK": true, "PAY": true, "HIT": true, "NOT": true, "YOU": true, "ME": true}

// capsBlocks marks the blocks written in capitals throughout (an all-caps
// headline), where an abbreviation cannot be told from a word.
func capsBlocks(d *lint.Document) []bool {
	out := make([]bool, len(d.Blocks))
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		words, caps := 0, 0
		for k := b.FirstToken; k < b.EndToken; k++ {
			t := &d.Tokens[k]
			if t.Kind != lint.Word {
				continue
			}
			words++
			if t.Has(lint.AllCaps) {
				caps++
			}
		}
		out[bi] = words >= 2 && caps*10 >= words*8
	}
	return out
}

// count adds a use to the abbreviation's counts: headlines apart (their
// points say little, but a dotted one is kept), the body's by form.
func (a *abbr) count(u use) {
	switch {
	case u.headline && u.dotted:
		a.dottedHeadline++
	case u.headline:
	case u.dotted:
		a.dotted++
	default:
		a.plain++
	}
}

// majority decides between the dotted and plain forms of n uses, dotted of
// them dotted: the majority wins, and a tie goes to the first use's form
// (firstDotted) without being safe to fix; ok is false when only one form
// is used.
func majority(n, dotted int, firstDotted bool) (dottedWins, safe, ok bool) {
	plain := n - dotted
	if dotted == 0 || plain == 0 {
		return false, false, false
	}
	if dotted == plain {
		return firstDotted, false, true
	}
	return dotted > plain, true, true
}

// brands are names that spell an abbreviation without points whatever the
// house style: the company or body writes it so (US Airways, UK Sport), so
// it is no inconsistency beside a dotted U.S. or U.K.
var brands = map[string]map[string]bool{
	"US": {"Airways": true, "Bancorp": true, "Bank": true, "Foods": true, "Cellular": true, "Xpress": true},
	"UK": {"Sport": true, "Athletics": true, "Music": true, "Finance": true, "Biobank": true},
	"DC": {"Comics": true, "Thomson": true},
}

// companyName reports whether the abbreviation at toks[i] opens a
// company's registered name, capitalised words that end in a corporate
// suffix (US Provisions Corp., UK Coal plc): the company writes it so in
// any house style.
func companyName(toks []lint.Token, i int) bool {
	for k, words := i+1, 0; k < len(toks) && words < 4 && toks[k].Block == toks[i].Block; k++ {
		t := &toks[k]
		if t.Kind != lint.Word {
			if t.Text == "." || t.Text == "&" {
				continue
			}
			// UK Steel, the industry's trade association: glossed as a body.
			return words > 0 && t.Text == "," && glossedAsBody(toks, k)
		}
		if corporate[t.Text] {
			return words > 0
		}
		if !t.Has(lint.Capitalized) {
			return false
		}
		words++
	}
	return false
}

// glossedAsBody reports whether the comma at toks[k] opens an apposition
// that calls the name before it a body (", the industry's trade
// association,"; ", a charity"): a determiner, then a body noun within a
// few words.
func glossedAsBody(toks []lint.Token, k int) bool {
	if k+1 >= len(toks) || (toks[k+1].Text != "the" && toks[k+1].Text != "a" && toks[k+1].Text != "an") {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+6 && toks[j].Kind == lint.Word; j++ {
		if bodyNouns[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	return false
}

// bodyNouns are the nouns that describe an organisation.
var bodyNouns = map[string]bool{
	"association": true, "body": true, "group": true, "organisation": true, "organization": true,
	"federation": true, "union": true, "lobby": true, "charity": true, "company": true, "firm": true,
	"agency": true, "council": true, "institute": true, "society": true, "club": true, "network": true,
}

// corporate are the suffixes of a company's registered name.
var corporate = map[string]bool{
	"Corp": true, "Corp.": true, "Corporation": true, "Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true,
	"LLC": true, "plc": true, "PLC": true, "Co": true, "Co.": true, "Holdings": true, "Group": true,
}

// currencySign reports whether the undotted abbreviation at toks[i] is
// joined to a dollar sign after it (US$640, like HK$ and NZ$): the sign of
// a currency, which American copy writes so beside U.S., so it tells
// nothing there; British copy writes US for both, and there it counts.
func currencySign(toks []lint.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.Text == "$" && !n.Has(lint.SpaceBefore) && n.Block == toks[i].Block
}

// brandName reports whether the undotted abbreviation at toks[i] begins
// one of the brands.
func brandName(toks []lint.Token, i int, letters string) bool {
	tails := brands[letters]
	if tails == nil || toks[i].Text != letters || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.Kind == lint.Word && n.Block == toks[i].Block && n.Has(lint.SpaceBefore) && tails[n.Text]
}
