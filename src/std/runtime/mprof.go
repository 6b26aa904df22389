// The heap profile (mirrors $GOROOT/src/runtime/mprof.go MemProfile): allocations are sampled by
// the simulated allocator (src/runtime/mprof.ts) every MemProfileRate bytes on average.
package runtime

import "unsafe"

// memProfileRateAddr tells the allocator where MemProfileRate lives (it reads it on every
// allocation, as Go's mallocgc does).
func memProfileRateAddr(p unsafe.Pointer)

func init() {
	memProfileRateAddr(unsafe.Pointer(&MemProfileRate))
}

// memProfile fills p with the records (when they fit) and returns how many there are.
func memProfile(p []MemProfileRecord, inuseZero bool) int

// MemProfile returns a profile of memory allocated and freed per allocation site.
//
// MemProfile returns n, the number of records in the current memory profile. If len(p) >= n,
// MemProfile copies the profile into p and returns n, true. If len(p) < n, MemProfile does not
// change p and returns n, false.
//
// If inuseZero is true, the profile includes allocation records where r.AllocBytes > 0 but
// r.AllocBytes == r.FreeBytes. These are sites where memory was allocated, but it has all been
// released back to the runtime.
//
// The returned profile may be up to two garbage collection cycles old. This is to avoid skewing
// the profile toward allocations; because allocations happen in real time but frees are delayed
// until the garbage collector performs sweeping, the profile only accounts for allocations that
// have had a chance to be freed by the garbage collector.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	n = memProfile(p, inuseZero)
	return n, n <= len(p)
}
