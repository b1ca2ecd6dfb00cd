//go:build race

package garbled

// raceEnabled says the tests run under the race detector, whose sync.Pool
// drops a share of what is put back at random, so that a test of pooled
// memory cannot hold.
const raceEnabled = true
