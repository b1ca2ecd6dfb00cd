//go:build darwin || ios

package membench

// maxrssBytes converts rusage's Maxrss (bytes on macOS) to bytes.
func maxrssBytes(v int64) int64 { return v }
