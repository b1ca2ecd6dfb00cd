//go:build unix && !darwin && !ios

package membench

// maxrssBytes converts rusage's Maxrss (kibibytes on Linux and the BSDs) to bytes.
func maxrssBytes(v int64) int64 { return v << 10 }
