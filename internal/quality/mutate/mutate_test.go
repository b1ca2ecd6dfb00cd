package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/quality/corpus"
)

// An article written for these tests (not corpus text): it gives every
// class something to plant.
const ownArticle = `Haldane warns over colour of US interest rates

Home Secretary Charles Pym has told the Bank of England that interest rates must not rise before 6 November, the Home Office said.

Mr Pym said the government had organised talks with the Financial Conduct Agency (FCA) and that the FCA's e-mail to banks was "late". Mr Pym added: "It's a matter of trust."

Economist Fiona Haldane, who advised the Treasury, said the colour of the debate had changed. Ms Haldane said she expected interest rates to stay flat in the US and that she would send an e-mail to the FCA. She added that her team's forecasts - published in the spring - were cautious.

Karl Schofield, a fund manager, said the Bank of England had the figures. Britain said it would review the rules. Mr Schofield expects a cut. Mrs Haldane told the committee she had seen the figures from the UK and the US.
`

func ownDoc() *Doc { return NewDoc("own.txt", ownArticle) }

func TestEveryClassHasCandidates(t *testing.T) {
	data := LoadData()
	d := ownDoc()
	for _, c := range Classes {
		ps := Mutators[c](d, data)
		if len(ps) == 0 {
			t.Errorf("%s: nothing to plant in the test article", c)
		}
		for _, p := range ps {
			if p.Class != c {
				t.Errorf("%s mutator made a %s plant", c, p.Class)
			}
		}
	}
}

