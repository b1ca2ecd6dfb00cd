package entities

import (
	"testing"

	"github.com/factlint/factlint/lint"
)

func buildText(t *testing.T, text string) (*lint.Document, *Model) {
	t.Helper()
	doc, err := lint.Parse("t.txt", []byte(text), lint.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	return doc, Build(doc, nil)
}

func find(m *Model, name string) *Entity {
	for _, e := range m.Entities {
		if e.Name == name {
			return e
		}
	}
	return nil
}

func TestSeedModel(t *testing.T) {
	doc := parse(t, "../../../seeds/000_cbba7123a7b556d8.txt")
	m := Build(doc, nil)
	mathis := find(m, "Jim Mathis")
	if mathis == nil || mathis.Kind != Person || mathis.Gender != Male || mathis.Country != "US" {
		t.Fatalf("Jim Mathis: %+v", mathis)
	}
	if len(mathis.Mentions) != 2 || mathis.Mentions[1].Text != "Mathis" || !mathis.Mentions[1].Possessive {
		t.Errorf("Mathis´s should be a possessive mention of Jim Mathis: %+v", mathis.Mentions)
	}
	if len(mathis.Titles) == 0 || mathis.Titles[0].Text != "US Defense secretary" {
		t.Errorf("title: %+v", mathis.Titles)
	}
	putin := find(m, "Vladimir Putin")
	if putin == nil || putin.Country != "RU" || len(putin.Mentions) != 3 {
		t.Errorf("Putin: %+v", putin)
	}
	for name, kind := range map[string]Kind{"Ministry of Justice": Organization, "Moscow": Place, "Buenos Aires": Place, "Russia": Place} {
		if e := find(m, name); e == nil || e.Kind != kind {
			t.Errorf("%s: %+v, want kind %v", name, e, kind)
		}
	}
	for _, e := range m.Entities {
		if e.Kind == Person && (e.Name == "Facebook" || e.Name == "Twitter" || e.Name == "Moscow") {
			t.Errorf("%s taken for a person", e.Name)
		}
	}
	found := false
	for _, nm := range m.NearMisses {
		if nm.Word == "Matisse" && nm.RefWord == "Mathis" && nm.Entity == mathis {
			found = true
		}
		if nm.Word == "Putin" || nm.Word == "Trump" || nm.Word == "Mathis" {
			t.Errorf("near miss reported at %s", nm.Word)
		}
	}
	if !found {
		t.Errorf("no near miss Matisse → Mathis: %+v", m.NearMisses)
	}
}

func TestTitlesAgesGender(t *testing.T) {
	_, m := buildText(t, `Ministers clash over budget

Trade and Industry Secretary Patricia Hewitt met chief executive John Smith on Monday.

Theresa May, the shadow family secretary, said Ms Hewitt had failed. Smith, 45, disagreed.

Sen. Dianne Feinstein (D-Calif.) said the 45-year-old was wrong. Mr Ed Balls, aged 37, said nothing.
`)
	hewitt := find(m, "Patricia Hewitt")
	if hewitt == nil || hewitt.Gender != Female || len(hewitt.Titles) == 0 || hewitt.Titles[0].Text != "Trade and Industry Secretary" {
		t.Fatalf("Hewitt: %+v", hewitt)
	}
	if len(hewitt.Mentions) != 2 || hewitt.Mentions[1].Honorific != "Ms" {
		t.Errorf("Ms Hewitt should join Patricia Hewitt: %+v", hewitt.Mentions)
	}
	smith := find(m, "John Smith")
	if smith == nil || smith.Age != 45 || len(smith.Titles) == 0 || smith.Titles[0].Text != "chief executive" {
		t.Errorf("Smith: %+v", smith)
	}
	may := find(m, "Theresa May")
	if may == nil || len(may.Titles) == 0 || may.Titles[0].Text != "shadow family secretary" || may.Titles[0].Modifier != "shadow" {
		t.Errorf("May: %+v", may)
	}
	df := find(m, "Dianne Feinstein")
	if df == nil || df.Affiliation != "(D-Calif.)" || df.Gender != Female {
		t.Errorf("Feinstein: %+v", df)
	}
	balls := find(m, "Ed Balls")
	if balls == nil || balls.Age != 37 || balls.Gender != Male {
		t.Errorf("Balls: %+v", balls)
	}
}

func TestSharedSurnameAndWrap(t *testing.T) {
	_, m := buildText(t, `Brothers go head to head

Labour's Ed Miliband and his brother David Miliband spoke at the rally in
Leeds. Mr Miliband said nothing about it at all. The shadow chancellor, Rachel
Reeves, was there too, and Reeves’s speech followed the two brothers on stage.
`)
	if e := find(m, "Ed Miliband"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("Ed Miliband: %+v", e)
	}
	if len(m.Unresolved) != 1 || m.Unresolved[0].Text != "Miliband" {
		t.Errorf("Mr Miliband should stay unresolved: %+v", m.Unresolved)
	}
	r := find(m, "Rachel Reeves")
	if r == nil || len(r.Mentions) != 2 || !r.Mentions[1].Possessive || r.Mentions[1].Text != "Reeves" {
		t.Errorf("Reeves: %+v", r)
	}
	if len(m.NearMisses) != 0 {
		t.Errorf("near misses: %+v", m.NearMisses)
	}
}

// TestParticles: a particle joins a name on the same line as well as across
// a hard wrap (de, van, den).
func TestParticles(t *testing.T) {
	for _, text := range []string{
		"Dutch striker signs\n\nThe Arsenal striker Robin van Persie scored twice. Van Persie said he was pleased.\n",
		"Dutch striker signs\n\nThe Arsenal striker, signed from Feyenoord last summer, Robin van\nPersie scored twice on Saturday. Van Persie said he was pleased with\nthe result.\n",
	} {
		_, m := buildText(t, text)
		if e := find(m, "Robin van Persie"); e == nil {
			var names []string
			for _, e := range m.Entities {
				names = append(names, e.Name)
			}
			t.Errorf("no person Robin van Persie in %q; entities: %q", text, names)
		}
	}
}
