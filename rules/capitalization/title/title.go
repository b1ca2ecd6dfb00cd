// Package title implements capitalization-title: a formal title directly
// before a name is capitalised (Defense Secretary Jim Mattis, not Defense
// secretary Jim Mattis).
package title

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fold"
	"github.com/factlint/factlint/rules/internal/foldset"
	"github.com/factlint/factlint/rules/spelling/variety"
)

//go:embed doc.md
var doc string

// Rule is capitalization-title.
var Rule = &lint.Rule{
	Name:     "capitalization-title",
	Summary:  "A formal title directly before a name in lower case (Defense secretary Jim Mattis).",
	Doc:      doc,
	Severity: lint.Warning,
	Requires: []*lint.Rule{variety.Rule},
	Options: []lint.Option{{
		Name:    "always",
		Default: false,
		Doc:     "check every article, not only American ones (for house styles that capitalise titles before names)",
	}},
	Fixable: true,
	Run:     run,
}

// heads are formal titles: capitalised before a name in AP and most house
// styles. Occupational descriptions (director, coach, spokesman, press
// secretary) stay lower case and are not listed.
var heads = map[string]bool{
	"president": true, "vice-president": true, "secretary": true, "minister": true, "chancellor": true,
	"governor": true, "senator": true, "congressman": true, "congresswoman": true, "representative": true,
	"mayor": true, "judge": true, "justice": true, "ambassador": true, "prince": true, "princess": true, "pope": true, "cardinal": true, "archbishop": true, "bishop": true,
	"general": true, "admiral": true, "colonel": true, "lieutenant": true, "sergeant": true,
	"commissioner": true, "sheriff": true, "premier": true, "secretary-general": true,
	"attorney-general": true, "speaker": true, "emperor": true, "empress": true, "sultan": true,
	"ayatollah": true, "chief-justice": true,
}

// ofTitle are the lower-case departments of "secretary of state",
// "secretary of defense" and the like; "president of Sony" is a
// description after a name, not a title before one.
var ofTitle = map[string]bool{
	"state": true, "defense": true, "defence": true, "labor": true, "commerce": true, "energy": true,
	"education": true, "agriculture": true, "transportation": true, "homeland": true, "health": true,
	"war": true, "treasury": true, "interior": true, "justice": true,
}

// formal modifiers make part of a formal title when written in lower case
// (prime minister, vice president, foreign secretary).
var formal = map[string]bool{
	"prime": true, "vice": true, "deputy": true, "foreign": true, "defense": true, "defence": true,
	"interior": true, "home": true, "justice": true, "finance": true, "energy": true,
	"health": true, "education": true, "labor": true, "labour": true, "treasury": true,
	"commerce": true, "transportation": true, "transport": true, "agriculture": true,
	"attorney": true, "chief": true, "lieutenant": true, "trade": true, "culture": true,
	"environment": true, "economy": true, "housing": true, "veterans": true,
	"army": true, "navy": true, "police": true, "district": true, "circuit": true, "supreme": true,
	"rear": true, "major": true, "brigadier": true, "lord": true, "grand": true, "crown": true,
}

// determiners before a title make it a description ("the defense secretary
// Jim Mattis" is read as an apposition in many styles): left alone. Not
// shared with the other rules' determiner lists, which are fitted to their
// rules and differ: the articles, the possessives, "this" and "whose"
// (whose finance minister), no quantifier, so one list would change findings.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "whose": true,
}

// occupational nouns before a title make it a job description, which stays
// in lower case: press secretary, club president, shadow chancellor.
var occupational = map[string]bool{
	"press": true, "club": true, "team": true, "company": true, "party": true, "union": true,
	"league": true, "school": true, "student": true, "council": true, "board": true, "bank": true,
	"college": true, "university": true, "church": true, "parish": true, "association": true,
	"society": true, "federation": true, "foundation": true, "group": true, "firm": true,
	"network": true, "studio": true, "campaign": true, "agency": true, "assistant": true,
	"associate": true, "general": true, "permanent": true, "private": true, "personal": true,
	"social": true, "shadow": true, "junior": true, "senior": true, "cabinet": true,
	"committee": true, "executive": true, "corporate": true, "honorary": true, "branch": true,
	"chapter": true, "county": true, "local": true, "regional": true, "fellow": true,
	"organization": true, "organisation": true, "museum": true, "festival": true, "academy": true,
}

// notNames are capitalised words that follow a title without being a name.
var notNames = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "I": true, "Of": true, "And": true, "The": true,
}

