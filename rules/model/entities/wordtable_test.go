package entities

import "testing"

// TestWordTableFindsKeys checks that every table finds each of its keys
// and turns away words one byte longer or shorter: get writes hashKey out
// for words of fewer than eight bytes, and a table is built with hashKey
// itself.
func TestWordTableFindsKeys(t *testing.T) {
	check := func(name string, keys []string, get func(string) bool) {
		short := 0
		for _, k := range keys {
			if !get(k) {
				t.Errorf("%s: %q not found", name, k)
			}
			if len(k) < 8 {
				short++
			}
		}
		if short == 0 {
			t.Errorf("%s: no key of fewer than eight bytes", name)
		}
	}
	check("honorifics", honorificSet.keys, honorificSet.has)
	check("determiners", determinerSet.keys, determinerSet.has)
	check("title facts", titleFactSet.keys, func(w string) bool { _, ok := titleFactSet.get(w); return ok })
	check("noun classes", nounClasses.keys, func(w string) bool { _, ok := nounClasses.get(w); return ok })
	// Keys of every length from one to twelve bytes, and words that are
	// no key.
	m := map[string]bool{}
	for n := 1; n <= 12; n++ {
		m["abcdefghijkl"[:n]] = true
	}
	tab := newWordTable(m)
	for w := range m {
		if !tab.has(w) || tab.has(w+"z") || tab.has("z"+w[1:]) {
			t.Errorf("%q: has %v, %q %v, %q %v", w, tab.has(w), w+"z", tab.has(w+"z"), "z"+w[1:], tab.has("z"+w[1:]))
		}
	}
}
