// Package debug mirrors the GC/stack knobs of $GOROOT/src/runtime/debug/garbage.go, served by the
// simulated runtime through natives (natives.ts).
package debug

import (
	"slices"
	"time"
)

// SetGCPercent sets the garbage collection target percentage and returns the previous setting.
// A negative percentage disables garbage collection.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection followed by an attempt to return as much memory to the
// operating system as possible.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine stack and
// returns the previous setting.
func SetMaxStack(bytes int) int

// SetMemoryLimit provides the runtime with a soft memory limit and returns the previous limit;
// a negative input only reports it.
func SetMemoryLimit(limit int64) int64

// SetMaxThreads sets the maximum number of operating system threads (no effect; returns 10000).
func SetMaxThreads(threads int) int { return 10000 }

// SetPanicOnFault has no effect here; it returns false.
func SetPanicOnFault(enabled bool) bool { return false }

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats. The number of entries in the
// pause history is system-dependent; stats.Pause slice will be reused if large enough, reallocated
// otherwise. ReadGCStats may use the full capacity of the stats.Pause slice. If stats.PauseQuantiles
// is non-empty, ReadGCStats fills it with quantiles summarizing the distribution of pause time. For
// example, if len(stats.PauseQuantiles) is 5, it will be filled with the minimum, 25%, 50%, 75%,
// and maximum pause times. (Go 1.23's garbage.go.)
func ReadGCStats(stats *GCStats) {
	// Create a buffer with space for at least two copies of the pause history tracked by the
	// runtime. One will be returned to the caller and the other will be used as transfer buffer for
	// end times history and as a temporary buffer for computing quantiles.
	const maxPause = 256 // len(((*runtime.MemStats)(nil)).PauseNs)
	if cap(stats.Pause) < 2*maxPause+3 {
		stats.Pause = make([]time.Duration, 2*maxPause+3)
	}

	// readGCStats fills in the pause and end times histories (up to maxPause entries) and then
	// three more: Unix ns time of last GC, number of GC, and total pause time in nanoseconds.
	readGCStats(&stats.Pause)
	n := len(stats.Pause) - 3
	stats.LastGC = time.Unix(0, int64(stats.Pause[n]))
	stats.NumGC = int64(stats.Pause[n+1])
	stats.PauseTotal = stats.Pause[n+2]
	n /= 2 // buffer holds pauses and end times
	stats.Pause = stats.Pause[:n]

	if cap(stats.PauseEnd) < maxPause {
		stats.PauseEnd = make([]time.Time, 0, maxPause)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	for _, ns := range stats.Pause[n : n+n] {
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ns)))
	}

	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			clear(stats.PauseQuantiles)
		} else {
			// There's room for a second copy of the data in stats.Pause.
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			slices.Sort(sorted)
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}

// readGCStats (the runtime's readGCStats_m): pauses most recent first, their end times, then last
// GC, number of GCs, total pause; *pauses is resliced to 2·n+3 (n = min(NumGC, 256)).
func readGCStats(pauses *[]time.Duration)

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack()

// Stack returns a formatted stack trace of the goroutine that calls it (runtime.Stack's format,
// with a runtime/debug.Stack frame first, like Go).
func Stack() []byte
