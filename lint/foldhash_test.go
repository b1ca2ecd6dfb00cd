package lint

import (
	"hash/fnv"
	"testing"
)

// foldHashRef is FoldHash's definition through the standard library:
// FNV-1a of the text with its ASCII capitals lowered.
func foldHashRef(s string) uint32 {
	low := []byte(s)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	h := fnv.New32a()
	h.Write(low)
	return h.Sum32()
}

func TestFoldHash(t *testing.T) {
	for _, s := range []string{"", "a", "Senate", "SENATE", "senate", "U.S.", "Mathis´s", "Émile", "café", "10-year-old", "\x00\xff"} {
		if got, want := FoldHash(s), foldHashRef(s); got != want {
			t.Errorf("FoldHash(%q) = %#x, want %#x", s, got, want)
		}
		if got, want := FoldHashBytes([]byte(s)), FoldHash(s); got != want {
			t.Errorf("FoldHashBytes(%q) = %#x, want FoldHash's %#x", s, got, want)
		}
	}
	if FoldHash("Senate") != FoldHash("sEnAtE") {
		t.Error("FoldHash does not fold ASCII case")
	}
	if FoldHash("Émile") == FoldHash("émile") {
		t.Error("FoldHash folds a capital beyond ASCII; its doc says it keeps those bytes")
	}
	if FoldHash("senate") == FoldHash("senator") {
		t.Error("FoldHash: two different words collide")
	}
}

func FuzzFoldHash(f *testing.F) {
	f.Add("Willy Josenova")
	f.Add("Russia´s")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldHash(s), foldHashRef(s); got != want {
			t.Fatalf("FoldHash(%q) = %#x, want %#x", s, got, want)
		}
	})
}
