package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/lint/format"
	"github.com/factlint/factlint/rules/all"
)

// articleExts are the file extensions linted inside folders.
var articleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// lintFlags are the flags of the default (lint) command.
type lintFlags struct {
	formats       multiFlag
	failOn        string
	config        string
	excludes      multiFlag
	stdinFilename string
	maxSize       sizeFlag
	maxFindings   countFlag // unset: the config's max-findings-per-rule
	fix           bool
	diff          bool
	unsafeFixes   bool
	color         string
	jobs          int
	disable       multiFlag
	only          multiFlag
	version       bool
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// sizeFlag is a byte count written 10MiB, 512KB, 2M or 1048576.
type sizeFlag int64

func (s *sizeFlag) String() string { return lint.HumanSize(int64(*s)) }
func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

func parseSize(v string) (int64, error) {
	t := strings.TrimSpace(v)
	num := strings.TrimRightFunc(t, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == ' ' })
	unit := strings.ToLower(strings.TrimSpace(t[len(num):]))
	mult := map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1e3, "kib": 1 << 10, "m": 1 << 20, "mb": 1e6, "mib": 1 << 20, "g": 1 << 30, "gb": 1e9, "gib": 1 << 30}[unit]
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || mult == 0 || f <= 0 || f*mult > 1<<40 {
		return 0, fmt.Errorf("want a size such as 10MiB, 500KB or 1048576")
	}
	return int64(f * mult), nil
}

func newLintFlags(stderr io.Writer) (*flag.FlagSet, *lintFlags) {
	lf := &lintFlags{maxSize: lint.DefaultMaxSize}
	fs := flag.NewFlagSet("factlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&lf.formats, "format", "output `format`: "+strings.Join(format.Names(), ", ")+"; NAME=FILE writes it to FILE; repeatable (default text)")
	fs.StringVar(&lf.failOn, "fail-on", "warning", "exit 1 when a finding is at or above this `severity`: error, warning or info")
	fs.StringVar(&lf.config, "config", "", "use this config `file` for every path instead of the nearest .factlint.yml")
	fs.Var(&lf.excludes, "exclude", "skip files and folders matching `glob` inside folders; repeatable")
	fs.StringVar(&lf.stdinFilename, "stdin-filename", "", "`name` printed for standard input (-); its extension chooses the format")
	fs.Var(&lf.maxSize, "max-size", "skip files larger than `size` with an error (10MiB, 500KB, bytes)")
	fs.Var(&lf.maxFindings, "max-findings-per-rule", fmt.Sprintf("report at most `n` findings of one rule in one file and count the rest in one finding; 0: no limit (default: the config's max-findings-per-rule, else %d)", lint.DefaultMaxFindingsPerRule))
	fs.BoolVar(&lf.fix, "fix", false, "apply the safe fixes to the files (standard input: print the fixed text)")
	fs.BoolVar(&lf.diff, "diff", false, "print the safe fixes as a unified diff instead of the report; change nothing")
	fs.BoolVar(&lf.unsafeFixes, "unsafe-fixes", false, "with --fix or --diff, apply the unsafe fixes too")
	fs.StringVar(&lf.color, "color", "auto", "colour the text format: auto (a terminal and NO_COLOR unset), always or never")
	fs.IntVar(&lf.jobs, "jobs", 0, "lint `n` files (or batches of small files) at once (default: the number of CPUs)")
	fs.Var(&lf.disable, "disable", "switch off `rules` (names or classes, comma-separated); repeatable")
	fs.Var(&lf.only, "only", "run only these `rules` (names or classes, comma-separated; the suppression checks stay on); repeatable")
	fs.BoolVar(&lf.version, "version", false, "print the version and exit")
	return fs, lf
}

// parseInterspersed parses flags that may come before or after the paths.
// Arguments after "--" are paths.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths, tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
	return append(paths, tail...), nil
}

// output is one --format destination.
type output struct {
	name   string
	f      format.Formatter
	w      io.Writer
	file   *os.File // nil for stdout
	stdout bool
	// buf gathers what the format writes for one file, so a file's
	// findings cost one write; it is flushed after every file (the report
	// streams) and at the end.
	buf *bufio.Writer
}

