package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is a faithful Go port of ../shared/corpus/score.py: the same
// matching, the same counters, the same printed table. Where Python
// semantics matter (str.split() for words, slicing by code points, repr of
// the flagged text) they are reproduced exactly.

// Finding is one diagnostic as score.py's load_diags normalises it.
type Finding struct {
	File    string // relative to the set folder: articles/NAME.txt or clean/NAME.txt
	Line    int
	Col     int
	EndCol  int // exclusive; 10**9 when the finding runs onto a later line
	Rule    string
	Class   string
	Message string
}

// Normalize applies load_diags to one JSON finding's fields.
func Normalize(path, rule string, line, col, endLine, endCol int, message string) Finding {
	if col == 0 {
		col = 1
	}
	if endLine == 0 {
		endLine = line
	}
	if endCol == 0 {
		endCol = col + 1
	}
	if endLine > line {
		endCol = 1_000_000_000
	}
	class := rule
	if i := strings.IndexByte(class, '-'); i >= 0 {
		class = class[:i]
	}
	if i := strings.LastIndexByte(class, '/'); i >= 0 {
		class = class[i+1:]
	}
	return Finding{File: normPath(path), Line: line, Col: col, EndCol: max(endCol, col+1), Rule: rule, Class: class, Message: message}
}

// normPath is score.py's norm: backslashes to slashes, leading "./" removed.
func normPath(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	return p
}

// Gold is one line of gold.jsonl or real-slips.jsonl.
type Gold struct {
	File     string          `json:"file"`
	Line     int             `json:"line"`
	Col      int             `json:"col"`
	EndCol   int             `json:"end_col"`
	Class    string          `json:"class"`
	Text     *string         `json:"text"`
	Note     *string         `json:"note"`
	Group    json.RawMessage `json:"group"`
	Optional json.RawMessage `json:"optional"`
}

// truthy is Python's truth value of a JSON value (absent counts as None).
func truthy(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	switch s {
	case "", "null", "false", "0", `""`, "[]", "{}":
		return false
	}
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{") {
		var v any
		if json.Unmarshal(raw, &v) == nil {
			switch v := v.(type) {
			case []any:
				return len(v) > 0
			case map[string]any:
				return len(v) > 0
			}
		}
	}
	var f float64
	if json.Unmarshal(raw, &f) == nil {
		return f != 0
	}
	return true
}

