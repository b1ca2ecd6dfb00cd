package variety

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

// TestConventionTokens checks the British and American conventions read
// from single sentences, including at the edges of the text.
func TestConventionTokens(t *testing.T) {
	cases := []struct {
		body   string
		gb, us int
	}{
		{"England were beaten at home.", 1, 0},
		{"Burnley have signed a defender and Chelsea are top.", 1, 0}, // and: a compound subject?
		{"Police were called and Women have voted.", 0, 0},
		{"Rangers were beaten.", 0, 0},
		{"France and Germany have agreed.", 0, 0},
		{"Voters in Ohio were angry.", 0, 0},
		{"Plans for expanding Chicago are ready.", 0, 0},
		{"Alan Milburn have said.", 0, 0},
		{"The Police were playing.", 0, 0},
		{`He said: "England were poor."`, 0, 0},
		{"England", 0, 0},
		{"England were", 1, 0},
		{"The council voted Wednesday to raise rates.", 0, 1},
		{"The council said on Tuesday that it would act.", 0, 0},
		{"Libraries will open Monday to Friday.", 0, 0},
		{"They marched last Sunday.", 0, 0},
		{"The vote was held Tuesday", 0, 1},
		{"Tuesday", 0, 0},
		{`She said: "See you Saturday."`, 0, 0},
	}
	for _, c := range cases {
		doc, err := lint.Parse("a.txt", []byte("Headline\n\n"+c.body), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		var f facts
		for i := range doc.Tokens {
			if tx := doc.Tokens[i].Text; tx != "" && factStart[tx[0]] == 1 {
				f.token(doc.Tokens, i)
			}
		}
		if f.convGB != c.gb || f.convUS != c.us {
			t.Errorf("%q: British %d, American %d conventions; want %d, %d", c.body, f.convGB, f.convUS, c.gb, c.us)
		}
	}
}

// TestOneConvention checks when a single convention decides.
func TestOneConvention(t *testing.T) {
	cases := []struct {
		f    facts
		want string
	}{
		{facts{convGB: 1}, GB},                                       // per cent, 14 February
		{facts{convGB: 1, honGB: 1}, ""},                             // a lone Mr Smith
		{facts{convGB: 1, wordGB: 1}, ""},                            // a lone towards
		{facts{convGB: 1, ca: 1}, ""},                                // copy naming Canada
		{facts{convGB: 1, us: 3}, ""},                                // copy about America
		{facts{convUS: 1}, US},                                       // said Tuesday
		{facts{convUS: 1, dotted: 1}, ""},                            // a lone U.S.
		{facts{convUS: 1, honUS: 1}, ""},                             // a lone Mr.
		{facts{usd: 1}, ""},                                          // $3 million
		{facts{undotted: 2}, GB},                                     // US, US
		{facts{undotted: 2, dotted: 1, convUS: 1}, GB},               // US, US, U.S.
		{facts{undotted: 2, dotted: 2, convUS: 2}, US},               // US, US, U.S., U.S.
		{facts{undotted: 2, convGB: 2, convUS: 1}, GB},               // US, US, Mr Smith twice, said Tuesday
		{facts{undotted: 3, usd: 1}, ""},                             // US three times beside $3 million
		{facts{undotted: 3, usd: 1, convGB: 1}, GB},                  // and one per cent
		{facts{convUS: 4, dotted: 3, month: 1, intlWire: true}, ""},  // Reuters: U.S., Feb. 28
		{facts{convUS: 3, dotted: 2, month: 1}, US},                  // the same without Reuters
		{facts{convUS: 2, percent: 2, usd: 1, intlWire: true}, ""},   // AFP: percent, $3 million
		{facts{convUS: 3, percent: 1, honUS: 2, intlWire: true}, US}, // Mr. is no wire style
	}
	for _, c := range cases {
		if got := c.f.conventions(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.f, got, c.want)
		}
	}
}
