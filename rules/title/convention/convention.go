// Package convention implements title-convention: a title or institution
// that does not exist in the country it is attached to (a US "defense
// Minister", a British "Interior Ministry", a UK "President").
package convention

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/title/internal/titles"
)

//go:embed doc.md
var doc string

// Rule is title-convention.
var Rule = &lint.Rule{
	Name:     "title-convention",
	Summary:  "A title or institution the country does not have (a US \"defense Minister\", a British \"Interior Minister\").",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: requires,
	Run:      run,
}

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	m := titles.DefaultMatcher()
	if p.Config != nil && len(p.Config.Titles) > 0 {
		entries := make([]titles.Entry, len(p.Config.Titles))
		for i, e := range p.Config.Titles {
			entries[i] = titles.Entry{Country: e.Country, Wrong: e.Wrong, Right: e.Right}
		}
		m = titles.NewMatcher(m.Table().Extend(entries))
	}
	ntoks := len(doc.Tokens)
	buf := matchBufs.GetFor(ntoks)
	matches := m.AppendMatches((*buf)[:0], doc)
	defer func() {
		clear(matches)
		*buf = matches
		matchBufs.PutFor(buf, ntoks, cap(matches))
	}()
	if len(matches) == 0 {
		return nil, nil
	}
	// The whole-document country evidence is computed only when a title's
	// country is not found next to it.
	// Its evidence list is kept for the next document (a long article's
	// list grew by reallocation).
	var ctx *titles.Context
	var evBuf *[]titles.Evidence
	full := func() *titles.Context {
		if ctx == nil {
			evBuf = evidenceBufs.GetFor(ntoks)
			ctx = titles.NewContextBuf(doc, *evBuf)
		}
		return ctx
	}
	defer func() {
		if ctx != nil {
			clear(ctx.Evidence)
			*evBuf = ctx.Evidence
			evidenceBufs.PutFor(evBuf, ntoks, cap(ctx.Evidence))
		}
	}()
	people := newPeople(p)
	for _, mt := range matches {
		check(p, full, people, m.Table(), mt)
	}
	if peopleHook != nil {
		peopleHook(people)
	}
	return nil, nil
}

// peopleHook, when set (by a test), sees the person index after a run.
var peopleHook func(*peopleIndex)

// matchBufs keeps the list of matches between documents. The lists here
// grow with the titles and places a document names, not with its tokens,
// so they are put back by the document's length (scratch.Pool.PutFor): a
// long document's go to the side that only the next document that long
// takes, on any processor. (Put by their own size, the evidence of a
// 10 MB article, some tens of thousands of places, went to the sync.Pool,
// and its next check allocated about 2 MB afresh.)
var matchBufs scratch.Pool[[]titles.Match]

// evidenceBufs keeps the list of country evidence between documents (see
// matchBufs).
var evidenceBufs scratch.Pool[[]titles.Evidence]

func check(p *lint.Pass, full func() *titles.Context, people *peopleIndex, tab *titles.Table, mt titles.Match) {
	doc := p.Doc
	toks := doc.Tokens
	nameTok := mt.End
	if !capitalised(doc, mt) && !(mt.End-mt.Start == 1 && startsName(doc, mt.End)) {
		// (A title of one word opening a sentence before a name is a
		// title: "Chancellor Jim Chalmers said".)
		// Lower-case titles (Guardian, AP style) only in apposition before a
		// name: "the interior minister, Yvette Cooper,".
		if !appositive(doc, mt) {
			return
		}
		nameTok = mt.End + 1
	}
	named := startsName(doc, nameTok)
	code, how := "", titles.NotFound
	local := titles.Local{Doc: doc}
	left, unknown := titles.Left(doc, local, mt.Start)
	switch {
	case left != "":
		code, how = left, titles.Explicit
	case unknown:
		return
	}
	if code == "" {
		if r, unk := titles.Right(doc, local, mt.End); r != "" {
			code, how = r, titles.Explicit
		} else if unk {
			return
		}
	}
	if code == "" && named {
		if c := people.countryAt(nameTok); c != "" {
			code, how = c, titles.Person
		}
	}
	if code == "" {
		// Only forms that the article's country may settle need the
		// whole-document evidence.
		possible := false
		for _, f := range mt.Forms {
			if f.Level == titles.Generic || f.Level == titles.Exclusive && named || f.Level == titles.Strict && named && (people.holds(nameTok, f.Right) || f.Right != "" && people.recurringUnplaced(nameTok)) {
				possible = true
			}
		}
		if !possible {
			return
		}
		ctx := full()
		dom, alone := ctx.Dominant()
		if dom == "" || ctx.OtherNear(dom, mt.Start) || named && people.introducedForeign(ctx, nameTok, dom) {
			return
		}
		code, how = dom, titles.Dominant
		if alone {
			how = titles.Alone
		}
	}
	var form *titles.Form
	for _, f := range mt.Forms {
		if f.Country == code {
			form = f
			break
		}
	}
	if form == nil {
		return
	}
	// British Defense Secretary in AP copy, US Defence Secretary in BBC
	// copy: the right office in the writer's spelling, which is the
	// spelling rules' business.
	if spellingOnly(doc.Slice(span(doc, mt)), form.Right) {
		return
	}
	switch form.Level {
	case titles.Strict:
		// The real name of an office elsewhere: wrong only for the
		// person's own country, or for the article's country when the
		// person is also given that country's name of the office
		// (Treasurer Jim Chalmers … Chancellor Jim Chalmers in an
		// Australian article).
		// Also for the article's country when it is about that country
		// alone and the person recurs in it, tied to no country
		// (Treasury Secretary Gordon Brown in British copy).
		if how < titles.Person && !(how >= titles.Dominant && named && !spellingOnly(doc.Slice(span(doc, mt)), form.Right) && (people.holds(nameTok, form.Right) || how == titles.Alone && form.Right != "" && people.recurringUnplaced(nameTok))) {
			return
		}
	case titles.Exclusive:
		if how < titles.Alone || !named {
			return
		}
	}
	// Without explicit evidence, the country's own office given to somebody
	// else makes this one a foreign counterpart's.
	if how < titles.Person && named && form.Right != "" && people.heldByOther(doc, nameTok, form.Right) {
		return
	}
	// A personal title followed by "of" names another office (President
	// of the European Commission).
	if form.Person && mt.End < len(toks) && strings.EqualFold(toks[mt.End].Text, "of") {
		return
	}
	sp := span(doc, mt)
	wrote := doc.Slice(sp)
	where := tab.Display(code)
	var why string
	switch how {
	case titles.Explicit:
		why = ""
	case titles.Person:
		why = " (the person's country)"
	default:
		why = " (the article is about " + where + ")"
	}
	d := lint.Diagnostic{Span: sp}
	if form.Right == "" {
		d.Message = fmt.Sprintf("%s has no %q%s", upperFirst(where), wrote, why)
	} else {
		what := "office"
		if !form.Person {
			what = "body"
		}
		d.Message = fmt.Sprintf("%s has no %q%s; the %s is the %s", upperFirst(where), wrote, why, what, form.Right)
		if mt.Start > 0 && toks[mt.Start-1].Text == "State" {
			// A state's body ("New York State Ministry of Health"):
			// the federal name is no fix.
			d.Message = fmt.Sprintf("%s has no %q%s; a state's %s is a department", upperFirst(where), wrote, why, what)
		} else {
			d.Fixes = fixes.One(fmt.Sprintf("Use %q", form.Right), sp, form.Right, false)
		}
	}
	p.Report(d)
}

