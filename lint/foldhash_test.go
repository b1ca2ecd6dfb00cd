package lint

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"testing"
)

// foldHashRef is FoldHash's definition written plainly: lower the ASCII
// capitals, cut the text into chunks of eight bytes read little-endian
// (the last padded with zeros), start from the length and mix each chunk
// in with the 128-bit product of chunk^key1 and h^key2, its halves XORed;
// the hash is the low 32 bits of h ^ h>>29.
func foldHashRef(s string) uint32 {
	const key1, key2 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db
	low := []byte(s)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	h := uint64(len(low))
	for len(low) > 0 {
		var chunk [8]byte
		low = low[copy(chunk[:], low):]
		hi, lo := bits.Mul64(binary.LittleEndian.Uint64(chunk[:])^key1, h^key2)
		h = hi ^ lo
	}
	return uint32(h ^ h>>29)
}

func TestFoldHash(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "abc", "Senate", "SENATE", "senate", "U.S.", "Mathis´s", "Émile", "café", "10-year-old",
		"\x00\xff", "@[\\]^_`{", "ABCDEFGH", "ABCDEFGHI", "Constantinople", "internationalisation", "\xc1\xda\xdb"} {
		if got, want := FoldHash(s), foldHashRef(s); got != want {
			t.Errorf("FoldHash(%q) = %#x, want %#x", s, got, want)
		}
		if got, want := FoldHashBytes([]byte(s)), FoldHash(s); got != want {
			t.Errorf("FoldHashBytes(%q) = %#x, want FoldHash's %#x", s, got, want)
		}
	}
	for _, group := range [][]string{{"Senate", "SENATE", "senate", "sEnAtE"}, {"Constantinople", "CONSTANTINOPLE"}, {"U.S.", "u.s."}} {
		for _, s := range group[1:] {
			if FoldHash(s) != FoldHash(group[0]) {
				t.Errorf("FoldHash(%q) != FoldHash(%q): ASCII case is not folded", s, group[0])
			}
		}
	}
	if FoldHash("Émile") == FoldHash("émile") {
		t.Error("FoldHash folds a capital beyond ASCII; its doc says it keeps those bytes")
	}
	// Only ASCII capitals are lowered: @ [ \ ] ^ _ and the bytes beyond
	// ASCII whose low seven bits are capitals stay as they are.
	if FoldHash("@") == FoldHash("`") || FoldHash("\xc1") == FoldHash("\xe1") {
		t.Error("FoldHash lowers a byte that is not an ASCII capital")
	}
	for _, pair := range [][2]string{{"senate", "senator"}, {"a", "a\x00"}, {"", "\x00"}, {"abcdefgh", "abcdefgh\x00"}} {
		if FoldHash(pair[0]) == FoldHash(pair[1]) {
			t.Errorf("FoldHash: %q and %q collide", pair[0], pair[1])
		}
	}
}

// TestFoldShort: the tokenizer's one-load path is FoldHash for every
// length of one to eight bytes, whatever the bytes after the token.
func TestFoldShort(t *testing.T) {
	const text = "Hello, WORLD-wide [news] @x_y\xc3\xa9t\xc3\xa9 tail bytes"
	for i := 0; i+8 <= len(text); i++ {
		for n := 1; n <= 8; n++ {
			s := text[i : i+n]
			if got, want := foldAt(text, i, i+n), FoldHash(s); got != want {
				t.Errorf("foldAt(%q) = %#x, FoldHash %#x", s, got, want)
			}
		}
	}
}

// TestFoldLongSetBit5: the tokenizer's path for ASCII words of more than
// eight bytes (bit 5 set for lowering) is FoldHash at every length.
func TestFoldLongSetBit5(t *testing.T) {
	const text = "Well-Known-O'NEILL-reconstruction-2024-Year-Olds"
	for n := 9; n <= len(text); n++ {
		if got, want := foldLong(text[:n], true), FoldHash(text[:n]); got != want {
			t.Errorf("foldLong(%q, true) = %#x, FoldHash %#x", text[:n], got, want)
		}
	}
}

func FuzzFoldHash(f *testing.F) {
	f.Add("Willy Josenova")
	f.Add("Russia´s")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldHash(s), foldHashRef(s); got != want {
			t.Fatalf("FoldHash(%q) = %#x, want %#x", s, got, want)
		}
		if got, want := FoldHashBytes([]byte(s)), foldHashRef(s); got != want {
			t.Fatalf("FoldHashBytes(%q) = %#x, want %#x", s, got, want)
		}
	})
}