// TestPlantsAreWhatTheySay checks single plants by their text.
func TestPlantsAreWhatTheySay(t *testing.T) {
	data := LoadData()
	d := ownDoc()
	want := map[string][]string{ // class: some (kind, gold text) pairs that must be offered
		"spelling":       {"our-or color", "ise-ize organized"},
		"repetition":     {"month-bracket November", "doubled-function of of"},
		"abbreviation":   {"US-dots U.S.", "UK-dots-lone U.K.", "acronym-dots F.C.A.", "acronym-undefined FCA", "honorific-dot Mr."},
		"typography":     {"apos-backtick `", "double-space   ", "quote-curly-mixed \u201c"},
		"title":          {"uk-post Interior Minister", "uk-body Interior Ministry"},
		"pronoun":        {"she-he he", "country-she she"},
		"capitalization": {"lower-first bank of England", "lower-last-once Home office"},
		"term":           {"hyphen-to-space e mail"},
		"name":           {"vowel Haldine", "drop Hadane", "translit Shofield"},
	}
	for class, pairs := range want {
		offered := map[string]bool{}
		for _, p := range Mutators[class](d, data) {
			c := NewCopy(Article{d.Name, d.Text}, p)
			offered[p.Kind+" "+c.Gold.Text] = true
		}
		for _, w := range pairs {
			if !offered[w] {
				t.Errorf("%s: %q not offered; offered %v", class, w, keys(offered))
			}
		}
	}
	// Never offered: the first mention of a name, a pronoun of the other
	// gender than the article's people, a doubled "that".
	for _, p := range Mutators["name"](d, data) {
		if p.Start < strings.Index(ownArticle, "Fiona Haldane") {
			t.Errorf("name plant before the full name's first mention: %+v", p)
		}
	}
	for _, p := range Mutators["repetition"](d, data) {
		if p.New == "that that" {
			t.Errorf("doubled that offered: %+v", p)
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestGoldSpansAndUnchangedRest checks every candidate of every class: the
// gold span's text (by line and code-point columns) is the gold text, the
// text outside the plant is unchanged, and the gold span covers the change.
func TestGoldSpansAndUnchangedRest(t *testing.T) {
	data := LoadData()
	arts := []Article{{"own.txt", ownArticle}}
	if dev, ok := corpus.Dev(); ok && !testing.Short() {
		more, err := ReadArticles(filepath.Join(dev, "clean"))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, more[:40]...)
	}
	n := 0
	for _, a := range arts {
		d := NewDoc(a.Name, a.Text)
		for _, class := range Classes {
			for _, p := range Mutators[class](d, data) {
				n++
				checkCopy(t, a, NewCopy(a, p))
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d candidates checked", n)
	}
}

func checkCopy(t *testing.T, a Article, c Copy) {
	t.Helper()
	p := c.Plant
	lines := strings.Split(c.Text, "\n")
	if c.Gold.Line < 1 || c.Gold.Line > len(lines) {
		t.Fatalf("%s %s: line %d out of range", a.Name, p.Kind, c.Gold.Line)
	}
	rs := []rune(lines[c.Gold.Line-1])
	if c.Gold.Col < 1 || c.Gold.EndCol > len(rs)+1 || c.Gold.EndCol <= c.Gold.Col || string(rs[c.Gold.Col-1:c.Gold.EndCol-1]) != c.Gold.Text {
		t.Fatalf("%s %s: gold %d:%d-%d does not hold %q in %q", a.Name, p.Kind, c.Gold.Line, c.Gold.Col, c.Gold.EndCol, c.Gold.Text, lines[c.Gold.Line-1])
	}
	if c.Text == a.Text {
		t.Fatalf("%s %s: plant changes nothing", a.Name, p.Kind)
	}
	// Outside the plant the text is the original's, and only a repeated
	// headline may add a line.
	if !strings.HasPrefix(c.Text, a.Text[:p.Start]) || !strings.HasSuffix(c.Text, a.Text[p.End:]) || len(c.Text) != len(a.Text)-(p.End-p.Start)+len(p.New) {
		t.Fatalf("%s %s: text outside the plant %d..%d changed", a.Name, p.Kind, p.Start, p.End)
	}
	if !utf8.ValidString(c.Text) {
		t.Fatalf("%s %s: invalid UTF-8", a.Name, p.Kind)
	}
	if strings.Count(p.New, "\n") != strings.Count(a.Text[p.Start:p.End], "\n") && p.Kind != "headline-at-end" {
		t.Fatalf("%s %s: the plant %q adds or removes a line", a.Name, p.Kind, p.New)
	}
	// The gold span lies in the new text and is not empty.
	if c.gs < p.Start || c.ge > p.Start+len(p.New) || c.ge <= c.gs {
		t.Fatalf("%s %s: gold %d..%d outside the new text %d..%d", a.Name, p.Kind, c.gs, c.ge, p.Start, p.Start+len(p.New))
	}
	if c.Gold.File != "articles/"+p.Class+"--"+a.Name || c.Gold.Class != p.Class || c.Gold.Note == "" {
		t.Fatalf("%s %s: gold line %+v", a.Name, p.Kind, c.Gold)
	}
}

func TestDeterministic(t *testing.T) {
	data := LoadData()
	arts := []Article{{"a.txt", ownArticle}, {"b.txt", strings.Replace(ownArticle, "Pym", "Pymm", -1)}}
	one := PlantAll(arts, Classes, nil, 7, 0, data)
	two := PlantAll(arts, Classes, nil, 7, 0, data)
	if !reflect.DeepEqual(one, two) {
		t.Fatal("the same seed planted differently")
	}
	if len(one) != 2*len(Classes) {
		t.Fatalf("%d copies, want one per class and article (%d)", len(one), 2*len(Classes))
	}
	differ := false
	for seed := uint64(8); seed < 12 && !differ; seed++ {
		differ = !reflect.DeepEqual(one, PlantAll(arts, Classes, nil, seed, 0, data))
	}
	if !differ {
		t.Error("other seeds plant the same errors")
	}
	// A class alone plants what it plants in the full run.
	alone := PlantAll(arts, []string{"spelling"}, nil, 7, 0, data)
	for _, c := range one {
		if c.Plant.Class == "spelling" && !reflect.DeepEqual(c, alone[0]) && !reflect.DeepEqual(c, alone[1]) {
			t.Errorf("spelling alone planted differently: %+v", alone)
		}
	}
	// -n keeps at most n per class; -kinds keeps only those kinds.
	if got := PlantAll(arts, Classes, nil, 7, 1, data); len(got) != len(Classes) {
		t.Errorf("n=1: %d copies", len(got))
	}
	for _, c := range PlantAll(arts, []string{"typography"}, map[string]bool{"apos-prime": true}, 7, 0, data) {
		if c.Plant.Kind != "apos-prime" {
			t.Errorf("kind filter let %s through", c.Plant.Kind)
		}
	}
}

// TestEndToEnd runs the command on a set made of the test article only.
func TestEndToEnd(t *testing.T) {
	dev := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dev, "clean"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"one.txt", "two.txt"} {
		if err := os.WriteFile(filepath.Join(dev, "clean", name), []byte(ownArticle), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "set")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-dev", dev, "-out", out, "-seed", "3"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	table := stdout.String()
	for _, c := range Classes {
		if !strings.Contains(table, "\n"+c+" ") {
			t.Errorf("no row for %s:\n%s", c, table)
		}
	}
	// gold.jsonl: one line per copy, each naming an existing mutated file
	// whose original is in clean/.
	f, err := os.Open(filepath.Join(out, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g GoldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		lines++
		mut, err := os.ReadFile(filepath.Join(out, g.File))
		if err != nil {
			t.Fatal(err)
		}
		orig, err := os.ReadFile(filepath.Join(out, strings.Replace(g.File, "articles/", "clean/", 1)))
		if err != nil || string(orig) != ownArticle || string(mut) == ownArticle {
			t.Errorf("%s: original or mutation wrong (%v)", g.File, err)
		}
	}
	if lines != 2*len(Classes) {
		t.Errorf("%d gold lines, want %d", lines, 2*len(Classes))
	}
	for _, c := range Classes {
		if _, err := os.Stat(filepath.Join(out, "misses-"+c+".txt")); err != nil {
			t.Error(err)
		}
	}
	// The rules ran: a doubled word is found.
	arts := []Article{{"x.txt", ownArticle}}
	p := plant("repetition", "doubled-function", strings.Index(ownArticle, "of trust"), strings.Index(ownArticle, "of trust")+2, "of of", "word repeated")
	copies := []Copy{NewCopy(arts[0], p)}
	dir := filepath.Join(t.TempDir(), "rep")
	if err := WriteSet(dir, copies); err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(dir, copies, []string{"repetition"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Found(&copies[0]) {
		t.Error("\"of of\" was not found by the repetition rules")
	}
	// A second run into the same folder is allowed; a foreign folder is not.
	if err := WriteSet(dir, copies); err != nil {
		t.Errorf("rewriting the harness's own folder: %v", err)
	}
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, "keep.txt"), []byte("x"), 0o644)
	if err := WriteSet(foreign, copies); err == nil {
		t.Error("WriteSet overwrote a folder it did not write")
	}
}

func TestSentence(t *testing.T) {
	text := "Head\n\nOne thing. Two the the things. Three.\n"
	gs := strings.Index(text, "the the")
	if got := Sentence(text, gs, gs+7); got != "Two ⟦the the⟧ things." {
		t.Errorf("Sentence = %q", got)
	}
}

// TestCorpusPlants plants into the dev corpus (skipped without ../shared):
// every class plants into many articles.
func TestCorpusPlants(t *testing.T) {
	dev, ok := corpus.Dev()
	if !ok {
		t.Skip("no ../shared/corpus/dev")
	}
	arts, err := ReadArticles(filepath.Join(dev, "clean"))
	if err != nil {
		t.Fatal(err)
	}
	copies := PlantAll(arts, Classes, nil, 1, 0, LoadData())
	per := map[string]int{}
	for _, c := range copies {
		per[c.Plant.Class]++
		checkCopy(t, Article{c.Name, c.Orig}, c)
	}
	for _, c := range Classes {
		if per[c] < 30 {
			t.Errorf("%s: only %d copies from %d articles", c, per[c], len(arts))
		}
	}
}

// TestUSStyle: the American rewrite dots US, UK and UN and titles, spells
// lower-case words the American way, keeps capitalised names, and the
// American mutators plant the opposite slips.
func TestUSStyle(t *testing.T) {
	data := LoadData()
	data.Style = "us"
	us := USStyle(ownArticle, data)
	for _, want := range []string{"the U.S.", "the U.K.", "Mr. Pym", "Mrs. Haldane", "color", "organized"} {
		if !strings.Contains(us, want) {
			t.Errorf("American rewrite lacks %q:\n%s", want, us)
		}
	}
	if strings.Contains(us, "Mr Pym") || strings.Contains(us, " US ") {
		t.Errorf("American rewrite kept British forms:\n%s", us)
	}
	d := NewDoc("us.txt", us)
	offered := map[string]bool{}
	for _, class := range []string{"spelling", "abbreviation"} {
		for _, p := range Mutators[class](d, data) {
			c := NewCopy(Article{"us.txt", us}, p)
			checkCopy(t, Article{"us.txt", us}, c)
			offered[p.Kind+" "+c.Gold.Text] = true
		}
	}
	for _, w := range []string{"our-or colour", "ise-ize organised", "US-undotted US", "honorific-undot Mr"} {
		if !offered[w] {
			t.Errorf("%q not offered in American copy; offered %v", w, keys(offered))
		}
	}
	if _, err := ApplyStyle(nil, "klingon", data); err == nil {
		t.Error("an unknown style is accepted")
	}
}

// TestFormats: Markdown and HTML rewrites keep the text, and no plant in
// them touches markup (tags stay whole, the gold span is text).
func TestFormats(t *testing.T) {
	data := LoadData()
	for _, f := range []string{"md", "html", "wrap"} {
		arts, err := ApplyFormat([]Article{{"own.txt", ownArticle}}, f)
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		if want := "own." + strings.Replace(f, "wrap", "txt", 1); a.Name != want {
			t.Errorf("%s: name %q", f, a.Name)
		}
		switch f {
		case "md":
			if !strings.HasPrefix(a.Text, "# Haldane warns") {
				t.Errorf("md headline: %q", a.Text[:40])
			}
		case "wrap":
			if strings.ReplaceAll(a.Text, "\n", " ") != strings.ReplaceAll(ownArticle, "\n", " ") {
				t.Errorf("wrap changed more than line breaks:\n%s", a.Text)
			}
			for _, line := range strings.Split(a.Text, "\n") {
				if len(line) > WrapWidth+1 && strings.Contains(line, " ") {
					t.Errorf("wrap left a line of %d bytes: %q", len(line), line)
				}
			}
			if strings.Count(a.Text, "\n") <= strings.Count(ownArticle, "\n")+2 {
				t.Errorf("wrap broke almost no lines:\n%s", a.Text)
			}
		case "html":
			if !strings.HasPrefix(a.Text, "<h1>Haldane warns") || !strings.Contains(a.Text, "\n\n<p>Home Secretary") || strings.Count(a.Text, "<p>") != strings.Count(a.Text, "</p>") {
				t.Errorf("html layout:\n%s", a.Text)
			}
		}
		d := NewDoc(a.Name, a.Text)
		for _, w := range d.Words {
			if w.S == "h1" || w.S == "p" {
				t.Fatalf("%s: a tag read as the word %q", f, w.S)
			}
		}
		n := 0
		for _, class := range Classes {
			for _, p := range Mutators[class](d, data) {
				n++
				c := NewCopy(a, p)
				checkCopy(t, a, c)
				if strings.ContainsAny(a.Text[p.Start:p.End], "<>#") || strings.ContainsAny(c.Gold.Text, "<>") {
					t.Fatalf("%s %s: the plant touches markup: %q -> %q (gold %q)", f, p.Kind, a.Text[p.Start:p.End], p.New, c.Gold.Text)
				}
			}
		}
		if n < 50 {
			t.Errorf("%s: only %d candidates", f, n)
		}
	}
	if _, err := ApplyFormat(nil, "pdf"); err == nil {
		t.Error("an unknown format is accepted")
	}
}
