// Package conflict implements title-conflict: one person given
// incompatible titles in one article ("Chancellor Gordon Brown" … "Education
// Secretary Brown").
package conflict

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/lint"
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
}

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	// One pass over the tokens gathers the capitalised words and the
	// commas; from them come the candidates (a capitalised word after a
	// word that can end a title), the names with a title in apposition
	// after them ("Janet Yellen, the commerce secretary,"; appos holds the
	// name's first token and the comma, in text order) and the pairs of
	// capitalised words that fullNames reads.
	sc := scans.Get()
	defer func() { scans.Put(sc, cap(sc.caps)) }()
	sc.caps = capitals(toks, sc.caps[:0])
	var cands, pairs []int
	interest := map[string]bool{}
	var appos []apposed
	for _, i := range sc.caps {
		i := int(i)
		// A name in apposition ends with a capitalised word before a comma.
		if k := i + 1; k >= 2 && k+1 < len(toks) && toks[k].Kind == lint.Punct && toks[k].Text == "," {
			appos = apposition(toks, k, appos, interest)
		}
		t := &toks[i]
		prev := &toks[i-1]
		if prev.Block != t.Block {
			continue
		}
		if prev.Kind == lint.Word && prev.Has(lint.Capitalized) {
			pairs = append(pairs, i-1)
		}
		if prev.Kind != lint.Word && prev.Text != "." {
			continue
		}
		if prev.Text == "." {
			if i < 2 || !titles.MayEndTitleDot(toks[i-2].Text) {
				continue
			}
		} else if w, _ := titles.StripPossessive(prev.Text); !titles.MayEndTitle(w) {
			continue
		}
		if doc.Blocks[t.Block].Kind == lint.BlockHeadline {
			continue
		}
		cands = append(cands, i)
		for k := i; k < len(toks) && k < i+4 && toks[k].Has(lint.Capitalized) && toks[k].Block == t.Block; k++ {
			w, _ := titles.StripPossessive(toks[k].Text)
			interest[w] = true
		}
	}
	if len(cands)+len(appos) < 2 {
		return nil, nil
	}
	ctx := titles.Local{Doc: doc}
	ids := newIdentities(p)
	// Surnames shared by two people introduced by full name are ambiguous.
	firsts := fullNames(doc, pairs, interest)
	var all []titled
	for _, i := range cands {
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
	for _, ap := range appos {
		st, comma := ap.name, ap.comma
		first, surname, ok := nameAt(toks, st, firsts)
		if !ok {
			continue
		}
		// The whole name must end at the comma.
		if w, _ := titles.StripPossessive(toks[comma-1].Text); w != surname {
			continue
		}
		if o, ok := titles.TitleAfter(doc, ctx, comma); ok && o.Cat != titles.NoCategory {
			all = append(all, titled{office: o, surname: surname, first: first, nameTok: st})
		}
	}
	if len(all) < 2 {
		return nil, nil
	}
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
	for _, key := range order {
		g := groups[key]
		if len(g) < 2 {
			continue
		}
		support := make([]int, len(g))
		for x := range g {
			for y := range g {
				if x != y && titles.Same(all[g[x]].office, all[g[y]].office) {
					support[x]++
				}
			}
		}
		reported := map[int]bool{}
		for x := 0; x < len(g); x++ {
			for y := x + 1; y < len(g); y++ {
				a, b := all[g[x]], all[g[y]]
				if !titles.Conflicts(a.office, b.office) || ids.different(a.nameTok, b.nameTok) {
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
					Message: fmt.Sprintf("%s is %q here but %q on line %d", name, doc.Slice(o.Span), doc.Slice(r.Span), line),
					Related: []lint.Related{{Span: r.Span, Message: fmt.Sprintf("%s is %q here", name, doc.Slice(r.Span))}},
				})
			}
		}
	}
	return nil, nil
}

// scan holds a document's capitalised words (token indexes), kept
// between documents.
type scan struct{ caps []int32 }

var scans scratch.Pool[scan]

