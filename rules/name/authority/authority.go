// Package authority implements name-authority: names and titles checked
// against the house list of people (names: in .factlint.yml).
package authority

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/fixes"
	"github.com/factlint/factlint/rules/model/entities"
)

//go:embed doc.md
var doc string

// Rule is name-authority.
var Rule = &lint.Rule{
	Name:     "name-authority",
	Summary:  "A name spelt unlike the house list, or a title that contradicts it.",
	Doc:      doc,
	Severity: lint.Warning,
	Fixable:  true,
	Requires: []*lint.Rule{entities.Rule},
	Run:      run,
}

// listed is one spelling of a house-list entry, split into words.
type listed struct {
	entry *lint.NameEntry
	words []string // as written
	folds []string
}

func split(name string) listed {
	l := listed{words: strings.Fields(name)}
	for _, w := range l.words {
		l.folds = append(l.folds, entities.Fold(w))
	}
	return l
}

func run(p *lint.Pass) (any, error) {
	if p.Config == nil || len(p.Config.Names) == 0 {
		return nil, nil
	}
	m := entities.Of(p)
	var forms []listed
	exact := map[string]*lint.NameEntry{} // folded full name → entry
	for i := range p.Config.Names {
		en := &p.Config.Names[i]
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			if strings.TrimSpace(n) == "" {
				continue
			}
			l := split(n)
			l.entry = en
			forms = append(forms, l)
			exact[entities.Fold(n)] = en
		}
	}
	for _, e := range m.Entities {
		if e.Kind != entities.Person && e.Kind != entities.Other {
			continue
		}
		if en, ok := exact[entities.Fold(e.Name)]; ok {
			checkTitles(p, e, en)
			continue
		}
		if e.Kind != entities.Person {
			continue
		}
		// A near miss of a listed name: the same first name (when both
		// give one) and a surname that is a slip of the listed surname.
		ew := strings.Fields(e.Name)
		for _, f := range forms {
			if len(ew) == 0 || len(f.words) == 0 {
				continue
			}
			es, ls := ew[len(ew)-1], f.words[len(f.words)-1]
			if entities.Fold(es) == f.folds[len(f.folds)-1] {
				continue // same surname: another person, or a listed alias
			}
			if _, v := entities.Spelling(ls, es); !v {
				continue
			}
			if len(ew) > 1 && len(f.words) > 1 && entities.Fold(ew[0]) != f.folds[0] {
				continue
			}
			for _, mm := range e.Mentions {
				if mm.Form == entities.TitleOnly || len(mm.Tokens) == 0 {
					continue
				}
				last := p.Doc.Tokens[mm.Tokens[len(mm.Tokens)-1]]
				sp := lint.Span{Start: last.Span.Start, End: last.Span.Start + len(es)}
				if sp.End > mm.Span.End || p.Doc.Text[sp.Start:sp.End] != es {
					continue
				}
				p.Report(lint.Diagnostic{
					Span:    sp,
					Message: fmt.Sprintf("%q: the house list spells this name %q", es, f.entry.Name),
					Fixes:   fixes.One(fmt.Sprintf("Use %q as in the house list", ls), sp, ls, false),
				})
			}
			break
		}
	}
	return nil, nil
}

// checkTitles reports a title that names another office than the list.
func checkTitles(p *lint.Pass, e *entities.Entity, en *lint.NameEntry) {
	want := headOf(en.Title)
	if want == "" {
		return
	}
	for _, t := range e.Titles {
		if t.Modifier != "" {
			continue // former, acting, shadow… may differ
		}
		got := headOf(t.Text)
		if got == "" || got == want || compatible(got, want) {
			continue
		}
		p.Report(lint.Diagnostic{
			Span:    t.Span,
			Message: fmt.Sprintf("%s is %q in the house list, not %q", en.Name, en.Title, t.Text),
		})
	}
}

// heads of titles that the list and the article may use for one office.
var same = map[string]string{
	"chief": "executive", "ceo": "executive", "boss": "executive", "chairwoman": "chairman",
	"chair": "chairman", "chairperson": "chairman", "premier": "minister", "spokeswoman": "spokesman",
	"spokesperson": "spokesman", "head": "executive", "leader": "leader",
}

func compatible(a, b string) bool {
	if x, ok := same[a]; ok {
		a = x
	}
	if x, ok := same[b]; ok {
		b = x
	}
	return a == b || a == "boss" || b == "boss" || a == "head" || b == "head"
}

// headOf is the office word of a title: its last word that is a known
// office, lower case ("US Defense Secretary" → "secretary").
func headOf(s string) string {
	f := strings.Fields(strings.ToLower(s))
	// "Secretary of Defense": the office is before "of".
	for i, w := range f {
		if w == "of" && i > 0 {
			f = f[:i]
			break
		}
	}
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.Trim(f[i], ",.")
		if offices[w] {
			return w
		}
	}
	return ""
}

var offices = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "premier": true,
	"leader": true, "chairman": true, "chairwoman": true, "chair": true, "executive": true,
	"director": true, "governor": true, "senator": true, "mayor": true, "ambassador": true,
	"spokesman": true, "spokeswoman": true, "commissioner": true, "judge": true, "general": true,
	"captain": true, "coach": true, "manager": true, "chief": true, "ceo": true, "king": true,
	"queen": true, "prince": true, "representative": true, "congressman": true, "congresswoman": true,
	"speaker": true, "attorney": true, "mp": true, "mep": true, "editor": true, "founder": true,
}
