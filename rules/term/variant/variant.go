// Package variant implements term-variant: one term written different ways
// in one article (midterm, mid-term, mid term).
package variant

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

//go:embed doc.md
var doc string

// Rule is term-variant.
var Rule = &lint.Rule{
	Name:     "term-variant",
	Summary:  "One term written different ways in one article (mid-term, midterm, mid term).",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Run:      run,
}

type kind int

const (
	closed kind = iota // midterm
	hyphen             // mid-term
	open               // mid term
)

var kindName = [...]string{"closed up", "hyphenated", "open"}

type form struct {
	kind  kind
	span  lint.Span
	text  string
	token int
}

// distinct pairs are different words, not variants (re-sign ≠ resign).
var distinct = map[string]bool{
	"resign": true, "recover": true, "reform": true, "recreation": true, "release": true, "reserve": true,
	"resort": true, "remark": true, "retreat": true, "represent": true, "recollect": true, "repress": true,
	"coop": true, "redress": true, "resent": true, "research": true, "react": true, "recount": true,
	"reformed": true, "resigned": true, "recovered": true, "reserved": true, "released": true,
	"represented": true, "recreate": true, "unionized": true, "resound": true, "repose": true,
	"reserves": true, "resigns": true, "recovers": true, "reforms": true, "releases": true, "retreats": true,
	"remarks": true, "resorts": true, "represents": true, "reacts": true, "recounts": true, "recounted": true,
}

// cand is a form of a term, before the forms are grouped by term: key is
// the term's key (Key of the form) or "" when it is Key(f.text); sum is the
// key's Sum, by which the forms are grouped first; seq orders the forms as
// they were found.
type cand struct {
	sum  uint64
	seq  int
	key  string
	f    form
	late bool // a closed word of the last pass: it joins a term but opens none
}

// plain is a plain word of the article (a Word token, not ALL CAPS, without a
// hyphen): its token, the Sum of its key without a possessive, and facts the
// later passes need.
type plain struct {
	sum  uint64
	n    int32 // key length (words.Sum.N)
	tok  int32
	poss uint8 // 1 after 's, 2 after ’s: the possessive the Sum leaves out
	pair bool  // the token before is a plain word of the same sentence, with white space between
}

func (w *plain) Sum() words.Sum { return words.Sum{H: w.sum, N: int(w.n)} }

// Sums of the possessive endings, by plain.poss.
var possSum = func() (t [3]words.Sum) {
	t[1], _ = words.KeySum("'s")
	t[2], _ = words.KeySum("’s")
	return t
}()

