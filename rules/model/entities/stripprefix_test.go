package entities

import "testing"

func TestStripPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"then-minister": "minister", "ex-president": "president", "former-chairman": "chairman",
		"acting-governor": "governor", "ex-": "ex-", "then-": "then-", "exchequer": "exchequer",
		"author": "author", "formerly": "formerly", "acting": "acting", "then": "then", "ex": "ex",
		"theft": "theft", "ex-then-minister": "then-minister", "Ex-president": "Ex-president", "": "",
	} {
		if got := stripPrefix(in); got != want {
			t.Errorf("stripPrefix(%q) = %q, want %q", in, got, want)
		}
		if got := string(stripPrefix([]byte(in))); got != want {
			t.Errorf("stripPrefix([]byte(%q)) = %q, want %q", in, got, want)
		}
	}
}
