// Package runtime: the user-visible API of Go's runtime package (mirrors $GOROOT/src/runtime/
// extern.go, mstats.go, mgc.go, proc.go, error.go, mfinal.go). The work is done by the simulated
// runtime (src/runtime/*.ts); the bodiless functions here are natives (natives.ts) calling it.
package runtime

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// GOOS and GOARCH are the running program's operating system and architecture target.
const GOOS = "linux"
const GOARCH = "amd64"

// GOROOT returns the root of the Go tree the program was built with.
func GOROOT() string { return "/usr/lib/go-1.23" }

// Version returns the Go tree's version string.
func Version() string { return "go1.23.5" }

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function that serves only to distinguish run time errors from
	// ordinary errors.
	RuntimeError()
}

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns the
// previous setting; n < 1 only reports it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// LockOSThread wires the calling goroutine to its current operating system thread (no-op).
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread (no-op).
func UnlockOSThread() {}

// SetFinalizer sets the finalizer associated with obj (not supported until issue 5: prints a note
// once to stderr and ignores the finalizer).
func SetFinalizer(obj any, finalizer any)

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack (minimal).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// NumCgoCall returns the number of cgo calls made by the current process.
func NumCgoCall() int64 { return 0 }

// Breakpoint executes a breakpoint trap (not supported: no-op).
func Breakpoint() {}

// A MemStats records statistics about the memory allocator (layout of Go 1.23 on linux/amd64).
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
	BySize       [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats)

// MemProfileRate controls the fraction of memory allocations that are recorded and reported in
// the memory profile.
var MemProfileRate int = 512 * 1024