func readJSONL(path string) ([]Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Gold
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// Set is one evaluation set (a folder with articles/, clean/, gold.jsonl)
// with the findings of a run over it.
type Set struct {
	Dir      string
	Articles []Finding // findings on articles/, in output order
	Clean    []Finding // findings on clean/, in output order
}

// Options are score.py's flags.
type Options struct {
	Classes      map[string]bool // nil: all
	MinRecall    *float64
	MinPrecision *float64
	MaxFP        *float64
	Missed       bool
	FPs          int
}

type counts struct{ gold, found, tp, fp, background, cleanFP int }

type listed struct {
	set  string
	f    Finding
	text string
}

type missedGold struct {
	set string
	g   Gold
}

// Report is the outcome of scoring.
type Report struct {
	stats    map[string]*counts
	missed   []missedGold
	fps      []listed
	cleanFPs []listed
	words    int
	slipsHit int
	opts     Options
	ok       bool
}

// pySpace is Python's str.isspace for one code point: Unicode White_Space
// plus the information separators U+001C..U+001F.
func pySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// pyWords is len(text.split()).
func pyWords(b []byte) int {
	n, in := 0, false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if pySpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// pyLines is open(path, encoding="utf-8", errors="replace").read().split("\n"):
// universal newlines (CRLF and CR read as LF), then split on LF.
func pyLines(b []byte) []string {
	s := strings.ToValidUTF8(string(b), "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// pySlice is s[a:b] on code points with Python's rules for out-of-range and
// negative indexes.
func pySlice(s string, a, b int) string {
	rs := []rune(s)
	n := len(rs)
	fix := func(i int) int {
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return i
	}
	a, b = fix(a), fix(b)
	if a >= b {
		return ""
	}
	return string(rs[a:b])
}

// pyRepr is Python's repr() of a str.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case !unicode.IsPrint(r):
			switch {
			case r < 0x100:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r < 0x10000:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// pyHead is s[:n] on code points.
func pyHead(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// basename is os.path.basename.
func basename(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

func overlaps(f Finding, g Gold) bool {
	return g.File == f.File && g.Class == f.Class && g.Line == f.Line && f.Col < g.EndCol && g.Col < f.EndCol
}

// Score scores the sets as score.py does.
func Score(sets []Set, opts Options) (*Report, error) {
	rep := &Report{stats: map[string]*counts{}, opts: opts, ok: true}
	st := func(c string) *counts {
		if rep.stats[c] == nil {
			rep.stats[c] = &counts{}
		}
		return rep.stats[c]
	}
	want := func(c string) bool { return opts.Classes == nil || opts.Classes[c] }
	for _, sd := range sets {
		gold, err := readJSONL(filepath.Join(sd.Dir, "gold.jsonl"))
		if err != nil {
			return nil, err
		}
		entries, err := os.ReadDir(filepath.Join(sd.Dir, "clean"))
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(sd.Dir, "clean", e.Name()))
			if err != nil {
				return nil, err
			}
			rep.words += pyWords(b)
		}
		texts := map[string][]string{}
		flagged := func(f Finding) string {
			ls, ok := texts[f.File]
			if !ok {
				if b, err := os.ReadFile(filepath.Join(sd.Dir, f.File)); err == nil {
					ls = pyLines(b)
				}
				texts[f.File] = ls
			}
			if f.Line >= 1 && f.Line <= len(ls) {
				return pySlice(ls[f.Line-1], f.Col-1, f.EndCol-1)
			}
			return ""
		}
		type bkey struct{ file, rule, text string }
		background := map[bkey]bool{}
		for _, f := range sd.Clean {
			background[bkey{strings.Replace(f.File, "clean/", "articles/", 1), f.Rule, flagged(f)}] = true
		}
		var slips []Gold
		if sp := filepath.Join(sd.Dir, "real-slips.jsonl"); fileExists(sp) {
			if slips, err = readJSONL(sp); err != nil {
				return nil, err
			}
		}
		set := basename(sd.Dir)
		for _, f := range sd.Clean {
			if !want(f.Class) {
				continue
			}
			slip := false
			for _, g := range slips {
				if overlaps(f, g) {
					slip = true
					break
				}
			}
			if slip {
				rep.slipsHit++
				continue
			}
			st(f.Class).cleanFP++
			rep.cleanFPs = append(rep.cleanFPs, listed{set, f, flagged(f)})
		}
		type group struct {
			class    string
			members  []Gold
			required bool
			found    bool
		}
		var groups []*group
		byKey := map[string]*group{}
		byFile := map[string][]*group{}
		for i, g := range gold {
			gk := "#" + fmt.Sprint(i)
			if truthy(g.Group) {
				gk = "=" + string(bytes.TrimSpace(g.Group))
			}
			key := g.File + "\x00" + gk
			grp := byKey[key]
			if grp == nil {
				grp = &group{class: g.Class}
				byKey[key] = grp
				groups = append(groups, grp)
				byFile[g.File] = append(byFile[g.File], grp)
			}
			grp.members = append(grp.members, g)
			if !truthy(g.Optional) {
				grp.required = true
			}
		}
		for _, f := range sd.Articles {
			hit := false
			for _, grp := range byFile[f.File] {
				for _, g := range grp.members {
					if overlaps(f, g) {
						hit = true
						grp.found = true
					}
				}
			}
			switch {
			case hit:
				st(f.Class).tp++
			case background[bkey{f.File, f.Rule, flagged(f)}]:
				st(f.Class).background++
			default:
				st(f.Class).fp++
				rep.fps = append(rep.fps, listed{set, f, flagged(f)})
			}
		}
		for _, grp := range groups {
			if grp.required {
				st(grp.class).gold++
				if grp.found {
					st(grp.class).found++
				} else {
					rep.missed = append(rep.missed, missedGold{set, grp.members[0]})
				}
			}
		}
	}
	return rep, nil
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// Print writes the table, the optional lists and the summary line exactly as
// score.py prints them, and reports whether the thresholds were met.
func (rep *Report) Print(w io.Writer) bool {
	opts := rep.opts
	var shown []string
	for c := range rep.stats {
		if opts.Classes == nil || opts.Classes[c] {
			shown = append(shown, c)
		}
	}
	sort.Strings(shown)
	fmt.Fprintf(w, "%-15s%6s%6s%8s%6s%6s%7s%6s%7s%7s\n", "class", "gold", "found", "recall", "tp", "fp", "prec", "bkgd", "clean", "/kw")
	var tot counts
	ok := true
	f2 := func(x float64, valid bool) string {
		if !valid {
			return "  - "
		}
		return fmt.Sprintf("%.2f", x)
	}
	for _, c := range shown {
		s := rep.stats[c]
		tot.gold += s.gold
		tot.found += s.found
		tot.tp += s.tp
		tot.fp += s.fp
		tot.background += s.background
		tot.cleanFP += s.cleanFP
		var rec, prec float64
		hasRec, hasPrec := s.gold > 0, s.tp+s.fp > 0
		if hasRec {
			rec = float64(s.found) / float64(s.gold)
		}
		if hasPrec {
			prec = float64(s.tp) / float64(s.tp+s.fp)
		}
		fpkw := 0.0
		if rep.words > 0 {
			fpkw = 1000 * float64(s.cleanFP) / float64(rep.words)
		}
		fmt.Fprintf(w, "%-15s%6d%6d%8s%6d%6d%7s%6d%7d%7.2f\n", c, s.gold, s.found, f2(rec, hasRec), s.tp, s.fp, f2(prec, hasPrec), s.background, s.cleanFP, fpkw)
		if opts.Classes != nil && opts.Classes[c] {
			if opts.MinRecall != nil && hasRec && rec < *opts.MinRecall {
				ok = false
			}
			if opts.MinPrecision != nil && prec < *opts.MinPrecision {
				ok = false
			}
		}
	}
	if opts.Classes != nil && opts.MinRecall != nil {
		for c := range opts.Classes {
			if rep.stats[c] == nil {
				ok = false
			}
		}
	}
	rec, prec, fpkw := 0.0, 0.0, 0.0
	if tot.gold > 0 {
		rec = float64(tot.found) / float64(tot.gold)
	}
	if tot.tp+tot.fp > 0 {
		prec = float64(tot.tp) / float64(tot.tp+tot.fp)
	}
	if rep.words > 0 {
		fpkw = 1000 * float64(tot.cleanFP) / float64(rep.words)
	}
	if opts.MaxFP != nil && fpkw > *opts.MaxFP {
		ok = false
	}
	if opts.Missed {
		for _, m := range rep.missed {
			g := m.g
			fmt.Fprintf(w, "MISSED %s/%s:%d:%d %s %s -- %s\n", m.set, g.File, g.Line, g.Col, g.Class, pyRepr(deref(g.Text)), deref(g.Note))
		}
	}
	for i, l := range rep.fps {
		if i >= opts.FPs {
			break
		}
		fmt.Fprintf(w, "FP %s/%s:%d:%d %s %s %s\n", l.set, l.f.File, l.f.Line, l.f.Col, l.f.Rule, pyRepr(l.text), pyHead(l.f.Message, 140))
	}
	for i, l := range rep.cleanFPs {
		if i >= opts.FPs {
			break
		}
		fmt.Fprintf(w, "CLEAN %s/%s:%d:%d %s %s %s\n", l.set, l.f.File, l.f.Line, l.f.Col, l.f.Rule, pyRepr(l.text), pyHead(l.f.Message, 140))
	}
	fmt.Fprintf(w, "real slips of the published text found on clean/: %d\n", rep.slipsHit)
	fmt.Fprintf(w, "recall=%.3f precision=%.3f false_alarms_per_kw=%.2f gold=%d found=%d fp=%d words=%d\n", rec, prec, fpkw, tot.gold, tot.found, tot.fp, rep.words)
	return ok
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
