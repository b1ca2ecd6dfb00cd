package variety

import (
	"testing"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/internal/ruletest"
	"github.com/factlint/factlint/rules/spelling/internal/varcon"
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
		f := articleFacts(doc)
		if f.convGB != c.gb || f.convUS != c.us {
			t.Errorf("%q: British %d, American %d conventions; want %d, %d", c.body, f.convGB, f.convUS, c.gb, c.us)
		}
	}
}

// TestArticleFacts checks the facts read about a token's neighbours (the
// amount after a currency sign, C$ and A$, the team before a plural verb)
// and the mentions of places, as written only.
func TestArticleFacts(t *testing.T) {
	cases := []struct {
		body string
		want facts
	}{
		{"It cost £3bn and $600m, not € 5m or $ 7m.", facts{gb: 1, convGB: 2, seenGB: convMoney}},
		{"Sales of C$9bn and A$40m, then C $3m.", facts{ca: 1, au: 1, convGB: 3, seenGB: convMoney}},
		{"Up 5 per cent, 6 percent and 7 Percent, per person.", facts{convGB: 1, convUS: 1, percent: 1, seenGB: convPercent, seenUS: convPercent}},
		{"The US and the U.S. said Tuesday that TORONTO and Toronto were near.", facts{us: 2, undotted: 1, convUS: 2, dotted: 1, ca: 2, seenUS: convUSPoints | convWeekday}},
		{"A budget of 450 crore, ₹90 and $300 million.", facts{in: 2, usd: 1}},
		// an amount read once, at its unit or its ₹; a unit in any case
		{"₹5 crore, 3 LAKHS, 4 Crores, ₹ 6 lakh, $2 billion, 7 million and $ 8 trillion.", facts{in: 4, usd: 1}},
		{"₹5 and ₹ 6 and 12 people.", facts{in: 2}},
		{"us, mr smith, india, march 5 and england were there.", facts{}},
		{"Mr Smith met Mr. Jones on 14 March.", facts{convGB: 2, honGB: 1, convUS: 1, honUS: 1, seenGB: convHonorific | convDayMonth, seenUS: convHonorific}},
		{"British Columbia, not Britain.", facts{ca: 1, gb: 1}},
	}
	for _, c := range cases {
		doc, err := lint.Parse("a.txt", []byte("Headline\n\n"+c.body), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if f := articleFacts(doc); f != c.want {
			t.Errorf("%q: %+v, want %+v", c.body, f, c.want)
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

// TestFactWords checks that the index of the words articleFacts reads
// finds each of them, as written only, and stays sparse.
func TestFactWords(t *testing.T) {
	x := factWords()
	if 3*len(x.words) > len(x.slots) {
		t.Errorf("%d words in %d slots: raise factBits", len(x.words), len(x.slots))
	}
	find := func(s string) *factWord {
		return x.find(&lint.Token{Text: s, Fold: lint.FoldHash(s)})
	}
	for w, c := range countryOf {
		if f := find(w); f == nil || f.country != c {
			t.Errorf("%q: %+v", w, f)
		}
	}
	for _, w := range []string{"U.S.", "Mr", "Tuesday", "March", "Sept", "Calif", "N.Y."} {
		if f := find(w); f == nil || !f.title {
			t.Errorf("%q: %+v", w, f)
		}
	}
	if f := find("U.S."); f == nil || f.country != inUS {
		t.Errorf("U.S.: %+v", f)
	}
	for _, w := range []string{"us", "mr", "march", "Were", "Percent", "india", "Colour", "the"} {
		if f := find(w); f != nil {
			t.Errorf("%q found: %+v", w, f)
		}
	}
	if f := find("TORONTO"); f == nil || f.country != inCA {
		t.Errorf("TORONTO: %+v", f)
	}
}

// TestFactStops checks that the tokens varcon.ScanStops lists for
// factStops hold every token that shows a fact: the facts read from them
// are those read from every token, in made-up copy full of facts and in
// the dev corpus when it is at hand.
func TestFactStops(t *testing.T) {
	texts := []string{
		"WASHINGTON (AP) — Sen. Warren and Mr. Smith said Tuesday, Jan. 5, that U.S. sales rose 5 percent to $300 million.\n\n" +
			"LONDON, March 4 (Reuters) - England were beaten; Mr Blair's £3bn plan, up 6 per cent, and C$9bn and A$40m in Ohio.\n\n" +
			"NEW DELHI: a budget of 450 crore, ₹90, Rs 5 lakh; TORONTO — the US, the UK, Sydney's NSW and BBC colour.",
		"Chelsea have signed 2004-05's best. Colour-coded US-based Britain's well-known Canada's.",
	}
	texts = append(texts, ruletest.Articles(t, "testdata", 400)...)
	for k, text := range texts {
		doc, err := lint.Parse("a.txt", []byte(text), lint.FormatText)
		if err != nil {
			t.Fatal(err)
		}
		every := make([]int32, len(doc.Tokens))
		for i := range every {
			every[i] = int32(i)
		}
		_, stops := varcon.ScanStops(doc, factStops, nil, nil)
		if got, want := factsAt(doc.Tokens, stops), factsAt(doc.Tokens, every); got != want {
			t.Errorf("text %d: facts from %d stops %+v, from every token %+v", k, len(stops), got, want)
		}
		if k == 0 && factsAt(doc.Tokens, stops) == (facts{}) {
			t.Errorf("text 0: no facts read")
		}
	}
}
