package words

import (
	"fmt"
	"strings"
	"testing"
)

func TestKeyAndParts(t *testing.T) {
	if Key("Mid-Term") != "midterm" || Key("e‑mail") != "email" {
		t.Errorf("Key: %q %q", Key("Mid-Term"), Key("e‑mail"))
	}
	ps := Parts("like-for-like")
	if len(ps) != 3 || ps[1].Text != "for" || ps[1].Off != 5 {
		t.Errorf("Parts: %+v", ps)
	}
	if StripPossessive("Labour's") != "Labour" || StripPossessive("'s") != "'s" {
		t.Error("StripPossessive")
	}
	if MatchCase("Website", "web site") != "Web site" || MatchCase("email", "E-mail") != "e-mail" || MatchCase("us", "US") != "US" {
		t.Error("MatchCase")
	}
}

func TestKeySum(t *testing.T) {
	ws := []string{"Mid", "term", "mid-term", "E‑mail", "Łódź", "İstanbul", "ŒUVRE", "a", "", "x'y", "n\x00-ul", "1,5"}
	for _, a := range ws {
		sa, _ := KeySum(a)
		if want := (Sum{H: Hash0(Key(a)), N: len(Key(a))}); sa != want {
			t.Errorf("KeySum(%q) = %+v, want %+v", a, sa, want)
		}
		for _, b := range ws {
			sb, _ := KeySum(b)
			ab, _ := KeySum(a + b)
			if Join(sa, sb) != ab {
				t.Errorf("Join(%q, %q) = %+v, want %+v", a, b, Join(sa, sb), ab)
			}
		}
	}
	if _, h := KeySum("mid‐term"); !h {
		t.Error("U+2010 is a hyphen")
	}
	if _, h := KeySum("O’Neill"); h {
		t.Error("an apostrophe is no hyphen")
	}
	long := strings.Repeat("abc", 40)
	sl, _ := KeySum(long)
	s1, _ := KeySum(long[:50])
	s2, _ := KeySum(long[50:])
	if Join(s1, s2) != sl {
		t.Error("Join of long keys")
	}
}

// Hash0 is the Sum polynomial over a key, written plainly.
func Hash0(key string) uint64 {
	var h uint64
	for i := 0; i < len(key); i++ {
		h = h*sumP + uint64(key[i])
	}
	return h
}

func TestSumSet(t *testing.T) {
	s := NewSumSet(2)
	var in []Sum
	for i := 0; i < 1000; i++ {
		x, _ := KeySum(fmt.Sprint("word", i))
		if i%3 == 0 {
			x = Sum{H: uint64(i+1) << 40} // sums that differ only in high bits
		}
		in = append(in, x)
		s.Add(x)
		s.Add(x)
	}
	s.Add(Sum{}) // 0 is stored as 1
	if s.Len() != 1001 {
		t.Errorf("Len = %d", s.Len())
	}
	for _, x := range in {
		if !s.Has(x) {
			t.Fatalf("lost %+v", x)
		}
	}
	if !s.Has(Sum{}) {
		t.Error("lost 0")
	}
	if y, _ := KeySum("absent"); s.Has(y) {
		t.Error("Has(absent)")
	}
}

