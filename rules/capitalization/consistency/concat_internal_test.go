package consistency

import "testing"

func TestSameConcat(t *testing.T) {
	parts := []string{"", "B", "Ba", "Bank", "ank", "Bank of ", "of ", "of England", "England", "nk of E"}
	for _, a1 := range parts {
		for _, b1 := range parts {
			for _, a2 := range parts {
				for _, b2 := range parts {
					if got, want := sameConcat(a1, b1, a2, b2), a1+b1 == a2+b2; got != want {
						t.Errorf("sameConcat(%q, %q, %q, %q) = %v, want %v", a1, b1, a2, b2, got, want)
					}
					if a1+b1 == a2+b2 && restHash(a1, b1) != restHash(a2, b2) {
						t.Errorf("restHash(%q, %q) != restHash(%q, %q)", a1, b1, a2, b2)
					}
				}
			}
		}
	}
}
