// Package runtime: the user-visible API of Go's runtime package (mirrors $GOROOT/src/runtime/
// extern.go, mstats.go, mgc.go, proc.go, error.go, mfinal.go). The work is done by the simulated
// runtime (src/runtime/*.ts); the bodiless functions here are natives (natives.ts) calling it.
package runtime

import "unsafe"

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

// AddCleanup attaches a cleanup function to ptr. Some time after ptr is no longer reachable, the
// runtime will call cleanup(arg) in a separate goroutine (the finalizer goroutine).
//
// If ptr is reachable from cleanup or arg, ptr will never be collected and the cleanup will never
// run. AddCleanup panics if arg is equal to ptr. Cleanups do not resurrect ptr (unlike
// finalizers), so cycles of objects with cleanups are collected; several cleanups may be attached
// to one object and run in no specified order. Go 1.24's API and checks (mcleanup.go).
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	// The pointer to the object must be valid.
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	usptr := uintptr(unsafe.Pointer(ptr))

	// Check that arg is not equal to ptr (*S's element kind is S's kind).
	if isPointerKind(any((*S)(nil))) {
		if unsafe.Pointer(ptr) == *((*unsafe.Pointer)(unsafe.Pointer(&arg))) {
			panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
		}
	}

	fn := func() {
		cleanup(arg)
	}
	id := addCleanup(unsafe.Pointer(ptr), fn)
	if id == 0 {
		// Not a heap object (a global, a zero-size value): the cleanup is a no-op.
		return Cleanup{}
	}
	return Cleanup{id: id, ptr: usptr}
}

// Cleanup is a handle to a cleanup call for a specific object.
type Cleanup struct {
	// id is the unique identifier for the cleanup within the arena.
	id uint64
	// ptr contains the pointer to the object.
	ptr uintptr
}

// Stop cancels the cleanup call. Stop will have no effect if the cleanup has already been queued
// for execution (because ptr became unreachable). To guarantee that Stop removes the cleanup
// function, the caller must ensure that the pointer that was passed to AddCleanup is reachable
// across the call to Stop.
func (c Cleanup) Stop() {
	if c.id == 0 {
		// id is set to zero when the cleanup is a noop.
		return
	}
	stopCleanup(c.id)
}

// isPointerKind reports whether x (a typed nil *S) points to a pointer or unsafe.Pointer type.
func isPointerKind(x any) bool

// addCleanup registers fn for the object p points into (src/runtime/mcleanup.ts); 0 = not a heap
// object.
func addCleanup(p unsafe.Pointer, fn func()) uint64

func stopCleanup(id uint64)

// LockOSThread wires the calling goroutine to its current operating system thread (no-op).
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread (no-op).
func UnlockOSThread() {}

// SetFinalizer sets the finalizer associated with obj (mfinal.go's argument checks in the native,
// then the runtime's finalizer specials; finalizer(obj) runs after obj becomes unreachable).
func SetFinalizer(obj any, finalizer any)

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. Program counters are synthetic (traceback.go of this package's natives:
// function index and line), so FuncForPC and CallersFrames can decode them.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function invocations on the
// calling goroutine's stack (skip 0 is Callers itself) and returns the number written.
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf and returns the number of bytes
// written to buf. If all is true, Stack formats stack traces of all other goroutines after it.
func Stack(buf []byte, all bool) int

// pcInfo decodes a synthetic pc: function name, file, line, entry pc; ok false if unknown.
// hasFunc is false for frames without a *Func (runtime.Callers itself, like Go).
func pcInfo(pc uintptr) (name string, file string, line int, entry uintptr, ok bool, hasFunc bool)

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program counter
// address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, line, entry, ok, _ := pcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name, file, line, entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line number of the source code corresponding to pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, ok, _ := pcInfo(pc)
	if !ok {
		return f.file, f.line
	}
	return file, line
}

// Frames may be used to get function/file/line information for a slice of PC values returned by
// Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC        uintptr
	Func      *Func
	Function  string
	File      string
	Line      int
	startLine int
	Entry     uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values, and whether
// there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, entry, ok, hasFunc := pcInfo(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc, Function: name, File: file, Line: line, Entry: entry}
		if hasFunc {
			frame.Func = &Func{name, file, line, entry}
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A MemProfileRecord describes the live objects allocated by a particular call sequence.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the stack trace associated with the record.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// GoroutineProfile returns n, the number of records in the active goroutine stack profile (none
// are filled in here).
func GoroutineProfile(p []StackRecord) (n int, ok bool) { return NumGoroutine(), false }

// SetBlockProfileRate controls the fraction of goroutine blocking events reported (no effect).
func SetBlockProfileRate(rate int) {}

// SetMutexProfileFraction controls the fraction of mutex contention events reported (no effect).
func SetMutexProfileFraction(rate int) int { return 0 }

// NumCgoCall returns the number of cgo calls made by the current process.
func NumCgoCall() int64 { return 0 }

// Breakpoint executes a breakpoint trap (not supported: no-op).
func Breakpoint() {}

// A MemStats records statistics about the memory allocator (layout of Go 1.23 on linux/amd64).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
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
