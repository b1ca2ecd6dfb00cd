// Package bench holds factlint's throughput benchmarks. They read the
// evaluation corpus from ../shared/corpus/dev/clean (never copied into the
// repository) and skip when it is absent:
//
//	go test -run '^$' -bench . -benchmem ./internal/bench
//	go test -run '^$' -bench AllRules -cpu 1,2 ./internal/bench   # one core against two
//	go test -run '^$' -bench AllRules -cpuprofile /tmp/cpu.prof -o /tmp/bench.test ./internal/bench
//	go tool pprof -top /tmp/bench.test /tmp/cpu.prof
//
// BenchmarkAllRules parses and checks every article with every rule on one
// goroutine and reports MB/s, MB/cpu-s (bytes per second of the process's CPU
// time, which other load on the machine does not skew) and allocs/article.
// BenchmarkAllRulesParallel does the same on GOMAXPROCS workers.
// BenchmarkParse times the readers alone. BenchmarkRule/NAME times one rule's
// Run alone, the documents parsed and the results it reads computed
// beforehand. BenchmarkShare reports the shares of the time spent parsing, in
// the result-only model rules (the entity model) and in the reporting rules.
// BenchmarkScaling lints one article of 5 KB, 1 MB and 10 MB (corpus articles
// joined) and reports ns/MB, which must stay flat.
package bench
