// Package membench measures the factlint command from the outside, as a
// user runs it: the peak resident memory and the time of one run over a
// generated folder of 500 MB, the peak memory and time on hostile pages
// (generated in code), and the start-up time on one small article.
//
// The benchmarks build the real binary (go build into a temporary folder),
// run it as a child process and read the child's resource usage
// (getrusage: Maxrss, user and system time). They live in the tests of this
// package and of cmd/factlint:
//
//	go test -run '^$' -bench Folder500MB -benchtime 1x ./internal/membench
//	go test -run '^$' -bench HostilePages -benchtime 1x ./internal/membench
//	go test -run '^$' -bench Startup ./cmd/factlint
//
// The folder is made of the articles of ../shared/corpus/dev/clean (found by
// walking up from the working directory; the benchmark skips when it is
// absent). The corpus is licensed for research only, so the folder lives in
// a temporary directory, is never kept and is removed after the run. See
// Generate for its layout.
//
// This package builds on Unix only (it reads the child's rusage).
package membench
