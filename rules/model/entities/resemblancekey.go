package entities

import "github.com/agnivade/levenshtein"

// ResemblanceKey is what Resemblance compares a name by: its fold,
// transliterated. A caller that compares one name with many computes the
// key once and asks ResemblanceOfKeys, instead of folding and
// transliterating both names for every pair.
func ResemblanceKey(s string) string { return translit(Fold(s)) }

// ResemblanceKeyOfFold is ResemblanceKey(s) given Fold(s), for a caller
// that has folded the name already.
func ResemblanceKeyOfFold(folded string) string { return translit(folded) }

// ResemblanceOfKeys is Resemblance(a, b) given ResemblanceKey(a) and
// ResemblanceKey(b).
func ResemblanceOfKeys(ta, tb string) float64 {
	if ta == "" || tb == "" {
		return 0
	}
	long := max(len(ta), len(tb))
	return 1 - float64(levenshtein.ComputeDistance(ta, tb))/float64(long)
}
