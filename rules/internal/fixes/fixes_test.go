package fixes

import (
	"reflect"
	"testing"

	"github.com/factlint/factlint/lint"
)

func TestOne(t *testing.T) {
	sp := lint.Span{Start: 3, End: 7}
	for _, safe := range []bool{false, true} {
		want := []lint.Fix{{Message: "Use \"x\"", Edits: []lint.Edit{{Span: sp, NewText: "x"}}, Safe: safe}}
		if got := One("Use \"x\"", sp, "x", safe); !reflect.DeepEqual(got, want) {
			t.Errorf("One(safe=%v) = %+v, want %+v", safe, got, want)
		}
	}
}
