package lint

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Severity of a diagnostic. Higher is more severe.
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Classes are the rule classes: the first word of every rule name. A rule
// belongs to exactly one class. "model" is for result-only rules, which
// compute something other rules read and report nothing.
var Classes = []string{"name", "title", "pronoun", "fact", "term", "spelling", "capitalization",
	"abbreviation", "typography", "repetition", "suppression", "model"}

// Option declares one option of a rule. The type of Default (bool, int,
// float64, string, []string) is the type the config must give.
type Option struct {
	Name    string
	Default any
	Doc     string
}

// Rule is a check: a value that describes itself. Rules share work through
// Requires: a rule's Run may read the results of the rules it requires with
// ResultOf.
type Rule struct {
	// Name is kebab-case; its first word is the class (typography-apostrophe).
	Name string
	// Summary is one line for `factlint rules`.
	Summary string
	// Doc is Markdown with the sections What it does, Why it matters,
	// Example, Use instead, Options, Fix safety.
	Doc string
	// Severity is the default severity of its diagnostics.
	Severity Severity
	// Requires lists the rules whose results Run reads.
	Requires []*Rule
	// Options the rule takes from the config, with their defaults.
	Options []Option
	// ResultOnly rules report nothing; they compute a result for others.
	ResultOnly bool
	// Fixable says whether the rule offers fixes.
	Fixable bool
	// Run checks one document. Its result (may be nil) is what ResultOf
	// returns. Run must keep no state of a document from one call to the
	// next: CheckBatch calls it for every document of a batch before the
	// rules that read its result run on the first (see Recycler).
	Run func(*Pass) (any, error)
}

// Class is the first word of the rule's name.
func (r *Rule) Class() string {
	if i := strings.IndexByte(r.Name, '-'); i >= 0 {
		return r.Name[:i]
	}
	return r.Name
}

// DocSections are the headings every rule doc has, in order.
var DocSections = []string{"What it does", "Why it matters", "Example", "Use instead", "Options", "Fix safety"}

var ruleName = regexp.MustCompile(`^[a-z]+(-[a-z0-9]+)+$`)