// scratch holds the buffers one run needs, reused through a pool.
type scratch struct {
	plains []plain
	closed words.SumSet
	terms  words.SumSet
	cands  []cand
	parts  []words.Part
	kinds  words.SumTable[uint8] // per term Sum: the kinds of form found
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the articles whose buffers go back to the pool.
const maxPooledTokens = 1 << 16

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	sc := scratchPool.Get().(*scratch)
	defer func() {
		// Buffers grown for a very long article are left to the collector
		// rather than kept for the next one.
		if cap(sc.plains) <= maxPooledTokens {
			scratchPool.Put(sc)
		}
	}()
	cands := sc.cands[:0]
	add := func(sum words.Sum, key string, f form) {
		cands = append(cands, cand{sum: sum.H, seq: len(cands), key: key, f: f})
	}
	// Hyphenated compounds first (few), and their closed-up parts; the plain
	// words, with the Sums of the keys of those of five letters or more in
	// closedAt, so that any two neighbouring words can be checked against
	// them in constant time.
	plains := sc.plains[:0]
	closedAt := &sc.closed
	closedAt.Reset(len(toks) / 2)
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || t.Has(lint.AllCaps) {
			continue
		}
		w := words.StripPossessive(t.Text)
		sum, hyphenated := words.KeySum(w)
		if !hyphenated {
			pw := plain{sum: sum.H, n: int32(sum.N), tok: int32(i)}
			if len(w) < len(t.Text) {
				pw.poss = 1
				if t.Text[len(w)] != '\'' {
					pw.poss = 2
				}
			}
			if k := len(plains) - 1; k >= 0 && int(plains[k].tok) == i-1 && toks[i-1].Sentence == t.Sentence && t.Has(lint.SpaceBefore) {
				pw.pair = true
			}
			plains = append(plains, pw)
			if len(w) >= 5 {
				closedAt.Add(sum)
			}
			continue
		}
		ps := words.AppendParts(sc.parts[:0], w)
		sc.parts = ps
		for k, pt := range ps {
			ptSum, _ := words.KeySum(pt.Text)
			if words.Letters(pt.Text) >= 4 {
				// a closed-up part of a longer compound: 24-yearold
				add(ptSum, "", form{closed, lint.Span{Start: t.Span.Start + pt.Off, End: t.Span.Start + pt.Off + len(pt.Text)}, pt.Text, i})
			}
			if k+1 < len(ps) {
				q := ps[k+1]
				if words.Letters(pt.Text) == 0 || words.Letters(q.Text) == 0 {
					continue
				}
				qSum, _ := words.KeySum(q.Text)
				sp := lint.Span{Start: t.Span.Start + pt.Off, End: t.Span.Start + q.Off + len(q.Text)}
				add(words.Join(ptSum, qSum), "", form{hyphen, sp, doc.Text[sp.Start:sp.End], i})
			}
		}
		if len(ps) > 2 {
			add(sum, "", form{hyphen, lint.Span{Start: t.Span.Start, End: t.Span.Start + len(w)}, w, i})
		}
	}
	sc.plains = plains
	// Open forms: two words that a closed form of the article joins (the
	// first keeps its possessive).
	for k := 1; k < len(plains); k++ {
		if !plains[k].pair {
			continue
		}
		pa := &plains[k-1]
		aSum := pa.Sum()
		if pa.poss != 0 {
			aSum = words.Join(aSum, possSum[pa.poss])
		}
		sum := words.Join(aSum, plains[k].Sum())
		if !closedAt.Has(sum) {
			continue
		}
		i := int(pa.tok)
		a, b := &toks[i], &toks[i+1]
		bw := words.StripPossessive(b.Text)
		la, lb := words.Key(a.Text), words.Key(bw)
		if (words.Function[la] || words.Particles[lb] || words.Function[lb]) && !functionCompounds[la+lb] {
			continue
		}
		sp := lint.Span{Start: a.Span.Start, End: b.Span.Start + len(bw)}
		add(sum, la+lb, form{open, sp, doc.Text[sp.Start:sp.End], i})
	}
	// Closed words of the terms found so far.
	if len(cands) > 0 {
		terms := &sc.terms
		terms.Reset(len(cands))
		for k := range cands {
			terms.Add(words.Sum{H: cands[k].sum})
		}
		for k := range plains {
			if !terms.Has(plains[k].Sum()) {
				continue
			}
			i := int(plains[k].tok)
			t := &toks[i]
			w := words.StripPossessive(t.Text)
			if words.Letters(w) < 4 {
				continue
			}
			cands = append(cands, cand{sum: plains[k].sum, seq: len(cands), f: form{closed, lint.Span{Start: t.Span.Start, End: t.Span.Start + len(w)}, w, i}, late: true})
		}
	}
	sc.cands = cands
	reported := houseList(p)
	for _, g := range termGroups(cands, sc) {
		if distinct[g.key] {
			continue
		}
		fs := variants(g.forms)
		if fs == nil {
			continue
		}
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].span.Start < fs[j].span.Start })
		report(p, fs, reported)
	}
	return nil, nil
}

// functionCompounds are the closed forms whose open form starts with a
// function word and still means the same: "per cent" beside "percent",
// "under way" beside "underway" is one term written two ways, unlike
// "any one" beside "anyone".
var functionCompounds = map[string]bool{"percent": true, "underway": true}

type group struct {
	key   string
	forms []form // in the order they were found
}

// termGroups groups the candidate forms by term, in the order in which each
// term was first found: by Sum first (a sort, no map), then, within a run of
// one Sum that could hold a conflict, by the key itself. A late closed word
// joins the term of its key but starts none.
func termGroups(cands []cand, sc *scratch) []group {
	// Only a Sum with a closed form and another form can hold a conflict:
	// keep those forms (few) and sort them alone.
	kinds := &sc.kinds
	kinds.Reset(len(cands))
	for k := range cands {
		*kinds.Ptr(words.Sum{H: cands[k].sum}) |= 1 << cands[k].f.kind
	}
	keep := cands[:0:0]
	for k := range cands {
		if ks, _ := kinds.Get(words.Sum{H: cands[k].sum}); ks&(1<<closed) != 0 && ks&(1<<hyphen|1<<open) != 0 {
			keep = append(keep, cands[k])
		}
	}
	cands = keep
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].sum != cands[j].sum {
			return cands[i].sum < cands[j].sum
		}
		return cands[i].seq < cands[j].seq
	})
	type ordered struct {
		first int
		g     group
	}
	var out []ordered
	for lo := 0; lo < len(cands); {
		hi := lo + 1
		for hi < len(cands) && cands[hi].sum == cands[lo].sum {
			hi++
		}
		run := cands[lo:hi]
		lo = hi
		// A conflict needs a closed form and another one.
		var kinds [3]bool
		for k := range run {
			kinds[run[k].f.kind] = true
		}
		if !kinds[closed] || !kinds[hyphen] && !kinds[open] {
			continue
		}
		for k := range run {
			if run[k].key == "" {
				run[k].key = words.Key(run[k].f.text)
			}
		}
		// Usually one key per Sum; split the run by key all the same.
		for len(run) > 0 {
			key := run[0].key
			g := group{key: key}
			first := -1
			rest := run[:0]
			for _, c := range run {
				if c.key != key {
					rest = append(rest, c)
					continue
				}
				g.forms = append(g.forms, c.f)
				if !c.late && first < 0 {
					first = c.seq
				}
			}
			run = rest
			if first >= 0 {
				out = append(out, ordered{first, g})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first < out[j].first })
	gs := make([]group, len(out))
	for i := range out {
		gs[i] = out[i].g
	}
	return gs
}

