package lint

// Config is the merged configuration of a run: .factlint.yml plus flags.
// The loader (LoadConfig) fills it; rules read the house lists.
type Config struct {
	// Path of the file it was read from, if any.
	Path string
	// Dir is the folder of that file: Ignore globs are relative to it.
	Dir string
	// Rules holds per-rule settings, by rule name.
	Rules map[string]RuleConfig
	// Ignore lists globs of paths not to lint.
	Ignore []string
	// Names is the house list of people (name-authority).
	Names []NameEntry
	// Terms is the house list of preferred terms (term-variant).
	Terms []TermEntry
	// Variety is the house spelling variety: "en-GB", "en-US", "en-CA",
	// "en-AU", or "" to decide per article.
	Variety string
	// Titles extends the table of titles and institutions by country
	// (title-convention).
	Titles []TitleEntry
	// MaxFindingsPerRule is the most findings one rule reports in one
	// file (0: no limit; nil: DefaultMaxFindingsPerRule); see FindingLimit.
	MaxFindingsPerRule *int
}

// RuleConfig is what the config says of one rule.
type RuleConfig struct {
	Enabled  *bool
	Severity Severity // 0: the rule's default
	Options  map[string]any
}

// NameEntry is one person of the house list of names.
type NameEntry struct {
	Name    string   // canonical full name: "Jim Mattis"
	Aliases []string // other accepted forms
	Title   string   // "US Defense Secretary"
	Gender  string   // "male", "female" or ""
	Country string   // ISO code or name
}

// TermEntry is one preferred term and the variants to flag.
type TermEntry struct {
	Preferred string
	Variants  []string
}

// TitleEntry says that in Country, the title or institution Wrong is
// written Right (Right may be empty: "no such office").
type TitleEntry struct {
	Country string
	Wrong   string
	Right   string
}

// RuleEnabled reports whether r runs: the config's word, else on.
//
// These three are asked for every rule of every document: a config that
// sets nothing for any rule (most runs) answers them without a call of the
// map lookup, which hashes nothing for an empty map but still costs a call.
func (c *Config) RuleEnabled(r *Rule) bool {
	if len(c.Rules) == 0 {
		return true
	}
	if rc, ok := c.Rules[r.Name]; ok && rc.Enabled != nil {
		return *rc.Enabled
	}
	return true
}

// RuleSeverity is the severity of r's diagnostics.
func (c *Config) RuleSeverity(r *Rule) Severity {
	if len(c.Rules) == 0 {
		return r.Severity
	}
	if rc, ok := c.Rules[r.Name]; ok && rc.Severity != 0 {
		return rc.Severity
	}
	return r.Severity
}

// RuleOptions are the options the config sets for r.
func (c *Config) RuleOptions(r *Rule) map[string]any {
	if len(c.Rules) == 0 {
		return nil
	}
	return c.Rules[r.Name].Options
}
