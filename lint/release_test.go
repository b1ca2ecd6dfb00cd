package lint

import (
	"reflect"
	"testing"
)

// A document parsed into released storage has exactly the tokens of one
// parsed into fresh storage: no field of an earlier token survives.
func TestReleaseReusesStorageCleanly(t *testing.T) {
	long := []byte("Mr Brown said the U.S. firm would hire 1,000 people. \"We are proud,\" he said.\n\nShe left on 6 November.\n")
	short := []byte("Short one.\n\nAnother paragraph with words.\n")
	fresh, err := Parse("b.txt", short, FormatText)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]Token(nil), fresh.Tokens...)
	for i := 0; i < 20; i++ { // the pool may drop items: try a few times
		a, err := Parse("a.txt", long, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		a.Release()
		if a.Tokens != nil || len(a.BlockTokens(0)) != 0 {
			t.Fatal("a released document still has tokens")
		}
		a.Release() // twice is harmless
		b, err := Parse("b.txt", short, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Tokens, want) {
			t.Fatalf("tokens after reuse differ:\n got %+v\nwant %+v", b.Tokens, want)
		}
		b.Release()
	}
	var nilDoc *Document
	nilDoc.Release()
}
