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

func TestEqualFoldASCII(t *testing.T) {
	if !EqualFoldASCII("MidTerm", "midterm") || EqualFoldASCII("mid", "mie") || EqualFoldASCII("a", "ab") || EqualFoldASCII("@", "`") {
		t.Error("EqualFoldASCII")
	}
}

func TestFunctionPacked(t *testing.T) {
	for w := range Function {
		if !FunctionPacked(leBytes(w)) {
			t.Errorf("FunctionPacked(%q) = false", w)
		}
	}
	for _, w := range []string{"midterm", "thee", "th", "an't", "although", "alt", "z", "whatever", "rates"} {
		if got := FunctionPacked(leBytes(w)); got != Function[w] {
			t.Errorf("FunctionPacked(%q) = %v", w, got)
		}
	}
}

// TestPackedWords checks what readers of plain words compute from Head and
// Tail (lower-casing, letters, the hash) against Key, Letters and HashKey,
// for words of every length up to 16.
func TestPackedWords(t *testing.T) {
	for _, w := range []string{"a", "Mid", "x86", "O'Neill", "MidTerm", "eightchr", "Ninechars", "U.S.", "tenletters",
		"Sixteencharacter", "fifteen1chars", "AZaz09@[`{"} {
		text := "        " + w + "        "
		start, end := 8, 8+len(w)
		if !Fits(text, start, end) || !PlainEnds(Head(text, start, end), Tail(text, start, end)) {
			t.Fatalf("%q: not read as a plain word", w)
		}
		head, tail := LowerPacked(Head(text, start, end)), LowerPacked(Tail(text, start, end))
		n := len(w)
		if got := LettersPacked(head, ^uint64(0)) + LettersPacked(tail, KeepTop(max(n-8, 0))); got != Letters(w) {
			t.Errorf("%q: %d letters, want %d", w, got, Letters(w))
		}
		if got, want := Hash16(head, tail, n), HashKey(Key(w)); got != want {
			t.Errorf("%q: Hash16 %x, HashKey %x", w, got, want)
		}
	}
	// Different keys hash differently, keys of one length too.
	seen := map[uint64]string{}
	for _, w := range []string{"a", "b", "ab", "ba", "abc", "abcdefgh", "abcdefghi", "abcdefgi", "bbcdefghi",
		"abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghijklmnopq", strings.Repeat("ab", 20), strings.Repeat("ba", 20), ""} {
		h := HashKey(w)
		if o, ok := seen[h]; ok {
			t.Errorf("HashKey(%q) = HashKey(%q)", w, o)
		}
		seen[h] = w
		if HashKey([]byte(w)) != h {
			t.Errorf("HashKey(%q) differs for a string and its bytes", w)
		}
	}
}

// TestPackKey checks that a word read by Head and Tail, lower-cased,
// equals a packed key exactly when EqualFoldASCII says the word is the key.
func TestPackKey(t *testing.T) {
	ws := []string{"a", "A", "b", "ab", "Ab", "ba", "mid", "Mid", "MID", "x86", "X86", "midterm", "MidTerm", "eightchr",
		"EightChr", "eightchs", "ninechars", "Ninechars", "ninechart", "tenletters", "Sixteencharacter",
		"sixteencharacter", "sixteencharactes", "AZaz09@[`{", "azaz09@[`{", "azAZ09@[`{"}
	for _, key := range append(ws, "café", "CAFÉ", "") {
		head, tail, ok := PackKey(key)
		if ok != (len(key) > 0 && len(key) <= 16) {
			t.Fatalf("PackKey(%q): ok %v", key, ok)
		}
		if !ok {
			continue
		}
		for _, w := range ws {
			text := "        " + w + "        "
			start, end := 8, 8+len(w)
			got := len(w) == len(key) && LowerPacked(Head(text, start, end)) == head && LowerPacked(Tail(text, start, end)) == tail
			if want := EqualFoldASCII(w, key); got != want {
				t.Errorf("word %q, key %q: packed compare %v, EqualFoldASCII %v", w, key, got, want)
			}
		}
	}
	if _, _, ok := PackKey("seventeencharacte"); ok {
		t.Error("PackKey takes a key of 17 bytes")
	}
}
