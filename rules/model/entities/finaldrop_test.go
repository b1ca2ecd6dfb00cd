package entities

import "testing"

func TestFinalDrop(t *testing.T) {
	for _, c := range []struct {
		long, short string
		want        bool
	}{
		{"khodorkovsky", "khodorkovsk", true},
		{"hansard", "hansar", true},
		{"oatley", "oatle", true},
		{"petrova", "petrov", false}, // a: a woman's form
		{"evans", "evan", false},     // s: another name, a plural
		{"browne", "brown", false},   // e
		{"giggs", "gigg", false},     // s, and short
		{"mirza", "mirz", false},     // short
		{"danton", "dnton", false},   // inside: dropOne's
	} {
		if got := finalDrop(c.long, c.short); got != c.want {
			t.Errorf("finalDrop(%q, %q) = %v, want %v", c.long, c.short, got, c.want)
		}
	}
}
