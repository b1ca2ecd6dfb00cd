package lint

// FileResult is what a run produced for one file: its document and
// diagnostics, or the error that stopped it from being linted.
type FileResult struct {
	Path  string
	Doc   *Document // nil when Err stopped the file before parsing
	Diags []Diagnostic
	Err   error
}
