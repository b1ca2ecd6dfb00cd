package main

import (
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as factlint in the scripts: testscript
// runs `factlint ARGS` through main, in a separate process.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"factlint": main})
}

// TestScripts runs the end-to-end cases in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "")
			env.Setenv("FACTLINT_DEBUG", "")
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				return os.Geteuid() == 0, nil
			}
			return false, nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// mkbig FILE MIB writes a plain-text article of MIB mebibytes.
			"mkbig": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: mkbig FILE MIB")
				}
				n, err := strconv.Atoi(args[1])
				ts.Check(err)
				line := "The council met again on Tuesday to discuss the harbour plan and its costs.\n"
				var b strings.Builder
				b.WriteString("Harbour plan\n\n")
				for b.Len() < n<<20 {
					b.WriteString(line)
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
			},
			// mkline FILE MIB writes an article of MIB mebibytes on one line
			// (no line end at all): a headline with an acute accent for an
			// apostrophe, the same sentence again and again, and a last
			// sentence with the same slip.
			"mkline": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: mkline FILE MIB")
				}
				n, err := strconv.Atoi(args[1])
				ts.Check(err)
				unit := "The council met again on Tuesday to discuss the harbour plan and its costs. "
				var b strings.Builder
				b.Grow(n<<20 + 64)
				b.WriteString("Harbour´s plan: ")
				for b.Len() < n<<20 {
					b.WriteString(unit)
				}
				b.WriteString("The master´s report is due in March.")
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
			},
			// writehex FILE HEX writes bytes given in hexadecimal.
			"writehex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writehex FILE HEX")
				}
				b, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
			},
		},
	})
}
