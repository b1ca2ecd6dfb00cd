package lint

import (
	"errors"
	"fmt"
	"github.com/agnivade/levenshtein"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// ConfigFileNames are the names of a configuration file, in order of preference.
var ConfigFileNames = []string{".factlint.yml", ".factlint.yaml"}

// maxConfigSize bounds the size of a configuration file.
const maxConfigSize = 4 << 20

// ConfigError is an error in a configuration file, at a line (0: none).
type ConfigError struct {
	Path string
	Line int
	Msg  string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// LoadConfig reads and checks the configuration file at path against rules.
func LoadConfig(path string, rules []*Rule) (*Config, error) {
	data, _, err := ReadFileLimit(path, maxConfigSize)
	if err != nil {
		return nil, &ConfigError{Path: path, Msg: "cannot read config: " + err.Error()}
	}
	return ParseConfig(path, data, rules)
}

// ParseConfig parses a configuration (YAML) and checks it against rules:
// an unknown key, an unknown rule or option, or a value of the wrong type
// is a *ConfigError naming path and line. It never panics.
func ParseConfig(path string, data []byte, rules []*Rule) (cfg *Config, err error) {
	defer func() {
		if v := recover(); v != nil {
			cfg, err = nil, &ConfigError{Path: path, Msg: fmt.Sprintf("cannot parse config: %v", v)}
		}
	}()
	cfg = &Config{Path: path, Dir: filepath.Dir(path)}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(path, err)
	}
	p := &configParser{path: path, rules: map[string]*Rule{}, classes: map[string][]*Rule{}, budget: 1 << 20}
	for _, r := range rules {
		p.rules[r.Name] = r
		p.classes[r.Class()] = append(p.classes[r.Class()], r)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return cfg, nil // empty file: the defaults
	}
	doc := p.deref(root.Content[0])
	if doc.Kind == yaml.ScalarNode && doc.Tag == "!!null" {
		return cfg, nil
	}
	if err := p.top(doc, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

// yamlLine is compiled when a config has a syntax error, not at start-up.
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// yamlError turns a yaml.v3 syntax error into path:line: message.
func yamlError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return &ConfigError{Path: path, Line: n, Msg: m[2]}
	}
	return &ConfigError{Path: path, Msg: strings.TrimPrefix(msg, "yaml: ")}
}

type configParser struct {
	path    string
	rules   map[string]*Rule
	classes map[string][]*Rule
	budget  int // nodes left to visit (guards against alias bombs)
}

func (p *configParser) errf(n *yaml.Node, format string, args ...any) error {
	return &ConfigError{Path: p.path, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// deref follows aliases.
func (p *configParser) deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	p.budget--
	if p.budget < 0 {
		panic("config too complex (too many aliases)")
	}
	return n
}

// mapping iterates over a mapping node's key/value pairs, rejecting
// duplicate keys and non-scalar keys.
func (p *configParser) mapping(n *yaml.Node, what string, each func(key string, k, v *yaml.Node) error) error {
	n = p.deref(n)
	if n.Kind != yaml.MappingNode {
		return p.errf(n, "%s must be a mapping, not %s", what, kindName(n))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := p.deref(n.Content[i]), p.deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return p.errf(k, "%s: keys must be plain strings", what)
		}
		if k.Tag == "!!merge" {
			return p.errf(k, "%s: merge keys (<<) are not supported", what)
		}
		if seen[k.Value] {
			return p.errf(k, "%s: key %q appears twice", what, k.Value)
		}
		seen[k.Value] = true
		if err := each(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

var topKeys = []string{"rules", "ignore", "names", "terms", "variety", "titles", "max-findings-per-rule"}

func (p *configParser) top(n *yaml.Node, cfg *Config) error {
	return p.mapping(n, "the config", func(key string, k, v *yaml.Node) error {
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			if known := strings.Contains(" "+strings.Join(topKeys, " ")+" ", " "+key+" "); known {
				return nil // a section with everything commented out
			}
		}
		switch key {
		case "rules":
			return p.rulesSection(v, cfg)
		case "ignore":
			globs, err := p.strings(v, "ignore")
			if err != nil {
				return err
			}
			for i, g := range globs {
				if err := ValidGlob(g); err != nil {
					return p.errf(p.item(v, i), "ignore: %v", err)
				}
			}
			cfg.Ignore = globs
			return nil
		case "names":
			return p.names(v, cfg)
		case "terms":
			return p.terms(v, cfg)
		case "variety":
			s, err := p.str(v, "variety")
			if err != nil {
				return err
			}
			switch s {
			case "en-GB", "en-US", "en-CA", "en-AU", "":
				cfg.Variety = s
				return nil
			}
			return p.errf(v, "variety: unknown variety %q (want en-GB, en-US, en-CA or en-AU)", s)
		case "titles":
			return p.titles(v, cfg)
		case "max-findings-per-rule":
			n, err := p.typed(v, 0, key)
			if err != nil {
				return err
			}
			limit := n.(int)
			if limit < 0 {
				return p.errf(v, "%s must be 0 (no limit) or more, not %d", key, limit)
			}
			cfg.MaxFindingsPerRule = &limit
			return nil
		}
		return p.errf(k, "unknown key %q%s (known keys: %s)", key, suggest(key, topKeys), strings.Join(topKeys, ", "))
	})
}

func (p *configParser) item(seq *yaml.Node, i int) *yaml.Node {
	seq = p.deref(seq)
	if seq.Kind == yaml.SequenceNode && i < len(seq.Content) {
		return p.deref(seq.Content[i])
	}
	return seq
}

func (p *configParser) str(n *yaml.Node, what string) (string, error) {
	n = p.deref(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", p.errf(n, "%s must be a string, not %s", what, kindName(n))
	}
	return n.Value, nil
}

func (p *configParser) strings(n *yaml.Node, what string) ([]string, error) {
	n = p.deref(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errf(n, "%s must be a list of strings, not %s", what, kindName(n))
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		s, err := p.str(c, what+" item")
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// rulesSection reads `rules:`. A key is a rule name, a class name (which
// sets every rule of the class) or all; whatever the order, a rule's own
// entry wins over its class's, which wins over all.
func (p *configParser) rulesSection(n *yaml.Node, cfg *Config) error {
	cfg.Rules = map[string]RuleConfig{}
	type entry struct {
		rules []*Rule
		rc    RuleConfig
	}
	var allEntries, classEntries, ruleEntries []entry
	err := p.mapping(n, "rules", func(key string, k, v *yaml.Node) error {
		var target []*Rule
		isClass := false
		if r := p.rules[key]; r != nil {
			target = []*Rule{r}
		} else if rs := p.classes[key]; rs != nil || key == "all" {
			target, isClass = rs, true
			if key == "all" {
				for _, r := range p.rules {
					target = append(target, r)
				}
			}
		} else {
			names := make([]string, 0, len(p.rules))
			for name := range p.rules {
				names = append(names, name)
			}
			return p.errf(k, "unknown rule %q%s (factlint rules lists them)", key, suggest(key, names))
		}
		var single *Rule
		if !isClass {
			single = target[0]
		}
		rc, err := p.ruleConfig(v, key, single)
		if err != nil {
			return err
		}
		switch {
		case key == "all":
			allEntries = append(allEntries, entry{target, rc})
		case isClass:
			classEntries = append(classEntries, entry{target, rc})
		default:
			ruleEntries = append(ruleEntries, entry{target, rc})
		}
		return nil
	})
	if err != nil {
		return err
	}
	// all, then classes, then single rules: the more specific entry wins.
	for _, list := range [][]entry{allEntries, classEntries, ruleEntries} {
		for _, e := range list {
			for _, r := range e.rules {
				old := cfg.Rules[r.Name]
				if e.rc.Enabled != nil {
					old.Enabled = e.rc.Enabled
				}
				if e.rc.Severity != 0 {
					old.Severity = e.rc.Severity
				}
				if e.rc.Options != nil {
					old.Options = e.rc.Options
				}
				cfg.Rules[r.Name] = old
			}
		}
	}
	return nil
}

// ruleConfig reads one rule's (or class's, when r is nil) settings: a
// shorthand scalar (off, on, error, warning, info) or a mapping with
// enabled, severity and options.
func (p *configParser) ruleConfig(n *yaml.Node, name string, r *Rule) (RuleConfig, error) {
	var rc RuleConfig
	if n.Kind == yaml.ScalarNode {
		on, sev, ok := shorthand(n.Value)
		if !ok || n.Tag == "!!null" {
			return rc, p.errf(n, "rules.%s: want off, on, error, warning, info or a mapping, not %s", name, kindName(n))
		}
		rc.Enabled, rc.Severity = &on, sev
		return rc, nil
	}
	keys := []string{"enabled", "severity", "options"}
	err := p.mapping(n, "rules."+name, func(key string, k, v *yaml.Node) error {
		switch key {
		case "enabled":
			b, err := p.boolean(v, "rules."+name+".enabled")
			if err != nil {
				return err
			}
			rc.Enabled = &b
		case "severity":
			s, err := p.str(v, "rules."+name+".severity")
			if err != nil {
				return err
			}
			sev, err := ParseSeverity(s)
			if err != nil {
				return p.errf(v, "rules.%s.severity: %v", name, err)
			}
			rc.Severity = sev
		case "options":
			if r == nil {
				return p.errf(k, "rules.%s: options belong to single rules, not to a class", name)
			}
			opts, err := p.options(v, r)
			if err != nil {
				return err
			}
			rc.Options = opts
		default:
			return p.errf(k, "rules.%s: unknown key %q%s (known keys: %s)", name, key, suggest(key, keys), strings.Join(keys, ", "))
		}
		return nil
	})
	return rc, err
}

func shorthand(s string) (enabled bool, sev Severity, ok bool) {
	switch strings.ToLower(s) {
	case "off", "false", "no", "disabled", "disable":
		return false, 0, true
	case "on", "true", "yes", "enabled", "enable":
		return true, 0, true
	}
	if sev, err := ParseSeverity(s); err == nil {
		return true, sev, true
	}
	return false, 0, false
}

func (p *configParser) boolean(n *yaml.Node, what string) (bool, error) {
	n = p.deref(n)
	if n.Kind == yaml.ScalarNode {
		switch strings.ToLower(n.Value) {
		case "true", "on", "yes":
			if n.Tag != "!!null" {
				return true, nil
			}
		case "false", "off", "no":
			return false, nil
		}
	}
	return false, p.errf(n, "%s must be true or false, not %s", what, kindName(n))
}

// options reads a rule's options, each checked against the type of its
// declared default.
func (p *configParser) options(n *yaml.Node, r *Rule) (map[string]any, error) {
	out := map[string]any{}
	var names []string
	decl := map[string]Option{}
	for _, o := range r.Options {
		names = append(names, o.Name)
		decl[o.Name] = o
	}
	err := p.mapping(n, "rules."+r.Name+".options", func(key string, k, v *yaml.Node) error {
		o, ok := decl[key]
		if !ok {
			known := "it takes no options"
			if len(names) > 0 {
				known = "its options: " + strings.Join(names, ", ")
			}
			return p.errf(k, "rules.%s.options: unknown option %q%s (%s)", r.Name, key, suggest(key, names), known)
		}
		val, err := p.typed(v, o.Default, "rules."+r.Name+".options."+key)
		if err != nil {
			return err
		}
		out[key] = val
		return nil
	})
	return out, err
}

// typed reads n as a value of the same type as def.
func (p *configParser) typed(n *yaml.Node, def any, what string) (any, error) {
	n = p.deref(n)
	switch def.(type) {
	case bool:
		return p.boolean(n, what)
	case int:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
			var i int
			if err := n.Decode(&i); err == nil {
				return i, nil
			}
		}
		if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
			// A whole number too long for an int reads as a float.
			if _, err := strconv.ParseInt(n.Value, 0, strconv.IntSize); errors.Is(err, strconv.ErrRange) {
				if strings.HasPrefix(n.Value, "-") {
					return nil, p.errf(n, "%s: %s is too small (at least %d)", what, n.Value, math.MinInt)
				}
				return nil, p.errf(n, "%s: %s is too large (at most %d)", what, n.Value, math.MaxInt)
			}
		}
		return nil, p.errf(n, "%s must be a whole number, not %s", what, kindName(n))
	case float64:
		if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
			var f float64
			if err := n.Decode(&f); err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
				return f, nil
			}
		}
		return nil, p.errf(n, "%s must be a number, not %s", what, kindName(n))
	case string:
		return p.str(n, what)
	case []string:
		return p.strings(n, what)
	}
	return nil, p.errf(n, "%s: the rule declares an option of unsupported type %T", what, def)
}

func (p *configParser) names(n *yaml.Node, cfg *Config) error {
	n = p.deref(n)
	if n.Kind != yaml.SequenceNode {
		return p.errf(n, "names must be a list of people, not %s", kindName(n))
	}
	keys := []string{"name", "aliases", "title", "gender", "country"}
	for _, item := range n.Content {
		var e NameEntry
		item = p.deref(item)
		if item.Kind == yaml.ScalarNode && item.Tag != "!!null" {
			e.Name = item.Value // shorthand: just the name
		} else if err := p.mapping(item, "names item", func(key string, k, v *yaml.Node) error {
			var err error
			switch key {
			case "name":
				e.Name, err = p.str(v, "names.name")
			case "aliases":
				e.Aliases, err = p.strings(v, "names.aliases")
			case "title":
				e.Title, err = p.str(v, "names.title")
			case "gender":
				e.Gender, err = p.str(v, "names.gender")
				if err == nil {
					switch e.Gender {
					case "male", "female", "":
					default:
						err = p.errf(v, "names.gender: want male, female or nothing, not %q", e.Gender)
					}
				}
			case "country":
				e.Country, err = p.str(v, "names.country")
			default:
				err = p.errf(k, "names: unknown key %q%s (known keys: %s)", key, suggest(key, keys), strings.Join(keys, ", "))
			}
			return err
		}); err != nil {
			return err
		}
		if strings.TrimSpace(e.Name) == "" {
			return p.errf(item, "names: every person needs a name")
		}
		cfg.Names = append(cfg.Names, e)
	}
	return nil
}

// terms reads a list of {preferred, variants} or a mapping preferred → variants.
func (p *configParser) terms(n *yaml.Node, cfg *Config) error {
	n = p.deref(n)
	switch n.Kind {
	case yaml.MappingNode:
		return p.mapping(n, "terms", func(key string, k, v *yaml.Node) error {
			vs, err := p.strings(v, "terms."+key)
			if err != nil {
				return err
			}
			if strings.TrimSpace(key) == "" {
				return p.errf(k, "terms: empty preferred term")
			}
			cfg.Terms = append(cfg.Terms, TermEntry{Preferred: key, Variants: vs})
			return nil
		})
	case yaml.SequenceNode:
		keys := []string{"preferred", "variants"}
		for _, item := range n.Content {
			var e TermEntry
			if err := p.mapping(item, "terms item", func(key string, k, v *yaml.Node) error {
				var err error
				switch key {
				case "preferred":
					e.Preferred, err = p.str(v, "terms.preferred")
				case "variants":
					e.Variants, err = p.strings(v, "terms.variants")
				default:
					err = p.errf(k, "terms: unknown key %q%s (known keys: %s)", key, suggest(key, keys), strings.Join(keys, ", "))
				}
				return err
			}); err != nil {
				return err
			}
			if strings.TrimSpace(e.Preferred) == "" {
				return p.errf(p.deref(item), "terms: every entry needs a preferred term")
			}
			cfg.Terms = append(cfg.Terms, e)
		}
		return nil
	}
	return p.errf(n, "terms must be a list or a mapping of preferred term to variants, not %s", kindName(n))
}

func (p *configParser) titles(n *yaml.Node, cfg *Config) error {
	n = p.deref(n)
	if n.Kind != yaml.SequenceNode {
		return p.errf(n, "titles must be a list, not %s", kindName(n))
	}
	keys := []string{"country", "wrong", "right"}
	for _, item := range n.Content {
		var e TitleEntry
		if err := p.mapping(item, "titles item", func(key string, k, v *yaml.Node) error {
			var err error
			switch key {
			case "country":
				e.Country, err = p.str(v, "titles.country")
			case "wrong":
				e.Wrong, err = p.str(v, "titles.wrong")
			case "right":
				if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
					return nil // no such office
				}
				e.Right, err = p.str(v, "titles.right")
			default:
				err = p.errf(k, "titles: unknown key %q%s (known keys: %s)", key, suggest(key, keys), strings.Join(keys, ", "))
			}
			return err
		}); err != nil {
			return err
		}
		if e.Country == "" || e.Wrong == "" {
			return p.errf(p.deref(item), "titles: every entry needs a country and a wrong form")
		}
		cfg.Titles = append(cfg.Titles, e)
	}
	return nil
}

