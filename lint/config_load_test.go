package lint

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	src := `# house style
variety: en-US
ignore: [drafts, "archive/**/*.html"]
rules:
  typography: info
  typography-test-tick: off
  all: warning
  repetition-test-double:
    severity: error
  term-test-reportedly:
    enabled: true
    options:
      word: allegedly
      min: 3
      ratio: 2
      strict: yes
      extra: [a, b]
names:
  - name: Jim Mattis
    aliases: [James Mattis]
    title: US Defense Secretary
    gender: male
    country: US
  - Ann Price
terms:
  email: [e-mail]
  percent: [per cent]
titles:
  - {country: UK, wrong: Defense Secretary, right: Defence Secretary}
  - {country: US, wrong: Home Secretary, right: }
`
	cfg, err := ParseConfig("h/.factlint.yml", []byte(src), testRules())
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Variety != "en-US" || !reflect.DeepEqual(cfg.Ignore, []string{"drafts", "archive/**/*.html"}) || cfg.Dir != "h" {
		t.Errorf("variety/ignore/dir: %+v", cfg)
	}
	if cfg.RuleEnabled(testTick) {
		t.Error("typography-test-tick should be off (rule entry wins over class)")
	}
	if got := cfg.RuleSeverity(testTick); got != Info {
		t.Errorf("class severity not applied: %v", got)
	}
	if got := cfg.RuleSeverity(testInfo); got != Warning {
		t.Errorf("all: severity %v", got)
	}
	if got := cfg.RuleSeverity(testDouble); got != Error {
		t.Errorf("severity: %v", got)
	}
	opts := cfg.RuleOptions(testInfo)
	want := map[string]any{"word": "allegedly", "min": 3, "ratio": 2.0, "strict": true, "extra": []string{"a", "b"}}
	if !reflect.DeepEqual(opts, want) {
		t.Errorf("options: %#v\nwant %#v", opts, want)
	}
	if len(cfg.Names) != 2 || cfg.Names[0].Name != "Jim Mattis" || cfg.Names[0].Aliases[0] != "James Mattis" ||
		cfg.Names[0].Gender != "male" || cfg.Names[1].Name != "Ann Price" {
		t.Errorf("names: %+v", cfg.Names)
	}
	if len(cfg.Terms) != 2 || cfg.Terms[0].Preferred != "email" || cfg.Terms[1].Variants[0] != "per cent" {
		t.Errorf("terms: %+v", cfg.Terms)
	}
	if len(cfg.Titles) != 2 || cfg.Titles[0].Right != "Defence Secretary" || cfg.Titles[1].Right != "" {
		t.Errorf("titles: %+v", cfg.Titles)
	}

	// The list form of terms.
	cfg, err = ParseConfig("c.yml", []byte("terms:\n  - preferred: email\n    variants: [e-mail]\n"), testRules())
	if err != nil || len(cfg.Terms) != 1 || cfg.Terms[0].Variants[0] != "e-mail" {
		t.Errorf("terms list: %+v %v", cfg, err)
	}
	// Empty files and commented-out sections are the defaults.
	for _, s := range []string{"", "# nothing\n", "rules:\nnames:\nignore:\n", "---\n"} {
		if _, err := ParseConfig("c.yml", []byte(s), testRules()); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"rulez: {}\n", `c.yml:1: unknown key "rulez" (did you mean "rules"?)`},
		{"variety: en-GB\nrules:\n  typography-test-tik: off\n", `c.yml:3: unknown rule "typography-test-tik" (did you mean "typography-test-tick"?)`},
		{"rules:\n  term-test-reportedly:\n    options:\n      wrod: x\n", `c.yml:4: rules.term-test-reportedly.options: unknown option "wrod" (did you mean "word"?)`},
		{"rules:\n  term-test-reportedly:\n    options:\n      min: many\n", `c.yml:4: rules.term-test-reportedly.options.min must be a whole number, not "many"`},
		{"rules:\n  term-test-reportedly:\n    options:\n      min: 1.5\n", `c.yml:4: rules.term-test-reportedly.options.min must be a whole number`},
		{"rules:\n  term-test-reportedly:\n    options:\n      extra: word\n", `c.yml:4: rules.term-test-reportedly.options.extra must be a list of strings`},
		{"rules:\n  term-test-reportedly:\n    options:\n      strict: maybe\n", `c.yml:4: rules.term-test-reportedly.options.strict must be true or false`},
		{"rules:\n  typography-test-tick: loud\n", `c.yml:2: rules.typography-test-tick: want off, on, error, warning, info or a mapping, not "loud"`},
		{"rules:\n  typography-test-tick:\n    severity: fatal\n", `c.yml:3: rules.typography-test-tick.severity: unknown severity "fatal"`},
		{"rules:\n  typography:\n    options: {a: 1}\n", `c.yml:3: rules.typography: options belong to single rules`},
		{"rules:\n  typography-test-tick:\n    enable: true\n", `c.yml:3: rules.typography-test-tick: unknown key "enable" (did you mean "enabled"?)`},
		{"variety: en-NZ\n", `c.yml:1: variety: unknown variety "en-NZ"`},
		{"names:\n  - name: A\n    gender: x\n", `c.yml:3: names.gender: want male, female or nothing`},
		{"names:\n  - title: Mayor\n", `c.yml:2: names: every person needs a name`},
		{"names: Jim\n", `c.yml:1: names must be a list of people`},
		{"ignore: [\"[\"]\n", `c.yml:1: ignore: bad glob "["`},
		{"rules: [a]\n", `c.yml:1: rules must be a mapping, not a list`},
		{"rules:\n  typography-test-tick: off\n  typography-test-tick: on\n", `c.yml:3: rules: key "typography-test-tick" appears twice`},
		{"rules:\n\ttypography: off\n", `c.yml:2: found character that cannot start any token`},
		{"- a\n- b\n", `c.yml:1: the config must be a mapping, not a list`},
		{"titles:\n  - {country: UK}\n", `c.yml:2: titles: every entry needs a country and a wrong form`},
		{"terms: 3\n", `c.yml:1: terms must be a list or a mapping`},
	} {
		_, err := ParseConfig("c.yml", []byte(tc.src), testRules())
		var ce *ConfigError
		if err == nil || !errors.As(err, &ce) {
			t.Errorf("%q: err = %v, want a ConfigError", tc.src, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, err, tc.want)
		}
	}
}