// write runs one step of the format into the buffer and flushes it.
func (o *output) write(step func(io.Writer) error) error {
	if o.buf == nil {
		o.buf = bufio.NewWriterSize(o.w, 32<<10)
	}
	err := step(o.buf)
	if ferr := o.buf.Flush(); err == nil {
		err = ferr
	}
	return err
}

// testHookRunner, when set by a test, may change the runner before the
// run: wrap ConfigFor or add a rule to act between the walk, the read and
// the write of a file (a file that vanishes or changes during the run).
var testHookRunner func(*lint.Runner)

// runLint is the default command: lint the paths in args.
func runLint(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	fset, lf := newLintFlags(io.Discard)
	fset.Usage = func() {}
	// usage reports a usage error in one line.
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "factlint: "+format+" (factlint help shows the usage)\n", a...)
		return 2
	}
	paths, err := parseInterspersed(fset, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return 0
		}
		return usage("%v", err)
	}
	if lf.version {
		fmt.Fprintf(stdout, "factlint %s\n", versionString())
		return 0
	}
	if len(paths) == 0 {
		return usage("no paths to lint: give files or folders, or - for standard input")
	}
	failOn, err := lint.ParseSeverity(lf.failOn)
	if err != nil {
		return usage("--fail-on: %v", err)
	}
	if lf.fix && lf.diff {
		return usage("--fix and --diff do not go together: --diff shows what --fix would change")
	}
	if lf.unsafeFixes && !lf.fix && !lf.diff {
		return usage("--unsafe-fixes needs --fix or --diff")
	}
	if lf.jobs < 0 {
		return usage("--jobs must be positive")
	}
	for _, g := range lf.excludes {
		if err := lint.ValidGlob(g); err != nil {
			return usage("--exclude: %v", err)
		}
	}
	switch lf.color {
	case "auto", "always", "never":
	default:
		return usage("--color: want auto, always or never, not %q", lf.color)
	}
	rules := all.All()
	selected, err := ruleSelection(rules, lf.only, lf.disable)
	if err != nil {
		return usage("%v", err)
	}
	stdinCount := 0
	for _, p := range paths {
		if p == "-" {
			stdinCount++
		}
	}
	if stdinCount > 1 {
		return usage("standard input (-) can be read only once")
	}
	if lf.stdinFilename != "" && stdinCount == 0 {
		return usage("--stdin-filename is for standard input: add - to the paths")
	}

	// Outputs. With --diff the report goes only to NAME=FILE outputs; with
	// --fix on standard input the fixed text owns stdout, so a report meant
	// for stdout goes to stderr.
	fixStdin := lf.fix && stdinCount > 0
	specs := []string(lf.formats)
	if len(specs) == 0 && !lf.diff {
		specs = []string{defaultFormat()}
	}
	var outs []*output
	defer func() {
		for _, o := range outs {
			if o.file != nil {
				if err := o.file.Close(); err != nil {
					fmt.Fprintf(stderr, "%s: error: %v\n", o.file.Name(), lint.FileError(err))
					code = 2
				}
			}
		}
	}()
	toStdout := 0
	for _, spec := range specs {
		name, file, hasFile := strings.Cut(spec, "=")
		fac, ok := format.Get(name)
		if !ok {
			return usage("unknown format %q (formats: %s)", name, strings.Join(format.Names(), ", "))
		}
		o := &output{name: name}
		opts := format.Options{Rules: rules, Version: versionString()}
		if hasFile && file != "-" {
			if file == "" {
				return usage("--format %s=: give a file name", name)
			}
			if dir := filepath.Dir(file); dir != "." {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					fmt.Fprintf(stderr, "%s: error: cannot create the folder for --format %s: %v\n", dir, name, lint.FileError(err))
					return 2
				}
			}
			f, err := os.Create(file)
			if err != nil {
				fmt.Fprintf(stderr, "%s: error: cannot create it for --format %s: %v\n", file, name, lint.FileError(err))
				return 2
			}
			o.file, o.w = f, f
			opts.Color = lf.color == "always"
		} else {
			if lf.diff {
				return usage("--diff prints the diff on standard output: send --format %s to a file (%s=FILE)", name, name)
			}
			toStdout++
			o.stdout, o.w = true, stdout
			if fixStdin {
				o.w = stderr
			}
			opts.Color = useColor(lf.color, o.w)
		}
		o.f = fac(opts)
		outs = append(outs, o)
	}
	if toStdout > 1 {
		return usage("only one --format can go to standard output; send the others to files with NAME=FILE")
	}

	finder := &lint.ConfigFinder{Rules: rules, Explicit: lf.config}
	if lf.config != "" {
		if _, err := finder.For(lf.config); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	inputs, ok := collectInputs(paths, lf, finder, stdin, stderr)
	if !ok {
		code = 2
	}
	if len(inputs) == 0 {
		return 2
	}

	rn := &lint.Runner{
		Rules:   rules,
		MaxSize: int64(lf.maxSize),
		Jobs:    lf.jobs,
		Unsafe:  lf.unsafeFixes,
		// The formats print from the source and the line table only.
		Lean: true,
		// Large files are checked one at a time: their working set is some
		// tens of times their size.
		Budget: 4 << 20,
		ConfigFor: func(path string) (*lint.Config, error) {
			if path == stdinPath(lf) {
				path = stdinConfigPath(lf)
			}
			cfg, err := finder.For(path)
			if err != nil {
				return nil, err
			}
			return withFindingLimit(applySelection(cfg, selected), lf.maxFindings), nil
		},
	}
	switch {
	case lf.fix:
		rn.Fix = lint.FixWrite
	case lf.diff:
		rn.Fix = lint.FixDiff
	}
	if testHookRunner != nil {
		testHookRunner(rn)
	}
	for _, o := range outs {
		if err := o.write(o.f.Begin); err != nil {
			fmt.Fprintf(stderr, "factlint: writing %s: %v\n", o.name, err)
			return 2
		}
	}
	prog := startProgress(stderr, len(inputs))
	seenConfigErr := map[string]bool{}
	worst := lint.Severity(0)
	failed := false
	changed := false
	writeFailed := false
	emitted := 0
	err = rn.Run(ctx, inputs, func(r *lint.Result) {
		prog.done(r.Path)
		fromStdin := emitted == 0 && inputs[0].Src != nil
		emitted++
		if r.ConfigErr != nil {
			failed = true
			if msg := r.ConfigErr.Error(); !seenConfigErr[msg] {
				seenConfigErr[msg] = true
				prog.clear()
				fmt.Fprintln(stderr, msg)
			}
			return
		}
		if r.Err != nil {
			failed = true
			prog.clear()
			fmt.Fprintf(stderr, "%s: error: %s\n", r.Path, errorLine(r.Err))
		}
		if r.FixErr != nil {
			failed = true
			prog.clear()
			fmt.Fprintf(stderr, "%s: error: %v\n", r.Path, r.FixErr)
		}
		if r.Doc == nil {
			return
		}
		if lf.fix && fromStdin {
			out := r.Original
			if r.Fixed != nil {
				out = r.Fixed
			}
			if _, err := stdout.Write(out); err != nil {
				writeFailed = true
			}
		}
		if lf.diff && r.Fixed != nil {
			changed = true
			if err := writeUnifiedDiff(stdout, r.Path, r.Original, r.Fixed); err != nil {
				writeFailed = true
			}
		}
		for _, d := range r.Diags {
			worst = max(worst, d.Severity)
		}
		fr := r.FileResult
		fr.Err = nil
		for _, o := range outs {
			if err := o.write(func(w io.Writer) error { return o.f.File(w, &fr) }); err != nil {
				writeFailed = true
			}
		}
	})
	prog.stop()
	for _, o := range outs {
		if err := o.write(o.f.End); err != nil {
			writeFailed = true
		}
	}
	if err != nil { // interrupted
		fmt.Fprintf(stderr, "factlint: %v\n", err)
		return 2
	}
	if writeFailed {
		fmt.Fprintln(stderr, "factlint: error: writing the output failed")
		return 2
	}
	if failed || code == 2 {
		return 2
	}
	if lf.diff {
		if changed {
			return 1
		}
		return 0
	}
	if worst >= failOn {
		return 1
	}
	return 0
}