// suggest returns ` (did you mean "x"?)` for the closest known word, if close.
func suggest(word string, known []string) string {
	if best := Closest(word, known, 2); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}

// Closest returns the known word nearest to word by edit distance, when it
// is at most maxDist edits away (ties: the first in sorted order), or "".
func Closest(word string, known []string, maxDist int) string {
	best, bestD := "", maxDist+1
	sorted := append([]string(nil), known...)
	sort.Strings(sorted)
	for _, k := range sorted {
		if len(k) > 64 || len(word) > 64 {
			continue
		}
		if d := levenshtein.ComputeDistance(word, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// ConfigFinder finds the configuration of each linted file: the
// .factlint.yml in its folder or the nearest folder above it (the nearest
// file wins; files are not merged), or one explicit file for every path.
// It reads each folder's config once. It is safe for concurrent use.
type ConfigFinder struct {
	Rules []*Rule
	// Explicit, when set, is the config for every file (--config).
	Explicit string

	mu    sync.Mutex
	dirs  map[string]*configResult // folder → the config that applies there
	files map[string]*configResult // config path → parsed result
}

type configResult struct {
	once sync.Once
	cfg  *Config
	err  error
}

// For returns the configuration for a file (nil and no error when there is
// none), or the error of the config file that applies to it.
func (f *ConfigFinder) For(file string) (*Config, error) {
	if f.Explicit != "" {
		return f.load(f.Explicit)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, &ConfigError{Path: file, Msg: "cannot find its config: " + err.Error()}
	}
	return f.forDir(filepath.Dir(abs))
}

// ForDir returns the configuration that applies inside folder dir.
func (f *ConfigFinder) ForDir(dir string) (*Config, error) {
	if f.Explicit != "" {
		return f.load(f.Explicit)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, &ConfigError{Path: dir, Msg: "cannot find its config: " + err.Error()}
	}
	return f.forDir(abs)
}

func (f *ConfigFinder) forDir(dir string) (*Config, error) {
	f.mu.Lock()
	if f.dirs == nil {
		f.dirs = map[string]*configResult{}
	}
	r := f.dirs[dir]
	if r == nil {
		r = &configResult{}
		f.dirs[dir] = r
	}
	f.mu.Unlock()
	r.once.Do(func() {
		for _, name := range ConfigFileNames {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				r.cfg, r.err = f.load(displayPath(p))
				return
			}
		}
		parent := filepath.Dir(dir)
		if parent != dir {
			r.cfg, r.err = f.forDir(parent)
		}
	})
	return r.cfg, r.err
}

// displayPath shortens an absolute path to one relative to the current
// folder when it lies inside it.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	return rel
}

func (f *ConfigFinder) load(path string) (*Config, error) {
	f.mu.Lock()
	if f.files == nil {
		f.files = map[string]*configResult{}
	}
	r := f.files[path]
	if r == nil {
		r = &configResult{}
		f.files[path] = r
	}
	f.mu.Unlock()
	r.once.Do(func() { r.cfg, r.err = LoadConfig(path, f.Rules) })
	return r.cfg, r.err
}
