#!/usr/bin/env bash
# Compares the one-core throughput of two commits on a machine whose speed
# drifts (shared or virtual machines): it builds internal/bench's test
# binary at each commit, then runs BenchmarkAllRules of both AT THE SAME
# TIME, one process per core (GOMAXPROCS=1 each), for several rounds, and
# prints each round's MB/cpu-s and the geometric mean of NEW/OLD.
#
#   scripts/abbench.sh OLD NEW [ROUNDS] [BENCH-REGEX]
#   scripts/abbench.sh HEAD~3 HEAD 10
#   scripts/abbench.sh main . 10 '^BenchmarkRule$/^term-variant$'   (. is the working tree)
#
# Why at the same time: run one after the other, the same binary's MB/cpu-s
# varies by 10-30 % between runs when other load comes and goes; two runs
# side by side meet the same load and differ by about 2 %. Needs two cores
# and ../shared/corpus/dev/clean (as the benchmarks do).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

[ $# -ge 2 ] || { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
old=$1 new=$2 rounds=${3:-8} bench=${4:-'^BenchmarkAllRules$'}

tmp=$(mktemp -d)
cleanup() {
	for w in "$tmp"/wt-*; do
		[ -d "$w" ] && git -C "$root" worktree remove --force "$w" >/dev/null 2>&1
	done
	rm -rf "$tmp"
}
trap cleanup EXIT

build() { # build REV OUT: the bench test binary of REV ("." is the working tree)
	local src=$root
	if [ "$1" != "." ]; then
		src=$tmp/wt-$2
		git -C "$root" worktree add --detach --quiet "$src" "$1"
	fi
	# -trimpath: the source path is written into the binary, and two
	# binaries differing only in it moved timings by 3-5 % (code layout).
	(cd "$src" && go test -c -trimpath -o "$tmp/$2.test" ./internal/bench)
}
build "$old" old
build "$new" new

# The binaries run from internal/bench, so that they find ../shared above it.
cd "$root/internal/bench"
run() { # run BIN OUT
	GOMAXPROCS=1 "$1" -test.run '^$' -test.bench "$bench" -test.benchtime 10x >"$2" 2>&1
}
cpu() { grep '^Benchmark' "$1" | grep -o '[0-9.]* MB/cpu-s' | head -1 | cut -d' ' -f1; }
printf 'OLD %s, NEW %s, %s, %d rounds (MB/cpu-s)\n' "$old" "$new" "$bench" "$rounds"
for i in $(seq "$rounds"); do
	run "$tmp/old.test" "$tmp/old.out" &
	run "$tmp/new.test" "$tmp/new.out" &
	wait
	a=$(cpu "$tmp/old.out") b=$(cpu "$tmp/new.out")
	if [ -z "$a" ] || [ -z "$b" ]; then
		echo "a benchmark did not run:" >&2
		cat "$tmp/old.out" "$tmp/new.out" >&2
		exit 1
	fi
	echo "$a $b"
done | awk '{ print "  " $1 "  " $2; r += log($2 / $1); n++ }
	END { if (n) printf "NEW/OLD geometric mean %.3f\n", exp(r / n) }'