// defaultFormat is text, or the first format there is when text is not
// (yet) registered.
func defaultFormat() string {
	if _, ok := format.Get("text"); ok {
		return "text"
	}
	if names := format.Names(); len(names) > 0 {
		return names[0]
	}
	return "text"
}

// useColor decides colour for a writer: always, never, or auto (a terminal
// and NO_COLOR unset or empty).
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	return isTerminal(w)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// errorLine is the first line of an error (a rule's panic carries its stack
// after it; FACTLINT_DEBUG=1 prints it all).
func errorLine(err error) string {
	msg := err.Error()
	if os.Getenv("FACTLINT_DEBUG") != "" {
		return msg
	}
	if first, _, more := strings.Cut(msg, "\n"); more {
		return first + " (FACTLINT_DEBUG=1 shows the stack)"
	}
	return msg
}

func stdinPath(lf *lintFlags) string {
	if lf.stdinFilename != "" {
		return lf.stdinFilename
	}
	return "<stdin>"
}

// stdinConfigPath is where standard input's config is looked for: beside
// --stdin-filename, else in the current folder.
func stdinConfigPath(lf *lintFlags) string {
	if lf.stdinFilename != "" {
		return lf.stdinFilename
	}
	return "stdin.txt"
}

// collectInputs turns the paths into inputs: standard input first, then
// every file, sorted and without duplicates. Errors (a missing path, a
// folder without articles, an unreadable folder) are printed; ok is false
// when there was any.
func collectInputs(paths []string, lf *lintFlags, finder *lint.ConfigFinder, stdin io.Reader, stderr io.Writer) ([]lint.Input, bool) {
	ok := true
	fail := func(path string, err error) {
		ok = false
		fmt.Fprintf(stderr, "%s: error: %v\n", path, err)
	}
	var inputs []lint.Input
	var files []string
	for _, p := range paths {
		if p == "-" {
			name := stdinPath(lf)
			src, err := io.ReadAll(io.LimitReader(stdin, int64(lf.maxSize)+1))
			if err != nil {
				fail(name, lint.FileError(err))
				continue
			}
			if src == nil {
				src = []byte{}
			}
			f := lint.FormatOf(name)
			inputs = append(inputs, lint.Input{Path: name, Src: src, Format: &f})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			fail(p, lint.FileError(err))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		found, skipped := 0, 0
		// The walk visits a folder's entries together: look its config up
		// once, not once per file.
		lastDir, lastCfg := "", (*lint.Config)(nil)
		cfgFor := func(dir string) *lint.Config {
			if dir != lastDir {
				lastDir, lastCfg = dir, nil
				if cfg, err := finder.ForDir(dir); err == nil {
					lastCfg = cfg
				}
			}
			return lastCfg
		}
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == p {
					return err
				}
				fail(path, lint.FileError(err))
				return nil
			}
			if path != p && excluded(path, p, lf.excludes, cfgFor) {
				if d.IsDir() {
					skipped++
					return filepath.SkipDir
				}
				if articleExts[strings.ToLower(filepath.Ext(path))] {
					skipped++
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir // .git, .cache, …
				}
				return nil
			}
			if !articleExts[strings.ToLower(filepath.Ext(path))] || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			found++
			files = append(files, path)
			return nil
		})
		if werr != nil {
			fail(p, lint.FileError(werr))
			continue
		}
		switch {
		case found == 0 && skipped > 0:
			fail(p, errors.New("no articles left in this folder after --exclude and the config's ignore list"))
		case found == 0:
			fail(p, errors.New("no articles in this folder (looked for .txt, .md, .markdown, .html and .htm files)"))
		}
	}
	sort.Strings(files)
	for i, f := range files {
		if i > 0 && f == files[i-1] {
			continue
		}
		inputs = append(inputs, lint.Input{Path: f})
	}
	return inputs, ok
}