// variants keeps the forms of a group that are variants of each other: a
// closed form and hyphenated ones; else a closed form and open ones. A
// hyphenated and an open form alone are no conflict (a long-term plan, in
// the long term). nil when there is no conflict.
func variants(fs []form) []form {
	var n [3]int
	for _, f := range fs {
		n[f.kind]++
	}
	switch {
	case n[closed] > 0 && n[hyphen] > 0:
		// Open forms beside hyphenated ones differ in role (the long
		// term, a long-term plan): leave them out.
		var keep []form
		for _, f := range fs {
			if f.kind != open {
				keep = append(keep, f)
			}
		}
		return keep
	case n[closed] > 0 && n[open] > 0:
		return fs
	}
	return nil
}

func report(p *lint.Pass, fs []form, reported map[lint.Span]bool) {
	var n [3]int
	firstAt := [3]int{-1, -1, -1}
	for i, f := range fs {
		n[f.kind]++
		if firstAt[f.kind] < 0 {
			firstAt[f.kind] = i
		}
	}
	// The majority wins; on a tie the form that came first.
	best := -1
	for k := range n {
		if n[k] == 0 {
			continue
		}
		if best < 0 || n[k] > n[best] || n[k] == n[best] && firstAt[k] < firstAt[best] {
			best = k
		}
	}
	major := fs[firstAt[best]]
	count := map[string]int{}
	for _, f := range fs {
		if f.kind == kind(best) {
			count[f.text]++
		}
	}
	// The most frequent spelling of the majority form is the replacement.
	var texts []string
	for t := range count {
		texts = append(texts, t)
	}
	sort.Slice(texts, func(i, j int) bool {
		if count[texts[i]] != count[texts[j]] {
			return count[texts[i]] > count[texts[j]]
		}
		return texts[i] < texts[j]
	})
	want := texts[0]
	line := p.Doc.LineOf(major.span.Start)
	for _, f := range fs {
		if f.kind == kind(best) || reported[f.span] {
			continue
		}
		reported[f.span] = true
		repl := words.MatchCase(f.text, want)
		p.Report(lint.Diagnostic{
			Span: f.span,
			Message: fmt.Sprintf("%q is written %s here but %q (%s) %d time(s) elsewhere, first on line %d",
				f.text, kindName[f.kind], want, kindName[best], n[best], line),
			Related: []lint.Related{{Span: major.span, Message: fmt.Sprintf("%q here", major.text)}},
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Use %q as on line %d", repl, line),
				Edits:   []lint.Edit{{Span: f.span, NewText: repl}},
				Safe:    true,
			}},
		})
	}
}

// houseList reports the variants of the configuration's terms list, each
// occurrence, and returns the spans it reported.
func houseList(p *lint.Pass) map[lint.Span]bool {
	reported := map[lint.Span]bool{}
	if p.Config == nil || len(p.Config.Terms) == 0 {
		return reported
	}
	type entry struct {
		words     []string
		preferred string
	}
	byFirst := map[string][]entry{}
	for _, te := range p.Config.Terms {
		for _, v := range te.Variants {
			ws := strings.Fields(strings.ToLower(v))
			if len(ws) == 0 || strings.EqualFold(v, te.Preferred) {
				continue
			}
			byFirst[ws[0]] = append(byFirst[ws[0]], entry{ws, te.Preferred})
		}
	}
	toks := p.Doc.Tokens
	for i := range toks {
		if toks[i].Kind != lint.Word {
			continue
		}
		for _, e := range byFirst[strings.ToLower(toks[i].Text)] {
			end, ok := i, true
			for k, w := range e.words {
				j := i + k
				if j >= len(toks) || toks[j].Kind != lint.Word || strings.ToLower(toks[j].Text) != w ||
					k > 0 && toks[j].Sentence != toks[i].Sentence {
					ok = false
					break
				}
				end = j
			}
			if !ok {
				continue
			}
			sp := lint.Span{Start: toks[i].Span.Start, End: toks[end].Span.End}
			text := p.Doc.Text[sp.Start:sp.End]
			repl := words.MatchCase(text, e.preferred)
			reported[sp] = true
			p.Report(lint.Diagnostic{
				Span:    sp,
				Message: fmt.Sprintf("the house style writes %q, not %q", e.preferred, text),
				Fixes: []lint.Fix{{
					Message: fmt.Sprintf("Use %q", repl),
					Edits:   []lint.Edit{{Span: sp, NewText: repl}},
					Safe:    true,
				}},
			})
			break
		}
	}
	return reported
}
