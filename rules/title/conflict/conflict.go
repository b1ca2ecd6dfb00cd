// Package conflict implements title-conflict: one person given
// incompatible titles in one article ("Chancellor Gordon Brown" … "Education
// Secretary Brown").
package conflict

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/internal/lexicon"
	"github.com/factlint/factlint/rules/internal/scratch"
	"github.com/factlint/factlint/rules/title/internal/titles"
)

//go:embed doc.md
var doc string

// Rule is title-conflict.
var Rule = &lint.Rule{
	Name:     "title-conflict",
	Summary:  "One person given two incompatible titles (Chancellor Gordon Brown … Education Secretary Brown).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: requires,
	Run:      run,
}

// titled is one title given before a person's name.
type titled struct {
	office  titles.Office
	surname string
	first   string // first name, when the mention gives it
	nameTok int    // first token of the name
	// appointed is set for a post given by an appointment after the name
	// ("confirmed Jane Roe as commerce secretary"): the person may have held
	// another before it, so it conflicts only with titles after its
	// sentence.
	appointed bool
}

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	wk := getWork(len(toks))
	defer wk.release(len(toks))
	all := wk.collect(doc)
	if len(all) < 2 {
		return nil, nil
	}
	ids := newIdentities(p)
	firsts := &wk.names
	// In text order, so that a tie reports the later title whichever
	// way it was given (before the name or in apposition).
	slices.SortStableFunc(all, func(a, b titled) int { return a.nameTok - b.nameTok })
	groups := map[string][]int{}
	var order []string
	for k, a := range all {
		key := ids.key(a, firsts)
		if key == "" {
			continue
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], k)
	}
	var american usArticle
	cls := &wk.classes
	for _, key := range order {
		g := groups[key]
		if len(g) < 2 {
			continue
		}
		// Every title of a person is compared with every other: bounded
		// (see maxPersonTitles).
		if len(g) > maxPersonTitles {
			g = g[:maxPersonTitles]
		}
		cls.sort(doc, all, g)
		support := cls.countSupport()
		reported := map[int]bool{}
		for x := 0; x < len(g); x++ {
			for y := x + 1; y < len(g); y++ {
				a, b := all[g[x]], all[g[y]]
				if !cls.conflict(x, y) || ids.different(a.nameTok, b.nameTok) {
					continue
				}
				// Water Minister Murray Watt … Senator Watt: outside the
				// United States a minister sits in parliament.
				if titles.SeatAndPost(a.office, b.office) && !american.get(doc, a.office, b.office) {
					continue
				}
				// A post given by an appointment holds from its sentence
				// on: a title before it, or in its sentence, may be the one
				// the person had ("Finance director Alan Pryce was promoted
				// to chief executive").
				if b.appointed || a.appointed && toks[a.nameTok].Sentence == toks[b.nameTok].Sentence {
					continue
				}
				// Report the minority title; at a tie, the later one.
				bad, ref := y, x
				if support[x] < support[y] {
					bad, ref = x, y
				}
				if reported[bad] {
					continue
				}
				reported[bad] = true
				o, r := all[g[bad]].office, all[g[ref]].office
				name := all[g[bad]].surname
				line := doc.LineOf(r.Span.Start)
				p.Report(lint.Diagnostic{
					Span:    o.Span,
					Message: fmt.Sprintf("%s is %q here but %q on line %d", name, doc.Phrase(o.Span), doc.Phrase(r.Span), line),
					Related: []lint.Related{{Span: r.Span, Message: fmt.Sprintf("%s is %q here", name, doc.Phrase(r.Span))}},
				})
			}
		}
	}
	return nil, nil
}

