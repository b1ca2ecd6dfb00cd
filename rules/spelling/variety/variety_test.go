package variety_test

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/linttest"
	"github.com/factlint/factlint/rules/spelling/variety"
)

func TestArticles(t *testing.T) {
	linttest.Run(t, "testdata", nil, variety.Rule)
}

func TestConfiguredVariety(t *testing.T) {
	linttest.Run(t, "testdata/configured", &lint.Config{Variety: "en-GB"}, variety.Rule)
}

func check(t *testing.T, text string, cfg *lint.Config) *variety.Result {
	t.Helper()
	doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	var got *variety.Result
	probe := &lint.Rule{Name: "spelling-probe", Summary: "probe", Doc: variety.Rule.Doc, Severity: lint.Info,
		Requires: []*lint.Rule{variety.Rule},
		Run: func(p *lint.Pass) (any, error) {
			got = lint.ResultOf[*variety.Result](p, variety.Rule)
			return nil, nil
		}}
	if _, err := lint.Check(doc, []*lint.Rule{probe}, cfg); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestResult(t *testing.T) {
	cases := []struct {
		text string
		cfg  *lint.Config
		want string
	}{
		{"Headline\n\nThe colour of the centre was a favourite of the council.\n", nil, variety.GB},
		{"Headline\n\nThe color of the center was a favorite of the council.\n", nil, variety.US},
		{"Headline\n\nThe council met on Tuesday.\n", nil, ""},
		{"Headline\n\nThe council met on Tuesday.\n", &lint.Config{Variety: "en-AU"}, variety.AU},
		// Names do not count: only "defence" is a marker here.
		{"Headline\n\nThe Department of Defense and Pearl Harbor were named. The defence review was published.\n", nil, variety.GB},
		// A tie broken by the house conventions (Mr Smith, per cent).
		{"Headline\n\nMr Smith said the color was wrong. Mr Jones said the centre rose 5 per cent.\n", nil, variety.GB},
		// Australia named by its states, cities and the Labor party, not by
		// Sydney or Australia: Victoria counts beside them.
		{"Headline\n\nThe Victorian Government will expand the program, the Premier said in Geelong. The Labor government " +
			"will organise the program across Victoria, and the color of the signs is new.\n", nil, variety.AU},
		{"Headline\n\nThe state premier of New South Wales said the Labor caucus backed the program. Centrelink " +
			"will organise the color of its forms.\n", nil, variety.AU},
		// Foreign labour parties spelt so by American copy, and the Labor
		// Department, are no Australian mentions.
		{"Headline\n\nIsrael's Labor Party said the program was a failure. The Labor Department said the color " +
			"was the favorite of the Labor government in Norway's capital.\n", nil, variety.US},
		// Victoria, Perth and Darwin alone, or beside one Sydney, are British
		// places, people and an era.
		{"Headline\n\nQueen Victoria's statue in Perth was cleaned, and a choir from Sydney sang at the Victorian " +
			"hall in Victoria Park. Charles Darwin's letters were shown in the colour of the time, and the " +
			"favorite was Perth's programme.\n", nil, variety.GB},
	}
	for _, c := range cases {
		got := check(t, c.text, c.cfg)
		if got == nil || got.Variety != c.want {
			t.Errorf("%q: variety %+v, want %q", c.text, got, c.want)
		}
	}
}
