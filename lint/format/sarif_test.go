package format_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/factlint/factlint/lint/format"
)

// The OASIS SARIF 2.1.0 schema (draft-04) is kept in testdata/sarif with its
// licence, so this test never needs ../shared.
var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open(filepath.Join("testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	return c.Compile(url)
})

// sarifError validates out against the SARIF 2.1.0 schema.
func sarifError(out []byte) error {
	sch, err := sarifSchema()
	if err != nil {
		return fmt.Errorf("loading the SARIF schema: %w", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		return fmt.Errorf("SARIF output is not JSON: %w", err)
	}
	return sch.Validate(inst)
}

func validateSARIF(t testing.TB, out []byte) {
	t.Helper()
	if err := sarifError(out); err != nil {
		t.Fatalf("SARIF output does not validate against the 2.1.0 schema: %v\n%s", err, out)
	}
}

// TestSARIFSchemaRejects makes sure the validation can fail.
func TestSARIFSchemaRejects(t *testing.T) {
	out := render(t, "sarif", format.Options{Rules: testRules()}, testResults(t))
	for _, bad := range []struct{ from, to string }{
		{`"startLine": 3`, `"startLine": 0`},
		{`"level": "warning"`, `"level": "severe"`},
		{`"version": "2.1.0"`, `"version": "2.0"`},
		{`"ruleId"`, `"ruleID"`},
	} {
		broken := bytes.Replace(out, []byte(bad.from), []byte(bad.to), 1)
		if bytes.Equal(broken, out) {
			t.Fatalf("%s not found in the output", bad.from)
		}
		if sarifError(broken) == nil {
			t.Errorf("the schema accepts SARIF with %s", bad.to)
		}
	}
}

func TestSARIFValidates(t *testing.T) {
	out := render(t, "sarif", format.Options{Rules: testRules(), Version: "1.2.3-test"}, testResults(t))
	validateSARIF(t, out)

	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Name    string `json:"name"`
					Version string `json:"version"`
					Rules   []struct {
						ID   string `json:"id"`
						Help struct {
							Text, Markdown string
						} `json:"help"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []json.RawMessage `json:"relatedLocations"`
				Fixes            []json.RawMessage `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("want one SARIF 2.1.0 run, got version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "factlint" || run.Tool.Driver.Version != "1.2.3-test" {
		t.Errorf("run: columnKind %q, driver %q %q", run.ColumnKind, run.Tool.Driver.Name, run.Tool.Driver.Version)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != 4 { // the result-only model rule is not listed
		t.Errorf("driver lists %d rules, want 4", len(rules))
	}
	for _, r := range rules {
		if r.Help.Markdown == "" || r.Help.Text == "" || r.DefaultConfiguration.Level == "" {
			t.Errorf("rule %s lacks help or default level", r.ID)
		}
	}
	related, fixes := 0, 0
	for _, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(rules) || rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %d, which is not its rule", res.RuleID, res.RuleIndex)
		}
		if len(res.Locations) != 1 {
			t.Errorf("result %s has %d locations", res.RuleID, len(res.Locations))
		} else if u := res.Locations[0].PhysicalLocation.ArtifactLocation.URI; u != "news/bridge,%20harbour.txt" && u != "news/festival.md" {
			t.Errorf("artifact uri %q", u)
		}
		related += len(res.RelatedLocations)
		fixes += len(res.Fixes)
	}
	if len(run.Results) != 7 || related != 3 || fixes != 5 {
		t.Errorf("results %d, related %d, fixes %d; want 7, 3, 5", len(run.Results), related, fixes)
	}
}

func TestArtifactURI(t *testing.T) {
	for in, want := range map[string]string{
		"news/a.txt":      "news/a.txt",
		"news/a b.txt":    "news/a%20b.txt",
		"news/zoë.txt":    "news/zo%C3%AB.txt",
		"a:b/c.txt":       "./a:b/c.txt",
		"/srv/news/x.txt": "file:///srv/news/x.txt",
	} {
		if got := format.ArtifactURI(in); got != want {
			t.Errorf("ArtifactURI(%q) = %q, want %q", in, got, want)
		}
	}
}
