// Package variant implements term-variant: one term written different ways
// in one article (midterm, mid-term, mid term).
package variant

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

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

func run(p *lint.Pass) (any, error) {
	doc := p.Doc
	toks := doc.Tokens
	groups := map[string][]form{}
	var order []string
	add := func(key string, f form) {
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], f)
	}
	// Hyphenated compounds first (few), and their closed-up parts.
	closedAt := make(map[uint64]struct{}, len(toks)/3) // hashes of the closed words' keys
	for i := range toks {
		t := &toks[i]
		if t.Kind != lint.Word || t.Has(lint.AllCaps) {
			continue
		}
		w := words.StripPossessive(t.Text)
		if !words.HasHyphen(w) {
			if len(w) >= 5 {
				closedAt[words.Hash(w)] = struct{}{}
			}
			continue
		}
		ps := words.Parts(w)
		for k, pt := range ps {
			if words.Letters(pt.Text) >= 4 {
				// a closed-up part of a longer compound: 24-yearold
				add(words.Key(pt.Text), form{closed, lint.Span{Start: t.Span.Start + pt.Off, End: t.Span.Start + pt.Off + len(pt.Text)}, pt.Text, i})
			}
			if k+1 < len(ps) {
				q := ps[k+1]
				if words.Letters(pt.Text) == 0 || words.Letters(q.Text) == 0 {
					continue
				}
				sp := lint.Span{Start: t.Span.Start + pt.Off, End: t.Span.Start + q.Off + len(q.Text)}
				add(words.Key(pt.Text+q.Text), form{hyphen, sp, doc.Text[sp.Start:sp.End], i})
			}
		}
		if len(ps) > 2 {
			add(words.Key(w), form{hyphen, lint.Span{Start: t.Span.Start, End: t.Span.Start + len(w)}, w, i})
		}
	}
	// Open forms: two words that a closed form of the article joins.
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1]
		if a.Kind != lint.Word || b.Kind != lint.Word || a.Sentence != b.Sentence || !b.Has(lint.SpaceBefore) ||
			a.Has(lint.AllCaps) || b.Has(lint.AllCaps) || words.HasHyphen(a.Text) || words.HasHyphen(b.Text) {
			continue
		}
		if _, ok := closedAt[words.HashMore(words.Hash(a.Text), words.StripPossessive(b.Text))]; !ok {
			continue
		}
		la, lb := words.Key(a.Text), words.Key(words.StripPossessive(b.Text))
		if words.Function[la] || words.Particles[lb] || words.Function[lb] {
			continue
		}
		sp := lint.Span{Start: a.Span.Start, End: b.Span.Start + len(words.StripPossessive(b.Text))}
		add(la+lb, form{open, sp, doc.Text[sp.Start:sp.End], i})
	}
	// Closed words of the terms found so far.
	if len(groups) > 0 {
		for i := range toks {
			t := &toks[i]
			if t.Kind != lint.Word || t.Has(lint.AllCaps) {
				continue
			}
			w := words.StripPossessive(t.Text)
			if words.HasHyphen(w) || words.Letters(w) < 4 {
				continue
			}
			key := words.Key(w)
			if _, ok := groups[key]; ok {
				groups[key] = append(groups[key], form{closed, lint.Span{Start: t.Span.Start, End: t.Span.Start + len(w)}, w, i})
			}
		}
	}
	reported := houseList(p)
	for _, key := range order {
		if distinct[key] {
			continue
		}
		fs := variants(groups[key])
		if fs == nil {
			continue
		}
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].span.Start < fs[j].span.Start })
		report(p, fs, reported)
	}
	return nil, nil
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
	line := p.Doc.Lines.Line(p.Doc.ToSource(major.span.Start))
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