func run(p *lint.Pass) (any, error) {
	if !p.Bool("always") {
		v := lint.ResultOf[*variety.Result](p, variety.Rule)
		if v == nil || v.Variety != "en-US" {
			return nil, nil
		}
		// Judged American from the article itself while it has as many
		// British spellings as American ones (a story about the US in
		// British copy with one US spelling slipped in): its titles follow
		// British style, which lower-cases them.
		if (p.Config == nil || p.Config.Variety != "en-US") && v.GB > 0 && v.GB >= v.US {
			return nil, nil
		}
	}
	d := p.Doc
	toks := d.Tokens
	for i := range toks {
		t := &toks[i]
		if !headSet.Has(t.Fold) || t.Kind != lint.Word || !isHead(t) {
			continue
		}
		// "secretary of state Mike Pompeo": the head may carry "of X".
		last := i
		if i+2 < len(toks) && toks[i+1].Text == "of" && ofTitle[toks[i+2].Text] && adjacent(toks, i, i+2) {
			last = i + 2
		}
		if !nameFollows(toks, last) {
			if last == i {
				continue
			}
			last = i
			if !nameFollows(toks, last) {
				continue
			}
		}
		// Modifiers before the head: capitalised words (Defense, Homeland
		// Security) and formal lower-case ones (prime, vice, foreign).
		first := i
		for k := i - 1; k >= 0 && i-k <= 3 && adjacent(toks, k, first); k-- {
			w := &toks[k]
			if w.Kind != lint.Word {
				break
			}
			var buf [32]byte
			lw := lowered(buf[:], w.Text)
			capMod := w.Has(lint.Capitalized) && !w.Has(lint.AllCaps) && !determiners[string(lw)] && !strings.ContainsAny(w.Text, "'’.") &&
				(!w.Has(lint.SentenceStart) || formal[string(lw)])
			if capMod || !w.Has(lint.Capitalized) && formal[string(lw)] {
				first = k
				continue
			}
			break
		}
		if first > 0 && adjacent(toks, first-1, first) {
			b := &toks[first-1]
			var buf [32]byte
			lb := lowered(buf[:], b.Text)
			// A description, not a title: "the defense secretary Jim Mattis",
			// "Russia's defense minister Sergei Shoigu", "press secretary Sean
			// Spicer" (an occupational modifier in lower case).
			if b.Kind == lint.Word && (determiners[string(lb)] || occupational[string(lb)] || hasSuffix(lb, "'s") || hasSuffix(lb, "’s") || hasSuffix(lb, "s'")) {
				continue
			}
		}
		// Which words of the title are in lower case?
		var edits []lint.Edit
		for k := first; k <= last; k++ {
			w := &toks[k]
			if w.Kind != lint.Word || w.Has(lint.Capitalized) || w.Text == "of" {
				continue
			}
			edits = append(edits, lint.Edit{Span: w.Span, NewText: capitalize(w.Text)})
		}
		if len(edits) == 0 {
			continue
		}
		sp := lint.Span{Start: toks[first].Span.Start, End: toks[last].Span.End}
		right := d.Slice(sp)
		for k := len(edits) - 1; k >= 0; k-- {
			e := edits[k]
			right = right[:e.Span.Start-sp.Start] + e.NewText + right[e.Span.End-sp.Start:]
		}
		p.Report(lint.Diagnostic{
			Span:    sp,
			Message: fmt.Sprintf("a formal title directly before a name is capitalised: %q", right),
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Write %q", right),
				Edits:   edits,
				Safe:    true,
			}},
		})
	}
	return nil, nil
}

// headSet is the heads by Fold: a word it does not hold is no head, read
// from its Fold without its text (most words); one it holds is then looked
// up in heads.
var headSet = foldset.Of(heads)

// lowered returns w in lower case, as strings.ToLower writes it: in buf
// (no copy on the heap) when w is ASCII and fits, through strings.ToLower
// otherwise (a capital beyond ASCII may lower into it: İ, K).
func lowered(buf []byte, w string) []byte {
	if len(w) > len(buf) || !fold.IsASCII(w) {
		return []byte(strings.ToLower(w))
	}
	return fold.LowerASCII(buf, w)
}

// hasSuffix is strings.HasSuffix for a byte slice, without converting it.
func hasSuffix(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

// isHead reports whether the token is a formal title, in any case, without
// allocating.
func isHead(t *lint.Token) bool {
	if !t.Has(lint.Capitalized) {
		return heads[t.Text]
	}
	var buf [24]byte
	if len(t.Text) > len(buf) {
		return false
	}
	return heads[string(fold.LowerASCII(buf[:], t.Text))]
}

// adjacent: tokens a < b are words of one block with only white space
// between each pair.
func adjacent(toks []lint.Token, a, b int) bool {
	for k := a; k <= b; k++ {
		if toks[k].Kind != lint.Word || toks[k].Block != toks[a].Block {
			return false
		}
	}
	return true
}

// nameFollows reports whether a personal name starts right after token k: a
// capitalised word that is not a month, a day or a sentence start.
func nameFollows(toks []lint.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.Kind == lint.Word && n.Block == toks[k].Block && n.Has(lint.Capitalized) && !n.Has(lint.AllCaps) &&
		!n.Has(lint.SentenceStart) && !notNames[n.Text] && n.Has(lint.SpaceBefore)
}

func capitalize(w string) string {
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
		}
		upper = r == '-' // vice-president → Vice-President
		b.WriteRune(r)
	}
	return b.String()
}
