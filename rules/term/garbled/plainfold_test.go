package garbled

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/quality/corpus"
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/term/internal/words"
)

// oddForms are words whose key and folded text may differ: hyphens and
// dashes of every kind, straight and curly apostrophes, soft hyphens and
// zero-width characters, letters beyond ASCII (precomposed, combining,
// ligatures, full width, Kelvin sign, dotted İ), capitals, digits and
// symbols.
const oddForms = "Odd forms\n\nThe U.S. and e-mail and foo_bar and a.b.c and x'y and 3G and STORK and Stork's and stork’s and " +
	"rock’n’roll and sto\u00adrk and sto\u200brk and Zürich and naïve and co-op and O'Neill and don't and e.g. and 1990s and " +
	"4x4 and AT&T and C++ and #hashtag and @user and www.example.com and stork-like and stork‐like and stork‑like and " +
	"'stork' and stork. STORKS! Ms. ﬁnance ＳＴＯＲＫ Stork\u0301 Ǆ ǅ İstanbul KELVIN\u212a\n"

// TestPlainWordKeyIsFold checks what the sieves of countBodyUses and
// oneLetter take for granted: a word the tokenizer does not flag
// notPlainASCII has a key (possessive stripped, lowered) whose FoldHash is
// its Token.Fold, so that such a word's Fold alone tells whether it may be
// a given word. It reads odd forms in the three formats and, when the dev
// corpus is there, its articles.
func TestPlainWordKeyIsFold(t *testing.T) {
	type input struct {
		name   string
		src    string
		format lint.Format
	}
	ins := []input{{"odd.txt", oddForms, lint.FormatText}, {"odd.md", oddForms, lint.FormatMarkdown},
		{"odd.html", "<p>" + strings.ReplaceAll(oddForms, "&", "&amp;") + " sto&shy;rk st&#111;rk sto&#8203;rk</p>", lint.FormatHTML}}
	if dev, ok := corpus.Dev(); ok {
		files, _ := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, input{f, string(src), lint.FormatText})
		}
	}
	plain := 0
	for _, in := range ins {
		doc, err := lint.Parse(in.name, []byte(in.src), in.format)
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Tokens {
			tk := &doc.Tokens[i]
			if tk.Kind != lint.Word || tk.Flags&notPlainASCII != 0 {
				continue
			}
			plain++
			if key := words.AppendKey(nil, words.StripPossessive(tk.Text)); lint.FoldHash(string(key)) != tk.Fold {
				t.Errorf("%s: %q is not flagged %b, but its key %q does not hash to its Fold", in.name, tk.Text, notPlainASCII, key)
			}
		}
	}
	if plain < 50 {
		t.Fatalf("only %d plain words read", plain)
	}
}