// Validate checks a registry: unique kebab-case names, known classes,
// summaries and docs with every section, runnable rules, required rules
// present and no dependency cycles.
func Validate(rules []*Rule) error {
	var errs []error
	byName := map[string]*Rule{}
	known := map[string]bool{}
	for _, c := range Classes {
		known[c] = true
	}
	for _, r := range rules {
		if !ruleName.MatchString(r.Name) {
			errs = append(errs, fmt.Errorf("rule %q: name is not kebab-case class-name", r.Name))
		}
		if byName[r.Name] != nil {
			errs = append(errs, fmt.Errorf("rule %q: registered twice", r.Name))
		}
		byName[r.Name] = r
		if !known[r.Class()] {
			errs = append(errs, fmt.Errorf("rule %q: unknown class %q", r.Name, r.Class()))
		}
		if r.Class() == "model" != r.ResultOnly {
			errs = append(errs, fmt.Errorf("rule %q: result-only rules, and only they, are in class model", r.Name))
		}
		if strings.TrimSpace(r.Summary) == "" || strings.Contains(r.Summary, "\n") {
			errs = append(errs, fmt.Errorf("rule %q: summary must be one non-empty line", r.Name))
		}
		last := -1
		for _, sec := range DocSections {
			i := strings.Index(r.Doc, "## "+sec)
			if i < 0 || i < last {
				errs = append(errs, fmt.Errorf("rule %q: doc lacks section %q (or it is out of order)", r.Name, sec))
			}
			last = i
		}
		if r.Run == nil {
			errs = append(errs, fmt.Errorf("rule %q: no Run", r.Name))
		}
		if !r.ResultOnly && r.Severity == 0 {
			errs = append(errs, fmt.Errorf("rule %q: no default severity", r.Name))
		}
	}
	for _, r := range rules {
		for _, q := range r.Requires {
			if byName[q.Name] != q {
				errs = append(errs, fmt.Errorf("rule %q requires %q, which is not registered", r.Name, q.Name))
			}
		}
	}
	if _, err := topoSort(rules); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// planKey identifies a rules slice by its backing array and length.
type planKey struct {
	first **Rule
	n     int
}

// plans caches the run order of the rule lists Check has seen: the runner
// calls Check once per file with the same list, and sorting it each time
// cost about 2% of all linting time.
var (
	plans     sync.Map // planKey → *plannedOrder
	planCount atomic.Int32
)

type plannedOrder struct {
	in, order []*Rule
	index     map[*Rule]int // position in order
	// inAt[k] is the position in order of in[k], and requires[i] those of
	// the rules order[i] requires, so that Check needs no map look-up.
	inAt     []int
	requires [][]int
	// allOn is what start marks in each rule's run when the config turns
	// no rule off (most runs): worked out once here, not for every
	// document.
	allOn  []ruleMarks
	states sync.Pool // of *checkState (getState)
}

// ruleMarks says of a rule of a plan whether a Check runs it (needed) and
// reports its findings (enabled).
type ruleMarks struct{ enabled, needed bool }

func newPlannedOrder(in, order []*Rule) *plannedOrder {
	p := &plannedOrder{in: slices.Clone(in), order: order, index: make(map[*Rule]int, len(order))}
	for i, r := range order {
		p.index[r] = i
	}
	p.inAt = make([]int, len(in))
	for k, r := range in {
		p.inAt[k] = p.index[r]
	}
	p.requires = make([][]int, len(order))
	for i, r := range order {
		for _, q := range r.Requires {
			p.requires[i] = append(p.requires[i], p.index[q])
		}
	}
	runs := make([]ruleRun, len(order))
	p.markRuns(runs, &noConfig)
	p.allOn = make([]ruleMarks, len(order))
	for i := range runs {
		p.allOn[i] = ruleMarks{enabled: runs[i].enabled, needed: runs[i].needed}
	}
	return p
}

// maxPlans bounds the cache; beyond it orders are computed each time.
const maxPlans = 64

// runOrder is topoSort(rules), cached by the slice's identity and checked
// element by element, so a slice changed in place is sorted afresh.
// The result is shared: callers must not modify it.
func runOrder(rules []*Rule) (*plannedOrder, error) {
	var key planKey
	if len(rules) > 0 {
		key = planKey{&rules[0], len(rules)}
		if v, ok := plans.Load(key); ok {
			if p := v.(*plannedOrder); slices.Equal(p.in, rules) {
				return p, nil
			}
		}
	}
	order, err := topoSort(rules)
	if err != nil {
		return nil, err
	}
	p := newPlannedOrder(rules, order)
	if len(rules) > 0 && planCount.Load() < maxPlans {
		if _, loaded := plans.Swap(key, p); !loaded {
			planCount.Add(1)
		}
	}
	return p, nil
}

// topoSort orders rules so that every rule comes after the rules it requires,
// pulling in required rules that are not in the list. Ties keep name order.
func topoSort(rules []*Rule) ([]*Rule, error) {
	sorted := append([]*Rule(nil), rules...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	const (
		unseen = iota
		active
		done
	)
	state := map[*Rule]int{}
	var out []*Rule
	var visit func(r *Rule, path []string) error
	visit = func(r *Rule, path []string) error {
		switch state[r] {
		case active:
			return fmt.Errorf("rule dependency cycle: %s", strings.Join(append(path, r.Name), " -> "))
		case done:
			return nil
		}
		state[r] = active
		for _, q := range r.Requires {
			if err := visit(q, append(path, r.Name)); err != nil {
				return err
			}
		}
		state[r] = done
		out = append(out, r)
		return nil
	}
	for _, r := range sorted {
		if err := visit(r, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}
