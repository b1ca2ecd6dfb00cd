//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks
// and the load generator: on a machine that others load, bytes per CPU
// second are steadier than bytes per wall-clock second.
package cputime

import (
	"syscall"
	"time"
)

// Now is the user and system CPU time (every thread) the process has used
// so far, or 0 when the system cannot tell.
func Now() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
