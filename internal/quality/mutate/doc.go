package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is a run of letters and digits in an article, by byte offsets.
type Word struct {
	Start, End int
	S          string
	// SentStart: the first word of its sentence or of its line.
	SentStart bool
	// Head: in the headline (the first line).
	Head bool
}

// Doc is an article read for planting: its text and its words.
type Doc struct {
	Name  string
	Text  string
	Words []Word
	count map[string]int // occurrences of each word, case-sensitive
}

// NewDoc splits text into words.
func NewDoc(name, text string) *Doc {
	d := &Doc{Name: name, Text: text, count: map[string]int{}}
	headEnd := strings.IndexByte(text, '\n')
	if headEnd < 0 {
		headEnd = len(text)
	}
	sentStart := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '<' {
			// an HTML tag: neither a word nor punctuation
			if j := strings.IndexByte(text[i:], '>'); j > 0 && !strings.ContainsAny(text[i:i+j], "\n ") || j > 0 && strings.HasPrefix(text[i+1:], "/") {
				i += j + 1
				continue
			}
		}
		if !isWordRune(r) {
			switch {
			case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':':
				sentStart = true
			case r == '"' || r == '\'' || r == ' ' || r == '(' || r == '\u201c' || r == '\u2018' || r == '\t':
			default:
				sentStart = false
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		w := Word{Start: i, End: j, S: text[i:j], SentStart: sentStart, Head: i < headEnd}
		d.Words = append(d.Words, w)
		d.count[w.S]++
		sentStart = false
		i = j
	}
	return d
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Count is how often the word occurs (case-sensitive).
func (d *Doc) Count(s string) int { return d.count[s] }

// CountFold is how often the word occurs in any case.
func (d *Doc) CountFold(s string) int {
	n := 0
	for _, w := range d.Words {
		if strings.EqualFold(w.S, s) {
			n++
		}
	}
	return n
}

// Between is the text between word i and word i+1 ("" at the end).
func (d *Doc) Between(i int) string {
	if i+1 >= len(d.Words) {
		return ""
	}
	return d.Text[d.Words[i].End:d.Words[i+1].Start]
}

// Joined tells whether words i and i+1 are separated by exactly sep.
func (d *Doc) Joined(i int, sep string) bool { return i+1 < len(d.Words) && d.Between(i) == sep }

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func isAllCaps(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// isTitleCase: an upper-case letter, then lower-case letters only.
func isTitleCase(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(s) > size && isLower(s[size:])
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// findAll returns the byte offsets of whole-word occurrences of phrase.
func findAll(text, phrase string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return out
		}
		i += from
		from = i + 1
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(r) {
				continue
			}
		}
		if e := i + len(phrase); e < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[e:]); isWordRune(r) {
				continue
			}
		}
		out = append(out, i)
	}
}