// capitals appends to caps the capitalised words of toks after the first
// token. The loop writes each index at the end of the list and moves the
// end past it when the token is a capitalised word: no branch on the
// token, whose facts come from its kind and flags alone.
func capitals(toks []lint.Token, caps []int32) []int32 {
	n := len(caps)
	caps = slices.Grow(caps, len(toks))[:n+len(toks)]
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		caps[n] = int32(i)
		n += b2i(t.Kind == lint.Word) & int(t.Flags/lint.Capitalized&1)
	}
	return caps[:n]
}

// b2i is 1 for true and 0 for false (the compiler makes it a flag, not a
// branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// apposed is a name with a title in apposition after it: its first token
// and the comma after it.
type apposed struct{ name, comma int }

// apposition adds to appos the name before the comma at k when "the"
// follows (Janet Yellen, the commerce secretary), and notes its words as
// of interest. Names come in text order: the name before a later comma
// starts after this comma.
func apposition(toks []lint.Token, k int, appos []apposed, interest map[string]bool) []apposed {
	if toks[k+1].Text != "the" || toks[k-1].Kind != lint.Word || !toks[k-1].Has(lint.Capitalized) || toks[k-1].Block != toks[k].Block {
		return appos
	}
	st := k - 1
	for st > 0 && k-st < 4 && toks[st-1].Kind == lint.Word && toks[st-1].Has(lint.Capitalized) && toks[st-1].Block == toks[k].Block && !toks[st].Has(lint.SentenceStart) {
		st--
	}
	appos = append(appos, apposed{st, k})
	for q := st; q < k; q++ {
		w, _ := titles.StripPossessive(toks[q].Text)
		interest[w] = true
	}
	return appos
}

// nameAt reads a personal name starting at token i: one to four
// capitalised words, the last the surname. The first word must not be an
// ordinary word unless it is a first name or a surname the article gives
// with a first name (Jack Straw … Mr Straw).
func nameAt(toks []lint.Token, i int, known map[string]map[string]bool) (first, surname string, ok bool) {
	var words []string
	for k := i; k < len(toks) && len(words) < 4; k++ {
		t := &toks[k]
		if t.Kind != lint.Word || t.Block != toks[i].Block || k > i && !t.Has(lint.SpaceBefore) {
			break
		}
		w, poss := titles.StripPossessive(t.Text)
		if !t.Has(lint.Capitalized) || t.Has(lint.AllCaps) && len(w) > 1 && !strings.Contains(w, ".") {
			break
		}
		if lexicon.IsCommonWord(w) && !lexicon.IsFirstName(w) && known[w] == nil && !(k > i && !lexicon.IsCommonWord(words[0])) {
			break
		}
		words = append(words, w)
		if poss {
			break
		}
	}
	if len(words) > 1 && notFirst[strings.TrimSuffix(words[0], ".")] {
		words = words[1:] // Mr Stearns, Sir Menzies Campbell
	}
	if len(words) == 0 {
		return "", "", false
	}
	surname = words[len(words)-1]
	if len(words) > 1 {
		first = words[0]
	}
	if lexicon.IsCommonWord(surname) && !lexicon.IsProperName(surname) && known[surname] == nil && len(words) == 1 {
		return "", "", false
	}
	return first, surname, true
}

// fullNames maps each surname of the article to the first names it is
// given with (First Last), to tell apart two people sharing a surname.
// pairs are the tokens followed by another capitalised word in their block,
// both capitalised words; only surnames in interest are looked at.
func fullNames(doc *lint.Document, pairs []int, interest map[string]bool) map[string]map[string]bool {
	toks := doc.Tokens
	out := map[string]map[string]bool{}
	for _, i := range pairs {
		a := &toks[i]
		wanted := false
		for k := i + 1; k < len(toks) && k < i+4 && toks[k].Has(lint.Capitalized) && toks[k].Block == a.Block; k++ {
			if w, _ := titles.StripPossessive(toks[k].Text); interest[w] {
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
		if out[s] == nil {
			out[s] = map[string]bool{}
		}
		out[s][a.Text] = true
	}
	return out
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
