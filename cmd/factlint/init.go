package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factlint/factlint/lint"
)

func init() {
	register("init", "write a commented starter .factlint.yml (factlint init [FOLDER])", runInit)
}

// starterConfig is what factlint init writes. It must load without error
// (a test checks it).
const starterConfig = `# factlint configuration. factlint uses the .factlint.yml nearest to each
# article (in its folder or the closest folder above), or the file given with
# --config. Every key is optional; delete what you do not need.

# Spelling variety of the house style: en-GB, en-US, en-CA or en-AU.
# Leave it out to decide per article from the article's own spellings.
# variety: en-GB

# Rules: switch them off, change their severity, set their options.
# A key is a rule name (factlint rules lists them), a class (typography,
# repetition, ...) or all. A rule's own entry wins over its class's.
rules:
  # Shorthand: off, on, error, warning or info.
  # repetition-paragraph: error
  # typography: warning
  #
  # Long form:
  # repetition-word:
  #   enabled: true
  #   severity: error
  #   options: {}        # factlint rule NAME shows a rule's options

# Paths not to lint, relative to this file's folder. A glob without a slash
# matches any file or folder name; ** matches any number of folders.
ignore:
  # - drafts
  # - "archive/**/*.html"

# The house list of people: the spelling of record, accepted other forms,
# their title and country. Rules about names and titles read it.
names:
  # - name: Jim Mattis
  #   aliases: [James Mattis]
  #   title: US Defense Secretary
  #   gender: male
  #   country: US

# Preferred terms and the variants to flag (a list, or a map from each
# preferred term to its variants).
terms:
  # - preferred: email
  #   variants: [e-mail, E-mail]

# Titles and institutions by country: in country, wrong is written right.
titles:
  # - country: UK
  #   wrong: Defense Secretary
  #   right: Defence Secretary

# At most this many findings of one rule in one file are reported; the rest
# are counted in one finding (0: no limit). --fix still fixes them all.
# max-findings-per-rule: 10000
`

func runInit(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := newFlagSet("init", "init [FOLDER]", stderr)
	if err := fset.Parse(args); err != nil {
		return flagExit(err)
	}
	if fset.NArg() > 1 {
		fset.Usage()
		return 2
	}
	dir := "."
	if fset.NArg() == 1 {
		dir = fset.Arg(0)
	}
	path := filepath.Join(dir, lint.ConfigFileNames[0])
	for _, name := range lint.ConfigFileNames {
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); err == nil {
			fmt.Fprintf(stderr, "%s: error: already exists; factlint init does not overwrite it\n", p)
			return 2
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			fmt.Fprintf(stderr, "%s: error: already exists; factlint init does not overwrite it\n", path)
		} else {
			fmt.Fprintf(stderr, "%s: error: %v\n", path, lint.FileError(err))
		}
		return 2
	}
	_, werr := io.WriteString(f, starterConfig)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		fmt.Fprintf(stderr, "%s: error: %v\n", path, lint.FileError(werr))
		return 2
	}
	fmt.Fprintf(stdout, "wrote %s\n", path)
	return 0
}