// excluded reports whether a path found inside the folder root is skipped
// by --exclude (matched against the path as printed and the path inside
// root) or by the ignore list of the config that applies to it (cfgFor
// gives the config of a folder, nil for none or a broken one).
func excluded(path, root string, excludes []string, cfgFor func(dir string) *lint.Config) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		rel = path
	}
	for _, g := range excludes {
		if lint.MatchGlob(g, path) || lint.MatchGlob(g, rel) {
			return true
		}
	}
	cfg := cfgFor(filepath.Dir(path))
	if cfg == nil {
		return false
	}
	return cfg.Ignored(path)
}

// selection is what --only and --disable say, as rule names.
type selection struct {
	rules   []*lint.Rule
	only    map[string]bool // nil: every rule
	disable map[string]bool
}

// ruleSelection reads --only and --disable (rule names or classes).
func ruleSelection(rules []*lint.Rule, only, disable []string) (*selection, error) {
	expand := func(flagName string, vals []string) (map[string]bool, error) {
		if len(vals) == 0 {
			return nil, nil
		}
		out := map[string]bool{}
		for _, v := range vals {
			for _, name := range strings.Split(v, ",") {
				name = strings.TrimSpace(name)
				if name == "" {
					continue
				}
				n := 0
				for _, r := range rules {
					if r.Name == name || r.Class() == name {
						out[r.Name] = true
						n++
					}
				}
				if n == 0 {
					return nil, fmt.Errorf("--%s: no rule or class %q (factlint rules lists them)", flagName, name)
				}
			}
		}
		return out, nil
	}
	o, err := expand("only", only)
	if err != nil {
		return nil, err
	}
	if o != nil {
		// The checks of suppression comments stay on with --only (switch
		// them off with --disable suppression).
		for _, r := range rules {
			if r.Class() == "suppression" {
				o[r.Name] = true
			}
		}
	}
	d, err := expand("disable", disable)
	if err != nil {
		return nil, err
	}
	if o == nil && d == nil {
		return nil, nil
	}
	return &selection{rules: rules, only: o, disable: d}, nil
}

