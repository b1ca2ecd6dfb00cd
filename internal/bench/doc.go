// Package bench holds factlint's throughput benchmarks. They read the
// evaluation corpus from ../shared/corpus/dev/clean (never copied into the
// repository) and skip when it is absent:
//
//	go test -bench . -benchmem ./internal/bench
//	go test -bench 'AllRules' -cpu 1,2 ./internal/bench       # one core against two
//	go test -bench AllRules -cpuprofile cpu.prof ./internal/bench && go tool pprof -top cpu.prof
//
// BenchmarkAllRules reports MB/s (parse and every rule), MB/cpu-s (bytes per
// second of process CPU time, which other load on the machine does not skew)
// and allocs/article;
// BenchmarkAllRulesParallel lints the files on GOMAXPROCS workers;
// BenchmarkParse times the readers alone; BenchmarkRule/NAME times one rule's
// Run alone, with the document parsed and the results it reads computed
// beforehand; BenchmarkShare reports the shares of parsing, the result-only
// model rules (the entity model) and the reporting rules; BenchmarkScaling lints one article of 5 KB, 1 MB and 10 MB
// (corpus articles joined) and reports ns/MB, which must stay flat.
package bench
