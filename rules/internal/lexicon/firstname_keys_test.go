package lexicon

import "testing"

func TestEachFirstName(t *testing.T) {
	n, seen := 0, map[string]bool{}
	EachFirstName(func(name string) {
		n++
		seen[name] = true
		if !IsFirstName(name) {
			t.Errorf("EachFirstName gave %q, which IsFirstName does not know", name)
		}
	})
	if n < 10000 {
		t.Errorf("EachFirstName gave %d names, want the whole table", n)
	}
	for _, name := range []string{"James", "Patricia", "Chris"} {
		if !seen[name] {
			t.Errorf("EachFirstName left out %q", name)
		}
	}
}