// foldKeySets are sets of distinct lower-case keys of the kinds rules put
// in tables indexed by FoldHash's low bits: short English words, numbers,
// all the three-letter strings, long compounds of several chunks and
// capitalised names that differ in one letter.
func foldKeySets() map[string][]string {
	english := strings.Fields(`the of and to a in is it you that he was for on are with as his they
		be at one have this from or had by hot word but what some we can out other were all there when up
		use your how said an each she which do their time if will way about many then them write would
		like so these her long make thing see him two has look more day could go come did number sound no
		most people my over know water than call first who may down side been now find any new work part
		take get place made live where after back little only round man year came show every good me give
		our under name very through just form sentence great think say help low line differ turn cause much
		mean before move right boy old too same tell does set three want air well also play small end put
		home read hand port large spell add even land here must big high such follow act why ask men change
		went light kind off need house picture try us again animal point mother world near build self earth
		father head stand own page should country found answer school grow study still learn plant cover food
		sun four between state keep eye never last let thought city tree cross farm hard start might story saw
		far sea draw left late run while press close night real life few north open seem together next white
		children begin got walk example ease paper group always music those both mark often letter until mile
		river car feet care second book carry took science eat room friend began idea fish mountain stop once
		base hear horse cut sure watch color face wood main enough plain girl usual young ready above ever red
		list though feel talk bird soon body dog family direct pose leave song measure door product black short
		numeral class wind question happen complete ship area half rock order fire south problem piece told knew
		pass since top whole king space heard best hour better true during hundred five remember step early hold
		west ground interest reach fast verb sing listen six table travel less morning ten simple several vowel
		toward war lay against pattern slow center love person money serve appear road map rain rule govern
		pull cold notice voice unit power town fine certain fly fall lead cry dark machine note wait plan figure
		star box noun field rest correct able pound done beauty drive stood contain front teach week final gave
		green oh quick develop ocean warm free minute strong special mind behind clear tail produce fact street
		inch multiply nothing course stay wheel full force blue object decide surface deep moon island foot
		system busy test record boat common gold possible plane stead dry wonder laugh thousand ago ran check
		game shape equate miss brought heat snow tire bring yes distant fill east paint language among senate
		minister government police council election president parliament spokesman spokeswoman court judge
		report reported reporting reports according statement officials official million billion percent`)
	var words, numbers, triples, long, names []string
	seen := map[string]bool{}
	for _, w := range english {
		for _, v := range []string{w, w + "s", w + "ed", w + "ing", "un" + w} {
			if !seen[v] {
				seen[v] = true
				words = append(words, v)
			}
		}
	}
	for n := range 10000 {
		numbers = append(numbers, fmt.Sprint(n))
	}
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			for c := 'a'; c <= 'z'; c++ {
				triples = append(triples, string([]rune{a, b, c}))
			}
		}
	}
	for n := range 3000 {
		long = append(long, fmt.Sprintf("reconstruction-%d", n), fmt.Sprintf("%d-year-olds", n))
	}
	for _, first := range []string{"mar", "jo", "ann", "pet", "sim", "kar", "ali", "dav"} {
		for _, mid := range []string{"a", "e", "i", "o", "u", "ie", "ey", "y"} {
			for _, last := range []string{"n", "nson", "ns", "nsen", "r", "rs", "ll", "lls", "ton", "tons", "", "k", "ks", "m", "ms", "s"} {
				if w := first + mid + last; !seen[w] {
					seen[w] = true
					names = append(names, w)
				}
			}
		}
	}
	return map[string][]string{"words": words, "numbers": numbers, "triples": triples, "long": long, "names": names}
}

// excessCollisions returns how far the pairs of keys that share a bucket
// of a table of 1<<b buckets pass those a uniform hash gives, in standard
// deviations (about the square root of the expected count). The table is
// indexed by hash(key) & mask, or by the top b bits (top) as a table
// indexed by h >> shift is.
func excessCollisions(keys []string, hash func(string) uint32, b uint, top bool) float64 {
	buckets := make([]int, 1<<b)
	pairs := 0
	for _, k := range keys {
		i := hash(k) & (1<<b - 1)
		if top {
			i = hash(k) >> (32 - b)
		}
		pairs += buckets[i]
		buckets[i]++
	}
	n := float64(len(keys))
	want := n * (n - 1) / 2 / float64(len(buckets))
	return (float64(pairs) - want) / math.Sqrt(want+1)
}

// TestFoldHashSpread: sets of distinct keys spread over 2^12 to 2^16
// buckets by FoldHash's low bits, and by its top bits, about as a uniform
// hash spreads them (no more than 5 standard deviations more pairs of keys
// in one bucket). A bad hash, the sum of the bytes, fails the same bound.
func TestFoldHashSpread(t *testing.T) {
	sum := func(s string) (h uint32) {
		for i := 0; i < len(s); i++ {
			h += uint32(s[i])
		}
		return h
	}
	const bound = 5
	for name, keys := range foldKeySets() {
		for b := uint(12); b <= 16; b += 2 {
			for _, top := range []bool{false, true} {
				if x := excessCollisions(keys, FoldHash, b, top); x > bound {
					t.Errorf("%s (%d keys) in 2^%d buckets (top bits: %v): %.1f standard deviations more collisions than a uniform hash", name, len(keys), b, top, x)
				}
			}
			if x := excessCollisions(keys, sum, b, false); x <= bound {
				t.Errorf("the test passes the sum of the bytes: %s in 2^%d buckets: %.1f", name, b, x)
			}
		}
	}
}
