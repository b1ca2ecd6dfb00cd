// Package cleancopy is a precision check over clean news copy in house
// styles other than the BBC's: AP and Reuters wire copy (hard-wrapped too),
// New York Times, Guardian, Times, Telegraph, Irish, Canadian, Australian,
// New Zealand and Indian English, sport, business, science, obituaries and
// court reports, as plain text, Markdown and HTML.
//
// Every article in testdata/ is original writing, edited as a copy desk would
// pass it: consistent spelling, names, titles and pronouns. The test lints
// each one with every registered rule and fails on any finding that is not
// listed in testdata/known.txt, the short list of false alarms the rule owners
// know about (file, rule, flagged text, and why it is a false alarm).
//
// Adding an article: write it, run `go test ./internal/quality/cleancopy`,
// and for each finding either fix a real slip in the article or, when the
// copy is right, add a line to known.txt naming the rule that owns the false
// alarm.
package cleancopy