// officeClasses sorts the titles of one person into classes of equal
// offices (the same fields and the same words as written), which answer
// titles.Same, titles.Conflicts and crossConvention alike: each question is
// asked once per pair of classes instead of once per pair of titles. A
// long page names one person with the same title hundreds of times, and
// crossConvention builds strings at every pair it is asked about (10 MB of
// joined articles: 59,311 pairs of titles, of two or three classes per
// person). Its lists are reused from person to person and document to
// document.
type officeClasses struct {
	reps    []titles.Office // an office of each class
	of      []int           // the class of each title of the person
	count   []int           // the titles of each class
	support []int           // countSupport's answer
	// same and conflicts hold the answers by pair of classes, at the
	// first's index times len(reps) plus the second's. The questions are
	// symmetric, so each is asked once of a pair of classes and its answer
	// written at both places: when every title of a person is a class of
	// its own, filling the tables by rows would ask titles.Conflicts twice
	// as often as the pairs of titles did.
	same, conflicts []bool
}

// sort finds the class of each title g[x] of all, and answers the
// questions for each pair of classes.
func (c *officeClasses) sort(doc *lint.Document, all []titled, g []int) {
	c.reps, c.of, c.count = c.reps[:0], c.of[:0], c.count[:0]
	for _, k := range g {
		o := all[k].office
		n := slices.IndexFunc(c.reps, func(r titles.Office) bool { return sameOffice(doc, r, o) })
		if n < 0 {
			n = len(c.reps)
			c.reps = append(c.reps, o)
			c.count = append(c.count, 0)
		}
		c.of = append(c.of, n)
		c.count[n]++
	}
	k := len(c.reps)
	c.same, c.conflicts = slices.Grow(c.same[:0], k*k)[:k*k], slices.Grow(c.conflicts[:0], k*k)[:k*k]
	for x, a := range c.reps {
		for y, b := range c.reps[x:] {
			y += x
			same := titles.Same(a, b) && !crossConvention(doc, a, b)
			conflicts := titles.Conflicts(a, b) || crossConvention(doc, a, b)
			c.same[x*k+y], c.same[y*k+x] = same, same
			c.conflicts[x*k+y], c.conflicts[y*k+x] = conflicts, conflicts
		}
	}
}

// sameOffice reports whether two offices answer every question alike: the
// questions read these fields and the words as written, not where the
// office stands.
func sameOffice(doc *lint.Document, a, b titles.Office) bool {
	return a.Cat == b.Cat && a.Key == b.Key && a.Org == b.Org && a.Modifier == b.Modifier && a.Country == b.Country &&
		slices.Equal(a.Words, b.Words) && doc.Slice(a.Span) == doc.Slice(b.Span)
}

// countSupport counts, for each title, the other titles of the person that
// name the same post (titles.Same, and not two countries' names of it).
func (c *officeClasses) countSupport() []int {
	k := len(c.reps)
	support := append(c.support[:0], make([]int, len(c.of))...)
	c.support = support
	for x, a := range c.of {
		for b, n := range c.count {
			if c.same[a*k+b] {
				if b == a {
					n-- // not the title itself
				}
				support[x] += n
			}
		}
	}
	return support
}

// conflict reports whether the person's titles x and y (x before y)
// conflict: titles.Conflicts, or two countries' names of one post.
func (c *officeClasses) conflict(x, y int) bool {
	return c.conflicts[c.of[x]*len(c.reps)+c.of[y]]
}

// collect gathers the titled mentions of the document into w.all and
// returns them; w.names then holds the surnames given with first names.
func (w *work) collect(doc *lint.Document) []titled {
	toks := doc.Tokens
	// One pass over the tokens gathers the capitalised words and, from
	// them, the names that may have a title (see gather).
	w.gather(doc)
	cands, appos, before, appts, interest := w.cands, w.appos, w.before, w.appts, &w.interest
	if len(cands)+len(appos)+len(before)+len(appts) < 2 {
		return nil
	}
	ctx := titles.Local{Doc: doc}
	// Surnames shared by two people introduced by full name are ambiguous.
	firsts := &w.names
	firsts.fill(doc, w.caps, interest)
	all := w.all[:0]
	// A long page's candidates, like fill's capitals, are read a batch at
	// a time, each batch warmed first (warmCands).
	long := len(toks) > warmMinTokens
	for c0 := 0; c0 < len(cands); c0 += warmCaps {
		batch := cands[c0:min(c0+warmCaps, len(cands))]
		if long {
			firsts.warmed += warmCands(toks, batch)
		}
		for _, i := range batch {
			first, surname, ok := nameAt(toks, i, firsts)
			if !ok {
				continue
			}
			for _, o := range titles.TitleBefore(doc, ctx, i) {
				if o.Cat == titles.NoCategory {
					continue
				}
				all = append(all, titled{office: o, surname: surname, first: first, nameTok: i})
			}
		}
	}
	// Titles in apposition: after the name (the title follows its comma)
	// and before it (the title ends at the comma before the name).
	all = appendApposed(all, doc, appos, firsts, func(ap apposed) (titles.Office, bool) {
		return titles.TitleAfter(doc, ctx, ap.comma)
	})
	all = appendApposed(all, doc, before, firsts, func(ap apposed) (titles.Office, bool) {
		return titles.TitleApposedBefore(doc, ctx, ap.name-1)
	})
	all = appendAppointed(all, doc, ctx, appts, firsts)
	w.all = dropAcademicChancellors(doc, all)
	return w.all
}