// applySelection returns cfg with the rules switched off that --only and
// --disable exclude (cfg itself is shared and not changed).
func applySelection(cfg *lint.Config, sel *selection) *lint.Config {
	if sel == nil {
		return cfg
	}
	c := lint.Config{}
	if cfg != nil {
		c = *cfg
	}
	rs := make(map[string]lint.RuleConfig, len(c.Rules))
	for k, v := range c.Rules {
		rs[k] = v
	}
	off := false
	for _, r := range sel.rules {
		if (sel.only != nil && !sel.only[r.Name]) || sel.disable[r.Name] {
			rc := rs[r.Name]
			rc.Enabled = &off
			rs[r.Name] = rc
		}
	}
	c.Rules = rs
	return &c
}

// countFlag is a whole number of 0 or more that may be left unset.
type countFlag struct {
	n   int
	set bool
}

func (c *countFlag) String() string {
	if !c.set {
		return ""
	}
	return strconv.Itoa(c.n)
}

func (c *countFlag) Set(v string) error {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if errors.Is(err, strconv.ErrRange) && !strings.HasPrefix(strings.TrimSpace(v), "-") {
		return fmt.Errorf("too large (at most %d)", math.MaxInt)
	}
	if err != nil || n < 0 {
		return errors.New("want a whole number, 0 or more")
	}
	c.n, c.set = n, true
	return nil
}

// withFindingLimit returns cfg with --max-findings-per-rule in place of
// the config's limit (cfg itself is shared and not changed); unset, cfg.
func withFindingLimit(cfg *lint.Config, limit countFlag) *lint.Config {
	if !limit.set {
		return cfg
	}
	return cfg.WithFindingLimit(limit.n)
}