// capitalised reports whether the phrase is written as a title: a word of
// it capitalised other than by the start of the sentence.
func capitalised(doc *lint.Document, mt titles.Match) bool {
	for k := mt.Start; k < mt.End; k++ {
		t := &doc.Tokens[k]
		if !t.Has(lint.Capitalized) && !t.Has(lint.AllCaps) {
			continue
		}
		if k == mt.Start && (t.Has(lint.SentenceStart) || t.Has(lint.BlockStart)) && !hasUpperAfterPrefix(t.Text) {
			continue
		}
		return true
	}
	return false
}

// appositive reports whether a lower-case title stands in apposition
// before a name: "the interior minister, Yvette Cooper,".
func appositive(doc *lint.Document, mt titles.Match) bool {
	toks := doc.Tokens
	if mt.Start < 1 || mt.End+1 >= len(toks) || !strings.EqualFold(toks[mt.Start-1].Text, "the") {
		return false
	}
	c := &toks[mt.End]
	return c.Text == "," && c.Block == toks[mt.Start].Block && startsName(doc, mt.End+1) && toks[mt.End+1].Has(lint.Capitalized)
}

// hasUpperAfterPrefix: "ex-Foreign" is capitalised as a title even at the
// start of a sentence.
func hasUpperAfterPrefix(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && 'A' <= w[i+1] && w[i+1] <= 'Z'
}

// startsName reports whether token i begins a personal name: a capitalised
// word that is not an ordinary word.
func startsName(doc *lint.Document, i int) bool {
	toks := doc.Tokens
	if i >= len(toks) || toks[i].Block != toks[i-1].Block || toks[i].Kind != lint.Word {
		return false
	}
	t := &toks[i]
	if !t.Has(lint.Capitalized) {
		return false
	}
	w, _ := titles.StripPossessive(t.Text)
	switch w {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady", "Lord", "Dame":
		return true
	}
	return !lexicon.IsCommonWord(w) || lexicon.IsFirstName(w)
}

// span is the Text span of the phrase without a hyphenated prefix (ex-) or
// a possessive ending.
func span(doc *lint.Document, mt titles.Match) lint.Span {
	first, last := &doc.Tokens[mt.Start], &doc.Tokens[mt.End-1]
	sp := lint.Span{Start: first.Span.Start, End: last.Span.End}
	lw := strings.ToLower(first.Text)
	for _, pre := range []string{"ex-", "then-", "former-", "acting-"} {
		if strings.HasPrefix(lw, pre) {
			sp.Start += len(pre)
		}
	}
	if w, ok := titles.StripPossessive(last.Text); ok {
		sp.End = last.Span.Start + len(w)
	}
	return sp
}

// spellingOnly reports whether two titles differ by American and British
// spelling alone (Defense Secretary, Defence Secretary): a matter for the
// spelling rules, not a wrong office.
func spellingOnly(a, b string) bool {
	return spellings.Replace(strings.ToLower(a)) == spellings.Replace(strings.ToLower(b))
}

// spellings folds the American spellings of title words to British ones
// (made once: a Replacer builds its tables on first use).
var spellings = strings.NewReplacer("defense", "defence", "labor", "labour")

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