func TestConfigFinder(t *testing.T) {
	root := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "desk", "sport", "drafts"), 0o755))
	must(os.MkdirAll(filepath.Join(root, "broken"), 0o755))
	must(os.WriteFile(filepath.Join(root, ".factlint.yml"), []byte("variety: en-GB\nignore: [drafts]\n"), 0o644))
	must(os.WriteFile(filepath.Join(root, "desk", "sport", ".factlint.yaml"), []byte("variety: en-US\n"), 0o644))
	must(os.WriteFile(filepath.Join(root, "broken", ".factlint.yml"), []byte("variety: [\n"), 0o644))
	f := &ConfigFinder{Rules: testRules()}
	for _, tc := range []struct{ file, variety string }{
		{"a.txt", "en-GB"},
		{"desk/b.txt", "en-GB"},
		{"desk/sport/c.md", "en-US"},
		{"desk/sport/drafts/d.md", "en-US"},
	} {
		cfg, err := f.For(filepath.Join(root, tc.file))
		if err != nil || cfg == nil || cfg.Variety != tc.variety {
			t.Errorf("%s: %+v %v, want variety %s", tc.file, cfg, err, tc.variety)
		}
	}
	top, _ := f.For(filepath.Join(root, "a.txt"))
	if !top.Ignored(filepath.Join(root, "desk", "drafts", "x.txt")) || top.Ignored(filepath.Join(root, "desk", "x.txt")) {
		t.Error("ignore globs are relative to the config's folder")
	}
	if _, err := f.For(filepath.Join(root, "broken", "x.txt")); err == nil || !strings.Contains(err.Error(), ".factlint.yml:") {
		t.Errorf("broken config: %v", err)
	}
	f2 := &ConfigFinder{Rules: testRules(), Explicit: filepath.Join(root, "desk", "sport", ".factlint.yaml")}
	if cfg, err := f2.For(filepath.Join(root, "a.txt")); err != nil || cfg.Variety != "en-US" {
		t.Errorf("explicit: %+v %v", cfg, err)
	}
}

func TestMatchGlob(t *testing.T) {
	for _, tc := range []struct {
		pat, rel string
		want     bool
	}{
		{"drafts", "drafts/a.txt", true},
		{"drafts", "desk/drafts/a.txt", true},
		{"drafts", "desk/drafts.txt", false},
		{"*.html", "desk/a.html", true},
		{"desk/*.md", "desk/a.md", true},
		{"desk/*.md", "x/desk/a.md", false},
		{"archive/**/*.md", "archive/2019/05/a.md", true},
		{"archive/**/*.md", "archive/a.md", true},
		{"archive/**", "archive/2019/a.txt", true},
		{"/wire/", "wire/a.txt", true},
		{"**/old", "x/y/old/a.txt", true},
	} {
		if got := MatchGlob(tc.pat, tc.rel); got != tc.want {
			t.Errorf("MatchGlob(%q, %q) = %v", tc.pat, tc.rel, got)
		}
	}
	if ValidGlob("[") == nil || ValidGlob("") == nil || ValidGlob("a/**/b*") != nil {
		t.Error("ValidGlob")
	}
}

func FuzzLoadConfig(f *testing.F) {
	for _, s := range []string{
		"variety: en-GB\nrules:\n  typography: off\n",
		"rules:\n  term-test-reportedly:\n    options: {word: x, min: 2, ratio: 0.5, strict: true, extra: [a]}\n",
		"names:\n  - name: A B\n    aliases: [C]\n  - D E\nterms:\n  a: [b]\n",
		"titles:\n  - {country: UK, wrong: x, right: y}\nignore: ['**/*.md']\n",
		"a: &x [*x]\n",
		"rules: &r\n  all: off\nnames: *r\n",
		"{",
		"- - - -",
		"rules:\n  typography-test-tick: {<<: {severity: info}}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig("f.yml", data, testRules())
		if err == nil && cfg == nil {
			t.Fatal("no config and no error")
		}
		if err != nil {
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Path != "f.yml" {
				t.Fatalf("error is not a ConfigError naming the file: %v", err)
			}
		}
	})
}
