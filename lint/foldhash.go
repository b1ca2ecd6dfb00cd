package lint

// FoldHash returns the hash the tokenizer stores in Token.Fold: 32-bit
// FNV-1a over the bytes of s with the ASCII capitals lowered, so that
// "Senate", "senate" and "SENATE" hash alike. Bytes beyond ASCII are
// hashed as they are (É and é differ). A table built with FoldHash
// finds a token's entry from t.Fold without reading its text; equal hashes
// do not prove equal words, so a table still compares the text on a hit.
func FoldHash(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(lowerASCII[s[i]])) * fnvPrime
	}
	return h
}

// FoldHashBytes is FoldHash for a byte slice.
func FoldHashBytes(b []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range b {
		h = (h ^ uint32(lowerASCII[c])) * fnvPrime
	}
	return h
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// lowerASCII maps each byte to itself with ASCII capitals lowered.
var lowerASCII = func() (t [256]byte) {
	for i := range t {
		c := byte(i)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		t[i] = c
	}
	return t
}()
