// Package weak provides ways to safely reference memory weakly, that is, without preventing its
// reclamation: Go 1.24's API (src/weak/pointer.go). Go 1.23 has it only as internal/weak; gomemlab
// offers the public package so programs can watch the collector clear weak pointers.
//
// The runtime keeps one weak handle per address (a small pointer-free heap object the collector does
// not trace; src/runtime/weak.ts); Make registers it, Value reads it, and mark termination clears the
// handles of unreachable objects (as soon as a finalizer is queued, if the object has one).
package weak

import (
	"runtime"
	"unsafe"
)

// Pointer is a weak pointer to a value of type T.
//
// Two Pointer values compare equal if and only if the pointers from which they were created
// compare equal. This property is retained even after the object referenced by the pointer used to
// create a weak reference is reclaimed. If multiple weak pointers are made to different offsets
// within the same object (for example, pointers to different fields of the same struct), those
// pointers will not compare equal.
//
// Calling Make with a nil pointer of any type always returns a zero Pointer, and calling Value on a
// zero Pointer returns nil.
type Pointer[T any] struct {
	_ [0]*T
	u unsafe.Pointer
}

// Make creates a weak pointer from a pointer to some value of type T.
func Make[T any](ptr *T) Pointer[T] {
	var u unsafe.Pointer
	if ptr != nil {
		u = runtime_registerWeakPointer(unsafe.Pointer(ptr))
	}
	runtime.KeepAlive(ptr)
	return Pointer[T]{u: u}
}

// Value returns the original pointer used to create the weak pointer. It returns nil if the value
// pointed to by the original pointer was reclaimed by the garbage collector. If a weak pointer
// points to an object with a finalizer, then Value will return nil as soon as the object's
// finalizer is queued for execution.
func (p Pointer[T]) Value() *T {
	if p.u == nil {
		return nil
	}
	return (*T)(runtime_makeStrongFromWeak(p.u))
}

// Implemented in the runtime (src/runtime/weak.ts weakMake / weakValue).

func runtime_registerWeakPointer(p unsafe.Pointer) unsafe.Pointer

func runtime_makeStrongFromWeak(u unsafe.Pointer) unsafe.Pointer
