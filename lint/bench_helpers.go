package lint

import "fmt"

// RuleResults runs the rules, and the rules they require, over doc in the
// order Check runs them, and returns the result of each (diagnostics are
// discarded). With RunRule it lets a benchmark time one rule alone, with the
// results it reads precomputed.
func RuleResults(doc *Document, rules []*Rule, cfg *Config) (map[*Rule]any, error) {
	if cfg == nil {
		cfg = &Config{}
	}
	plan, err := runOrder(rules)
	if err != nil {
		return nil, err
	}
	results := map[*Rule]any{}
	for _, r := range plan.order {
		res, err := RunRule(doc, r, cfg, results, nil)
		if err != nil {
			return results, fmt.Errorf("rule %s: %w", r.Name, err)
		}
		results[r] = res
	}
	return results, nil
}

// RunRule runs rule r alone over doc, as Check would run it: results must
// hold the results of the rules r requires (RuleResults computes them);
// report, when not nil, receives r's diagnostics (Src spans). It returns r's
// result; a panic in the rule is returned as an error.
func RunRule(doc *Document, r *Rule, cfg *Config, results map[*Rule]any, report func(Diagnostic)) (any, error) {
	if cfg == nil {
		cfg = &Config{}
	}
	p := &Pass{Doc: doc, Rule: r, Config: cfg, severity: cfg.RuleSeverity(r), options: cfg.RuleOptions(r), results: results}
	if report != nil && !r.ResultOnly {
		p.report = report
	}
	return runRule(p)
}
