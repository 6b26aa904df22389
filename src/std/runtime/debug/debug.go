// Package debug mirrors the GC/stack knobs of $GOROOT/src/runtime/debug/garbage.go, served by the
// simulated runtime through natives (natives.ts).
package debug

import "time"

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

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack()

// Stack returns a formatted stack trace of the goroutine that calls it (runtime.Stack's format,
// with a runtime/debug.Stack frame first, like Go).
func Stack() []byte
