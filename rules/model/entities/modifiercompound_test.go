package entities

import "testing"

// TestModifierCompound: a capitalised compound that describes the name
// after it (California-based, London-born) is no part of that name.
func TestModifierCompound(t *testing.T) {
	text := "Bank shares rise\n\nShares in Wells Fargo rose 3% on Monday. The California-based Wells Fargo said profits were up.\n\nLondon-born Mark Halloran, its chief economist, said Mr Halloran expected more. The Paris-based Euronext fell.\n"
	_, m := buildText(t, text)
	wf := find(m, "Wells Fargo")
	if wf == nil || len(wf.Mentions) != 2 {
		t.Errorf("Wells Fargo: %+v", wf)
	}
	for _, name := range []string{"California-based Wells Fargo", "London-born Mark Halloran", "Paris-based Euronext"} {
		if e := find(m, name); e != nil {
			t.Errorf("%s is an entity: %+v", name, e)
		}
	}
	if e := find(m, "Mark Halloran"); e == nil || e.Kind != Person {
		t.Errorf("Mark Halloran: %+v", e)
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"California-based", true}, {"London-born", true}, {"Blair-style", true}, {"Jean-Claude", false}, {"Lloyd-Webber", false}, {"based-", false}, {"-based", false}, {"Anglo-Saxon-style", true}, {"Mid-Atlantic-administration", false}, {"Kong-basedx", false}, {"Pro-European", false}, {"Post-Soviet-era", true}, {"a-era", true}} {
		if got := modifierCompound(c.w); got != c.want {
			t.Errorf("modifierCompound(%q) = %v", c.w, got)
		}
	}
}
