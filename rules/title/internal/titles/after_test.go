package titles

import "testing"

func TestTitleAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
		key  string
	}{
		{"Janet Yellen, the commerce secretary, said so.", true, "commerce"},
		{"Jan Holt, the home secretary.", true, "home"},
		{"Jan Holt, the former home secretary, said so.", true, "home"},
		{"Jan Holt, the woman who led the inquiry, said so.", false, ""},
		{"Jan Holt, the secretary's friend, said so.", false, ""},
	} {
		d := parse(t, c.text)
		comma := 0
		for comma < len(d.Tokens) && d.Tokens[comma].Text != "," {
			comma++
		}
		o, ok := TitleAfter(d, NewContext(d), comma)
		if ok != c.ok || ok && o.Key != c.key {
			t.Errorf("%q: got %+v %v, want ok %v key %q", c.text, o, ok, c.ok, c.key)
		}
	}
}