func TestIsFunction(t *testing.T) {
	for _, w := range []string{"the", "The", "THE", "al-so", "Although", "midterm", "thé", "", "-", "the-"} {
		s, _ := KeySum(w)
		if got, want := IsFunction(w, s), Function[Key(w)]; got != want {
			t.Errorf("IsFunction(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range Function {
		s, _ := KeySum(w)
		if !IsFunction(w, s) {
			t.Errorf("IsFunction(%q) = false", w)
		}
	}
}

func TestSumTable(t *testing.T) {
	var tab SumTable[int]
	tab.Reset(1)
	for i := 0; i < 500; i++ {
		s, _ := KeySum(fmt.Sprint("w", i%250))
		*tab.Ptr(s) += 1
	}
	for i := 0; i < 250; i++ {
		s, _ := KeySum(fmt.Sprint("w", i))
		if v, ok := tab.Get(s); !ok || v != 2 {
			t.Fatalf("w%d: %d %v", i, v, ok)
		}
	}
	if _, ok := tab.Get(Sum{H: 12345}); ok {
		t.Error("Get of an absent Sum")
	}
	*tab.Ptr(Sum{}) = 7
	if v, _ := tab.Get(Sum{H: 0}); v != 7 {
		t.Error("zero Sum")
	}
}

// A table reset to a small size keeps its memory; growing it again must not
// lose what it holds.
func TestSumTableRegrow(t *testing.T) {
	var tab SumTable[int]
	tab.Reset(1000)
	tab.Reset(1)
	for i := 0; i < 300; i++ {
		s, _ := KeySum(fmt.Sprint("w", i))
		*tab.Ptr(s) = i
	}
	for i := 0; i < 300; i++ {
		s, _ := KeySum(fmt.Sprint("w", i))
		if v, ok := tab.Get(s); !ok || v != i {
			t.Fatalf("w%d: %d %v", i, v, ok)
		}
	}
	var set SumSet
	set.Reset(1000)
	set.Reset(1)
	for i := 0; i < 300; i++ {
		s, _ := KeySum(fmt.Sprint("w", i))
		set.Add(s)
	}
	for i := 0; i < 300; i++ {
		if s, _ := KeySum(fmt.Sprint("w", i)); !set.Has(s) {
			t.Fatalf("set lost w%d", i)
		}
	}
}

func TestKeySumLetters(t *testing.T) {
	for _, w := range []string{"Mid-Term", "x86", "O'Neill", "Łódź", "e‑mail", "", "3-D"} {
		s, n, h := KeySumLetters(w)
		s2, h2 := KeySum(w)
		if s != s2 || h != h2 || n != Letters(w) {
			t.Errorf("KeySumLetters(%q) = %+v %d %v", w, s, n, h)
		}
	}
}

func TestStripPossessive(t *testing.T) {
	for w, want := range map[string]string{"Labour's": "Labour", "Labour’s": "Labour", "a's": "a", "x’s": "x",
		"’s": "’s", "'s": "'s", "bus": "bus", "is": "is", "Labour'S": "Labour'S", "s": "s", "": ""} {
		if got := StripPossessive(w); got != want {
			t.Errorf("StripPossessive(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestAppendKey(t *testing.T) {
	for _, w := range []string{"Mid-Term", "e‑mail", "Łódź", "İstanbul", "ŒUVRE", "x'y", "", "a\xffb", "O’Neill"} {
		if got := string(AppendKey([]byte("pre"), w)); got != "pre"+Key(w) {
			t.Errorf("AppendKey(%q) = %q, want %q", w, got, "pre"+Key(w))
		}
	}
}

// TestPack checks Pack against Key on words at every offset of a text, so
// that the 16-byte reads meet every alignment and the end of the text.
func TestPack(t *testing.T) {
	ws := []string{"a", "Mid", "midterm", "MidTerm", "eightchr", "ninechars", "sixteen-chars-xx", "Sixteencharacter",
		"seventeen-letters", "seventeencharacte", "x86", "O'Neill", "mid-term", "Łódź", "café", "@[`{", "AZaz09"}
	for _, w := range ws {
		for start := 0; start < 20; start++ {
			text := strings.Repeat(" ", start) + w + strings.Repeat(" ", 19-start)
			p, ok := Pack(text, start, len(w))
			plain := len(w) <= 16 && start+16 <= len(text) && IsASCII(w) && !strings.Contains(w, "-")
			if ok != plain {
				t.Fatalf("Pack(%q at %d) ok = %v, want %v", w, start, ok, plain)
			}
			if !ok {
				continue
			}
			k := Key(w)
			if p.N != len(k) {
				t.Fatalf("Pack(%q).N = %d", w, p.N)
			}
			for i := 0; i < len(k); i++ {
				if p.Byte(i) != k[i] {
					t.Fatalf("Pack(%q).Byte(%d) = %q, want %q", w, i, p.Byte(i), k[i])
				}
			}
			if p.First() != k[0] || p.Last() != k[len(k)-1] {
				t.Fatalf("Pack(%q) ends %q %q", w, p.First(), p.Last())
			}
		}
		// A word that ends less than 16 bytes before the end of its text
		// is never packed.
		if _, ok := Pack(w, 0, len(w)); ok && len(w) < 16 {
			t.Errorf("Pack(%q) read past the end of its text", w)
		}
	}
}

func TestEqualFoldASCII(t *testing.T) {
	if !EqualFoldASCII("MidTerm", "midterm") || EqualFoldASCII("mid", "mie") || EqualFoldASCII("a", "ab") || EqualFoldASCII("@", "`") {
		t.Error("EqualFoldASCII")
	}
}
