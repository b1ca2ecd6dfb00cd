package main

import (
	"fmt"
	"strings"
)

// Styles are the house styles the clean articles can be rewritten in
// before planting: "bbc" leaves them as they are (British spelling, US,
// Mr); "us" makes them American wire copy in the AP manner: American
// spelling (lower-case words and sentence openers only, so Labour Party
// stays), U.S., U.K. and U.N. with points, and Mr., Mrs., Ms. and Dr.
// with theirs. The spelling and abbreviation mutators then plant the
// opposite slips (a British spelling, a US or a Mr without points).
var Styles = []string{"bbc", "us"}

// USStyle rewrites a clean article in American house style.
func USStyle(text string, data *Data) string {
	d := NewDoc("", text)
	var b strings.Builder
	last := 0
	for _, w := range d.Words {
		var repl string
		switch {
		case w.S == "US" || w.S == "UK" || w.S == "UN":
			repl = w.S[:1] + "." + w.S[1:] + "."
			if strings.HasPrefix(text[w.End:], ".") {
				repl = repl[:len(repl)-1] // the full stop is the last point
			}
		case (w.S == "Mr" || w.S == "Mrs" || w.S == "Ms" || w.S == "Dr") && strings.HasPrefix(text[w.End:], " ") && w.End+1 < len(text) && isUpperRune(text[w.End+1]):
			repl = w.S + "."
		default:
			low := strings.ToLower(w.S)
			us, ok := data.UKUS[low]
			switch {
			case !ok || us == low:
			case isLower(w.S):
				repl = us
			case w.SentStart && isTitleCase(w.S):
				repl = upperFirst(us)
			}
		}
		if repl != "" {
			b.WriteString(text[last:w.Start])
			b.WriteString(repl)
			last = w.End
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// ApplyStyle rewrites every article in the style (bbc: unchanged).
func ApplyStyle(arts []Article, style string, data *Data) ([]Article, error) {
	switch style {
	case "", "bbc":
		return arts, nil
	case "us":
		out := make([]Article, len(arts))
		for i, a := range arts {
			out[i] = Article{a.Name, USStyle(a.Text, data)}
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown style %q (styles: %s)", style, strings.Join(Styles, ","))
}

// usSpelling plants one British spelling into American copy.
func usSpelling(d *Doc, data *Data) []Plant {
	var out []Plant
	for _, w := range d.Words {
		if w.Head {
			continue
		}
		low := strings.ToLower(w.S)
		uk, ok := data.USUK[low]
		if !ok || uk == low || d.CountFold(uk) > 0 {
			continue
		}
		repl := uk
		switch {
		case isLower(w.S):
		case w.SentStart && isTitleCase(w.S):
			repl = upperFirst(uk)
		default:
			continue
		}
		out = append(out, plant("spelling", spellingKind(uk, low), w.Start, w.End, repl, "UK spelling in a US-spelled article"))
	}
	return out
}

// usAbbreviation plants a U.S., U.K. or U.N. written without points, or a
// title without its point, into American copy (not the first use).
func usAbbreviation(d *Doc, data *Data) []Plant {
	var out []Plant
	headEnd := strings.IndexByte(d.Text, '\n')
	for _, ab := range []string{"U.S.", "U.K.", "U.N."} {
		at := indexAll(d.Text, ab)
		for k, i := range at {
			if i < headEnd || k == 0 || i > 0 && isWordRune(rune(d.Text[i-1])) {
				continue
			}
			plain := strings.ReplaceAll(ab, ".", "")
			out = append(out, plant("abbreviation", plain+"-undotted", i, i+len(ab), plain, fmt.Sprintf("%s written %s", ab, plain)))
		}
	}
	for _, t := range []string{"Mr.", "Mrs.", "Ms.", "Dr."} {
		at := indexAll(d.Text, t+" ")
		for k, i := range at {
			if i < headEnd || k == 0 || i > 0 && isWordRune(rune(d.Text[i-1])) {
				continue
			}
			out = append(out, plant("abbreviation", "honorific-undot", i, i+len(t), t[:len(t)-1], fmt.Sprintf("%s written %s", t, t[:len(t)-1])))
		}
	}
	return out
}

func indexAll(s, sub string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return out
		}
		out = append(out, from+i)
		from += i + 1
	}
}

// Formats are the file formats the articles can be written in before
// planting: txt (as they are), md (the headline as "# Headline"), html
// (<h1>Headline</h1> and a <p> per paragraph, text escaped) and wrap (plain
// text with every paragraph after the headline hard-wrapped at WrapWidth
// columns, as wire services and e-mailed copy send it).
var Formats = []string{"txt", "md", "html", "wrap"}

// WrapWidth is the column the wrap format breaks lines at.
const WrapWidth = 72

// ApplyFormat rewrites the articles in the format and names them with its
// extension.
func ApplyFormat(arts []Article, format string) ([]Article, error) {
	if format == "" || format == "txt" {
		return arts, nil
	}
	if format != "md" && format != "html" && format != "wrap" {
		return nil, fmt.Errorf("unknown format %q (formats: %s)", format, strings.Join(Formats, ","))
	}
	out := make([]Article, len(arts))
	for i, a := range arts {
		ext := format
		if format == "wrap" {
			ext = "txt"
		}
		name := strings.TrimSuffix(a.Name, ".txt") + "." + ext
		paras := strings.Split(strings.TrimRight(a.Text, "\n"), "\n\n")
		var b strings.Builder
		for k, p := range paras {
			if k > 0 {
				b.WriteString("\n\n")
			}
			switch {
			case format == "md" && k == 0:
				b.WriteString("# " + p)
			case format == "md":
				b.WriteString(p)
			case format == "wrap" && k == 0:
				b.WriteString(p)
			case format == "wrap":
				b.WriteString(hardWrap(p, WrapWidth))
			case k == 0:
				b.WriteString("<h1>" + escapeHTML(p) + "</h1>")
			default:
				b.WriteString("<p>" + escapeHTML(p) + "</p>")
			}
		}
		b.WriteString("\n")
		out[i] = Article{name, b.String()}
	}
	return out, nil
}

// hardWrap breaks a paragraph into lines of at most width bytes at spaces
// (a word longer than the width gets a line of its own). Each space it breaks
// at becomes the newline, so every byte offset is kept.
func hardWrap(p string, width int) string {
	b := []byte(p)
	start, lastSpace := 0, -1
	for i := 0; i < len(b); i++ {
		if b[i] == '\n' {
			start, lastSpace = i+1, -1
			continue
		}
		if b[i] == ' ' {
			lastSpace = i
		}
		if i-start >= width && lastSpace > start {
			b[lastSpace] = '\n'
			start, lastSpace = lastSpace+1, -1
		}
	}
	return string(b)
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escapeHTML(s string) string { return htmlEscaper.Replace(s) }