// maxPersonTitles bounds the titles of one person that are compared, the
// first in text order: the comparison is of every pair. Real copy gives a
// person a few titles; a page that repeats one name with its titles
// ("Minister Abel Says He Will Act", a line each, over and over) would
// otherwise cost the square of the page.
const maxPersonTitles = 256

// usArticle tells, computed once per document when first asked, whether
// a seat and a post are American: when either title is tied to a country,
// that country decides; else the country the article is mostly about.
type usArticle struct {
	done, us bool
}

func (u *usArticle) get(doc *lint.Document, a, b titles.Office) bool {
	for _, c := range [2]string{a.Country, b.Country} {
		if c != "" {
			return titles.Base(c) == "US"
		}
	}
	if !u.done {
		code, _ := titles.NewContext(doc).Dominant()
		u.done, u.us = true, titles.Base(code) == "US"
	}
	return u.us
}

// dropAcademicChancellors removes the bare "Chancellor" titles given in a
// paragraph about a university (or after one): a chancellor is then its
// head, as a state governor is ex officio in India ("Governor Anandiben
// Patel presided over the convocation ... Chancellor Anandiben Patel
// awarded medals"), not a finance minister.
func dropAcademicChancellors(doc *lint.Document, all []titled) []titled {
	out := all[:0]
	for _, a := range all {
		if a.office.Key == "finance" && strings.EqualFold(doc.Slice(a.office.Span), "chancellor") && academicNear(doc, a.office.Start) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// academicNear reports whether the paragraph of token i, or the one before
// it, speaks of a university.
func academicNear(doc *lint.Document, i int) bool {
	toks := doc.Tokens
	b := toks[i].Block
	lo := i
	for lo > 0 && toks[lo-1].Block >= b-1 {
		lo--
	}
	for k := lo; k < len(toks) && toks[k].Block <= b; k++ {
		t := &toks[k]
		if t.Kind != lint.Word || len(t.Text) < 6 {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "university", "universities", "convocation", "vice-chancellor", "college", "colleges", "campus", "graduates":
			return true
		}
	}
	return false
}

// gather walks the tokens once and, at each capitalised word after the
// first token, gathers what atCapital finds there. caps lists those words
// that follow a capitalised word of their block, for fill. The lists and
// tables are kept between documents.
func (w *work) gather(doc *lint.Document) {
	toks := doc.Tokens
	w.caps, w.cands, w.appos, w.before, w.appts = w.caps[:0], w.cands[:0], w.appos[:0], w.before[:0], w.appts[:0]
	near := neighbours()
	for i := 1; i < len(toks); i++ {
		// The flag first: it turns away more tokens than the kind.
		if t := &toks[i]; t.Flags&lint.Capitalized != 0 && t.Kind == lint.Word {
			if pairedCapital(toks, i) {
				w.caps = append(w.caps, int32(i))
			}
			// atCapital finds something only next to a token of near (a
			// capital in five): the others are turned away by the Folds
			// of their neighbours.
			if near.Has(toks[i-1].Fold) || i+1 < len(toks) && near.Has(toks[i+1].Fold) || i >= 2 && near.Has(toks[i-2].Fold) {
				w.atCapital(doc, i)
			}
		}
	}
}

// pairedCapital reports whether the capitalised word i follows a
// capitalised word of its block, which may be a first name (fill). gather
// asks it while the token before is at hand: fill, which reads the page
// after gather, then reads only these (on a long page the tokens are read
// back from memory, not from the cache).
func pairedCapital(toks []lint.Token, i int) bool {
	p := &toks[i-1]
	return p.Flags&lint.Capitalized != 0 && p.Kind == lint.Word && p.Block == toks[i].Block
}

// neighbours holds, by Fold, the tokens next to which atCapital may find
// something: the comma and the auxiliaries after a name (apposition,
// passiveNext), and what titles.MayEndTitleToken,
// titles.MayEndTitleDotToken and titles.IsAppointVerb take one or two
// tokens before it.
var neighbours = sync.OnceValue(func() *titles.FoldFilter {
	f := new(titles.FoldFilter)
	f.AddTitleNeighbours()
	f.Add(",")
	for _, w := range passiveAux {
		f.Add(w)
	}
	return f
})

// atCapital notes what the capitalised word i may be: a candidate (a
// name after a word that can end a title), the last word of a name with a
// title in apposition after it ("Janet Yellen, the commerce secretary,";
// appos holds the name's first token and the comma, in text order), the
// first word of a name with a title in apposition before it, or a name an
// appointment is about.
func (w *work) atCapital(doc *lint.Document, i int) {
	toks := doc.Tokens
	interest := &w.interest
	// A name in apposition ends with a capitalised word before a comma; a
	// name given a post may end before ", who" or an auxiliary ("Jane
	// Roe, who was sworn in as", "Roe was named").
	//
	// Each test here and below first asks what is rarely so (a comma, an
	// auxiliary, an appointment verb), by the token's Fold: the kind of
	// the tokens around a capital, or their case, is too irregular for a
	// branch to predict.
	if k := i + 1; k+1 < len(toks) {
		if nt := &toks[k]; isComma(nt) && k >= 2 {
			w.appos = apposition(toks, k, w.appos, interest)
			if toks[k+1].Text == "who" {
				w.appts = appointCand(doc, i, w.appts, interest)
			}
		} else if auxFolds.Has(nt.Fold) && nt.Kind != lint.Punct && passiveNext(toks, k) {
			w.appts = appointCand(doc, i, w.appts, interest)
		}
	}
	t := &toks[i]
	prev := &toks[i-1]
	if prev.Block != t.Block {
		return
	}
	// A title in apposition before the name: "the home secretary,
	// Yvette Cooper,".
	if isComma(prev) && i >= 3 && titles.MayEndTitleToken(&toks[i-2]) && doc.Blocks[t.Block].Kind != lint.BlockHeadline {
		w.before = apposedBefore(toks, i, w.before, interest)
		return
	}
	switch {
	case titles.MayEndTitleToken(prev) && prev.Kind == lint.Word:
		// After a word that may end a title: "Education Secretary Brown".
		if word, _ := titles.StripPossessive(prev.Text); !titles.MayEndTitle(word) {
			return
		}
	case i >= 2 && titles.MayEndTitleDotToken(&toks[i-2]) && prev.Text == ".":
		// After a title's abbreviation: "Gov. Dan Patrick".
	default:
		// A name after an appointment verb: "confirmed Jane Roe".
		if titles.IsAppointVerb(prev) && prev.Flags&lint.Capitalized == 0 && prev.Kind == lint.Word {
			w.appts = appointCand(doc, i, w.appts, interest)
		}
		return
	}
	if doc.Blocks[t.Block].Kind == lint.BlockHeadline {
		return
	}
	w.cands = append(w.cands, i)
	for k := i; k < len(toks) && k < i+4 && toks[k].Has(lint.Capitalized) && toks[k].Block == t.Block; k++ {
		interest.addToken(&toks[k])
	}
}

// isComma reports whether t is a comma, asking its Fold first.
func isComma(t *lint.Token) bool {
	return t.Fold == commaFold && t.Kind == lint.Punct && t.Text == ","
}

var commaFold = lint.FoldHash(",")

// auxFolds holds the Folds of the words passiveNext takes after a name.
var auxFolds = foldset.OfWords(passiveAux[:]...)

// crossConvention reports whether two titles of one post, current and of
// no stated countries that differ, are its names in two countries that
// cannot both be right (Chancellor and Treasury Secretary).
func crossConvention(doc *lint.Document, a, b titles.Office) bool {
	if a.Modifier != "" || b.Modifier != "" || a.Cat != titles.Government || b.Cat != titles.Government || a.Key != b.Key {
		return false
	}
	if a.Country != "" && b.Country != "" && titles.Base(a.Country) != titles.Base(b.Country) {
		return false
	}
	return titles.CrossConvention(doc.Slice(a.Span), doc.Slice(b.Span))
}

// appendApposed appends the titled mentions of names in apposition: each
// name, which must end at its comma, with the title that title parses.
func appendApposed(all []titled, doc *lint.Document, aps []apposed, firsts *fullNameIndex, title func(apposed) (titles.Office, bool)) []titled {
	toks := doc.Tokens
	for _, ap := range aps {
		// The whole name must end at the comma.
		first, surname, ok := nameEndingAt(toks, ap.name, ap.comma, firsts)
		if !ok {
			continue
		}
		if o, ok := title(ap); ok && o.Cat != titles.NoCategory {
			all = append(all, titled{office: o, surname: surname, first: first, nameTok: ap.name})
		}
	}
	return all
}

// apposedBefore adds to before the name that starts at token i after a
// comma, when a comma closes it within four words ("the home secretary,
// Yvette Cooper, said"), and notes its words as of interest. The name's
// entry holds its first token and the closing comma.
func apposedBefore(toks []lint.Token, i int, before []apposed, interest *wordSet) []apposed {
	k := i
	for k < len(toks) && k < i+4 && toks[k].Kind == lint.Word && toks[k].Has(lint.Capitalized) && toks[k].Block == toks[i].Block {
		k++
	}
	if k == i || k >= len(toks) || toks[k].Text != "," || toks[k].Block != toks[i].Block {
		return before
	}
	for q := i; q < k; q++ {
		interest.addToken(&toks[q])
	}
	return append(before, apposed{i, k})
}

// apposed is a name with a title in apposition after it: its first token
// and the comma after it.
type apposed struct{ name, comma int }

// apposition adds to appos the name before the comma at k when "the"
// follows (Janet Yellen, the commerce secretary), and notes its words as
// of interest. Names come in text order: the name before a later comma
// starts after this comma.
func apposition(toks []lint.Token, k int, appos []apposed, interest *wordSet) []apposed {
	if toks[k+1].Text != "the" || toks[k-1].Kind != lint.Word || !toks[k-1].Has(lint.Capitalized) || toks[k-1].Block != toks[k].Block {
		return appos
	}
	st := k - 1
	for st > 0 && k-st < 4 && toks[st-1].Kind == lint.Word && toks[st-1].Has(lint.Capitalized) && toks[st-1].Block == toks[k].Block && !toks[st].Has(lint.SentenceStart) {
		st--
	}
	appos = append(appos, apposed{st, k})
	for q := st; q < k; q++ {
		interest.addToken(&toks[q])
	}
	return appos
}

// nameEndingAt is nameAt for a name that must end just before token end,
// with its surname.
func nameEndingAt(toks []lint.Token, i, end int, known *fullNameIndex) (first, surname string, ok bool) {
	if first, surname, ok = nameAt(toks, i, known); !ok {
		return "", "", false
	}
	if w, _ := titles.StripPossessive(toks[end-1].Text); w != surname {
		return "", "", false
	}
	return first, surname, true
}

// nameAt reads a personal name starting at token i: one to four
// capitalised words, the last the surname. The first word must not be an
// ordinary word unless it is a first name or a surname the article gives
// with a first name (Jack Straw … Mr Straw).
func nameAt(toks []lint.Token, i int, known *fullNameIndex) (first, surname string, ok bool) {
	// Each word is asked once whether it is an ordinary word.
	var words [4]string
	var common [4]bool
	n := 0
	for k := i; k < len(toks) && n < 4; k++ {
		t := &toks[k]
		if t.Kind != lint.Word || t.Block != toks[i].Block || k > i && !t.Has(lint.SpaceBefore) {
			break
		}
		w, poss := titles.StripPossessive(t.Text)
		if !t.Has(lint.Capitalized) || t.Has(lint.AllCaps) && len(w) > 1 && !strings.Contains(w, ".") {
			break
		}
		c := lexicon.IsCommonWord(w)
		if c && !lexicon.IsFirstName(w) && !known.has(w) && !(k > i && !common[0]) {
			break
		}
		words[n], common[n] = w, c
		n++
		if poss {
			break
		}
	}
	ws, cs := words[:n], common[:n]
	if len(ws) > 1 && notFirst[strings.TrimSuffix(ws[0], ".")] {
		ws, cs = ws[1:], cs[1:] // Mr Stearns, Sir Menzies Campbell
	}
	if len(ws) == 0 {
		return "", "", false
	}
	surname = ws[len(ws)-1]
	if len(ws) > 1 {
		first = ws[0]
	}
	if len(ws) == 1 && cs[0] && !lexicon.IsProperName(surname) && !known.has(surname) {
		return "", "", false
	}
	return first, surname, true
}

// fullNameIndex holds, for each surname of the article, the first names
// it is given with (First Last), to tell apart two people sharing a
// surname. Its table and lists are reused from document to document.
type fullNameIndex struct {
	slot   map[string]int // surname → index into firsts
	firsts [][]string     // distinct first names, in text order
	warmed uint           // warm's sums, kept so that its reads are not dropped
}

// has reports whether the surname is given with a first name.
func (x *fullNameIndex) has(surname string) bool {
	_, ok := x.slot[surname]
	return ok
}

// count is the number of different first names given with the surname.
func (x *fullNameIndex) count(surname string) int {
	if k, ok := x.slot[surname]; ok {
		return len(x.firsts[k])
	}
	return 0
}

// with reports whether the surname is given with this first name.
func (x *fullNameIndex) with(surname, first string) bool {
	k, ok := x.slot[surname]
	return ok && slices.Contains(x.firsts[k], first)
}

func (x *fullNameIndex) add(surname, first string) {
	k, ok := x.slot[surname]
	if !ok {
		k = len(x.slot)
		x.slot[surname] = k
		if k < len(x.firsts) {
			x.firsts[k] = x.firsts[k][:0]
		} else {
			x.firsts = append(x.firsts, nil)
		}
	}
	if !slices.Contains(x.firsts[k], first) {
		x.firsts[k] = append(x.firsts[k], first)
	}
}

// fill indexes the surnames of the article. caps are its capitalised
// words that follow a capitalised word of their block (pairedCapital),
// which may be a first name. Only surnames in interest are looked at.
func (x *fullNameIndex) fill(doc *lint.Document, caps []int32, interest *wordSet) {
	toks := doc.Tokens
	// A long page's caps are scattered over its tokens, which gather read
	// long before and the cache no longer holds: they are read warmCaps at
	// a time, each batch warmed first (warm), so that their misses overlap
	// rather than come one after another.
	long := len(toks) > warmMinTokens
	for c0 := 0; c0 < len(caps); c0 += warmCaps {
		batch := caps[c0:min(c0+warmCaps, len(caps))]
		if long {
			x.warmed += warm(toks, batch)
		}
		for _, c := range batch {
			i := int(c) - 1
			a := &toks[i]
			wanted := false
			for k := i + 1; k < len(toks) && k < i+4 && toks[k].Has(lint.Capitalized) && toks[k].Block == a.Block; k++ {
				if interest.hasToken(&toks[k]) {
					wanted = true
					break
				}
			}
			if !wanted {
				continue
			}
			if !lexicon.IsFirstName(a.Text) || notFirst[strings.TrimSuffix(a.Text, ".")] {
				continue
			}
			k := i + 1
			// Skip middle names and initials: Iain Duncan Smith, George W. Bush.
			for k+1 < len(toks) && toks[k+1].Kind == lint.Word && toks[k+1].Has(lint.Capitalized) && toks[k+1].Block == a.Block && toks[k+1].Has(lint.SpaceBefore) && k-i < 3 {
				if lexicon.IsCommonWord(toks[k+1].Text) {
					break
				}
				k++
			}
			s, _ := titles.StripPossessive(toks[k].Text)
			x.add(s, a.Text)
		}
	}
}

// warmCaps is the number of fill's caps that warm reads at a time: their
// tokens, some 150 bytes each, stay in the first-level cache until fill
// reads them.
const warmCaps = 32

// warmCands is warm for the candidates of collect (names after a word
// that may end a title): the two tokens before each (the title's end,
// which titles.TitleBefore reads) and the first byte of the one before
// it, the name's first token and first byte (nameAt), and the flags of
// the token after it.
//
//go:noinline
func warmCands(toks []lint.Token, cands []int) uint {
	sum := uint(0)
	for _, i := range cands {
		p, t := &toks[i-1], &toks[i]
		sum += uint(p.Flags) + uint(t.Flags)
		if i >= 2 {
			sum += uint(toks[i-2].Flags)
		}
		if len(p.Text) > 0 {
			sum += uint(p.Text[0])
		}
		if len(t.Text) > 0 {
			sum += uint(t.Text[0])
		}
		if i+1 < len(toks) {
			sum += uint(toks[i+1].Flags)
		}
	}
	return sum
}

// warmMinTokens is the number of tokens above which fill warms its caps:
// the tokens of a shorter page (under 800 KB of them) are still in the
// second-level cache after gather's pass.
const warmMinTokens = 16 << 10

// warm reads, for each capitalised word of caps, the token before it (the
// first name fill tests), its own flags and block and the first byte of
// its text (interest's first test), and the flags of the token after it,
// and returns a sum of what it read (fill keeps it in warmed, so that the
// reads are not dropped as unused). A loop of independent reads has their
// misses wait for memory together, where fill's loop, whose work depends
// on what it reads, has them wait one after another.
//
//go:noinline
func warm(toks []lint.Token, caps []int32) uint {
	sum := uint(0)
	for _, c := range caps {
		i := int(c)
		t := &toks[i]
		sum += uint(toks[i-1].Flags) + uint(t.Flags) + uint(t.Block)
		if len(t.Text) > 0 {
			sum += uint(t.Text[0])
		}
		if i+1 < len(toks) {
			sum += uint(toks[i+1].Flags)
		}
	}
	return sum
}

// wordSet is the set of words of interest: the words of the names after
// titles, possessive ending removed. Most capitalised words start with a
// letter none of them starts with, and are turned away by first; the
// others are looked up by their Fold in slots, an open-addressed table
// (at most half full) of the words, so that no word is hashed again but a
// possessive.
type wordSet struct {
	slots []wordSlot
	n     int       // the words in slots
	first [256]bool // the first bytes of the words
}

// wordSlot is a word of a wordSet and its FoldHash.
type wordSlot struct {
	fold uint32
	used bool // false: a free slot (a word may be "": 's alone)
	word string
}

// addToken puts the text of token t, possessive ending removed, in the
// set.
func (s *wordSet) addToken(t *lint.Token) {
	w, fold := s.wordOf(t)
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	if e := s.slot(w, fold); !e.used {
		*e = wordSlot{fold, true, w}
		s.n++
		if w != "" {
			s.first[w[0]] = true
		}
	}
}

// hasToken reports whether the text of token t, possessive ending
// removed, is in the set (removing the ending keeps the first byte). The
// test of the first byte, which turns most words away, is inlined.
func (s *wordSet) hasToken(t *lint.Token) bool {
	text := t.Text
	return text != "" && s.first[text[0]] && s.find(t)
}

// find is hasToken past the test of the first byte.
func (s *wordSet) find(t *lint.Token) bool {
	return s.slot(s.wordOf(t)).used
}

// slot returns the slot of word w, whose FoldHash is fold, or the free
// slot where it goes.
func (s *wordSet) slot(w string, fold uint32) *wordSlot {
	mask := uint32(len(s.slots) - 1)
	for i := fold * 0x9E3779B1 >> s.shift(); ; i = (i + 1) & mask {
		if e := &s.slots[i]; !e.used || e.fold == fold && e.word == w {
			return e
		}
	}
}

// wordOf returns the text of token t with its possessive ending removed,
// and the word's FoldHash: the token's Fold when there is no ending.
func (s *wordSet) wordOf(t *lint.Token) (string, uint32) {
	w, _ := titles.StripPossessive(t.Text)
	if len(w) == len(t.Text) {
		return w, t.Fold
	}
	return w, lint.FoldHash(w)
}

// shift places a FoldHash in slots: its top bits, after a multiplication
// that mixes them.
func (s *wordSet) shift() uint32 { return uint32(32 - bits.TrailingZeros(uint(len(s.slots)))) }

// grow doubles slots (16 at first) and puts the words back.
func (s *wordSet) grow() {
	old := s.slots
	s.slots, s.n = make([]wordSlot, max(16, 2*len(old))), 0
	for _, e := range old {
		if e.used { // (distinct words: slot gives a free one)
			*s.slot(e.word, e.fold) = e
			s.n++
		}
	}
}

func (s *wordSet) reset() {
	if s.n > 0 {
		clear(s.slots)
	}
	s.n = 0
	s.first = [256]bool{}
}

// work is what run keeps between documents.
type work struct {
	caps     []int32
	cands    []int
	appos    []apposed
	before   []apposed
	appts    []appointee
	interest wordSet
	names    fullNameIndex
	all      []titled
	classes  officeClasses
}

// works keeps the work of run between documents. Its lists grow with the
// capitalised words and titled names of a document, not with its tokens
// (at 10 MB some 300,000 capitals against 2.0 million tokens), so they are
// put back by the document's length (scratch.Pool.PutFor): measured by
// their own size a long document's went to the sync.Pool, where its next
// check, on another processor, seldom found them.
var works scratch.Pool[work]

// getWork returns a work for a document of ntoks tokens.
func getWork(ntoks int) *work {
	w := works.GetFor(ntoks)
	if w.names.slot == nil {
		w.names.slot = map[string]int{}
	}
	return w
}

// release empties w and puts it back for documents as long as the one of
// ntoks tokens it served.
func (w *work) release(ntoks int) {
	w.interest.reset()
	clear(w.names.slot)
	clear(w.all) // the offices' strings and slices
	// To their capacity: an earlier person may have had more classes.
	clear(w.classes.reps[:cap(w.classes.reps)])
	works.PutFor(w, ntoks, max(cap(w.caps), cap(w.all)))
}

// notFirst are words that stand before names but are not first names:
// honorifics and ranks.
var notFirst = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Sir": true, "Lord": true, "Lady": true,
	"Dame": true, "Baroness": true, "Prof": true, "Professor": true, "Rev": true, "General": true, "Gen": true,
	"Major": true, "Colonel": true, "Col": true, "Captain": true, "Capt": true, "Judge": true, "Justice": true,
	"Governor": true, "Gov": true, "Senator": true, "Sen": true, "Rep": true, "President": true, "King": true,
	"Queen": true, "Prince": true, "Princess": true, "Bishop": true, "Archbishop": true, "Father": true,
	"Sister": true, "Brother": true, "Chancellor": true, "Minister": true, "Secretary": true, "Leader": true,
	"Chairman": true, "Director": true, "Officer": true, "Mayor": true, "Sheriff": true, "Inspector": true,
	"Sergeant": true, "Sgt": true, "Lieutenant": true, "Lt": true, "Admiral": true, "Commander": true,
	"Chief": true, "Premier": true, "Detective": true, "Constable": true, "Pope": true, "Saint": true, "St": true,
}
