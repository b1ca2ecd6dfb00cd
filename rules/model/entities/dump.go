package entities

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/lint"
)

// Dump builds the model of doc and prints it readably: people with their
// mentions (line:column), titles, gender with evidence, age and
// affiliation; then organisations, places and other names; then
// unresolved mentions and near misses. Columns count code points.
func Dump(w io.Writer, doc *lint.Document, cfg *lint.Config) error {
	return dumpModel(w, doc, Build(doc, cfg))
}

// dumpModel prints the model m of doc as Dump does.
func dumpModel(w io.Writer, doc *lint.Document, m *Model) error {
	bw := bufio.NewWriter(w)
	pos := func(sp lint.Span) string {
		p := doc.Lines.Position(doc.ToSource(sp.Start), lint.CodePoints)
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	forms := [...]string{"full", "surname", "title", "pronoun"}
	section := func(kind Kind, heading string) {
		first := true
		for _, e := range m.Entities {
			if e.Kind != kind {
				continue
			}
			if first {
				fmt.Fprintf(bw, "%s:\n", heading)
				first = false
			}
			fmt.Fprintf(bw, "  %s", e.Name)
			if e.Country != "" {
				fmt.Fprintf(bw, " [%s]", e.Country)
			}
			fmt.Fprintln(bw)
			if kind == Person {
				fmt.Fprintf(bw, "    gender: %s", e.Gender)
				if len(e.Evidence) > 0 {
					var ev []string
					for _, x := range e.Evidence {
						ev = append(ev, fmt.Sprintf("%s at %s", x.Why, pos(x.Span)))
					}
					fmt.Fprintf(bw, " (%s)", strings.Join(ev, "; "))
				}
				fmt.Fprintln(bw)
				if len(e.Ages) > 0 {
					var as []string
					for _, a := range e.Ages {
						as = append(as, fmt.Sprintf("%d at %s", a.Age, pos(a.Span)))
					}
					fmt.Fprintf(bw, "    age: %s\n", strings.Join(as, "; "))
				}
				if e.Affiliation != "" {
					fmt.Fprintf(bw, "    affiliation: %s\n", e.Affiliation)
				}
				for _, t := range e.Titles {
					extra := ""
					if t.Country != "" {
						extra += " country=" + t.Country
					}
					if t.Modifier != "" {
						extra += " modifier=" + t.Modifier
					}
					fmt.Fprintf(bw, "    title: %q at %s%s\n", t.Text, pos(t.Span), extra)
				}
			}
			var ms []string
			for _, mm := range e.Mentions {
				s := fmt.Sprintf("%s %q", pos(mm.Span), mm.Text)
				if kind == Person {
					s += " " + forms[mm.Form]
				}
				if mm.Honorific != "" {
					s += " hon=" + mm.Honorific
				}
				if mm.Possessive {
					s += " possessive"
				}
				ms = append(ms, s)
			}
			fmt.Fprintf(bw, "    mentions: %s\n", strings.Join(ms, ", "))
		}
	}
	section(Person, "people")
	section(Organization, "organisations")
	section(Place, "places")
	section(Other, "other names")
	if len(m.Unresolved) > 0 {
		fmt.Fprintln(bw, "unresolved:")
		for _, mm := range m.Unresolved {
			fmt.Fprintf(bw, "  %s %q\n", pos(mm.Span), mm.Text)
		}
	}
	if len(m.NearMisses) > 0 {
		fmt.Fprintln(bw, "near misses:")
		for _, nm := range m.NearMisses {
			if nm.Lexical {
				fmt.Fprintf(bw, "  %s %q (%d×) is close to %q of the word lists\n", pos(nm.WordSpan), nm.Word, nm.Count, nm.RefWord)
				continue
			}
			fmt.Fprintf(bw, "  %s %q (%d×) is close to %q at %s (%d×), distance %.2f\n", pos(nm.WordSpan), nm.Word, nm.Count, nm.RefWord, pos(nm.RefWordSpan), nm.RefCount, nm.Distance)
		}
	}
	if len(m.Pronouns) > 0 {
		fmt.Fprintln(bw, "pronouns:")
		for _, p := range m.Pronouns {
			s := fmt.Sprintf("  %s %q", pos(p.Span), p.Text)
			if p.InQuote {
				s += " (in quotation)"
			}
			if p.Antecedent != nil {
				s += " → " + p.Antecedent.Name
			} else {
				var cs []string
				for _, c := range p.Reach {
					if c.Kind == Person || c.Noun || c.Entity != nil && c.Entity.Kind != Other {
						cs = append(cs, c.Text)
					}
					if len(cs) == 4 {
						break
					}
				}
				if len(cs) > 0 {
					s += " ? " + strings.Join(cs, ", ")
				}
			}
			fmt.Fprintln(bw, s)
		}
	}
	return bw.Flush()
}
